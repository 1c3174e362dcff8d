/**
 * A durable cursor's acknowledgement state, after Pulsar's `ManagedCursorImpl`: the mark-delete
 * position (every entry at or before it is acknowledged) plus the entries acknowledged
 * individually after it, as merged ranges, plus, for entries of which only some messages are
 * acknowledged, a bit set of the acknowledged batch indexes.
 *
 * The mark-delete position advances by itself over the contiguous acknowledged prefix; the
 * "next entry" crosses ledger boundaries through the topic's `LedgerLayout` (see ledger-layout.ts).
 *
 * Invariants (checked by `checkInvariants`, run after every step in the property tests):
 *  - every range and every batch ack lies strictly after markDelete and in a written entry;
 *  - ranges are sorted, disjoint and merged (range-set.ts);
 *  - the entry right after markDelete is never fully acknowledged (the prefix was consumed);
 *  - a batch ack's entry is not in a range, and has at least one and fewer than batchSize bits set.
 *
 * Bad input (an ack for an entry that does not exist, a batch index outside the batch, a stored
 * state that breaks the invariants) throws INVALID_MESSAGE_ID or INVALID_ARGUMENT and leaves the
 * cursor unchanged. Pure; no I/O: the shell persists `snapshot()` (throttled) and restores it.
 */
import { InvalidArgumentError, invariant, MagnetarError } from "../../common/errors.js";
import {
  ACKED_RANGES_PERSISTED_MAX,
  BATCH_ACKS_PERSISTED_MAX,
  BATCH_SIZE_MAX,
  type BatchAck,
  type CursorState,
  wordsFor,
} from "./cursor-state.js";
import {
  assertLayout,
  entriesBetween,
  hasEntry,
  type LedgerLayout,
  lastPosition,
  nextPosition,
} from "./ledger-layout.js";
import { comparePositions, formatPosition, type Position } from "./message-id.js";
import { type EntryRange, EntryRangeSet } from "./range-set.js";

interface MutableBatchAck {
  readonly position: Position;
  readonly batchSize: number;
  readonly words: number[];
  ackedCount: number;
}

function bitOf(words: readonly number[], index: number): boolean {
  return (((words[index >>> 5] ?? 0) >>> (index & 31)) & 1) === 1;
}

function popCount(word: number): number {
  let w = word >>> 0;
  let count = 0;
  while (w !== 0) {
    w &= w - 1;
    count++;
  }
  return count;
}

/** A written entry, or an entry of a ledger before the layout's first (trimmed since). */
function isWrittenOrTrimmed(layout: LedgerLayout, p: Position): boolean {
  const first = layout[0];
  return hasEntry(layout, p) || (first !== undefined && p.ledgerId < first.ledgerId);
}

export class DurableCursor {
  private markDelete: Position;
  private layout: LedgerLayout;
  private acked = new EntryRangeSet();
  private readonly batchAcks = new Map<string, MutableBatchAck>();

  /** A cursor with nothing acked after `markDelete` (e.g. {ledgerId: first, entryId: -1} for Earliest). */
  constructor(layout: LedgerLayout, markDelete: Position) {
    assertLayout(layout);
    invariant(
      Number.isSafeInteger(markDelete.ledgerId) && markDelete.ledgerId >= 0,
      "markDelete ledger >= 0",
    );
    invariant(Number.isSafeInteger(markDelete.entryId) && markDelete.entryId >= -1, "markDelete entry >= -1");
    this.layout = layout;
    this.markDelete = { ledgerId: markDelete.ledgerId, entryId: markDelete.entryId };
    this.trimToLayout();
  }

