/**
 * Long-poll reads: readers waiting for a ledger's last-add-confirmed to pass a value they know.
 * The entry store wakes a ledger's waiters after each synced batch that touched the ledger and
 * when the ledger is fenced or deleted; each waiter re-checks its own condition.
 */
import { MagnetarError } from "../../common/errors.js";

interface Waiter {
  readonly check: () => boolean;
  readonly done: () => void;
}

export class LacWaiters {
  private readonly byLedger = new Map<number, Set<Waiter>>();
  private count = 0;

  /** @param waitersMax most long polls waiting at once, over every ledger. */
  constructor(private readonly waitersMax: number) {}

  get size(): number {
    return this.count;
  }

  /**
   * Resolves when `check()` holds (checked at once and on every wake-up), after `timeoutMs`, or
   * when `signal` aborts. Resolves true if the condition held.
   */
  wait(ledgerId: number, check: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (check()) return Promise.resolve(true);
    if (this.count >= this.waitersMax) {
      return Promise.reject(
        new MagnetarError("RESOURCE_EXHAUSTED", `too many long polls waiting (max ${this.waitersMax})`),
      );
    }
    return new Promise<boolean>((resolve) => {
      let set = this.byLedger.get(ledgerId);
      if (!set) {
        set = new Set();
        this.byLedger.set(ledgerId, set);
      }
      const ledgerWaiters = set;
      const finish = (held: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (ledgerWaiters.delete(waiter)) this.count--;
        if (ledgerWaiters.size === 0 && this.byLedger.get(ledgerId) === ledgerWaiters) {
          this.byLedger.delete(ledgerId);
        }
        resolve(held);
      };
      const waiter: Waiter = { check, done: () => finish(true) };
      const onAbort = () => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      ledgerWaiters.add(waiter);
      this.count++;
    });
  }

  /** Wakes a ledger's waiters whose condition now holds. */
  notify(ledgerId: number): void {
    const set = this.byLedger.get(ledgerId);
    if (!set) return;
    for (const w of [...set]) if (w.check()) w.done();
  }

  /** Wakes every waiter (shutdown): each answers with what it has. */
  wakeAll(): void {
    for (const set of [...this.byLedger.values()]) for (const w of [...set]) w.done();
  }
}
