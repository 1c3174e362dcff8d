import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { magnetarV1 } from "../../proto/index.js";
import { encodeAddEntry } from "./add-entry-codec.js";
import type { AddRequest } from "./bookie-client.js";

const method = () => magnetarV1().Bookie.service.AddEntry;

const id = fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

const request: fc.Arbitrary<AddRequest> = fc.record(
  {
    ledgerId: id,
    entryId: id,
    masterKey: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
    lastAddConfirmed: fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER }),
    body: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
    crc32c: fc.nat({ max: 0xffffffff }),
    recovery: fc.boolean(),
    ledgerLength: id,
    traceContext: fc.dictionary(fc.constantFrom("traceparent", "tracestate"), fc.string({ maxLength: 60 })),
  },
  {
    requiredKeys: [
      "ledgerId",
      "entryId",
      "masterKey",
      "lastAddConfirmed",
      "body",
      "crc32c",
      "recovery",
      "ledgerLength",
    ],
  },
);

describe("AddEntry encoding", () => {
  it("AddEntry encoding - decodes to the same request as the gRPC loader's own encoding", () => {
    fc.assert(
      fc.property(request, (req) => {
        const m = method();
        const { requestId, bytes } = encodeAddEntry(req);
        const ours = m.requestDeserialize(bytes);
        expect(ours).toEqual(m.requestDeserialize(m.requestSerialize({ ...req, requestId })));
        expect(Buffer.from(ours.body).equals(req.body)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("AddEntry encoding - an entry sent to several bookies is encoded once; anything else is encoded anew", () => {
    const req: AddRequest = {
      ledgerId: 7,
      entryId: 3,
      masterKey: Buffer.from("key"),
      lastAddConfirmed: 2,
      body: Buffer.from("entry body"),
      crc32c: 99,
      recovery: false,
      ledgerLength: 30,
    };
    const once = encodeAddEntry(req);
    // The writer's sends of one entry to each bookie of its write set: equal requests.
    expect(encodeAddEntry({ ...req, masterKey: Buffer.from("key") })).toBe(once);
    // `fresh` (the stream already has this request id pending) gives a new id for the same bytes.
    const fresh = encodeAddEntry(req, true);
    expect(fresh.requestId).not.toBe(once.requestId);
    expect(method().requestDeserialize(fresh.bytes)).toEqual({
      ...method().requestDeserialize(once.bytes),
      requestId: fresh.requestId,
    });
    const ids = new Set([once.requestId, fresh.requestId]);
    for (const other of [
      { ...req, body: Buffer.from("entry body") }, // equal bytes, another entry's Buffer
      { ...req, entryId: 4 },
      { ...req, ledgerId: 8 },
      { ...req, lastAddConfirmed: 1 },
      { ...req, crc32c: 98 },
      { ...req, ledgerLength: 31 },
      { ...req, recovery: true },
      { ...req, masterKey: Buffer.from("kez") },
      { ...req, traceContext: { traceparent: "00-a-b-01" } },
      { ...req, traceContext: { traceparent: "00-a-b-01" } }, // each traced send is its own span
    ]) {
      encodeAddEntry(req);
      const encoded = encodeAddEntry(other);
      expect(ids.has(encoded.requestId)).toBe(false);
      ids.add(encoded.requestId);
      const decoded = method().requestDeserialize(encoded.bytes);
      expect(decoded).toEqual(
        method().requestDeserialize(method().requestSerialize({ ...other, requestId: encoded.requestId })),
      );
    }
  });
});
