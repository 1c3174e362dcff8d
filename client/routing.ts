/**
 * Partition routing for producers of partitioned topics, pure: a keyed message goes to
 * murmur3_x86_32(UTF-8 key, seed 0) mod N, so one key always lands on one partition; messages
 * without a key go round robin, one batch at a time (the producer reports each sealed batch).
 *
 * A keyless message may go anywhere, so it skips a partition whose share of the pending window is
 * full and takes the next one with room. Pulsar's client waits on the full partition instead: the
 * messages stuck behind it then wait a whole round trip while the other partitions sit idle, which
 * at max rate over 16 partitions cost up to a fifth of the throughput and put 0.5 s on p99.
 */
import { murmur3x86_32 } from "../common/murmur3.js";

export function partitionForKey(key: string | Uint8Array, partitions: number): number {
  const bytes = typeof key === "string" ? Buffer.from(key, "utf8") : key;
  return murmur3x86_32(bytes) % partitions;
}

export class PartitionRouter {
  private current: number;

  /** `start` lets producers of one topic begin at different partitions (default: random). */
  constructor(
    readonly partitions: number,
    start = Math.floor(Math.random() * partitions),
  ) {
    if (!Number.isSafeInteger(partitions) || partitions < 1) {
      throw new RangeError(`partitions must be an integer >= 1, got ${partitions}`);
    }
    this.current = start % partitions;
  }

  /**
   * The partition for a message with this key (undefined = no key). A keyless message goes to the
   * current partition, or, if `hasRoom` says it is full, to the next one with room, which becomes
   * current; when none has room it stays on the current one (and waits there).
   */
  choose(key: string | undefined, hasRoom?: (partition: number) => boolean): number {
    if (key !== undefined) return partitionForKey(key, this.partitions);
    if (hasRoom === undefined || hasRoom(this.current)) return this.current;
    for (let i = 1; i < this.partitions; i++) {
      const p = (this.current + i) % this.partitions;
      if (hasRoom(p)) {
        this.current = p;
        return p;
      }
    }
    return this.current;
  }

  /** Partition `p` sealed a batch: keyless messages move on to the next partition. */
  batchSealed(p: number): void {
    if (p === this.current) this.current = (this.current + 1) % this.partitions;
  }
}
