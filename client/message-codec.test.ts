import fc from "fast-check";
import type protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { MagnetarError } from "../common/errors.js";
import { messageType } from "../proto/index.js";
import { decodeMessageBatch, encodeSingleMessage, type SingleMessageFields } from "./message-codec.js";

// protobufjs is the reference: the hand-written codec must agree with it in both directions.
const single = messageType("SingleMessage");
const batch = messageType("MessageBatch");

/** protobufjs's decoded SingleMessage as plain values (int64 as numbers, bytes as hex). */
function reference(m: protobuf.Message) {
  const o = single.toObject(m, { longs: Number, bytes: String, defaults: false });
  return {
    payload: Buffer.from(String(o.payload ?? ""), "base64").toString("hex"),
    key: o.key as string | undefined,
    orderingKey:
      o.orderingKey === undefined ? undefined : Buffer.from(String(o.orderingKey), "base64").toString("hex"),
    properties: (o.properties ?? {}) as Record<string, string>,
    eventTimeMs: (o.eventTimeMs ?? 0) as number,
    deliverAtTimeMs: (o.deliverAtTimeMs ?? 0) as number,
    sequenceId: (o.sequenceId ?? 0) as number,
    nullValue: (o.nullValue ?? false) as boolean,
    traceContext: (o.traceContext ?? {}) as Record<string, string>,
  };
}

const bytes = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a));
// Keys and values with multi-byte UTF-8 and numeric-looking keys (objects order those first).
const text = fc.string({ unit: "grapheme", maxLength: 20 });
const map = fc.dictionary(fc.oneof(text, fc.nat(1000).map(String)), text, { maxKeys: 4 });
const int64 = fc.oneof(
  fc.constant(0),
  fc.nat(),
  fc.maxSafeInteger(),
  fc.integer({ min: -(2 ** 40), max: -1 }),
  fc.constantFrom(1_700_000_000_123, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 31, 2 ** 32, -1),
);

const fields: fc.Arbitrary<SingleMessageFields> = fc.record(
  {
    payload: bytes,
    key: text,
    orderingKey: bytes,
    properties: map,
    eventTimeMs: int64,
    deliverAtTimeMs: int64,
    sequenceId: int64,
    nullValue: fc.boolean(),
    traceContext: map,
  },
  { requiredKeys: [] },
);

function expected(m: SingleMessageFields) {
  return {
    payload: Buffer.from(m.payload ?? []).toString("hex"),
    key: m.key,
    orderingKey: m.orderingKey === undefined ? undefined : Buffer.from(m.orderingKey).toString("hex"),
    properties: { ...m.properties },
    eventTimeMs: m.eventTimeMs ?? 0,
    deliverAtTimeMs: m.deliverAtTimeMs ?? 0,
    sequenceId: m.sequenceId ?? 0,
    nullValue: m.nullValue ?? false,
    traceContext: { ...m.traceContext },
  };
}

