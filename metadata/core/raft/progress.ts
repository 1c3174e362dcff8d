/**
 * The leader's view of one follower (etcd-raft `tracker.Progress`).
 *
 * - probe: the leader does not know where the follower's log matches; it sends one append at a
 *   time and waits for the answer (or a heartbeat answer) before sending the next.
 * - replicate: the follower is known to match up to `match`; appends are pipelined optimistically
 *   (`next` moves ahead on send), at most `inflights.capacity` unanswered at once.
 * - snapshot: the follower needs the snapshot at `pendingSnapshot`; nothing else is sent until it
 *   is acknowledged or the attempt times out.
 *
 * Always: match < next; match never decreases within a leader term.
 */
import { invariant } from "../../../common/errors.js";
import type { ProgressState } from "./types.js";

/** A bounded ring buffer of the last index of each unanswered append. */
export class Inflights {
  private readonly buffer: number[];
  private start = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    invariant(Number.isInteger(capacity) && capacity >= 1, "inflights: capacity must be >= 1");
    this.buffer = new Array<number>(capacity).fill(0);
  }

  get size(): number {
    return this.count;
  }

  full(): boolean {
    return this.count === this.capacity;
  }

  add(lastIndex: number): void {
    invariant(!this.full(), "inflights: add to a full window");
    if (this.count > 0) {
      const last = this.buffer[(this.start + this.count - 1) % this.capacity] ?? 0;
      invariant(lastIndex > last, "inflights: indexes must increase");
    }
    this.buffer[(this.start + this.count) % this.capacity] = lastIndex;
    this.count++;
  }

  /** Frees every append whose last index is <= index (they were acknowledged). */
  freeLE(index: number): void {
    while (this.count > 0 && (this.buffer[this.start] ?? 0) <= index) {
      this.start = (this.start + 1) % this.capacity;
      this.count--;
    }
  }

  freeFirstOne(): void {
    if (this.count === 0) return;
    this.start = (this.start + 1) % this.capacity;
    this.count--;
  }

  reset(): void {
    this.start = 0;
    this.count = 0;
  }
}

export class Progress {
  match = 0;
  next: number;
  state: ProgressState = "probe";
  /** probe: an append is unanswered; the next one waits for a response. */
  probeSent = false;
  /** snapshot: the index of the snapshot sent, and ticks since it was sent. */
  pendingSnapshot = 0;
  snapshotElapsedTicks = 0;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** Highest AppendEntries seq the follower echoed in this term (read index confirmation). */
  ackedSeq = 0;
  /** Highest commit index sent to the follower in this term. */
  sentCommit = 0;
  /** A response showed no progress while entries are outstanding: send an append even if empty. */
  resendDue = false;
  readonly inflights: Inflights;

  constructor(next: number, inflightMsgsMax: number) {
    invariant(next >= 1, "progress: next must be >= 1");
    this.next = next;
    this.inflights = new Inflights(inflightMsgsMax);
  }

  becomeProbe(next: number): void {
    this.state = "probe";
    this.next = Math.max(next, this.match + 1);
    this.probeSent = false;
    this.inflights.reset();
  }

  becomeReplicate(): void {
    this.state = "replicate";
    this.next = this.match + 1;
    this.probeSent = false;
    this.inflights.reset();
  }

  becomeSnapshot(index: number): void {
    invariant(index > this.match, "progress: snapshot at or below match");
    this.state = "snapshot";
    this.pendingSnapshot = index;
    this.snapshotElapsedTicks = 0;
    this.inflights.reset();
  }

  /** Records an acknowledged match; returns whether it moved forward. */
  maybeUpdate(index: number): boolean {
    if (index <= this.match) return false;
    this.match = index;
    this.next = Math.max(this.next, index + 1);
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case "probe":
        return this.probeSent;
      case "replicate":
        return this.inflights.full();
      case "snapshot":
        return true;
    }
  }

  /** An append whose entries end at lastIndex (count of them, possibly 0) was sent. */
  sentAppend(lastIndex: number, count: number): void {
    if (this.state === "replicate") {
      if (count === 0) return;
      this.next = lastIndex + 1;
      this.inflights.add(lastIndex);
      return;
    }
    invariant(this.state === "probe", "progress: append sent while in snapshot state");
    this.probeSent = true;
  }
}
