/**
 * Plumbing shared by producers and consumers: the stream life cycle of proto/messaging.proto
 * (first item, items, then `closed` + OK or a disconnect), wire errors, and retrying an attach with
 * jittered backoff until a deadline.
 */
import type * as grpc from "@grpc/grpc-js";
import { type ErrorCode, errorFromCode, isErrorCode, MagnetarError } from "../common/errors.js";
import { fromServiceError } from "../common/grpc.js";
import type { Error__Output as WireError } from "../proto/gen/magnetar/v1/Error.js";
import { type Backoff, delay } from "./backoff.js";

/** An `Error` carried inside a stream item -> our typed error. */
export function wireError(e: WireError | null | undefined): MagnetarError | undefined {
  if (e === null || e === undefined) return undefined;
  const code: ErrorCode = typeof e.code === "string" && isErrorCode(e.code) ? e.code : "INTERNAL";
  return errorFromCode(code, e.message || code);
}

export function toMagnetarError(err: unknown): MagnetarError {
  return err instanceof MagnetarError ? err : fromServiceError(err);
}

export function closedError(what: string): MagnetarError {
  return new MagnetarError("CANCELLED", `${what} is closed`);
}

/**
 * Watches one call: every item goes to `onData`; `onEnd` runs once, after the last item was
 * delivered and the status is known (`error` set for a non-OK status).
 */
export function watchStream<Req, Res>(
  call: grpc.ClientDuplexStream<Req, Res>,
  onData: (res: Res) => void,
  onEnd: (error: MagnetarError | undefined) => void,
): void {
  let status: grpc.StatusObject | undefined;
  let error: unknown;
  let ended = false;
  let done = false;
  let timer: NodeJS.Timeout | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    onEnd(status !== undefined && status.code !== 0 ? toMagnetarError(error ?? status) : undefined);
  };
  call.on("data", onData);
  call.on("error", (err: unknown) => {
    error = err;
  });
  call.on("end", () => {
    ended = true;
    if (status !== undefined) finish();
  });
  call.on("status", (s: grpc.StatusObject) => {
    status = s;
    if (ended) finish();
    // The readable side normally ends right after; do not wait for it forever.
    else timer = setTimeout(finish, 200).unref();
  });
}

export interface RetryOptions {
  /** Give up (with the last error) once the next attempt would start after this time. */
  readonly deadline: number;
  readonly backoff: Backoff;
  readonly signal: AbortSignal;
  /** Whether a failure may be retried; default: the error's `retriable`. */
  readonly retriable?: (err: MagnetarError) => boolean;
  /** What is being attempted, for the cancellation message. */
  readonly what: string;
}

/** Runs `attempt` until it succeeds, fails with a non-retriable error, the deadline passes or `signal` aborts. */
export async function retry<T>(attempt: () => Promise<T>, o: RetryOptions): Promise<T> {
  for (;;) {
    if (o.signal.aborted) throw closedError(o.what);
    try {
      const result = await attempt();
      o.backoff.reset();
      return result;
    } catch (e) {
      const err = toMagnetarError(e);
      if (o.signal.aborted) throw closedError(o.what);
      if (!(o.retriable ?? ((x: MagnetarError) => x.retriable))(err)) throw err;
      const wait = o.backoff.next();
      if (Date.now() + wait > o.deadline) throw err;
      await delay(wait, o.signal);
    }
  }
}
