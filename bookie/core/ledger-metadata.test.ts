import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, LedgerClosedError, MagnetarError } from "../../common/errors.js";
import {
  canTransition,
  ensembleFor,
  LEDGER_STATES,
  LEDGER_TRANSITIONS,
  type LedgerMetadata,
  ledgerMetadataKey,
  newLedgerMetadata,
  SEGMENTS_MAX,
  toClosed,
  toInRecovery,
  withEnsembleChange,
  withReplacedBookie,
} from "./ledger-metadata.js";
import { decodeLedgerMetadata, encodeLedgerMetadata } from "./ledger-metadata-codec.js";
import { ledgerMetadataArb } from "./testing.js";

const Q323 = { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 };

function open(): LedgerMetadata {
  return newLedgerMetadata({ ledgerId: 7, quorum: Q323, ensemble: ["b0", "b1", "b2"], createdAtMs: 1000 });
}

function json(md: LedgerMetadata): Record<string, unknown> {
  return JSON.parse(encodeLedgerMetadata(md).toString("utf8"));
}

function decodeJson(value: unknown): LedgerMetadata {
  return decodeLedgerMetadata(Buffer.from(JSON.stringify(value)));
}

describe("ledger metadata", () => {
  it("ledger - metadata survives encode and decode unchanged", () => {
    fc.assert(
      fc.property(ledgerMetadataArb, (md) => {
        const back = decodeLedgerMetadata(encodeLedgerMetadata(md));
        expect(back).toEqual(md);
        expect(encodeLedgerMetadata(back)).toEqual(encodeLedgerMetadata(md));
      }),
    );
  });

  it("ledger - malformed metadata is an INVALID_ARGUMENT naming the problem", () => {
    const good = json(open());
    const cases: [unknown, string][] = [
      [[1, 2], "not a JSON object"],
      [{ ...good, extra: 1 }, 'unknown field "extra"'],
      [{ ...good, formatVersion: 2 }, "formatVersion 2 is not 1"],
      [{ ...good, ensembleSize: 2, writeQuorum: 3 }, "ensembleSize (E=2) must be >= writeQuorum (W=3)"],
      [{ ...good, ackQuorum: "2" }, 'ackQuorum must be an integer, got "2"'],
      [{ ...good, state: "DELETED" }, "state must be one of OPEN|IN_RECOVERY|CLOSED"],
      [{ ...good, lastEntryId: 5 }, "lastEntryId must be -1 while OPEN"],
      [{ ...good, segments: [] }, "segments must not be empty"],
      [
        { ...good, segments: [{ firstEntryId: 1, bookies: ["a", "b", "c"] }] },
        "first segment must start at entry 0",
      ],
      [{ ...good, segments: [{ firstEntryId: 0, bookies: ["a", "a", "c"] }] }, "bookie ids must be distinct"],
      [{ ...good, segments: [{ firstEntryId: 0, bookies: ["a", "b"] }] }, "2 bookies, ensembleSize is 3"],
      [
        { ...good, segments: [{ firstEntryId: 0, bookies: ["a", "b", 3] }] },
        "bookies must be an array of strings",
      ],
      [
        {
          ...good,
          segments: [
            { firstEntryId: 0, bookies: ["a", "b", "c"] },
            { firstEntryId: 0, bookies: ["d", "b", "c"] },
          ],
        },
        "firstEntryId must be an integer > 0",
      ],
      [{ ...good, password: "not base64!" }, "password must be a base64 string"],
      [{ ...good, customMetadata: { topic: 3 } }, 'customMetadata "topic" must be a string'],
    ];
    for (const [value, message] of cases) {
      expect(() => decodeJson(value)).toThrow(InvalidArgumentError);
      expect(() => decodeJson(value)).toThrow(message);
    }
    const { ledgerId: _, ...missing } = good;
    expect(() => decodeJson(missing)).toThrow("missing field ledgerId");
    expect(() => decodeLedgerMetadata(Buffer.from("{not json"))).toThrow("not UTF-8 JSON");
    expect(() => decodeLedgerMetadata(Uint8Array.of(0xff, 0xfe))).toThrow(InvalidArgumentError);
  });

  it("ledger - decoding arbitrary bytes or JSON never throws anything but INVALID_ARGUMENT", () => {
    const check = (data: Uint8Array) => {
      try {
        decodeLedgerMetadata(data);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), check));
    fc.assert(fc.property(fc.jsonValue(), (v) => check(Buffer.from(JSON.stringify(v) ?? "null"))));
    const good = json(open());
    const mutated = fc.record({ key: fc.constantFrom(...Object.keys(good)), value: fc.jsonValue() });
    fc.assert(
      fc.property(mutated, ({ key, value }) => check(Buffer.from(JSON.stringify({ ...good, [key]: value })))),
    );
  });

  it("ledger - a key __proto__ in customMetadata stays data", () => {
    const value = { ...json(open()), customMetadata: JSON.parse('{"__proto__":"x","topic":"t"}') };
    const md = decodeJson(value);
    expect(Object.keys(md.customMetadata ?? {})).toEqual(["__proto__", "topic"]);
    expect(Object.getPrototypeOf(md.customMetadata)).toBe(Object.prototype);
  });

  it("ledger - ensembleFor is the last segment starting at or before the entry", () => {
    fc.assert(
      fc.property(ledgerMetadataArb, fc.nat({ max: 20_000 }), (md, entryId) => {
        const expected = md.segments.filter((s) => s.firstEntryId <= entryId).at(-1);
        expect(ensembleFor(md, entryId)).toBe(expected);
      }),
    );
  });

  it("ledger - the state transitions are exactly the table's", () => {
    for (const from of LEDGER_STATES) {
      for (const to of LEDGER_STATES) {
        expect(canTransition(from, to)).toBe((LEDGER_TRANSITIONS[from] as readonly string[]).includes(to));
      }
    }
    const md = open();
    const recovering = toInRecovery(md);
    expect(recovering.state).toBe("IN_RECOVERY");
    expect(toInRecovery(recovering).state).toBe("IN_RECOVERY");
    const closed = toClosed(recovering, 41, 4200);
    expect(closed).toMatchObject({ state: "CLOSED", lastEntryId: 41, lengthBytes: 4200 });
    expect(() => toInRecovery(closed)).toThrow(LedgerClosedError);
    expect(() => toClosed(closed, 41, 4200)).toThrow(LedgerClosedError);
    expect(() => withEnsembleChange(closed, 42, new Map([[0, "b9"]]))).toThrow(LedgerClosedError);
    expect(() => toClosed(md, -2, 0)).toThrow("lastEntryId must be an integer >= -1");
    expect(() => toClosed(md, -1, 10)).toThrow("an empty ledger must have lengthBytes 0");
    expect(toClosed(md, -1, 0).lastEntryId).toBe(-1);
  });

  it("ledger - an ensemble change appends a segment, or rewrites one that holds no entry yet", () => {
    const md = open();
    const changed = withEnsembleChange(md, 10, new Map([[1, "b3"]]));
    expect(changed.segments).toEqual([
      { firstEntryId: 0, bookies: ["b0", "b1", "b2"] },
      { firstEntryId: 10, bookies: ["b0", "b3", "b2"] },
    ]);
    const again = withEnsembleChange(changed, 10, new Map([[2, "b4"]]));
    expect(again.segments).toEqual([
      { firstEntryId: 0, bookies: ["b0", "b1", "b2"] },
      { firstEntryId: 10, bookies: ["b0", "b3", "b4"] },
    ]);
    expect(ensembleFor(again, 9).bookies).toEqual(["b0", "b1", "b2"]);
    expect(ensembleFor(again, 10).bookies).toEqual(["b0", "b3", "b4"]);
    expect(() => withEnsembleChange(changed, 9, new Map([[0, "b5"]]))).toThrow("precedes the last segment");
    expect(() => withEnsembleChange(md, 1, new Map([[3, "b5"]]))).toThrow("bookie index 3 is outside 0..2");
    expect(() => withEnsembleChange(md, 1, new Map([[0, "b2"]]))).toThrow("already in the ensemble");
    expect(() => withEnsembleChange(md, 1, new Map())).toThrow(InvalidArgumentError);
  });

  it("ledger - the number of segments is bounded by SEGMENTS_MAX", () => {
    let md = open();
    for (let i = 1; i < SEGMENTS_MAX; i++) md = withEnsembleChange(md, i, new Map([[0, `x${i}`]]));
    expect(md.segments).toHaveLength(SEGMENTS_MAX);
    let error: unknown;
    try {
      withEnsembleChange(md, SEGMENTS_MAX, new Map([[0, "y"]]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MagnetarError);
    expect((error as MagnetarError).code).toBe("RESOURCE_EXHAUSTED");
    // Rewriting the last segment in place does not add one.
    expect(withEnsembleChange(md, SEGMENTS_MAX - 1, new Map([[0, "y"]])).segments).toHaveLength(SEGMENTS_MAX);
  });

  it("ledger - new metadata refuses bad quorums and ensembles", () => {
    const base = { ledgerId: 1, createdAtMs: 0 };
    expect(() =>
      newLedgerMetadata({
        ...base,
        quorum: { ensembleSize: 2, writeQuorum: 3, ackQuorum: 1 },
        ensemble: ["a", "b"],
      }),
    ).toThrow("ensembleSize (E=2) must be >= writeQuorum (W=3)");
    expect(() => newLedgerMetadata({ ...base, quorum: Q323, ensemble: ["a", "b"] })).toThrow(
      "2 bookies, ensembleSize is 3",
    );
    expect(() => newLedgerMetadata({ ...base, quorum: Q323, ensemble: ["a", "b", ""] })).toThrow(
      "bookie ids must be non-empty strings",
    );
    expect(ledgerMetadataKey(42)).toBe("/ledgers/42");
  });
});

describe("ledger - re-replication of closed ledgers", () => {
  const closed = (): LedgerMetadata => ({
    ledgerId: 9,
    ensembleSize: 3,
    writeQuorum: 3,
    ackQuorum: 2,
    state: "CLOSED",
    lastEntryId: 20,
    lengthBytes: 2100,
    segments: [
      { firstEntryId: 0, bookies: ["b1", "b2", "b3"] },
      { firstEntryId: 10, bookies: ["b1", "b4", "b3"] },
    ],
    createdAtMs: 1,
  });

  it("ledger - replaces one bookie of one segment and nothing else", () => {
    const next = withReplacedBookie(closed(), 0, 1, "b5");
    expect(next.segments).toEqual([
      { firstEntryId: 0, bookies: ["b1", "b5", "b3"] },
      { firstEntryId: 10, bookies: ["b1", "b4", "b3"] },
    ]);
    expect(next.lastEntryId).toBe(20);
  });

  it("ledger - refuses open ledgers, unknown segments and bookies already in the segment", () => {
    expect(() =>
      withReplacedBookie({ ...closed(), state: "OPEN", lastEntryId: -1, lengthBytes: 0 }, 0, 1, "b5"),
    ).toThrow(InvalidArgumentError);
    expect(() => withReplacedBookie(closed(), 2, 1, "b5")).toThrow(/no segment 2/);
    expect(() => withReplacedBookie(closed(), 0, 1, "b3")).toThrow(/already in segment/);
    expect(() => withReplacedBookie(closed(), 0, 3, "b5")).toThrow(/outside/);
  });
});
