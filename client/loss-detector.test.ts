/**
 * The loss detector's consumer side on synthetic sequences: gaps at once (ordered subscriptions),
 * duplicates, redeliveries, late arrivals, and the Shared-subscription tolerances.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidArgumentError } from "../common/errors.js";
import {
  LOSS_DETECTOR_PRODUCER_PROPERTY,
  LOSS_DETECTOR_SEQUENCE_PROPERTY,
  LossDetector,
  type LossDetectorOptions,
  Message,
  type MessageGap,
  type SequenceEvent,
} from "./index.js";

let entry = 0;

function msg(
  seq: number,
  opts: { producer?: string; topic?: string; redeliveryCount?: number } = {},
): Message {
  return new Message({
    id: { ledgerId: 1, entryId: entry++, batchIndex: -1, partition: -1 },
    value: Buffer.from(`m${seq}`),
    key: undefined,
    orderingKey: undefined,
    properties: {
      [LOSS_DETECTOR_PRODUCER_PROPERTY]: opts.producer ?? "p1",
      [LOSS_DETECTOR_SEQUENCE_PROPERTY]: String(seq),
    },
    redeliveryCount: opts.redeliveryCount ?? 0,
    publishTimeMs: 0,
    eventTimeMs: 0,
    producerName: "name",
    sequenceId: seq,
    topic: opts.topic ?? "persistent://public/default/t",
    nullValue: false,
  });
}

function detector(options: LossDetectorOptions = {}) {
  const d = new LossDetector(options);
  const gaps: [number, number][] = [];
  const duplicates: number[] = [];
  const redeliveries: number[] = [];
  const late: number[] = [];
  d.on("gap", (g: MessageGap) => gaps.push([g.from, g.to]));
  d.on("duplicate", (e: SequenceEvent) => duplicates.push(e.sequence));
  d.on("redelivery", (e: SequenceEvent) => redeliveries.push(e.sequence));
  d.on("late", (e: SequenceEvent) => late.push(e.sequence));
  const feed = (...seqs: number[]) => {
    for (const s of seqs) d.observe(msg(s), "sub");
  };
  return { d, gaps, duplicates, redeliveries, late, feed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("LossDetector", () => {
  it("reports nothing for an unbroken sequence, starting wherever the subscription started", () => {
    const { d, gaps, duplicates, feed } = detector();
    feed(10, 11, 12, 13);
    expect(gaps).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(d.stats()).toMatchObject({ gaps: 0, sources: 1 });
  });

  it("reports a gap as soon as a higher sequence arrives, with its source", () => {
    const d = new LossDetector();
    const gaps: MessageGap[] = [];
    d.on("gap", (g) => gaps.push(g));
    for (const s of [0, 1, 4, 5]) d.observe(msg(s), "sub");
    expect(gaps).toEqual([
      {
        subscription: "sub",
        topic: "persistent://public/default/t",
        producer: "p1",
        producerName: "name",
        from: 2,
        to: 3,
        count: 2,
      },
    ]);
    expect(d.stats()).toMatchObject({ gaps: 1, lostMessages: 2, openGaps: 0 });
  });

  it("a message of a reported gap that shows up later is late, not a duplicate", () => {
    const { d, gaps, duplicates, late, feed } = detector();
    feed(0, 3, 2, 2);
    expect(gaps).toEqual([[1, 2]]);
    expect(late).toEqual([2]);
    expect(duplicates).toEqual([2]);
    expect(d.stats()).toMatchObject({ gaps: 1, lostMessages: 2, lateMessages: 1, duplicates: 1 });
  });

  it("a sequence seen again is a duplicate; with a redelivery count it is a redelivery", () => {
    const { d, gaps, duplicates, redeliveries, feed } = detector();
    feed(0, 1, 2, 1);
    d.observe(msg(0, { redeliveryCount: 1 }), "sub");
    d.observe(msg(2, { redeliveryCount: 3 }), "sub");
    expect(duplicates).toEqual([1]);
    expect(redeliveries).toEqual([0, 2]);
    expect(gaps).toEqual([]);
    expect(d.stats()).toMatchObject({ duplicates: 1, redeliveries: 2 });
  });

  it("follows each producer, topic partition and subscription separately", () => {
    const { d, gaps, duplicates } = detector();
    for (const s of [0, 1, 2]) {
      d.observe(msg(s, { producer: "a" }), "sub");
      d.observe(msg(s, { producer: "b" }), "sub");
      d.observe(msg(s, { producer: "a", topic: "t-partition-1" }), "sub");
      d.observe(msg(s, { producer: "a" }), "other-sub");
    }
    expect(gaps).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(d.stats().sources).toBe(4);
  });

  it("ignores messages without its properties, counting them", () => {
    const { d, gaps } = detector();
    const plain = new Message({ ...msg(0), properties: {} });
    d.observe(plain);
    d.observe(
      new Message({ ...msg(0), properties: { [LOSS_DETECTOR_PRODUCER_PROPERTY]: "p", "magnetar-seq": "x" } }),
    );
    expect(gaps).toEqual([]);
    expect(d.stats()).toMatchObject({ unstampedMessages: 2, sources: 0 });
  });

  it("gapToleranceMessages: reordering within the window is no gap; a hole it moves past is", () => {
    const { d, gaps, late, feed } = detector({ gapToleranceMessages: 3 });
    feed(0, 2, 3, 1, 4); // 1 came late but within the window
    expect(gaps).toEqual([]);
    feed(6, 7, 8); // 5 missing; 8 - 5 = 3: not past the window yet
    expect(gaps).toEqual([]);
    expect(d.stats().openGaps).toBe(1);
    feed(9);
    expect(gaps).toEqual([[5, 5]]);
    feed(5);
    expect(late).toEqual([5]);
  });

  it("gapToleranceMs: a gap is reported by a timer once it stayed open that long", () => {
    vi.useFakeTimers();
    const { d, gaps, feed } = detector({ gapToleranceMs: 100 });
    feed(0, 2, 4);
    vi.advanceTimersByTime(50);
    feed(1); // healed in time
    vi.advanceTimersByTime(60);
    expect(gaps).toEqual([[3, 3]]);
    expect(d.stats()).toMatchObject({ openGaps: 0, gaps: 1 });
    d.close();
  });

  it("with a tolerance, messages below the first one seen are reordering, not redelivery", () => {
    const { d, gaps, duplicates, feed } = detector({ gapToleranceMessages: 10 });
    feed(5, 3, 4, 6, 0);
    expect(duplicates).toEqual([]);
    expect(d.stats().openGaps).toBe(1); // 1..2
    d.flush();
    expect(gaps).toEqual([[1, 2]]);
  });

  it("rejects bad options", () => {
    expect(() => new LossDetector({ gapToleranceMs: -1 })).toThrow(InvalidArgumentError);
    expect(() => new LossDetector({ gapToleranceMessages: 1.5 })).toThrow(InvalidArgumentError);
  });
});
