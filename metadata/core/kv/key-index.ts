/**
 * The ordered index of live keys. Behind a small interface so that a B-tree (for example the
 * `sorted-btree` package) can replace the sorted array once key counts make O(n) inserts hurt.
 */
import { invariant } from "../../../common/errors.js";
import { compareKeys, type Span } from "./keys.js";

export interface OrderedKeySet {
  readonly size: number;
  has(key: string): boolean;
  /** Adds a key that is not present. */
  add(key: string): void;
  /** Removes a key that is present. */
  delete(key: string): void;
  /**
   * The keys inside `span`, in order. The set must not change while the iterator is in use;
   * callers that delete what they iterate copy the keys first.
   */
  keysIn(span: Span): IterableIterator<string>;
}

/** Sorted array with binary search: O(log n) lookups, O(n) inserts and deletes. */
export class SortedArrayKeySet implements OrderedKeySet {
  private readonly keys: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  has(key: string): boolean {
    const i = this.lowerBound(key);
    return this.keys[i] === key;
  }

  add(key: string): void {
    const i = this.lowerBound(key);
    invariant(this.keys[i] !== key, "key index: add of a key already present");
    this.keys.splice(i, 0, key);
  }

  delete(key: string): void {
    const i = this.lowerBound(key);
    invariant(this.keys[i] === key, "key index: delete of a key not present");
    this.keys.splice(i, 1);
  }

  *keysIn(span: Span): IterableIterator<string> {
    for (let i = this.lowerBound(span.start); i < this.keys.length; i++) {
      const key = this.keys[i] as string;
      if (span.end !== undefined && compareKeys(key, span.end) >= 0) return;
      yield key;
    }
  }

  /** Index of the first key >= `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keys[mid] as string, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
