/**
 * The in-memory Raft log: a snapshot base plus every entry after it.
 *
 * Index bookkeeping, always: base.index <= committed <= lastIndex, stable <= lastIndex, and
 * (after the Ready carrying a snapshot was advanced) base.index <= applied <= committed.
 * `stable` is the highest index whose entry the shell has durably stored (confirmed by advance);
 * entries above it are handed out in the next Ready.
 */
import { invariant } from "../../../common/errors.js";
import type { Entry, LogView, Snapshot } from "./types.js";

export class RaftLog {
  /** Index and term of the snapshot point (0, 0 when the log starts at index 1). */
  private baseIndex: number;
  private baseTerm: number;
  /** entries[k].index === baseIndex + 1 + k. */
  private entries: Entry[];
  /** The latest snapshot with its bytes, for sending to followers; null before the first one. */
  private latestSnapshot: Snapshot | null;
  /** A snapshot received from the leader and not yet confirmed durable by advance. */
  pendingSnapshot: Snapshot | null = null;
  committed: number;
  applied: number;
  stable: number;

  constructor(snapshot: Snapshot | null, entries: readonly Entry[], commit: number) {
    this.baseIndex = snapshot?.index ?? 0;
    this.baseTerm = snapshot?.term ?? 0;
    this.latestSnapshot = snapshot;
    this.entries = [...entries];
    this.checkContiguous();
    this.stable = this.lastIndex();
    this.committed = Math.max(commit, this.baseIndex);
    this.applied = this.baseIndex;
    invariant(this.committed <= this.lastIndex(), "log: commit beyond the last stored entry");
  }

  snapshotIndex(): number {
    return this.baseIndex;
  }

  snapshot(): Snapshot | null {
    return this.latestSnapshot;
  }

  lastIndex(): number {
    return this.baseIndex + this.entries.length;
  }

  lastTerm(): number {
    const last = this.entries[this.entries.length - 1];
    return last === undefined ? this.baseTerm : last.term;
  }

  /** The term at `index`, or undefined when it is compacted away or beyond the last entry. */
  term(index: number): number | undefined {
    if (index === this.baseIndex) return this.baseTerm;
    if (index < this.baseIndex || index > this.lastIndex()) return undefined;
    return this.at(index).term;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Entries lo..hi inclusive; both must be in memory. */
  slice(lo: number, hi: number): Entry[] {
    invariant(lo > this.baseIndex, "log: slice starts in the compacted prefix");
    invariant(hi <= this.lastIndex(), "log: slice ends beyond the last entry");
    if (hi < lo) return [];
    return this.entries.slice(lo - this.baseIndex - 1, hi - this.baseIndex);
  }

  /** Raft §5.4.1: is a log ending at (lastIndex, lastTerm) at least as up to date as this one? */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const myTerm = this.lastTerm();
    return lastTerm > myTerm || (lastTerm === myTerm && lastIndex >= this.lastIndex());
  }

  /** Leader-side append of new entries at the end of the log. */
  append(entries: readonly Entry[]): void {
    for (const e of entries) {
      invariant(e.index === this.lastIndex() + 1, "log: append must be consecutive");
      invariant(e.term >= this.lastTerm(), "log: append must not decrease the term");
      this.entries.push(e);
    }
  }

  /**
   * Follower-side append after a matched (prevIndex, prevTerm). Entries at or below `committed`
   * are skipped: committed entries are identical on every member. Returns the last index now
   * known to match the leader's log, or null when the log does not match at prevIndex.
   */
  maybeAppend(prevIndex: number, prevTerm: number, entries: readonly Entry[]): number | null {
    let prev = prevIndex;
    let rest = entries;
    if (prev < this.committed) {
      const skip = Math.min(rest.length, this.committed - prev);
      rest = rest.slice(skip);
      prev += skip;
      if (rest.length === 0) return Math.max(prev, this.committed);
    } else if (!this.matchTerm(prev, prevTerm)) {
      return null;
    }
    const conflict = this.findConflict(rest);
    if (conflict !== 0) {
      invariant(conflict > this.committed, "log: an append conflicts with a committed entry");
      const first = rest[0];
      invariant(first !== undefined, "log: conflict without entries");
      this.truncateAndAppend(rest.slice(conflict - first.index));
    }
    return prev + rest.length;
  }

