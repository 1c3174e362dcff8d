/**
 * A set of entry positions stored as ranges, like Pulsar's `LongPairRangeSet` for individually
 * acknowledged entries: millions of out-of-order acks stay a handful of ranges.
 *
 * A range is the entries `firstEntryId..lastEntryId` (inclusive) of one ledger. Ranges never span
 * ledgers: whether entry 0 of ledger 8 follows the last entry of ledger 7 depends on the topic's
 * ledger layout, which this set does not know (the cursor does). Invariants, asserted after every
 * change in tests and on every construction from outside:
 *
 *  - ranges are sorted by (ledgerId, firstEntryId);
 *  - within a range firstEntryId <= lastEntryId, both integers >= 0;
 *  - ranges are disjoint and, within one ledger, never adjacent (touching ranges are merged).
 *
 * Pure; no I/O.
 */
import { InvalidArgumentError, invariant } from "../../common/errors.js";
import type { Position } from "./message-id.js";

export interface EntryRange {
  readonly ledgerId: number;
  readonly firstEntryId: number;
  readonly lastEntryId: number;
}

interface MutableRange {
  ledgerId: number;
  firstEntryId: number;
  lastEntryId: number;
}

/** The problems that keep `ranges` from being sorted, disjoint and merged; empty when valid. */
export function rangesProblems(ranges: readonly EntryRange[]): string[] {
  const problems: string[] = [];
  ranges.forEach((r, i) => {
    if (!Number.isSafeInteger(r.ledgerId) || r.ledgerId < 0) problems.push(`range ${i}: bad ledgerId`);
    if (!Number.isSafeInteger(r.firstEntryId) || r.firstEntryId < 0)
      problems.push(`range ${i}: bad firstEntryId`);
    if (!Number.isSafeInteger(r.lastEntryId) || r.lastEntryId < r.firstEntryId)
      problems.push(`range ${i}: lastEntryId must be an integer >= firstEntryId`);
    const previous = ranges[i - 1];
    if (previous === undefined) return;
    if (previous.ledgerId > r.ledgerId) problems.push(`range ${i}: ledgers out of order`);
    if (previous.ledgerId === r.ledgerId && previous.lastEntryId + 1 >= r.firstEntryId)
      problems.push(`range ${i}: overlaps or touches range ${i - 1} (not merged)`);
  });
  return problems;
}

/** Sorted, disjoint, merged ranges of entry positions. */
export class EntryRangeSet {
  private readonly ranges: MutableRange[] = [];
  private entryCount = 0;

  /** Builds a set from ranges read from outside; INVALID_ARGUMENT when they break an invariant. */
  static fromRanges(ranges: readonly EntryRange[]): EntryRangeSet {
    const problems = rangesProblems(ranges);
    if (problems.length > 0)
      throw new InvalidArgumentError(`invalid acknowledged ranges: ${problems.slice(0, 5).join("; ")}`);
    const set = new EntryRangeSet();
    for (const r of ranges) {
      set.ranges.push({ ...r });
      set.entryCount += r.lastEntryId - r.firstEntryId + 1;
    }
    return set;
  }

  /** Number of ranges. */
  get size(): number {
    return this.ranges.length;
  }

  /** Number of entries in all ranges. */
  get entries(): number {
    return this.entryCount;
  }

  /** Index of the first range that starts after `p` (so the range before it may hold `p`). */
  private upperBound(p: Position): number {
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const r = this.ranges[mid];
      invariant(r !== undefined, "mid is in range");
      const startsAfter =
        r.ledgerId > p.ledgerId || (r.ledgerId === p.ledgerId && r.firstEntryId > p.entryId);
      if (startsAfter) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  contains(p: Position): boolean {
    const before = this.ranges[this.upperBound(p) - 1];
    return before !== undefined && before.ledgerId === p.ledgerId && before.lastEntryId >= p.entryId;
  }

  /** Adds one entry, merging with its neighbours; false when it was already in the set. */
  add(p: Position): boolean {
    invariant(Number.isSafeInteger(p.entryId) && p.entryId >= 0, "ranges hold entries >= 0");
    const index = this.upperBound(p);
    const before = this.ranges[index - 1];
    const after = this.ranges[index];
    const sameBefore = before !== undefined && before.ledgerId === p.ledgerId;
    if (sameBefore && before.lastEntryId >= p.entryId) return false;
    const joinsBefore = sameBefore && before.lastEntryId + 1 === p.entryId;
    const joinsAfter =
      after !== undefined && after.ledgerId === p.ledgerId && after.firstEntryId === p.entryId + 1;
    if (joinsBefore && joinsAfter) {
      before.lastEntryId = after.lastEntryId;
      this.ranges.splice(index, 1);
    } else if (joinsBefore) {
      before.lastEntryId = p.entryId;
    } else if (joinsAfter) {
      after.firstEntryId = p.entryId;
    } else {
      this.ranges.splice(index, 0, { ledgerId: p.ledgerId, firstEntryId: p.entryId, lastEntryId: p.entryId });
    }
    this.entryCount += 1;
    return true;
  }

  first(): EntryRange | undefined {
    const r = this.ranges[0];
    return r === undefined ? undefined : { ...r };
  }

  removeFirst(): void {
    const r = this.ranges.shift();
    invariant(r !== undefined, "removeFirst on a non-empty set");
    this.entryCount -= r.lastEntryId - r.firstEntryId + 1;
  }

  /** Removes every entry at or before `p` (p.entryId may be -1: nothing of p's ledger). */
  removeThrough(p: Position): void {
    while (this.ranges.length > 0) {
      const r = this.ranges[0];
      invariant(r !== undefined, "non-empty");
      if (r.ledgerId > p.ledgerId || (r.ledgerId === p.ledgerId && r.firstEntryId > p.entryId)) return;
      if (r.ledgerId === p.ledgerId && r.lastEntryId > p.entryId) {
        this.entryCount -= p.entryId - r.firstEntryId + 1;
        r.firstEntryId = p.entryId + 1;
        return;
      }
      this.removeFirst();
    }
  }

  /** Entries of the set at or before `p`, in O(number of ranges). */
  countThrough(p: Position): number {
    let count = 0;
    for (const r of this.ranges) {
      if (r.ledgerId > p.ledgerId || (r.ledgerId === p.ledgerId && r.firstEntryId > p.entryId)) break;
      const last = r.ledgerId === p.ledgerId ? Math.min(r.lastEntryId, p.entryId) : r.lastEntryId;
      count += last - r.firstEntryId + 1;
    }
    return count;
  }

  clear(): void {
    this.ranges.length = 0;
    this.entryCount = 0;
  }

  /** A copy of the first `limit` ranges, in order. */
  toArray(limit: number = this.ranges.length): EntryRange[] {
    return this.ranges.slice(0, limit).map((r) => ({ ...r }));
  }
}
