/**
 * Retry with jittered exponential backoff, only for errors marked retriable, bounded by a deadline.
 */
import { MagnetarError, TimeoutError } from "../../common/errors.js";

export interface RetryPolicy {
  /** First backoff. */
  readonly initialBackoffMs: number;
  /** Backoff cap. */
  readonly maxBackoffMs: number;
  /** Give up this long after the first attempt started. */
  readonly deadlineMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { initialBackoffMs: 20, maxBackoffMs: 500, deadlineMs: 15_000 };

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `attempt(n)` until it succeeds, throws a non-retriable error, or the deadline passes (then
 * the last error is thrown, wrapped in a TimeoutError when it was retriable).
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
  onRetry?: (err: MagnetarError, n: number) => void,
): Promise<T> {
  const started = Date.now();
  let backoff = policy.initialBackoffMs;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof MagnetarError) || !err.retriable) throw err;
      const remaining = policy.deadlineMs - (Date.now() - started);
      if (remaining <= 0) {
        throw new TimeoutError(`gave up after ${n + 1} attempts in ${policy.deadlineMs} ms: ${err.message}`, {
          cause: err,
        });
      }
      onRetry?.(err, n);
      const wait = Math.min(remaining, backoff / 2 + Math.random() * (backoff / 2));
      await sleep(wait);
      backoff = Math.min(policy.maxBackoffMs, backoff * 2);
    }
  }
}