  /**
   * Restores a persisted state; INVALID_ARGUMENT when it breaks an invariant against `layout`.
   * Acks in ledgers since trimmed from the front of the layout are accepted and dropped.
   */
  static restore(state: CursorState, layout: LedgerLayout): DurableCursor {
    assertLayout(layout);
    const cursor = new DurableCursor([], state.markDelete);
    const set = EntryRangeSet.fromRanges(state.ranges);
    const first = set.first();
    if (
      first !== undefined &&
      !cursor.afterMarkDelete({ ledgerId: first.ledgerId, entryId: first.firstEntryId })
    )
      throw new InvalidArgumentError("invalid cursor state: ranges must lie after markDelete");
    for (const r of state.ranges) {
      if (!isWrittenOrTrimmed(layout, { ledgerId: r.ledgerId, entryId: r.lastEntryId }))
        throw new InvalidArgumentError(
          `invalid cursor state: range ends at unwritten entry ${r.ledgerId}:${r.lastEntryId}`,
        );
    }
    cursor.acked = set;
    cursor.restoreBatchAcks(state.batchAcks, layout);
    cursor.setLayout(layout);
    cursor.checkInvariants();
    return cursor;
  }

  private restoreBatchAcks(batchAcks: readonly BatchAck[], layout: LedgerLayout): void {
    for (const b of batchAcks) {
      const position = { ledgerId: b.ledgerId, entryId: b.entryId };
      const where = `invalid cursor state: batch ack ${formatPosition(position)}`;
      if (!isWrittenOrTrimmed(layout, position))
        throw new InvalidArgumentError(`${where} is not a written entry`);
      if (!this.afterMarkDelete(position) || this.acked.contains(position))
        throw new InvalidArgumentError(`${where} is for an entry already acknowledged`);
      if (this.batchAcks.has(formatPosition(position)))
        throw new InvalidArgumentError(`${where} appears twice`);
      if (b.batchSize > BATCH_SIZE_MAX || b.ackedWords.length !== wordsFor(b.batchSize))
        throw new InvalidArgumentError(`${where} has a bad batch size or bit set`);
      const words = b.ackedWords.map((w) => w >>> 0);
      const ackedCount = words.reduce((sum, w) => sum + popCount(w), 0);
      const bitsBeyond = b.batchSize % 32 === 0 ? 0 : (words[words.length - 1] ?? 0) >>> (b.batchSize % 32);
      if (ackedCount === 0 || ackedCount >= b.batchSize || bitsBeyond !== 0)
        throw new InvalidArgumentError(`${where} must ack some but not all of its ${b.batchSize} messages`);
      this.batchAcks.set(formatPosition(position), { position, batchSize: b.batchSize, words, ackedCount });
    }
  }

  get markDeletePosition(): Position {
    return { ...this.markDelete };
  }

  /** Number of individually acknowledged ranges held in memory (not capped; see snapshot). */
  get rangeCount(): number {
    return this.acked.size;
  }

  /** The topic's ledgers changed: the last one grew, a new one started, or old ones were trimmed. */
  setLayout(layout: LedgerLayout): void {
    assertLayout(layout);
    this.layout = layout;
    this.trimToLayout();
  }

  /** Entries of ledgers trimmed from the front of the layout count as gone: markDelete skips them. */
  private trimToLayout(): void {
    const first = this.layout[0];
    if (first !== undefined && first.ledgerId > this.markDelete.ledgerId)
      this.moveMarkDelete({ ledgerId: first.ledgerId, entryId: -1 });
    this.advance();
  }

  private afterMarkDelete(p: Position): boolean {
    return comparePositions(p, this.markDelete) > 0;
  }

  private requireEntry(p: Position): void {
    if (!hasEntry(this.layout, p))
      throw new MagnetarError("INVALID_MESSAGE_ID", `no entry ${formatPosition(p)} in this topic`);
  }

