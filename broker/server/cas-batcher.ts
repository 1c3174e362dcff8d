/**
 * The broker's writer of the records it rewrites all the time: cursors and deduplication snapshots.
 * Each is a compare-and-set on its key's version. Writes waiting while earlier ones are in flight
 * go together as one metadata transaction (one Raft entry, one synced write), the way a bookie's
 * group commit does.
 *
 * Why: each subscription saves its cursor up to once a second and each topic its deduplication
 * state. At a few thousand topics that was thousands of separate proposals a second, more than
 * one metadata member takes (about 2,000 puts a second). Each proposal cost a gRPC call, a Raft
 * entry and its apply. Every 10,000 entries the member also took a snapshot of the whole
 * keyspace, which stalled a standalone for 200-500 ms every few seconds. In batches of up to 128
 * the same saves are a few dozen transactions a second.
 *
 * A write alone goes at once, so a quiet broker adds no delay. A transaction whose compare fails
 * (a key was written by someone else: the topic was taken over) is retried key by key, so only
 * the writes that lost their key fail with VersionMismatchError.
 */
import type { Compare } from "../../proto/gen/magnetar/v1/Compare.js";
import type { RequestOp } from "../../proto/gen/magnetar/v1/RequestOp.js";
import type { TxnResponse__Output } from "../../proto/gen/magnetar/v1/TxnResponse.js";

/** The metadata store's operations the batcher uses (MetadataStore has them). */
export interface CasStore {
  cas(key: string, expectedVersion: number, value: Buffer): Promise<{ version: number }>;
  txn(compares: Compare[], success: RequestOp[]): Promise<TxnResponse__Output>;
}

export interface CasBatcherLimits {
  /** Writes in one transaction (the metadata quorum allows 128). */
  readonly maxOps: number;
  /** Bytes of values in one transaction; a bigger value goes alone. */
  readonly maxBytes: number;
  /** Transactions in flight at once; writes wait in order behind them. */
  readonly maxInFlight: number;
}

export const CAS_BATCHER_LIMITS: CasBatcherLimits = { maxOps: 128, maxBytes: 1024 * 1024, maxInFlight: 4 };

interface QueuedCas {
  readonly key: string;
  readonly expectedVersion: number;
  readonly value: Buffer;
  resolve(version: number): void;
  reject(err: unknown): void;
}

export class CasBatcher {
  private queue: QueuedCas[] = [];
  private head = 0;
  private inFlight = 0;
  /** Transactions sent so far, and writes they carried (for tests and stats). */
  transactions = 0;
  writes = 0;

  constructor(
    private readonly store: CasStore,
    private readonly limits: CasBatcherLimits = CAS_BATCHER_LIMITS,
  ) {}

  /** Writes waiting for a transaction. */
  get queued(): number {
    return this.queue.length - this.head;
  }

  /**
   * Writes `value` if `key` is at `expectedVersion` (0 = absent); resolves with the key's new
   * version, rejects with VersionMismatchError if it was not, or with the store's error.
   */
  cas(key: string, expectedVersion: number, value: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ key, expectedVersion, value: Buffer.from(value, "utf8"), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.limits.maxInFlight && this.queued > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /** The next writes in order, within the limits; a transaction writes each key once. */
  private take(): QueuedCas[] {
    const batch: QueuedCas[] = [];
    const keys = new Set<string>();
    let bytes = 0;
    while (this.head < this.queue.length && batch.length < this.limits.maxOps) {
      const next = this.queue[this.head] as QueuedCas;
      if (keys.has(next.key)) break;
      if (batch.length > 0 && bytes + next.value.byteLength > this.limits.maxBytes) break;
      batch.push(next);
      keys.add(next.key);
      bytes += next.value.byteLength;
      this.head++;
    }
    return batch;
  }

  private async write(batch: readonly QueuedCas[]): Promise<void> {
    this.transactions++;
    this.writes += batch.length;
    if (batch.length === 1) return this.writeAlone(batch[0] as QueuedCas);
    let res: TxnResponse__Output;
    try {
      res = await this.store.txn(
        batch.map((w) => ({
          key: Buffer.from(w.key, "utf8"),
          target: "VERSION",
          result: "EQUAL",
          version: w.expectedVersion,
        })),
        batch.map((w) => ({ requestPut: { key: Buffer.from(w.key, "utf8"), value: w.value } })),
      );
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    if (!res.succeeded) {
      // One of the keys moved on: write each alone, so that only its own write fails.
      await Promise.all(batch.map((w) => this.writeAlone(w)));
      return;
    }
    batch.forEach((w, i) => {
      const put = res.responses[i]?.responsePut;
      if (put) w.resolve(put.version);
      else
        w.reject(new Error(`metadata transaction answered ${res.responses.length} of ${batch.length} puts`));
    });
  }

  private async writeAlone(w: QueuedCas): Promise<void> {
    try {
      w.resolve((await this.store.cas(w.key, w.expectedVersion, w.value)).version);
    } catch (err) {
      w.reject(err);
    }
  }
}
