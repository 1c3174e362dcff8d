/**
 * The event history: one batch of events per revision, dense (every revision after 1 changed at
 * least one key, so has at least one event), from the compacted revision to the current one. It
 * serves watches (replay from a start revision) and reads at older revisions (undo newer events).
 */
import { invariant } from "../../../common/errors.js";
import type { KvEvent } from "./types.js";

/** Fixed per-event overhead counted toward `historyBytesMax`. */
const EVENT_OVERHEAD_BYTES = 64;

export function eventBytes(event: KvEvent): number {
  return EVENT_OVERHEAD_BYTES + event.kv.key.length * 2 + event.kv.value.length;
}

export class History {
  /** batches[offset + i] holds the events of revision firstRevision + i. */
  private batches: (readonly KvEvent[])[] = [];
  private offset = 0;
  private firstRevision = 0;
  private events = 0;
  private bytes = 0;

  /** Number of revisions held. */
  get length(): number {
    return this.batches.length - this.offset;
  }

  get eventCount(): number {
    return this.events;
  }

  get byteCount(): number {
    return this.bytes;
  }

  /** Oldest revision held; 0 when empty. */
  get first(): number {
    return this.length === 0 ? 0 : this.firstRevision;
  }

  /** Newest revision held; 0 when empty. */
  get last(): number {
    return this.length === 0 ? 0 : this.firstRevision + this.length - 1;
  }

  append(revision: number, events: readonly KvEvent[]): void {
    invariant(events.length > 0, "history: a revision without events");
    if (this.length === 0) {
      this.batches = [];
      this.offset = 0;
      this.firstRevision = revision;
    } else {
      invariant(revision === this.last + 1, "history: revisions must be appended in order, without gaps");
    }
    this.batches.push(events);
    this.events += events.length;
    for (const event of events) this.bytes += eventBytes(event);
  }

  /** Events of `revision`, or undefined when it is not held. */
  at(revision: number): readonly KvEvent[] | undefined {
    if (this.length === 0 || revision < this.firstRevision || revision > this.last) return undefined;
    return this.batches[this.offset + revision - this.firstRevision];
  }

  /** Drops the oldest revision. */
  dropOldest(): void {
    invariant(this.length > 0, "history: drop from an empty history");
    const batch = this.batches[this.offset] as readonly KvEvent[];
    this.events -= batch.length;
    for (const event of batch) this.bytes -= eventBytes(event);
    this.offset += 1;
    this.firstRevision += 1;
    // Reclaim the dropped slots once they are the larger part of the array.
    if (this.offset > 1024 && this.offset * 2 > this.batches.length) {
      this.batches = this.batches.slice(this.offset);
      this.offset = 0;
    }
  }

  /** Drops every revision older than `revision`. */
  dropBefore(revision: number): void {
    while (this.length > 0 && this.firstRevision < revision) this.dropOldest();
  }
}
