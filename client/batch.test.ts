import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { magnetarV1 } from "../proto/index.js";
import {
  BatchBuilder,
  encodeMessageBatch,
  encodeProduceBatch,
  framedSize,
  messageBatchCodec,
  type OutgoingMessage,
  payloadBytes,
  SequenceIds,
  sealBatch,
} from "./batch.js";
import type { Compression } from "./compression.js";
import { decodeMessageBatch, encodeSingleMessage } from "./message-codec.js";

function msg(seq: SequenceIds, value: string, key?: string, deliverAtMs = 0): OutgoingMessage {
  const sequenceId = seq.next();
  return {
    sequenceId,
    encoded: encodeSingleMessage({
      payload: Buffer.from(value),
      ...(key !== undefined ? { key } : {}),
      sequenceId,
      deliverAtTimeMs: deliverAtMs,
    }),
    batchKey: key === undefined ? undefined : Buffer.from(key),
    deliverAtMs,
  };
}

/** Feeds messages through a builder the way the producer does; returns the sealed batches. */
function run(builder: BatchBuilder, messages: OutgoingMessage[]) {
  const out: ReturnType<typeof builder.drain>[] = [];
  for (const m of messages) {
    if (builder.mustSealBefore(m)) out.push(builder.drain());
    builder.add(m);
    if (builder.isFull()) out.push(builder.drain());
  }
  if (!builder.isEmpty()) out.push(builder.drain());
  return out;
}

describe("sequence ids", () => {
  it("numbers from last_sequence_id + 1 and never goes back", () => {
    const s = new SequenceIds(-1);
    expect([s.next(), s.next(), s.next()]).toEqual([0, 1, 2]);
    s.advancePast(1); // below what we handed out: no effect
    expect(s.next()).toBe(3);
    s.advancePast(10); // the broker knows more (same producer name earlier)
    expect(s.next()).toBe(11);
    expect(s.last).toBe(11);
    expect(new SequenceIds(41).next()).toBe(42);
  });
});

