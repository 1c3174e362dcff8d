import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MagnetarError } from "../../common/errors.js";
import { DurableCursor } from "./cursor.js";
import { ACKED_RANGES_PERSISTED_MAX, type CursorState, decodeCursorState } from "./cursor-state.js";
import type { LedgerEntries } from "./ledger-layout.js";
import { comparePositions, type Position } from "./message-id.js";
import { rangesProblems } from "./range-set.js";

const key = (p: Position) => `${p.ledgerId}:${p.entryId}`;
/** Each entry's batch size, fixed per entry as the broker would read it from the entry header. */
const batchSizeOf = (p: Position) => 1 + ((p.ledgerId * 7 + p.entryId) % 4);

function positionsOf(layout: readonly LedgerEntries[]): Position[] {
  return layout.flatMap((l) =>
    Array.from({ length: l.entries }, (_, entryId) => ({ ledgerId: l.ledgerId, entryId })),
  );
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof MagnetarError ? e.code : String(e);
  }
  return undefined;
}

/** The reference: a plain set of acked entries and, per entry, a set of acked batch indexes. */
class Model {
  readonly acked = new Set<string>();
  readonly bits = new Map<string, Set<number>>();

  ackEntry(p: Position): boolean {
    if (this.acked.has(key(p))) return false;
    this.acked.add(key(p));
    this.bits.delete(key(p));
    return true;
  }

  ackMessage(p: Position, index: number): boolean {
    if (this.acked.has(key(p))) return false;
    const bits = this.bits.get(key(p)) ?? new Set<number>();
    if (bits.has(index)) return false;
    bits.add(index);
    this.bits.set(key(p), bits);
    if (bits.size === batchSizeOf(p)) this.ackEntry(p);
    return true;
  }

  ackThrough(all: readonly Position[], p: Position): boolean {
    let changed = false;
    for (const q of all) if (comparePositions(q, p) <= 0) changed = this.ackEntry(q) || changed;
    return changed;
  }
}

