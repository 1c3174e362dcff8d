/**
 * Key_Shared AUTO_SPLIT hash ranges (proto/messaging.proto `KeySharedMode`).
 *
 * The key hash space [0, KEY_HASH_SPACE) is split among the connected consumers; each consumer
 * owns exactly one contiguous range. A joining consumer takes the upper half of the largest range
 * (ties: the lowest start); a leaving consumer's range merges into its lower neighbour (or its
 * upper one when it held the first range). Deterministic: the same joins and leaves in the same
 * order give the same ranges. Pure; no I/O.
 */
import { invariant } from "../../common/errors.js";

/** Key hashes are Murmur3 x86 32-bit (seed 0) of the batch key, modulo this. */
export const KEY_HASH_SPACE = 65_536;

/** `[start, end)` of key hashes owned by one consumer. */
export interface KeyHashRange {
  readonly start: number;
  readonly end: number;
  readonly consumerId: number;
}

export class AutoSplitRanges {
  #ranges: KeyHashRange[] = [];

  get ranges(): readonly KeyHashRange[] {
    return this.#ranges;
  }

  add(consumerId: number): void {
    invariant(!this.#ranges.some((r) => r.consumerId === consumerId), "a consumer joins once");
    if (this.#ranges.length === 0) {
      this.#ranges = [{ start: 0, end: KEY_HASH_SPACE, consumerId }];
      return;
    }
    let largest = 0;
    for (let i = 1; i < this.#ranges.length; i++) {
      const r = this.#ranges[i] as KeyHashRange;
      const best = this.#ranges[largest] as KeyHashRange;
      if (r.end - r.start > best.end - best.start) largest = i;
    }
    const split = this.#ranges[largest] as KeyHashRange;
    invariant(split.end - split.start >= 2, "the largest range can be halved");
    const middle = split.start + Math.floor((split.end - split.start) / 2);
    this.#ranges.splice(
      largest,
      1,
      { start: split.start, end: middle, consumerId: split.consumerId },
      { start: middle, end: split.end, consumerId },
    );
    this.#check();
  }

  remove(consumerId: number): void {
    const index = this.#ranges.findIndex((r) => r.consumerId === consumerId);
    invariant(index >= 0, "only a joined consumer leaves");
    const gone = this.#ranges[index] as KeyHashRange;
    this.#ranges.splice(index, 1);
    if (this.#ranges.length === 0) return;
    if (index > 0) {
      const lower = this.#ranges[index - 1] as KeyHashRange;
      this.#ranges[index - 1] = { ...lower, end: gone.end };
    } else {
      const upper = this.#ranges[0] as KeyHashRange;
      this.#ranges[0] = { ...upper, start: gone.start };
    }
    this.#check();
  }

  /** The consumer owning `hash`, or undefined when no consumer is connected. */
  ownerOf(hash: number): number | undefined {
    invariant(Number.isInteger(hash) && hash >= 0 && hash < KEY_HASH_SPACE, "key hash in range");
    let low = 0;
    let high = this.#ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const r = this.#ranges[mid] as KeyHashRange;
      if (hash < r.start) high = mid - 1;
      else if (hash >= r.end) low = mid + 1;
      else return r.consumerId;
    }
    return undefined;
  }

  /** The ranges cover [0, KEY_HASH_SPACE) in order without gaps or overlaps, one per consumer. */
  #check(): void {
    let next = 0;
    for (const r of this.#ranges) {
      invariant(r.start === next, "ranges are contiguous");
      invariant(r.end > r.start, "ranges are non-empty");
      next = r.end;
    }
    invariant(next === KEY_HASH_SPACE, "ranges cover the hash space");
  }
}