describe("encodeSingleMessage", () => {
  it("writes what protobufjs decodes back to the same fields", () => {
    fc.assert(
      fc.property(fields, (m) => {
        expect(reference(single.decode(encodeSingleMessage(m)))).toEqual(expected(m));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves out zero and empty fields but keeps an empty key (an optional field)", () => {
    expect(encodeSingleMessage({ payload: Buffer.alloc(0), sequenceId: 0, eventTimeMs: 0 })).toHaveLength(0);
    expect([...encodeSingleMessage({ key: "" })]).toEqual([0x12, 0x00]);
    expect([...encodeSingleMessage({ sequenceId: 1, nullValue: true })]).toEqual([0x38, 0x01, 0x40, 0x01]);
  });

  it("refuses a time that is not a finite number with INVALID_ARGUMENT", () => {
    expect(() => encodeSingleMessage({ eventTimeMs: Number.POSITIVE_INFINITY })).toThrowError(
      /eventTimeMs must be a finite number, got Infinity/,
    );
    expect(() => encodeSingleMessage({ deliverAtTimeMs: Number.NaN })).toThrowError(MagnetarError);
  });

  it("drops a fraction of an int64, as protobufjs does", () => {
    const decoded = reference(single.decode(encodeSingleMessage({ eventTimeMs: 12.9, sequenceId: -3.5 })));
    expect(decoded).toMatchObject({ eventTimeMs: 12, sequenceId: -3 });
  });
});

describe("decodeMessageBatch", () => {
  it("reads what protobufjs writes, message by message", () => {
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 5 }), (messages) => {
        const raw = batch.encode(batch.fromObject({ messages })).finish();
        const ours = decodeMessageBatch(raw);
        const theirs = (batch.decode(raw) as unknown as { messages: protobuf.Message[] }).messages.map(
          reference,
        );
        expect(
          ours.map((m) => ({
            ...m,
            payload: m.payload.toString("hex"),
            orderingKey: m.orderingKey?.toString("hex"),
            properties: { ...m.properties },
            traceContext: { ...m.traceContext },
          })),
        ).toEqual(theirs.map(({ deliverAtTimeMs: _, ...rest }) => rest));
      }),
      { numRuns: 300 },
    );
  });

  it("gives payloads as views of the received bytes, not copies", () => {
    const raw = Buffer.from(batch.encode({ messages: [{ payload: Buffer.from("abc") }] }).finish());
    const [m] = decodeMessageBatch(raw);
    expect(m?.payload.buffer).toBe(raw.buffer);
    expect(m?.payload.toString()).toBe("abc");
  });

  it("skips fields it does not know, of every wire type", () => {
    // SingleMessage { sequence_id: 5, field 20 varint, field 21 fixed64, field 22 bytes, field 23 fixed32 }
    const body = [0x38, 0x05, 0xa0, 0x01, 0x96, 0x01, 0xa9, 0x01, ...Array(8).fill(7)];
    const more = [0xb2, 0x01, 0x02, 0x61, 0x62, 0xbd, 0x01, 1, 2, 3, 4];
    const message = [...body, ...more];
    // MessageBatch { messages: [that], field 2 varint }
    const raw = Buffer.from([0x0a, message.length, ...message, 0x10, 0x01]);
    const [m, extra] = decodeMessageBatch(raw);
    expect(m?.sequenceId).toBe(5);
    expect(extra).toBeUndefined();
  });

  it("refuses bytes that are not a MessageBatch with INVALID_ARGUMENT, never reading past them", () => {
    const good = Buffer.from(
      batch.encode({ messages: [{ payload: Buffer.from("hello"), key: "k", sequenceId: 300 }] }).finish(),
    );
    for (let cut = 1; cut < good.length; cut++) {
      expect(() => decodeMessageBatch(good.subarray(0, cut))).toThrowError(/corrupt message batch/);
    }
    // A message whose declared length runs past the batch.
    expect(() => decodeMessageBatch(Buffer.from([0x0a, 0x05, 0x38, 0x01]))).toThrowError(/runs past/);
    // Field 1 of SingleMessage (payload) as a varint.
    expect(() => decodeMessageBatch(Buffer.from([0x0a, 0x02, 0x08, 0x01]))).toThrowError(
      /field 1 has wire type 0, expected 2/,
    );
    // A start-group wire type.
    expect(() => decodeMessageBatch(Buffer.from([0x0b]))).toThrowError(/wire type 3/);
    // Eleven continuation bytes.
    expect(() => decodeMessageBatch(Buffer.from([0x08, ...Array(11).fill(0xff), 0x01]))).toThrowError(
      /longer than 10 bytes/,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (garbage) => {
        try {
          expect(Array.isArray(decodeMessageBatch(garbage))).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(MagnetarError);
          expect((err as MagnetarError).code).toBe("INVALID_ARGUMENT");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
