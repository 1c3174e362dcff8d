/**
 * Partition routing for producers of partitioned topics, pure: a keyed message goes to
 * murmur3_x86_32(UTF-8 key, seed 0) mod N, so one key always lands on one partition; messages
 * without a key go round robin, one batch at a time (the producer reports each sealed batch).
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

  /** The partition for a message with this key (undefined = no key). */
  choose(key: string | undefined): number {
    return key === undefined ? this.current : partitionForKey(key, this.partitions);
  }

  /** Partition `p` sealed a batch: keyless messages move on to the next partition. */
  batchSealed(p: number): void {
    if (p === this.current) this.current = (this.current + 1) % this.partitions;
  }
}