  /** First index whose entry is missing or has another term; 0 when the log holds all of them. */
  private findConflict(entries: readonly Entry[]): number {
    for (const e of entries) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  private truncateAndAppend(entries: readonly Entry[]): void {
    const first = entries[0];
    invariant(first !== undefined, "log: truncateAndAppend without entries");
    invariant(first.index > this.baseIndex, "log: truncation below the snapshot");
    invariant(first.index <= this.lastIndex() + 1, "log: truncation leaves a gap");
    this.entries.length = first.index - this.baseIndex - 1;
    this.stable = Math.min(this.stable, first.index - 1);
    this.append(entries);
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    invariant(index <= this.lastIndex(), "log: commit beyond the last entry");
    this.committed = index;
  }

  /** The first index of `term` at or below `index` (bounded by the snapshot point). */
  firstIndexOfTerm(term: number, index: number): number {
    let lo = this.baseIndex + 1;
    let hi = index;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.at(mid).term < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last index holding `term`, or undefined when the in-memory log has none. */
  lastIndexOfTerm(term: number): number | undefined {
    let lo = this.baseIndex;
    let hi = this.lastIndex();
    // Terms never decrease along the log: find the last index with term <= `term`.
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((this.term(mid) ?? 0) <= term) lo = mid;
      else hi = mid - 1;
    }
    return this.term(lo) === term ? lo : undefined;
  }

  /** Entries to persist: everything above `stable`. */
  unstableEntries(): Entry[] {
    return this.slice(this.stable + 1, this.lastIndex());
  }

  /**
   * Marks persisted the prefix of `entries` (handed out in a Ready) that the log still holds:
   * a later truncation may have replaced a suffix of them meanwhile.
   */
  stableTo(entries: readonly Entry[]): void {
    for (let k = entries.length - 1; k >= 0; k--) {
      const e = entries[k];
      invariant(e !== undefined, "log: stableTo hole");
      if (this.matchTerm(e.index, e.term) || e.index <= this.baseIndex) {
        this.stable = Math.max(this.stable, Math.min(e.index, this.lastIndex()));
        return;
      }
    }
  }

  hasUnstable(): boolean {
    return this.stable < this.lastIndex();
  }

  /** Committed entries not yet handed out for applying, at most `max`. */
  committedToApply(max: number): Entry[] {
    const from = Math.max(this.applied, this.baseIndex) + 1;
    return this.slice(from, Math.min(this.committed, from + max - 1));
  }

  hasCommittedToApply(): boolean {
    return Math.max(this.applied, this.baseIndex) < this.committed;
  }

  appliedTo(index: number): void {
    invariant(index <= this.committed, "log: applied beyond commit");
    this.applied = Math.max(this.applied, index);
  }

  /** Follower: replace the whole log with a snapshot received from the leader. */
  restore(snapshot: Snapshot): void {
    invariant(snapshot.index > this.committed, "log: restoring a snapshot at or below commit");
    this.baseIndex = snapshot.index;
    this.baseTerm = snapshot.term;
    this.entries = [];
    this.latestSnapshot = snapshot;
    this.pendingSnapshot = snapshot;
    this.committed = snapshot.index;
    this.stable = snapshot.index;
  }

  snapshotPersisted(snapshot: Snapshot): void {
    if (this.pendingSnapshot === snapshot) this.pendingSnapshot = null;
    this.applied = Math.max(this.applied, snapshot.index);
  }

  /** Local compaction: the application snapshotted its state at `snapshot.index` (<= applied). */
  compact(snapshot: Snapshot): void {
    invariant(snapshot.index > this.baseIndex, "log: compaction must move forward");
    invariant(snapshot.index <= this.applied, "log: compaction beyond applied");
    invariant(snapshot.index <= this.stable, "log: compaction of unpersisted entries");
    invariant(this.term(snapshot.index) === snapshot.term, "log: snapshot term mismatch");
    this.entries = this.entries.slice(snapshot.index - this.baseIndex);
    this.baseIndex = snapshot.index;
    this.baseTerm = snapshot.term;
    this.latestSnapshot = snapshot;
  }

  view(): LogView {
    return { snapshotIndex: this.baseIndex, snapshotTerm: this.baseTerm, entries: this.entries };
  }

  private at(index: number): Entry {
    const e = this.entries[index - this.baseIndex - 1];
    invariant(e !== undefined, "log: index out of range");
    invariant(e.index === index, "log: entry index does not match its position");
    return e;
  }

  private checkContiguous(): void {
    let term = this.baseTerm;
    for (let k = 0; k < this.entries.length; k++) {
      const e = this.entries[k];
      invariant(e !== undefined, "log: hole in entries");
      invariant(e.index === this.baseIndex + 1 + k, "log: entries are not consecutive");
      invariant(e.term >= term, "log: entry terms decrease");
      term = e.term;
    }
  }
}
