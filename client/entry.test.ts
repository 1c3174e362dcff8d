import { describe, expect, it } from "vitest";
import type { DeliveredEntry__Output } from "../proto/gen/magnetar/v1/DeliveredEntry.js";
import { type OutgoingMessage, payloadBytes, sealBatch } from "./batch.js";
import type { Compression } from "./compression.js";
import { decodeEntry, deliveredCount } from "./entry.js";
import { encodeSingleMessage } from "./message-codec.js";

function entry(compression: Compression, batchIndexes: number[] = []): DeliveredEntry__Output {
  const values = ["zero", "one", "two", "three"];
  const msgs: OutgoingMessage[] = values.map((v, i) => ({
    sequenceId: 10 + i,
    encoded: encodeSingleMessage({
      payload: Buffer.from(v),
      ...(i === 1 ? {} : { key: `k${i}` }),
      properties: { i: String(i) },
      eventTimeMs: 1000 + i,
      sequenceId: 10 + i,
      nullValue: false,
    }),
    batchKey: undefined,
    deliverAtMs: 0,
  }));
  const sealed = sealBatch(msgs, undefined, compression, 5555);
  return {
    id: { ledgerId: 7, entryId: 3, batchIndex: -1, partition: 2 },
    redeliveryCount: 1,
    header: {
      producerName: "p-1",
      firstSequenceId: sealed.firstSequenceId,
      lastSequenceId: sealed.lastSequenceId,
      publishTimeMs: sealed.publishTimeMs,
      brokerPublishTimeMs: 6000,
      codec: sealed.codec,
      messageCount: sealed.messageCount,
      uncompressedSizeBytes: sealed.uncompressedSizeBytes,
      traceContext: {},
      partition: 2,
      deliverAtTimeMs: 0,
    },
    payload: Buffer.from(payloadBytes(sealed)),
    batchIndexes,
  };
}

describe("decoding a DeliveredEntry", () => {
  it("yields every message when batch_indexes is empty", () => {
    const e = entry("none");
    expect(deliveredCount(e)).toBe(4);
    const msgs = decodeEntry(e, "persistent://public/default/t-partition-2");
    expect(msgs.map((m) => m.valueString())).toEqual(["zero", "one", "two", "three"]);
    expect(msgs.map((m) => m.id)).toEqual(
      [0, 1, 2, 3].map((batchIndex) => ({
        ledgerId: 7,
        entryId: 3,
        batchIndex,
        partition: 2,
      })),
    );
    const [m0, m1] = msgs;
    expect(m0?.key).toBe("k0");
    expect(m1?.key).toBeUndefined();
    expect(m0?.properties).toEqual({ i: "0" });
    expect(m0).toMatchObject({
      redeliveryCount: 1,
      publishTimeMs: 5555,
      eventTimeMs: 1000,
      producerName: "p-1",
      sequenceId: 10,
      topic: "persistent://public/default/t-partition-2",
      nullValue: false,
    });
    expect(Buffer.isBuffer(m0?.value)).toBe(true);
  });

  for (const c of ["none", "lz4", "zstd"] as const) {
    it(`yields only the listed batch indexes (${c})`, () => {
      const e = entry(c, [1, 3]);
      expect(deliveredCount(e)).toBe(2);
      const msgs = decodeEntry(e, "t");
      expect(msgs.map((m) => [m.id.batchIndex, m.valueString(), m.sequenceId])).toEqual([
        [1, "one", 11],
        [3, "three", 13],
      ]);
    });
  }

  it("rejects an entry whose message count disagrees with its header", () => {
    const e = entry("none");
    const bad = { ...e, header: e.header ? { ...e.header, messageCount: 5 } : null };
    expect(() => decodeEntry(bad, "t")).toThrow(/holds 4 messages/);
  });
});