describe("batch builder", () => {
  it("seals at maxMessages", () => {
    const s = new SequenceIds(-1);
    const b = new BatchBuilder({ maxMessages: 3, maxBytes: 1 << 20, keyBased: false });
    const batches = run(
      b,
      Array.from({ length: 7 }, (_, i) => msg(s, `m${i}`)),
    );
    expect(batches.map((x) => x.messages.map((m) => m.sequenceId))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it("seals before the byte limit would be exceeded, and a big message goes alone", () => {
    const s = new SequenceIds(9); // ids of one varint byte: every small message has the same size
    const small = () => msg(s, "x".repeat(40));
    const one = framedSize(small().encoded.byteLength);
    const b = new BatchBuilder({ maxMessages: 1000, maxBytes: one * 2 + 1, keyBased: false });
    const big = msg(s, "y".repeat(500));
    const batches = run(b, [small(), small(), small(), big, small()]);
    expect(batches.map((x) => x.messages.length)).toEqual([2, 1, 1, 1]);
    for (const x of batches.slice(0, 1)) {
      const bytes = x.messages.reduce((n, m) => n + framedSize(m.encoded.byteLength), 0);
      expect(bytes).toBeLessThanOrEqual(one * 2 + 1);
    }
  });

  it("KeyBased: a batch never mixes keys and carries its key", () => {
    const s = new SequenceIds(-1);
    const b = new BatchBuilder({ maxMessages: 100, maxBytes: 1 << 20, keyBased: true });
    const keys = ["a", "a", "b", "b", "b", undefined, "a"];
    const batches = run(
      b,
      keys.map((k, i) => msg(s, `v${i}`, k)),
    );
    expect(batches.map((x) => x.messages.length)).toEqual([2, 3, 1, 1]);
    expect(batches.map((x) => (x.batchKey ? Buffer.from(x.batchKey).toString() : undefined))).toEqual([
      "a",
      "b",
      undefined,
      "a",
    ]);
  });

  it("Default batcher: batch key only when every message shares it", () => {
    const s = new SequenceIds(-1);
    const b = new BatchBuilder({ maxMessages: 100, maxBytes: 1 << 20, keyBased: false });
    const mixed = run(b, [msg(s, "1", "a"), msg(s, "2", "b")]);
    expect(mixed).toHaveLength(1);
    expect(mixed[0]?.batchKey).toBeUndefined();
    const same = run(b, [msg(s, "1", "k"), msg(s, "2", "k")]);
    expect(Buffer.from(same[0]?.batchKey ?? []).toString()).toBe("k");
  });

  it("delayed messages go only with messages of the same deliver-at time", () => {
    const s = new SequenceIds(-1);
    const b = new BatchBuilder({ maxMessages: 100, maxBytes: 1 << 20, keyBased: false });
    const batches = run(b, [
      msg(s, "1"),
      msg(s, "2", undefined, 5000),
      msg(s, "3", undefined, 5000),
      msg(s, "4"),
    ]);
    expect(batches.map((x) => x.messages.length)).toEqual([1, 2, 1]);
  });

  it("seals into a ProduceBatch whose payload decodes back to the messages", () => {
    const s = new SequenceIds(99);
    const msgs = [msg(s, "hello", "k"), msg(s, "world", "k"), msg(s, "", "k")];
    const sealed = sealBatch(msgs, Buffer.from("k"), "none", 1234);
    expect(sealed).toMatchObject({
      firstSequenceId: 100,
      lastSequenceId: 102,
      messageCount: 3,
      codec: "COMPRESSION_CODEC_NONE",
      publishTimeMs: 1234,
      deliverAtTimeMs: 0,
    });
    expect(sealed.uncompressedSizeBytes).toBe(payloadBytes(sealed).byteLength);
    const decoded = messageBatchCodec().decode(payloadBytes(sealed));
    expect(decoded.messages.map((m) => m.payload.toString())).toEqual(["hello", "world", ""]);
    expect(decoded.messages.map((m) => m.sequenceId)).toEqual([100, 101, 102]);
    expect(decoded.messages.map((m) => m.key)).toEqual(["k", "k", "k"]);
  });

  it("the fast encode and decode agree with protobuf's conversions on every field", () => {
    const messages = [
      {
        payload: Buffer.from("full"),
        key: "k1",
        orderingKey: Buffer.from([0, 255]),
        properties: { a: "1", b: "" },
        eventTimeMs: 1_700_000_000_123,
        deliverAtTimeMs: 5,
        sequenceId: 2 ** 52 + 1,
        nullValue: false,
        traceContext: { traceparent: "00-abc-def-01" },
      },
      { payload: Buffer.alloc(0), sequenceId: 0, nullValue: true },
      { payload: Buffer.from("base64"), eventTimeMs: 0 },
    ];
    const raw = encodeMessageBatch(messages.map(encodeSingleMessage));
    const slow = messageBatchCodec().decode(raw).messages;
    const fast = decodeMessageBatch(raw);
    expect(fast).toHaveLength(3);
    fast.forEach((m, i) => {
      const s = slow[i];
      expect(m.payload.equals(s?.payload ?? Buffer.alloc(1))).toBe(true);
      expect(Buffer.isBuffer(m.payload)).toBe(true);
      expect({ ...m, payload: undefined, orderingKey: m.orderingKey?.toString("hex") }).toEqual({
        payload: undefined,
        key: s?.key,
        orderingKey: s?.orderingKey?.toString("hex"),
        properties: s?.properties,
        eventTimeMs: s?.eventTimeMs,
        sequenceId: s?.sequenceId,
        nullValue: s?.nullValue,
        traceContext: s?.traceContext,
      });
    });
    expect(fast[0]).toMatchObject({ key: "k1", sequenceId: 2 ** 52 + 1, eventTimeMs: 1_700_000_000_123 });
    expect(fast[1]).toMatchObject({
      key: undefined,
      orderingKey: undefined,
      nullValue: true,
      properties: {},
    });
    expect(fast[2]?.payload.toString()).toBe("base64");
  });

  it("decodes a message whose empty fields are left out on the wire, as proto3 encoders do", () => {
    // MessageBatch { messages: [ SingleMessage { sequence_id: 1 } ] }: no payload, key or maps.
    const [m] = decodeMessageBatch(Buffer.from([0x0a, 0x02, 0x38, 0x01]));
    expect(m?.payload).toEqual(Buffer.alloc(0));
    expect(m).toMatchObject({
      key: undefined,
      sequenceId: 1,
      eventTimeMs: 0,
      nullValue: false,
      properties: {},
    });
  });

  it("hand-framed MessageBatch decodes as protobuf's MessageBatch (multi-byte lengths too)", () => {
    const values = ["a".repeat(200), "b", "c".repeat(20_000)];
    const encoded = values.map((v, i) => encodeSingleMessage({ payload: Buffer.from(v), sequenceId: i }));
    const ours = encodeMessageBatch(encoded);
    expect(ours.byteLength).toBe(encoded.reduce((n, e) => n + framedSize(e.byteLength), 0));
    const decoded = messageBatchCodec().decode(ours);
    expect(decoded.messages.map((m) => m.payload.toString())).toEqual(values);
    expect(decoded.messages.map((m) => m.sequenceId)).toEqual([0, 1, 2]);
  });

  it("a ProduceRequest built in place decodes as the gRPC loader's encoding of the same batch", () => {
    const produce = magnetarV1().Messaging.service.Produce;
    const body = fc.uint8Array({ maxLength: 300 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ payload: body, key: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.constantFrom<Compression>("none", "lz4"),
        fc.option(fc.uint8Array({ maxLength: 16 }), { nil: undefined }),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 3 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.nat(Number.MAX_SAFE_INTEGER),
        fc.nat(Number.MAX_SAFE_INTEGER),
        (msgs, compression, batchKey, traceContext, requestId, firstSeq, deliverAtMs) => {
          const outgoing = msgs.map((m, i) => ({
            sequenceId: firstSeq + i,
            encoded: encodeSingleMessage({
              payload: Buffer.from(m.payload),
              key: m.key,
              sequenceId: firstSeq + i,
            }),
            batchKey: undefined,
            deliverAtMs: i === 0 ? deliverAtMs : 0,
          }));
          const sealed = sealBatch(outgoing, batchKey, compression, 1_700_000_000_000);
          const ours = produce.requestDeserialize(encodeProduceBatch(requestId, sealed, traceContext));
          const theirs = produce.requestDeserialize(
            produce.requestSerialize({
              batch: {
                requestId,
                firstSequenceId: sealed.firstSequenceId,
                lastSequenceId: sealed.lastSequenceId,
                messageCount: sealed.messageCount,
                uncompressedSizeBytes: sealed.uncompressedSizeBytes,
                codec: sealed.codec,
                publishTimeMs: sealed.publishTimeMs,
                payload: payloadBytes(sealed),
                traceContext,
                ...(batchKey !== undefined ? { batchKey } : {}),
                deliverAtTimeMs: sealed.deliverAtTimeMs,
              },
            }),
          );
          expect(ours).toEqual(theirs);
          expect(ours.batch?.messageCount).toBe(msgs.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
