/**
 * The broker's writer of the records it rewrites all the time: cursors and deduplication snapshots.
 * Each is a compare-and-set on its key's version. Writes waiting while earlier ones are in flight
 * go together as one metadata transaction (one Raft entry, one synced write), the way a bookie's
 * group commit does. Urgent writes (flushes: a consumer closing, a topic unloading) go ahead of
 * the timed ones.
 *
 * Why: each subscription saves its cursor up to once a second and each topic its deduplication
 * state. At a few thousand topics that was thousands of separate proposals a second, more than
 * one metadata member takes (about 2,000 puts a second). Each proposal cost a gRPC call, a Raft
 * entry and its apply. Every 10,000 entries the member also took a snapshot of the whole
 * keyspace, which stalled a standalone for 200-500 ms every few seconds. In batches of up to 128
 * the same saves are a few dozen transactions a second.
 *
 * A write goes at once while fewer than `maxInFlight` transactions are in flight, so a quiet broker
 * adds no delay. A transaction whose compare fails (a key was written by someone else: the topic
 * was taken over, or deleted) is retried key by key, one at a time, so only the writes that lost
 * their key fail with VersionMismatchError and the retry does not flood the quorum.
 */
import type { Compare } from "../../proto/gen/magnetar/v1/Compare.js";
import type { RequestOp } from "../../proto/gen/magnetar/v1/RequestOp.js";

/** The metadata store's operations the batcher uses (MetadataStore has them). */
export interface CasStore {
  cas(key: string, expectedVersion: number, value: Buffer): Promise<{ version: number }>;
  /** Only whether every compare held: a batched key's new version is known without the answer. */
  txn(compares: Compare[], success: RequestOp[]): Promise<{ readonly succeeded: boolean }>;
}

export interface CasBatcherLimits {
  /** Writes in one transaction (the metadata quorum allows 128). */
  readonly maxOps: number;
  /** Bytes of values in one transaction; a bigger value goes alone. */
  readonly maxBytes: number;
  /** Transactions in flight at once (a failed one's key-by-key retry counts as one). */
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

/** Writes waiting, in order, taken from the front. */
class WriteQueue {
  private items: (QueuedCas | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  peek(): QueuedCas | undefined {
    return this.items[this.head];
  }

  push(w: QueuedCas): void {
    this.items.push(w);
  }

  shift(): void {
    this.items[this.head] = undefined; // no reference to a write once it is taken
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}

export class CasBatcher {
  private readonly urgent = new WriteQueue();
  private readonly timed = new WriteQueue();
  private inFlight = 0;
  /** Transactions sent so far, and writes they carried (for tests). */
  transactions = 0;
  writes = 0;

  constructor(
    private readonly store: CasStore,
    private readonly limits: CasBatcherLimits = CAS_BATCHER_LIMITS,
  ) {}

  /** Writes waiting for a transaction. */
  get queued(): number {
    return this.urgent.length + this.timed.length;
  }

  /**
   * Writes `value` if `key` is at `expectedVersion` (0 = absent); resolves with the key's new
   * version, rejects with VersionMismatchError if it was not, or with the store's error. An
   * `urgent` write goes ahead of every timed one still waiting.
   */
  cas(key: string, expectedVersion: number, value: string, urgent = false): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const w = { key, expectedVersion, value: Buffer.from(value, "utf8"), resolve, reject };
      (urgent ? this.urgent : this.timed).push(w);
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
  }

  /** The next writes, urgent ones first, within the limits; a transaction writes each key once. */
  private take(): QueuedCas[] {
    const batch: QueuedCas[] = [];
    const keys = new Set<string>();
    let bytes = 0;
    for (const queue of [this.urgent, this.timed]) {
      for (let next = queue.peek(); next !== undefined; next = queue.peek()) {
        if (batch.length >= this.limits.maxOps || keys.has(next.key)) return batch;
        if (batch.length > 0 && bytes + next.value.byteLength > this.limits.maxBytes) return batch;
        batch.push(next);
        keys.add(next.key);
        bytes += next.value.byteLength;
        queue.shift();
      }
    }
    return batch;
  }

  private async write(batch: readonly QueuedCas[]): Promise<void> {
    this.transactions++;
    this.writes += batch.length;
    if (batch.length === 1) return this.writeAlone(batch[0] as QueuedCas);
    let res: { readonly succeeded: boolean };
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
      // One of the keys moved on: write each alone, so that only its own write fails; one at a
      // time, as this happens in takeovers, when the quorum has other work to do.
      for (const w of batch) await this.writeAlone(w);
      return;
    }
    // Every compare held and each key was put once, so its version is one more than expected.
    // Not read from the response: metadata members of earlier builds left it out of a txn's puts.
    for (const w of batch) w.resolve(w.expectedVersion + 1);
  }

  private async writeAlone(w: QueuedCas): Promise<void> {
    try {
      w.resolve((await this.store.cas(w.key, w.expectedVersion, w.value)).version);
    } catch (err) {
      w.reject(err);
    }
  }
}
