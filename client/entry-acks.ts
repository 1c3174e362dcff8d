/**
 * Whole-entry acks, pure: once the application has individually acknowledged every message of a
 * batch, one id for the entry (batch_index -1) goes to the broker instead of the last of the
 * message ids. Pulsar's client does the same (its batch message acker). At max rate an entry holds
 * a hundred messages or more, so this spares the consumer encoding, and the broker decoding and
 * applying, nearly every message id.
 *
 * Acks made in one event-loop turn are held here until the group is flushed; those whose entry
 * is not complete by then go as message ids, as before. The entry stays tracked, so acks in later
 * turns can still complete it. Only acks of messages whose batch size is known (received
 * `Message`s) are held; tracked entries are capped, the oldest forgotten first. A failed ack is
 * unmarked, and a new stream (reconnect, cursor reset) forgets every entry, so an entry's id only
 * ever covers messages acknowledged, successfully or still pending, on the current stream.
 */
import type { MessageId } from "./message-id.js";

/** Entries tracked at once; an older one is forgotten (its later acks go as message ids). */
export const TRACKED_ENTRIES_MAX = 10_000;

export interface HeldAck {
  readonly id: MessageId;
}

interface TrackedEntry<T extends HeldAck> {
  /** 1 = that batch index was acknowledged. */
  readonly acked: Uint8Array;
  remaining: number;
  /** Acks of this entry held since the last flush. */
  held: T[];
}

function keyOf(id: MessageId): string {
  return `${id.ledgerId}:${id.entryId}:${id.partition}`;
}

export class EntryAcks<T extends HeldAck> {
  private readonly entries = new Map<string, TrackedEntry<T>>();
  /** Entries with held acks, to release at the flush. */
  private dirty: TrackedEntry<T>[] = [];

  get trackedEntries(): number {
    return this.entries.size;
  }

  /**
   * Takes an individual ack of message `ack.id` of a batch of `batchSize`. Returns "pass" when it
   * is not held (send it as it is); "held" when it waits for its entry; or, when it completes the
   * entry, the entry's id with every ack held for it, to send as one.
   */
  take(ack: T, batchSize: number): "pass" | "held" | { readonly id: MessageId; readonly acks: T[] } {
    const { id } = ack;
    if (
      !Number.isInteger(batchSize) ||
      batchSize < 2 ||
      !Number.isInteger(id.batchIndex) ||
      id.batchIndex < 0 ||
      id.batchIndex >= batchSize
    )
      return "pass";
    const key = keyOf(id);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { acked: new Uint8Array(batchSize), remaining: batchSize, held: [] };
      this.entries.set(key, entry);
      if (this.entries.size > TRACKED_ENTRIES_MAX) this.forgetOldest();
    } else if (entry.acked.length !== batchSize || entry.acked[id.batchIndex] === 1) {
      return "pass"; // another size than first seen (a caller's own id), or acked again
    }
    entry.acked[id.batchIndex] = 1;
    entry.remaining--;
    entry.held.push(ack);
    if (entry.remaining > 0) {
      if (entry.held.length === 1) this.dirty.push(entry);
      return "held";
    }
    this.entries.delete(key);
    const acks = entry.held;
    entry.held = [];
    return { id: { ...id, batchIndex: -1 }, acks };
  }

  /** The held acks of entries still incomplete: they go now, as message ids. */
  release(): T[] {
    const out: T[] = [];
    for (const entry of this.dirty) {
      for (const ack of entry.held) out.push(ack);
      entry.held = [];
    }
    this.dirty = [];
    return out;
  }

  /** Forgets every entry (reconnect, cursor reset): acks still held are released by the next `release`. */
  clear(): void {
    this.entries.clear();
  }

  /** An ack that failed: its message no longer counts towards completing its entry. */
  unmark(id: MessageId): void {
    const entry = this.entries.get(keyOf(id));
    if (entry === undefined || id.batchIndex < 0 || entry.acked[id.batchIndex] !== 1) return;
    entry.acked[id.batchIndex] = 0;
    entry.remaining++;
  }

  private forgetOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
