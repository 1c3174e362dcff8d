import { describe, expect, it } from "vitest";
import { murmur3x86_32 } from "../common/murmur3.js";
import { PartitionRouter, partitionForKey } from "./routing.js";

describe("partition routing", () => {
  it("routes a key to murmur3(key) mod N, always the same partition", () => {
    for (const key of ["user-1", "user-2", "", "ключ", "a-much-longer-key-with-several-blocks"]) {
      const expected = murmur3x86_32(Buffer.from(key, "utf8")) % 7;
      expect(partitionForKey(key, 7)).toBe(expected);
      const r = new PartitionRouter(7, 3);
      expect(r.choose(key)).toBe(expected);
      r.batchSealed(3);
      expect(r.choose(key)).toBe(expected);
    }
  });

  it("spreads keys over partitions", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(partitionForKey(`k${i}`, 8));
    expect(seen.size).toBe(8);
  });

  it("keyless messages go round robin, one batch at a time", () => {
    const r = new PartitionRouter(3, 0);
    const picks: number[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const p = r.choose(undefined);
      expect(r.choose(undefined)).toBe(p); // same partition until its batch is sealed
      picks.push(p);
      r.batchSealed(p);
    }
    expect(picks).toEqual([0, 1, 2, 0, 1]);
    // A keyed batch sealing elsewhere does not move the keyless cursor.
    r.batchSealed(0);
    expect(r.choose(undefined)).toBe(2);
  });

  it("a keyless message skips a full partition for the next one with room, which becomes current", () => {
    const r = new PartitionRouter(4, 1);
    const full = new Set([1, 2]);
    const hasRoom = (p: number) => !full.has(p);
    expect(r.choose(undefined, hasRoom)).toBe(3);
    expect(r.choose(undefined)).toBe(3); // the batch goes on building there
    r.batchSealed(3);
    expect(r.choose(undefined, hasRoom)).toBe(0);
    // A partition with room keeps its batch, even when others are full.
    expect(r.choose(undefined, hasRoom)).toBe(0);
    // Nothing has room: stay on the current partition (the send waits there).
    expect(r.choose(undefined, () => false)).toBe(0);
    // A keyed message never moves: its partition is its key's, full or not.
    const key = "user-1";
    expect(r.choose(key, () => false)).toBe(partitionForKey(key, 4));
    expect(r.choose(undefined, hasRoom)).toBe(0);
  });

  it("refuses zero partitions", () => {
    expect(() => new PartitionRouter(0)).toThrow(RangeError);
  });
});