type Op =
  | { kind: "ack"; pick: number; batch: number | undefined }
  | { kind: "cumulative"; pick: number; batch: number | undefined }
  | { kind: "append"; newLedger: boolean; entries: number }
  | { kind: "reset"; pick: number }
  | { kind: "restore" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("ack" as const),
      pick: fc.nat(),
      batch: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("cumulative" as const),
      pick: fc.nat(),
      batch: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("append" as const),
      newLedger: fc.boolean(),
      entries: fc.nat({ max: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reset" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "restore" as const }) },
);

const layoutArb = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), entries: fc.nat({ max: 5 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ls) => {
    let id = 0;
    return ls.map(({ gap, entries }) => {
      id += gap;
      return { ledgerId: id, entries };
    });
  });

function roundTrip(cursor: DurableCursor, layout: readonly LedgerEntries[]): DurableCursor {
  const json = JSON.parse(JSON.stringify(cursor.snapshot())) as unknown;
  return DurableCursor.restore(decodeCursorState(json), layout);
}

function checkAgainstModel(cursor: DurableCursor, model: Model, layout: readonly LedgerEntries[]): void {
  cursor.checkInvariants();
  const all = positionsOf(layout);
  const md = cursor.markDeletePosition;
  const prefix = all.findIndex((p) => !model.acked.has(key(p)));
  const prefixLength = prefix < 0 ? all.length : prefix;
  // markDelete is the last entry of the longest acked prefix (or an equivalent "before entry 0").
  expect(all.filter((p) => comparePositions(p, md) <= 0)).toHaveLength(prefixLength);
  if (md.entryId >= 0) expect(md).toEqual(all[prefixLength - 1]);
  for (const p of all) {
    expect(cursor.isAcked(p), key(p)).toBe(model.acked.has(key(p)));
    for (let i = 0; i < batchSizeOf(p); i++)
      expect(cursor.isAcked(p, i)).toBe(model.acked.has(key(p)) || (model.bits.get(key(p))?.has(i) ?? false));
  }
  const ranges = cursor.ackedRanges();
  expect(rangesProblems(ranges)).toEqual([]);
  const inRanges = ranges.reduce((n, r) => n + r.lastEntryId - r.firstEntryId + 1, 0);
  expect(inRanges).toBe(all.slice(prefixLength).filter((p) => model.acked.has(key(p))).length);
  expect(cursor.backlog()).toBe(all.filter((p) => !model.acked.has(key(p))).length);
  const upTo = all[Math.floor(all.length / 2)];
  if (upTo !== undefined)
    expect(cursor.backlog(upTo)).toBe(
      all.filter((p) => comparePositions(p, upTo) <= 0 && !model.acked.has(key(p))).length,
    );
}

function applyOp(op: Op, cursor: DurableCursor, model: Model, layout: LedgerEntries[]): DurableCursor {
  const all = positionsOf(layout);
  const p = all[("pick" in op ? op.pick : 0) % Math.max(1, all.length)];
  switch (op.kind) {
    case "ack": {
      if (p === undefined) return cursor;
      const size = batchSizeOf(p);
      const index = op.batch === undefined ? -1 : op.batch % size;
      const expected = index === -1 ? model.ackEntry(p) : model.ackMessage(p, index);
      expect(cursor.ackIndividual(p, index, size)).toBe(expected);
      return cursor;
    }
    case "cumulative": {
      if (p === undefined) return cursor;
      const size = batchSizeOf(p);
      const index = op.batch === undefined ? -1 : op.batch % size;
      if (index === -1 || index === size - 1) {
        model.ackThrough(all, p);
      } else {
        model.ackThrough(all, { ledgerId: p.ledgerId, entryId: p.entryId - 1 });
        for (let i = 0; i <= index; i++) model.ackMessage(p, i);
      }
      cursor.ackCumulative(p, index, size);
      return cursor;
    }
    case "append": {
      const last = layout[layout.length - 1] as LedgerEntries;
      if (op.newLedger) layout.push({ ledgerId: last.ledgerId + 1, entries: op.entries });
      else layout[layout.length - 1] = { ledgerId: last.ledgerId, entries: last.entries + op.entries };
      cursor.setLayout([...layout]);
      return cursor;
    }
    case "reset": {
      // Any written entry, or the position right after a ledger's last entry.
      const ends = layout.map((l) => ({ ledgerId: l.ledgerId, entryId: l.entries }));
      const targets = [...all, ...ends];
      const target = targets[op.pick % targets.length] as Position;
      cursor.resetTo(target);
      model.acked.clear();
      model.bits.clear();
      model.ackThrough(all, { ledgerId: target.ledgerId, entryId: target.entryId - 1 });
      return cursor;
    }
    case "restore":
      return roundTrip(cursor, [...layout]);
  }
}

describe("durable cursor", () => {
  it("broker - random ack orders end in the model's state: markDelete, isAcked, merged ranges, backlog", () => {
    fc.assert(
      fc.property(layoutArb, fc.array(opArb, { maxLength: 60, size: "max" }), (initial, ops) => {
        const layout = initial.map((l) => ({ ...l }));
        let cursor = new DurableCursor([...layout], {
          ledgerId: (layout[0] as LedgerEntries).ledgerId,
          entryId: -1,
        });
        const model = new Model();
        checkAgainstModel(cursor, model, layout);
        for (const op of ops) {
          cursor = applyOp(op, cursor, model, layout);
          checkAgainstModel(cursor, model, layout);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("broker - acking every entry in any order moves markDelete to the last entry across ledgers", () => {
    fc.assert(
      fc.property(layoutArb, fc.nat(), (layout, seed) => {
        const all = positionsOf(layout);
        const order = [...all].sort(
          (a, b) =>
            ((key(a).length * 31 + a.entryId * seed) % 7) - ((key(b).length * 31 + b.entryId * seed) % 7),
        );
        const cursor = new DurableCursor(layout, {
          ledgerId: (layout[0] as LedgerEntries).ledgerId,
          entryId: -1,
        });
        for (const p of order) cursor.ackIndividual(p);
        expect(cursor.rangeCount).toBe(0);
        expect(cursor.backlog()).toBe(0);
        if (all.length > 0) expect(cursor.markDeletePosition).toEqual(all[all.length - 1]);
      }),
    );
  });

  it("broker - batch messages are acked one by one until the whole entry is", () => {
    const cursor = new DurableCursor([{ ledgerId: 3, entries: 2 }], { ledgerId: 3, entryId: -1 });
    expect(cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 1, 3)).toBe(true);
    expect(cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 1, 3)).toBe(false);
    expect(cursor.isAcked({ ledgerId: 3, entryId: 0 }, 1)).toBe(true);
    expect(cursor.isAcked({ ledgerId: 3, entryId: 0 })).toBe(false);
    expect(cursor.snapshot().batchAcks).toEqual([{ ledgerId: 3, entryId: 0, batchSize: 3, ackedWords: [2] }]);
    expect(() => cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 0, 4)).toThrow(InvalidArgumentError);
    cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 0, 3);
    cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 2, 3);
    expect(cursor.markDeletePosition).toEqual({ ledgerId: 3, entryId: 0 });
    expect(cursor.snapshot()).toEqual({ markDelete: { ledgerId: 3, entryId: 0 }, ranges: [], batchAcks: [] });
    expect(cursor.backlog()).toBe(1);
  });

  it("broker - a cumulative ack inside a batch that completes the entry leaves no batch ack behind", () => {
    // Found by the model test: bits 2 and 3 acked, then cumulative up to index 2 of 4.
    const p = { ledgerId: 7, entryId: 2 };
    const cursor = new DurableCursor([{ ledgerId: 7, entries: 5 }], { ledgerId: 7, entryId: -1 });
    cursor.ackIndividual(p, 3, 4);
    cursor.ackIndividual(p, 2, 4);
    // Messages 0 and 1 complete the entry; index 2 of the cumulative ack must then be a no-op.
    expect(cursor.ackCumulative(p, 2, 4)).toBe(true);
    cursor.checkInvariants();
    expect(cursor.snapshot()).toEqual({ markDelete: p, ranges: [], batchAcks: [] });
    expect(cursor.ackCumulative(p, 1, 4)).toBe(false);
  });

  it("broker - acks for unknown entries or batch indexes are typed errors and change nothing", () => {
    const cursor = new DurableCursor(
      [
        { ledgerId: 3, entries: 2 },
        { ledgerId: 5, entries: 0 },
      ],
      { ledgerId: 3, entryId: -1 },
    );
    const before = cursor.snapshot();
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 3, entryId: 2 }))).toBe("INVALID_MESSAGE_ID");
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 4, entryId: 0 }))).toBe("INVALID_MESSAGE_ID");
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 5, entryId: 0 }))).toBe("INVALID_MESSAGE_ID");
    expect(codeOf(() => cursor.ackCumulative({ ledgerId: 3, entryId: -1 }))).toBe("INVALID_MESSAGE_ID");
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 3, 3))).toBe("INVALID_MESSAGE_ID");
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 0, 0))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => cursor.ackIndividual({ ledgerId: 3, entryId: 0 }, 0, 1e9))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => cursor.resetTo({ ledgerId: 3, entryId: 3 }))).toBe("INVALID_MESSAGE_ID");
    expect(cursor.snapshot()).toEqual(before);
  });

  it("broker - the mark-delete position crosses empty and trimmed ledgers", () => {
    const cursor = new DurableCursor(
      [
        { ledgerId: 1, entries: 1 },
        { ledgerId: 2, entries: 0 },
        { ledgerId: 4, entries: 2 },
      ],
      { ledgerId: 1, entryId: -1 },
    );
    cursor.ackIndividual({ ledgerId: 4, entryId: 0 });
    expect(cursor.markDeletePosition).toEqual({ ledgerId: 1, entryId: -1 });
    cursor.ackIndividual({ ledgerId: 1, entryId: 0 });
    expect(cursor.markDeletePosition).toEqual({ ledgerId: 4, entryId: 0 });
    expect(cursor.backlog()).toBe(1);
    // Retention trimmed ledgers 1..4; the cursor skips what they held.
    cursor.setLayout([{ ledgerId: 6, entries: 3 }]);
    expect(cursor.markDeletePosition).toEqual({ ledgerId: 6, entryId: -1 });
    expect(cursor.backlog()).toBe(3);
  });

  it("broker - persisted state is JSON, capped at ACKED_RANGES_PERSISTED_MAX ranges", () => {
    const entries = 2 * ACKED_RANGES_PERSISTED_MAX + 10;
    const layout = [{ ledgerId: 1, entries }];
    const cursor = new DurableCursor(layout, { ledgerId: 1, entryId: -1 });
    for (let e = 1; e < entries; e += 2) cursor.ackIndividual({ ledgerId: 1, entryId: e });
    expect(cursor.rangeCount).toBe(ACKED_RANGES_PERSISTED_MAX + 5);
    const state = cursor.snapshot();
    expect(state.ranges).toHaveLength(ACKED_RANGES_PERSISTED_MAX);
    // Beyond the cap acks are forgotten on restore: those entries are delivered again.
    const restored = DurableCursor.restore(decodeCursorState(JSON.parse(JSON.stringify(state))), layout);
    expect(restored.backlog()).toBe(cursor.backlog() + 5);
  });

  it("broker - corrupt stored cursor states are INVALID_ARGUMENT, never a crash", () => {
    const layout = [{ ledgerId: 1, entries: 10 }];
    const good: CursorState = {
      markDelete: { ledgerId: 1, entryId: 2 },
      ranges: [{ ledgerId: 1, firstEntryId: 4, lastEntryId: 5 }],
      batchAcks: [{ ledgerId: 1, entryId: 7, batchSize: 3, ackedWords: [1] }],
    };
    expect(DurableCursor.restore(decodeCursorState(good), layout).snapshot()).toEqual(good);
    const bad: unknown[] = [
      null,
      [],
      { ...good, markDelete: { ledgerId: -1, entryId: 0 } },
      { ...good, ranges: "x" },
      { ...good, ranges: [{ ledgerId: 1, firstEntryId: 1.5, lastEntryId: 2 }] },
      { ...good, ranges: [{ ledgerId: 1, firstEntryId: 1, lastEntryId: 2 }] },
      { ...good, ranges: [{ ledgerId: 1, firstEntryId: 4, lastEntryId: 10 }] },
      {
        ...good,
        ranges: [
          { ledgerId: 1, firstEntryId: 4, lastEntryId: 5 },
          { ledgerId: 1, firstEntryId: 6, lastEntryId: 6 },
        ],
      },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 7, batchSize: 3, ackedWords: [7] }] },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 7, batchSize: 3, ackedWords: [8] }] },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 7, batchSize: 3, ackedWords: [0] }] },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 7, batchSize: 3, ackedWords: [1, 0] }] },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 4, batchSize: 3, ackedWords: [1] }] },
      { ...good, batchAcks: [{ ledgerId: 1, entryId: 2, batchSize: 3, ackedWords: [1] }] },
      { ...good, batchAcks: [good.batchAcks[0], good.batchAcks[0]] },
    ];
    for (const value of bad) {
      expect(() => DurableCursor.restore(decodeCursorState(value), layout), JSON.stringify(value)).toThrow(
        InvalidArgumentError,
      );
    }
  });
});
