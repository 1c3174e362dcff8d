import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntryCache } from "./entry-cache.js";
import { comparePositions, type Position } from "./message-id.js";

const at = (entryId: number, ledgerId = 1): Position => ({ ledgerId, entryId });
const body = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill);

describe("entry cache", () => {
  it("broker - a topic nobody reads caches nothing", () => {
    const cache = new EntryCache(1024);
    const topic = cache.forTopic();
    topic.put(at(0), body(10));
    expect(topic.get(at(0))).toBeUndefined();
    expect(cache.stats()).toEqual({ bytes: 0, entries: 0, hits: 0, misses: 1 });
  });

  it("broker - entries stay until every active reader has read them", () => {
    const cache = new EntryCache(1024);
    const topic = cache.forTopic();
    const fast = {};
    const slow = {};
    topic.readerAt(fast, at(-1));
    topic.readerAt(slow, at(-1));
    for (let e = 0; e < 4; e++) topic.put(at(e), body(10, e));
    topic.readerAt(fast, at(3));
    expect(topic.size).toBe(4);
    topic.readerAt(slow, at(1));
    expect(topic.get(at(1))).toBeUndefined();
    expect(topic.get(at(2))?.[0]).toBe(2);
    expect(cache.stats()).toMatchObject({ bytes: 20, entries: 2, hits: 1, misses: 1 });
    // The slow reader leaves (its consumers disconnected): the fast one has read everything.
    topic.readerAt(slow, undefined);
    expect(cache.stats()).toMatchObject({ bytes: 0, entries: 0 });
  });

  it("broker - the budget is shared: the oldest entries of any topic go first", () => {
    const cache = new EntryCache(30);
    const a = cache.forTopic();
    const b = cache.forTopic();
    const reader = {};
    a.readerAt(reader, at(-1));
    b.readerAt(reader, at(-1));
    a.put(at(0), body(10));
    b.put(at(0), body(10));
    a.put(at(1), body(10));
    b.put(at(1), body(10));
    expect(a.get(at(0))).toBeUndefined();
    expect(b.get(at(0))).toBeDefined();
    expect(cache.stats().bytes).toBe(30);
    // Larger than the whole budget: not cached, and nothing else is pushed out for it.
    a.put(at(2), body(31));
    expect(a.get(at(2))).toBeUndefined();
    expect(cache.stats().entries).toBe(3);
  });

  it("broker - a position not after the newest cached one is not cached again", () => {
    const cache = new EntryCache(100);
    const topic = cache.forTopic();
    topic.readerAt({}, at(-1));
    topic.put(at(5), body(10, 5));
    topic.put(at(5), body(10, 9));
    topic.put(at(4), body(10, 4));
    expect(topic.get(at(5))?.[0]).toBe(5);
    expect(topic.get(at(4))).toBeUndefined();
    topic.put(at(0, 2), body(10, 7));
    expect(topic.get(at(0, 2))?.[0]).toBe(7);
  });

  it("broker - the cache agrees with a model of budget and reader eviction", () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("put" as const),
        topic: fc.nat({ max: 2 }),
        bytes: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({
        kind: fc.constant("read" as const),
        topic: fc.nat({ max: 2 }),
        reader: fc.nat({ max: 2 }),
        // -2: the reader leaves; otherwise how far behind the topic's newest entry it has read.
        behind: fc.integer({ min: -2, max: 6 }).map((n) => (n === -1 ? 0 : n)),
      }),
      fc.record({ kind: fc.constant("clear" as const), topic: fc.nat({ max: 2 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.array(op, { maxLength: 120 }), (budget, ops) => {
        const cache = new EntryCache(budget);
        const topics = [0, 1, 2].map(() => cache.forTopic());
        const readers = [{}, {}, {}];
        // The model: every cached entry in put order, and each topic's active readers.
        let model: { topic: number; entryId: number; bytes: number }[] = [];
        const active = [0, 1, 2].map(() => new Map<number, number>());
        const next = [0, 0, 0];
        for (const o of ops) {
          const t = topics[o.topic];
          if (!t) throw new Error("topic index");
          if (o.kind === "put") {
            const entryId = next[o.topic] ?? 0;
            next[o.topic] = entryId + 1;
            t.put(at(entryId), body(o.bytes));
            if (active[o.topic]?.size && o.bytes <= budget) {
              model.push({ topic: o.topic, entryId, bytes: o.bytes });
              while (model.reduce((n, e) => n + e.bytes, 0) > budget) model.shift();
            }
          } else if (o.kind === "read") {
            const readers_ = active[o.topic] as Map<number, number>;
            const position = o.behind === -2 ? undefined : (next[o.topic] ?? 0) - 1 - o.behind;
            if (position === undefined) readers_.delete(o.reader);
            else readers_.set(o.reader, position);
            t.readerAt(readers[o.reader] as object, position === undefined ? undefined : at(position));
            const slowest = readers_.size > 0 ? Math.min(...readers_.values()) : Number.POSITIVE_INFINITY;
            model = model.filter((e) => e.topic !== o.topic || e.entryId > slowest);
          } else {
            t.clear();
            model = model.filter((e) => e.topic !== o.topic);
          }
        }
        const stats = cache.stats();
        expect(stats.entries).toBe(model.length);
        expect(stats.bytes).toBe(model.reduce((n, e) => n + e.bytes, 0));
        expect(stats.bytes).toBeLessThanOrEqual(budget);
        topics.forEach((t, i) => {
          const cached = new Set(model.filter((e) => e.topic === i).map((e) => e.entryId));
          for (let e = 0; e < (next[i] ?? 0); e++) expect(t.get(at(e)) !== undefined).toBe(cached.has(e));
          expect(t.size).toBe(cached.size);
        });
        // Cached entries of a topic are in position order (what reader eviction relies on).
        for (const i of [0, 1, 2]) {
          const ids = model.filter((e) => e.topic === i).map((e) => at(e.entryId));
          for (let k = 1; k < ids.length; k++)
            expect(comparePositions(ids[k - 1] as Position, ids[k] as Position)).toBeLessThan(0);
        }
      }),
    );
  });
});
