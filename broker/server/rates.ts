/** Per-second rates of monotonically growing counters, sampled by the broker every few seconds. */
export class Rates<K extends string> {
  readonly current: Record<K, number>;
  private last: Record<K, number>;
  private lastAt = Date.now();

  constructor(private readonly totals: () => Record<K, number>) {
    this.last = { ...totals() };
    this.current = Object.fromEntries(Object.keys(this.last).map((k) => [k, 0])) as Record<K, number>;
  }

  sample(nowMs: number): void {
    const seconds = (nowMs - this.lastAt) / 1000;
    if (seconds <= 0) return;
    const now = this.totals();
    for (const k of Object.keys(now) as K[]) this.current[k] = (now[k] - this.last[k]) / seconds;
    this.last = { ...now };
    this.lastAt = nowMs;
  }
}

let lastNow = 0;

/** Date.now() that never goes backwards (the dispatcher's clock must not). */
export function monotonicNow(): number {
  lastNow = Math.max(lastNow, Date.now());
  return lastNow;
}