  /** Validates (batchIndex, batchSize); -1 means the whole entry. */
  private requireBatch(batchIndex: number, batchSize: number): void {
    if (batchIndex === -1) return;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > BATCH_SIZE_MAX)
      throw new InvalidArgumentError(`batch size must be an integer 1..${BATCH_SIZE_MAX}, got ${batchSize}`);
    if (!Number.isSafeInteger(batchIndex) || batchIndex < 0 || batchIndex >= batchSize)
      throw new MagnetarError(
        "INVALID_MESSAGE_ID",
        `batch index ${batchIndex} is outside the batch of ${batchSize}`,
      );
  }

  /** Whether the entry, or with batchIndex >= 0 that one message of it, is acknowledged. */
  isAcked(p: Position, batchIndex = -1): boolean {
    if (!this.afterMarkDelete(p) || this.acked.contains(p)) return true;
    if (batchIndex < 0) return false;
    const batch = this.batchAcks.get(formatPosition(p));
    return batch !== undefined && bitOf(batch.words, batchIndex);
  }

  /**
   * Acknowledges one entry (batchIndex -1) or one message of a batch entry of batchSize messages.
   * Returns false when it was already acknowledged. The mark-delete position then advances over
   * any contiguous acknowledged prefix.
   */
  ackIndividual(p: Position, batchIndex = -1, batchSize = 0): boolean {
    this.requireEntry(p);
    this.requireBatch(batchIndex, batchSize);
    if (this.isAcked(p)) return false;
    const changed = batchIndex === -1 ? this.ackEntry(p) : this.ackMessage(p, batchIndex, batchSize);
    this.advance();
    return changed;
  }

  private ackEntry(p: Position): boolean {
    this.batchAcks.delete(formatPosition(p));
    return this.acked.add(p);
  }

  private ackMessage(p: Position, batchIndex: number, batchSize: number): boolean {
    // Also guards the loop in ackCumulative: once the entry completes, later indexes are no-ops.
    if (this.isAcked(p)) return false;
    const key = formatPosition(p);
    const existing = this.batchAcks.get(key);
    if (existing !== undefined && existing.batchSize !== batchSize)
      throw new InvalidArgumentError(`entry ${key} has ${existing.batchSize} messages, not ${batchSize}`);
    const batch = existing ?? {
      position: { ...p },
      batchSize,
      words: new Array<number>(wordsFor(batchSize)).fill(0),
      ackedCount: 0,
    };
    if (bitOf(batch.words, batchIndex)) return false;
    const wordIndex = batchIndex >>> 5;
    batch.words[wordIndex] = ((batch.words[wordIndex] ?? 0) | (1 << (batchIndex & 31))) >>> 0;
    batch.ackedCount += 1;
    if (batch.ackedCount === batchSize) return this.ackEntry(p);
    this.batchAcks.set(key, batch);
    return true;
  }

  /**
   * Acknowledges everything at or before `p` (the whole entry with batchIndex -1, else messages
   * 0..batchIndex of it). Returns false when nothing changed. Never moves markDelete backwards.
   */
  ackCumulative(p: Position, batchIndex = -1, batchSize = 0): boolean {
    this.requireEntry(p);
    this.requireBatch(batchIndex, batchSize);
    const wholeEntry = batchIndex === -1 || batchIndex === batchSize - 1;
    const target = wholeEntry ? p : { ledgerId: p.ledgerId, entryId: p.entryId - 1 };
    let changed = false;
    if (this.afterMarkDelete(target)) {
      this.moveMarkDelete(target);
      changed = true;
    }
    if (!wholeEntry && !this.isAcked(p)) {
      for (let i = 0; i <= batchIndex; i++) changed = this.ackMessage(p, i, batchSize) || changed;
    }
    this.advance();
    return changed;
  }

  /** Rewinds or fast-forwards: `p` becomes the first unacknowledged entry; all acks after it are forgotten. */
  resetTo(p: Position): void {
    const ledger = this.layout.find((l) => l.ledgerId === p.ledgerId);
    if (
      ledger === undefined ||
      !Number.isSafeInteger(p.entryId) ||
      p.entryId < 0 ||
      p.entryId > ledger.entries
    )
      throw new MagnetarError(
        "INVALID_MESSAGE_ID",
        `cannot reset to ${formatPosition(p)}: not a position of this topic`,
      );
    this.acked.clear();
    this.batchAcks.clear();
    this.markDelete = { ledgerId: p.ledgerId, entryId: p.entryId - 1 };
    this.advance();
  }

  private moveMarkDelete(target: Position): void {
    invariant(this.afterMarkDelete(target), "moveMarkDelete moves forward");
    this.markDelete = { ledgerId: target.ledgerId, entryId: target.entryId };
    this.acked.removeThrough(target);
    for (const [key, batch] of this.batchAcks) {
      if (comparePositions(batch.position, target) <= 0) this.batchAcks.delete(key);
    }
  }

  /** Moves markDelete over the acknowledged entries that directly follow it. O(ranges x ledgers). */
  private advance(): void {
    for (let bound = this.acked.size; bound >= 0; bound--) {
      const next = nextPosition(this.layout, this.markDelete);
      const first = this.acked.first();
      if (next === undefined || first === undefined) return;
      if (first.ledgerId !== next.ledgerId || first.firstEntryId !== next.entryId) return;
      this.acked.removeFirst();
      this.markDelete = { ledgerId: first.ledgerId, entryId: first.lastEntryId };
    }
    invariant(false, "advance consumes at most every range once");
  }

  /**
   * Unacknowledged entries after markDelete up to `upTo` (default: the last written entry), in
   * O(ranges + ledgers). A batch entry with only some messages acknowledged counts as unacknowledged.
   */
  backlog(upTo: Position | undefined = lastPosition(this.layout)): number {
    if (upTo === undefined || !this.afterMarkDelete(upTo)) return 0;
    const backlog = entriesBetween(this.layout, this.markDelete, upTo) - this.acked.countThrough(upTo);
    invariant(backlog >= 0, "acked entries are written entries after markDelete");
    return backlog;
  }

  ackedRanges(): EntryRange[] {
    return this.acked.toArray();
  }

  /**
   * The state to persist: markDelete, the first ACKED_RANGES_PERSISTED_MAX ranges and the first
   * BATCH_ACKS_PERSISTED_MAX batch acks. Acks beyond the caps are not persisted: after a restart
   * those entries are delivered again (at-least-once), as in Pulsar.
   */
  snapshot(): CursorState {
    const batchAcks = [...this.batchAcks.values()]
      .sort((a, b) => comparePositions(a.position, b.position))
      .slice(0, BATCH_ACKS_PERSISTED_MAX)
      .map((b) => ({ ...b.position, batchSize: b.batchSize, ackedWords: [...b.words] }));
    const state = {
      markDelete: { ...this.markDelete },
      ranges: this.acked.toArray(ACKED_RANGES_PERSISTED_MAX),
      batchAcks,
    };
    invariant(state.ranges.length <= ACKED_RANGES_PERSISTED_MAX, "persisted ranges are capped");
    return state;
  }

  /** Asserts every invariant in the header; O(ranges x ledgers + batch acks). For tests and restore. */
  checkInvariants(): void {
    const ranges = this.acked.toArray();
    const first = ranges[0];
    invariant(
      first === undefined || this.afterMarkDelete({ ledgerId: first.ledgerId, entryId: first.firstEntryId }),
      "ranges after markDelete",
    );
    for (const r of ranges)
      invariant(
        hasEntry(this.layout, { ledgerId: r.ledgerId, entryId: r.lastEntryId }),
        "ranges are written entries",
      );
    const next = nextPosition(this.layout, this.markDelete);
    invariant(next === undefined || !this.acked.contains(next), "markDelete consumed the acked prefix");
    for (const b of this.batchAcks.values()) {
      invariant(this.afterMarkDelete(b.position), "batch acks after markDelete");
      invariant(!this.acked.contains(b.position), "batch acks are for entries not fully acked");
      invariant(b.ackedCount > 0, "a batch ack has an acked message");
      invariant(b.ackedCount < b.batchSize, "a batch ack leaves a message unacked");
      invariant(
        b.words.reduce((s, w) => s + popCount(w), 0) === b.ackedCount,
        "batch ack count matches bits",
      );
    }
  }
}
