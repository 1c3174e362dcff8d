import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../common/errors.js";
import { comparePositions, type Position } from "./message-id.js";
import { EntryRangeSet, rangesProblems } from "./range-set.js";

const positionArb = fc.record({ ledgerId: fc.nat({ max: 2 }), entryId: fc.nat({ max: 12 }) });
const key = (p: Position) => `${p.ledgerId}:${p.entryId}`;

function expand(set: EntryRangeSet): string[] {
  return set.toArray().flatMap((r) => {
    const out: string[] = [];
    for (let e = r.firstEntryId; e <= r.lastEntryId; e++) out.push(`${r.ledgerId}:${e}`);
    return out;
  });
}

describe("entry range set", () => {
  it("broker - adding entries merges touching ones into ranges per ledger", () => {
    const set = new EntryRangeSet();
    for (const e of [5, 3, 4, 9, 7]) set.add({ ledgerId: 1, entryId: e });
    set.add({ ledgerId: 2, entryId: 0 });
    expect(set.toArray()).toEqual([
      { ledgerId: 1, firstEntryId: 3, lastEntryId: 5 },
      { ledgerId: 1, firstEntryId: 7, lastEntryId: 7 },
      { ledgerId: 1, firstEntryId: 9, lastEntryId: 9 },
      { ledgerId: 2, firstEntryId: 0, lastEntryId: 0 },
    ]);
    expect(set.add({ ledgerId: 1, entryId: 8 })).toBe(true);
    expect(set.add({ ledgerId: 1, entryId: 8 })).toBe(false);
    expect(set.toArray()[1]).toEqual({ ledgerId: 1, firstEntryId: 7, lastEntryId: 9 });
    expect(set.entries).toBe(7);
    set.removeThrough({ ledgerId: 1, entryId: 4 });
    expect(set.first()).toEqual({ ledgerId: 1, firstEntryId: 5, lastEntryId: 5 });
    expect(set.countThrough({ ledgerId: 1, entryId: 8 })).toBe(3);
  });

  it("broker - the range set agrees with a plain set and stays sorted, disjoint and merged", () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { maxLength: 60, size: "max" }),
        positionArb,
        fc.integer({ min: -1, max: 13 }),
        (adds, probe, cutEntry) => {
          const set = new EntryRangeSet();
          const model = new Set<string>();
          for (const p of adds) {
            expect(set.add(p)).toBe(!model.has(key(p)));
            model.add(key(p));
            expect(rangesProblems(set.toArray())).toEqual([]);
          }
          expect(new Set(expand(set))).toEqual(model);
          expect(set.entries).toBe(model.size);
          expect(set.contains(probe)).toBe(model.has(key(probe)));
          const cut = { ledgerId: probe.ledgerId, entryId: cutEntry };
          const atOrBefore = adds.filter(
            (p, i) => adds.findIndex((q) => key(q) === key(p)) === i && comparePositions(p, cut) <= 0,
          );
          expect(set.countThrough(cut)).toBe(atOrBefore.length);
          set.removeThrough(cut);
          expect(set.entries).toBe(model.size - atOrBefore.length);
          const remaining = [...model].filter((k) => {
            const [ledgerId = 0, entryId = 0] = k.split(":").map(Number);
            return comparePositions({ ledgerId, entryId }, cut) > 0;
          });
          expect(new Set(expand(set))).toEqual(new Set(remaining));
          expect(rangesProblems(set.toArray())).toEqual([]);
        },
      ),
    );
  });

  it("broker - ranges from outside that overlap, touch or are unsorted are INVALID_ARGUMENT", () => {
    const r = (ledgerId: number, firstEntryId: number, lastEntryId: number) => ({
      ledgerId,
      firstEntryId,
      lastEntryId,
    });
    for (const bad of [
      [r(1, 0, 3), r(1, 4, 5)],
      [r(1, 0, 3), r(1, 2, 5)],
      [r(2, 0, 0), r(1, 0, 0)],
      [r(1, 3, 2)],
      [r(-1, 0, 0)],
    ]) {
      expect(() => EntryRangeSet.fromRanges(bad)).toThrow(InvalidArgumentError);
    }
    const good = [r(1, 0, 3), r(1, 5, 5), r(2, 0, 0)];
    expect(EntryRangeSet.fromRanges(good).toArray()).toEqual(good);
    expect(EntryRangeSet.fromRanges(good).entries).toBe(6);
  });
});
