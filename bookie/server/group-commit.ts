/**
 * Group commit, the bookie's journal discipline: records that arrive while a synced write is in
 * flight wait in a queue and are written together by the next one. One sync thus carries as many
 * records as arrived during the previous sync (bounded by `entriesMax` and `bytesMax`), which is
 * how a disk that takes a few thousand syncs per second stores tens of thousands of entries.
 *
 * Contract ("persist before ack"): `append` resolves only after `write` of the batch holding the
 * record has resolved, and `write` must not resolve before its data is synced to disk. Batches are
 * built, written and settled one at a time in arrival order, so a record never becomes durable
 * before a record appended earlier.
 */
import { InvariantViolation, invariant, MagnetarError, UnavailableError } from "../../common/errors.js";

export interface GroupCommitRecord {
  /** Bytes the record adds to a batch (for the batch bound). */
  readonly bytes: number;
}

export interface BatchStats {
  readonly records: number;
  readonly bytes: number;
  readonly writeSeconds: number;
}

export interface GroupCommitOptions<R extends GroupCommitRecord, Op> {
  /** Most records in one synced write; at least one. */
  readonly entriesMax: number;
  /** Most bytes in one synced write; a single larger record still goes alone. */
  readonly bytesMax: number;
  /** Turns a batch into storage operations, in arrival order. Called once per batch, right before write. */
  encode(records: readonly R[]): Op[];
  /** Writes and syncs the operations; resolves only once they are durable. */
  write(ops: Op[]): Promise<void>;
  /** After a successful write, before any record's `append` resolves. */
  onSynced?(records: readonly R[], stats: BatchStats): void;
  /** After a failed write; every record of the batch is rejected with the returned error. */
  onFailed?(records: readonly R[], err: unknown): MagnetarError;
}

interface Pending<R> {
  readonly record: R;
  resolve(): void;
  reject(err: Error): void;
}

export class GroupCommit<R extends GroupCommitRecord, Op> {
  private queue: Pending<R>[] = [];
  private queuedBytes = 0;
  /** The drain loop, while one runs. Set and cleared synchronously with the queue checks. */
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: GroupCommitOptions<R, Op>) {
    invariant(options.entriesMax >= 1, `entriesMax ${options.entriesMax} < 1`);
    invariant(options.bytesMax >= 1, `bytesMax ${options.bytesMax} < 1`);
  }

  /** Records waiting for the next batch (not counting the batch being written). */
  get queuedRecords(): number {
    return this.queue.length;
  }

  get queuedBytesTotal(): number {
    return this.queuedBytes;
  }

  /** Queues a record; resolves once the synced batch holding it is durable. */
  append(record: R): Promise<void> {
    if (this.closed) return Promise.reject(new UnavailableError("the journal is closed"));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.queuedBytes += record.bytes;
      this.running ??= this.drain();
    });
  }

  /** Stops accepting records and waits until every queued one is settled. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    // One batch at a time: what arrives during a write waits for the next iteration. `running`
    // is cleared in the same synchronous step as the final empty-queue check, so an append never
    // lands in a queue that no loop will drain.
    try {
      while (this.queue.length > 0) {
        const batch = this.take();
        await this.commit(batch);
      }
    } finally {
      this.running = undefined;
    }
  }

  /** The oldest records, up to the bounds, at least one. */
  private take(): Pending<R>[] {
    let count = 0;
    let bytes = 0;
    for (const p of this.queue) {
      if (count >= this.options.entriesMax) break;
      if (count > 0 && bytes + p.record.bytes > this.options.bytesMax) break;
      count++;
      bytes += p.record.bytes;
    }
    invariant(count >= 1, "a batch takes at least one record");
    const batch = this.queue.splice(0, count);
    this.queuedBytes -= bytes;
    return batch;
  }

  private async commit(batch: Pending<R>[]): Promise<void> {
    const records = batch.map((p) => p.record);
    const bytes = records.reduce((sum, r) => sum + r.bytes, 0);
    let ops: Op[];
    try {
      ops = this.options.encode(records);
    } catch (err) {
      // encode is ours and pure: a throw is a bug. Fail the batch loudly rather than hang it.
      for (const p of batch) p.reject(err instanceof Error ? err : new InvariantViolation(String(err)));
      throw err;
    }
    const startedAt = performance.now();
    try {
      await this.options.write(ops);
    } catch (err) {
      const failure =
        this.options.onFailed?.(records, err) ??
        new MagnetarError(
          "INTERNAL",
          `journal write failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      for (const p of batch) p.reject(failure);
      return;
    }
    const writeSeconds = (performance.now() - startedAt) / 1000;
    this.options.onSynced?.(records, { records: records.length, bytes, writeSeconds });
    for (const p of batch) p.resolve();
  }
}
