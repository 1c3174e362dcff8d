import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ConsumerBusyError,
  InvalidArgumentError,
  InvariantViolation,
  MagnetarError,
} from "../../common/errors.js";
import { type Dispatch, type DispatchEntry, Dispatcher, type DispatcherConfig } from "./dispatch.js";
import { AutoSplitRanges, KEY_HASH_SPACE } from "./key-shared.js";

const pos = (entryId: number) => ({ ledgerId: 7, entryId });
const entry = (entryId: number, messageCount = 1, keyHash?: number): DispatchEntry =>
  keyHash === undefined
    ? { position: pos(entryId), messageCount }
    : { position: pos(entryId), messageCount, keyHash };
const entries = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => entry(from + i));
const brief = (ds: Dispatch[]) => ds.map((d) => `${d.consumerId}@${d.position.entryId}#${d.redeliveryCount}`);
const config = (type: DispatcherConfig["type"], ackTimeoutMs = 0): DispatcherConfig => ({
  type,
  negativeAckDelayMs: 1_000,
  ackTimeoutMs,
});

describe("broker - dispatch examples", () => {
  it("broker - dispatch Exclusive refuses a second consumer with CONSUMER_BUSY", () => {
    const d = new Dispatcher(config("Exclusive"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    const second = () => d.addConsumer({ id: 2, name: "b", priority: 0, permits: 10 });
    expect(second).toThrow(ConsumerBusyError);
    expect(d.activeConsumerId()).toBe(1);
  });

  it("broker - dispatch permits: sent while > 0, so they go negative by less than one entry", () => {
    const d = new Dispatcher(config("Exclusive"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 2 });
    expect(brief(d.offer([entry(0, 1), entry(1, 5), entry(2, 1)]))).toEqual(["1@0#0", "1@1#0"]);
    expect(d.permitsOf(1)).toBe(-4);
    expect(d.flow(1, 4)).toEqual([]);
    expect(brief(d.flow(1, 1))).toEqual(["1@2#0"]);
  });

  it("broker - dispatch bad input is a typed error and changes nothing", () => {
    const d = new Dispatcher(config("Shared"));
    expect(() => d.addConsumer({ id: 1, name: "a", priority: -1, permits: 0 })).toThrow(InvalidArgumentError);
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 0 });
    expect(() => d.flow(1, 0)).toThrow(InvalidArgumentError);
    expect(() => d.nack(1, [], 0)).toThrow(InvalidArgumentError);
    d.offer([entry(0, 2)]);
    const badIndex = () => d.ack(pos(0), 2);
    expect(badIndex).toThrow(MagnetarError);
    expect(d.unackedCount()).toBe(1);
    expect(() => new Dispatcher({ type: "Shared", negativeAckDelayMs: 0, ackTimeoutMs: 0 })).toThrow(
      InvalidArgumentError,
    );
  });

  it("broker - dispatch shell bugs are invariant violations: unordered offers, time going back", () => {
    const d = new Dispatcher(config("Shared"));
    d.offer([entry(3)]);
    expect(() => d.offer([entry(3)])).toThrow(InvariantViolation);
    d.tick(10);
    expect(() => d.tick(9)).toThrow(InvariantViolation);
  });

  it("broker - dispatch Failover: lowest (priority, name) is active; takeover redelivers in order", () => {
    const d = new Dispatcher(config("Failover"));
    d.addConsumer({ id: 1, name: "b", priority: 0, permits: 10 });
    expect(brief(d.offer(entries(0, 3)))).toEqual(["1@0#0", "1@1#0", "1@2#0"]);
    d.ack(pos(1));
    // "a" sorts before "b" at the same priority: it takes over and gets 0 and 2 again, in order.
    expect(brief(d.addConsumer({ id: 2, name: "a", priority: 0, permits: 10 }))).toEqual(["2@0#1", "2@2#1"]);
    expect(d.activeConsumerId()).toBe(2);
    expect(d.pendingOf(1)).toEqual([]);
    // A lower priority level never takes over from a higher one, whatever its name.
    expect(d.addConsumer({ id: 3, name: "0", priority: 1, permits: 10 })).toEqual([]);
    expect(brief(d.removeConsumer(2))).toEqual(["1@0#2", "1@2#2"]);
    expect(d.activeConsumerId()).toBe(1);
  });

  it("broker - dispatch Shared: highest priority first while it has permits, then the next level", () => {
    const d = new Dispatcher(config("Shared"));
    d.addConsumer({ id: 1, name: "low", priority: 1, permits: 10 });
    d.addConsumer({ id: 2, name: "high", priority: 0, permits: 2 });
    d.addConsumer({ id: 3, name: "high2", priority: 0, permits: 1 });
    expect(brief(d.offer(entries(0, 5)))).toEqual(["2@0#0", "3@1#0", "2@2#0", "1@3#0", "1@4#0"]);
  });

  it("broker - dispatch nack: redelivered after the delay with redeliveryCount + 1, not before", () => {
    const d = new Dispatcher(config("Shared"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    d.offer(entries(0, 2));
    expect(d.nack(1, [pos(0), pos(9)], 100)).toEqual([]);
    expect(d.tick(1_099)).toEqual([]);
    expect(brief(d.tick(1_100))).toEqual(["1@0#1"]);
    d.nack(1, [pos(0)], 1_200);
    expect(brief(d.tick(2_200))).toEqual(["1@0#2"]);
  });

  it("broker - dispatch ack timeout: unacked past ackTimeoutMs (from the last tick) is redelivered", () => {
    const d = new Dispatcher(config("Shared", 5_000));
    d.tick(1_000);
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    d.offer(entries(0, 2));
    d.ack(pos(1));
    expect(d.tick(5_999)).toEqual([]);
    expect(brief(d.tick(6_000))).toEqual(["1@0#1"]);
    d.ack(pos(0));
    expect(d.tick(60_000)).toEqual([]);
    expect(d.unackedCount()).toBe(0);
  });

  it("broker - dispatch batch acks: a redelivery carries only the unacked batch indexes", () => {
    const d = new Dispatcher(config("Exclusive"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    d.offer([entry(0, 4)]);
    d.ack(pos(0), 1);
    d.ack(pos(0), 3);
    const [again] = d.redeliverUnacked(1);
    expect(again).toEqual({ consumerId: 1, position: pos(0), batchIndexes: [0, 2], redeliveryCount: 1 });
    expect(d.permitsOf(1)).toBe(10 - 4 - 2);
    d.ack(pos(0), 0);
    d.ack(pos(0), 2);
    expect(d.unackedCount()).toBe(0);
  });

  it("broker - dispatch Key_Shared: a joining consumer waits until its keys' pending messages are acked", () => {
    const d = new Dispatcher(config("Key_Shared"));
    const high = 60_000; // moves to the second consumer: AUTO_SPLIT gives it [32768, 65536)
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    expect(brief(d.offer([entry(0, 1, high), entry(1, 1, 5)]))).toEqual(["1@0#0", "1@1#0"]);
    d.addConsumer({ id: 2, name: "b", priority: 0, permits: 10 });
    // Entry 2 has the moved key: held while entry 0 of that key is pending on consumer 1.
    expect(brief(d.offer([entry(2, 1, high), entry(3, 1, 5)]))).toEqual(["1@3#0"]);
    expect(brief(d.ack(pos(0)))).toEqual(["2@2#0"]);
  });

  it("broker - dispatch Key_Shared: a leaving consumer's keys go to a neighbour, old messages first", () => {
    const d = new Dispatcher(config("Key_Shared"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 10 });
    d.addConsumer({ id: 2, name: "b", priority: 0, permits: 10 });
    expect(brief(d.offer([entry(0, 1, 40_000), entry(1, 1, 40_000), entry(2, 1, 1)]))).toEqual([
      "2@0#0",
      "2@1#0",
      "1@2#0",
    ]);
    d.ack(pos(0));
    expect(brief(d.removeConsumer(2))).toEqual(["1@1#1"]);
    expect(brief(d.offer([entry(3, 1, 40_000)]))).toEqual(["1@3#0"]);
  });

  it("broker - dispatch cumulative ack covers every entry up to the position, Exclusive/Failover only", () => {
    const d = new Dispatcher(config("Failover"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 3 });
    d.offer(entries(0, 5));
    expect(d.ackUpTo(pos(1))).toEqual([]); // acks free no permits: only Flow grants them
    expect(d.pendingOf(1)).toEqual([pos(2)]);
    expect(d.unackedCount()).toBe(3);
    expect(() => new Dispatcher(config("Shared")).ackUpTo(pos(0))).toThrow(InvalidArgumentError);
  });

  it("broker - dispatch a removed consumer's messages go to the others", () => {
    const d = new Dispatcher(config("Shared"));
    d.addConsumer({ id: 1, name: "a", priority: 0, permits: 1 });
    d.addConsumer({ id: 2, name: "b", priority: 0, permits: 0 });
    d.offer(entries(0, 1));
    expect(d.removeConsumer(1)).toEqual([]);
    expect(brief(d.flow(2, 1))).toEqual(["2@0#1"]);
  });
});

describe("broker - dispatch key-shared ranges", () => {
  it("broker - dispatch AUTO_SPLIT ranges cover the hash space, one contiguous range per consumer", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 100 }), (ops) => {
        const ranges = new AutoSplitRanges();
        const live: number[] = [];
        let next = 1;
        for (const [join, pick] of ops) {
          if (join || live.length === 0) {
            ranges.add(next);
            live.push(next++);
          } else {
            const [gone] = live.splice(pick % live.length, 1);
            if (gone !== undefined) ranges.remove(gone);
          }
          const owners = ranges.ranges.map((r) => r.consumerId).sort((a, b) => a - b);
          expect(owners).toEqual([...live].sort((a, b) => a - b));
          for (const hash of [0, 1, 32_767, 32_768, KEY_HASH_SPACE - 1]) {
            const owner = ranges.ownerOf(hash);
            if (live.length === 0) expect(owner).toBeUndefined();
            else expect(live).toContain(owner);
          }
        }
      }),
    );
  });

  it("broker - dispatch AUTO_SPLIT: a joiner takes the upper half of the largest range", () => {
    const ranges = new AutoSplitRanges();
    expect(ranges.ownerOf(5)).toBeUndefined();
    ranges.add(1);
    ranges.add(2);
    ranges.add(3);
    expect(ranges.ranges).toEqual([
      { start: 0, end: 16_384, consumerId: 1 },
      { start: 16_384, end: 32_768, consumerId: 3 },
      { start: 32_768, end: 65_536, consumerId: 2 },
    ]);
    ranges.remove(1);
    expect(ranges.ranges[0]).toEqual({ start: 0, end: 32_768, consumerId: 3 });
  });
});
