import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MagnetarError } from "../../common/errors.js";
import {
  compareMessageIds,
  comparePositions,
  formatMessageId,
  formatPosition,
  type MessageId,
  parseMessageId,
  positionOf,
  positionsEqual,
} from "./message-id.js";

const idArb: fc.Arbitrary<MessageId> = fc.record({
  ledgerId: fc.oneof(fc.nat({ max: 5 }), fc.maxSafeNat()),
  entryId: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.maxSafeNat()),
  batchIndex: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
  partition: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
});

describe("message ids", () => {
  it("broker - ids order lexicographically on ledger, entry, batch index, partition", () => {
    const a = { ledgerId: 1, entryId: 9, batchIndex: 9, partition: 9 };
    expect(compareMessageIds(a, { ...a, ledgerId: 2, entryId: 0 })).toBe(-1);
    expect(compareMessageIds(a, { ...a, entryId: 10, batchIndex: 0 })).toBe(-1);
    expect(compareMessageIds(a, { ...a, batchIndex: -1 })).toBe(1);
    expect(compareMessageIds(a, { ...a, partition: 10 })).toBe(-1);
    expect(compareMessageIds(a, { ...a })).toBe(0);
    fc.assert(
      fc.property(idArb, idArb, idArb, (x, y, z) => {
        expect(compareMessageIds(x, y)).toBe(-compareMessageIds(y, x) || 0);
        const tuple = (m: MessageId) => [m.ledgerId, m.entryId, m.batchIndex, m.partition];
        const lex = tuple(x)
          .map((v, i) => Math.sign(v - (tuple(y)[i] as number)))
          .find((s) => s !== 0);
        expect(compareMessageIds(x, y)).toBe(lex ?? 0);
        if (compareMessageIds(x, y) <= 0 && compareMessageIds(y, z) <= 0)
          expect(compareMessageIds(x, z)).toBeLessThanOrEqual(0);
        expect(comparePositions(positionOf(x), positionOf(y))).toBe(
          Math.sign(x.ledgerId - y.ledgerId) || Math.sign(x.entryId - y.entryId),
        );
      }),
    );
  });

  it("broker - the CLI spelling ledger:entry:batch:partition round-trips", () => {
    expect(formatMessageId({ ledgerId: 12, entryId: 0, batchIndex: -1, partition: -1 })).toBe("12:0:-1:-1");
    expect(parseMessageId("12:3")).toEqual({ ledgerId: 12, entryId: 3, batchIndex: -1, partition: -1 });
    expect(parseMessageId("12:3:4")).toEqual({ ledgerId: 12, entryId: 3, batchIndex: 4, partition: -1 });
    expect(formatPosition({ ledgerId: 4, entryId: 7 })).toBe("4:7");
    expect(positionsEqual({ ledgerId: 4, entryId: 7 }, positionOf(parseMessageId("4:7:1:2")))).toBe(true);
    fc.assert(
      fc.property(idArb, (id) => {
        expect(parseMessageId(formatMessageId(id))).toEqual(id);
      }),
    );
  });

  it("broker - malformed message ids are INVALID_MESSAGE_ID naming the problem", () => {
    const cases: [string, string][] = [
      ["", "expected ledgerId:entryId"],
      ["12", "expected ledgerId:entryId"],
      ["1:2:3:4:5", "expected ledgerId:entryId"],
      ["1:x", '"x" is not an integer'],
      ["1:01", '"01" is not an integer'],
      ["1:2.5", "is not an integer"],
      ["-1:0", "ledgerId must be an integer >= 0"],
      ["1:-2", "is not an integer"],
      ["1:0:2147483648", "batchIndex must be an int32"],
      ["99999999999999999:0", "ledgerId must be an integer >= 0"],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        parseMessageId(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(MagnetarError);
      expect((error as MagnetarError).code).toBe("INVALID_MESSAGE_ID");
      expect((error as MagnetarError).message).toContain(message);
    }
  });
});
