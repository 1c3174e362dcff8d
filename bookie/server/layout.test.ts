import { crc32c as reference } from "@aws-crypto/crc32c";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32c } from "../../common/crc32c.js";
import {
  decodeEntry,
  decodeEntryKey,
  decodeEntryValue,
  decodeLedger,
  decodeLogHeader,
  encodeEntry,
  encodeEntryHeader,
  encodeLedger,
  encodePointer,
  entryKey,
  LOG_HEADER_BYTES,
} from "./layout.js";

describe("bookie layout", () => {
  it("bookie layout - crc32c is Castagnoli (check value of '123456789' is 0xE3069283)", () => {
    expect(crc32c(Buffer.from("123456789"))).toBe(0xe3069283);
  });

  it("bookie layout - the crc32c the bookie uses equals @aws-crypto/crc32c on any bytes and offsets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(7), (bytes, skip) => {
        const view = Buffer.from(bytes).subarray(Math.min(skip, bytes.length));
        expect(crc32c(view)).toBe(reference(view));
      }),
      { numRuns: 300 },
    );
  });

  it("bookie layout - entry keys sort in (ledgerId, entryId) order and decode back", () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }),
    );
    fc.assert(
      fc.property(id, id, id, id, (l1, e1, l2, e2) => {
        const cmp = Buffer.compare(entryKey(l1, e1), entryKey(l2, e2));
        const expected = l1 !== l2 ? Math.sign(l1 - l2) : Math.sign(e1 - e2);
        expect(cmp).toBe(expected);
        expect(decodeEntryKey(entryKey(l1, e1))).toEqual({ ledgerId: l1, entryId: e1 });
      }),
    );
  });

  it("bookie layout - every single-bit flip of a stored entry is detected", () => {
    const body = Buffer.from("some entry body");
    const value = encodeEntry({ body, crc32c: crc32c(body), ledgerLength: 12345 });
    expect(decodeEntry(value)).toEqual({
      ok: true,
      entry: { body, crc32c: crc32c(body), ledgerLength: 12345 },
    });
    for (let i = 0; i < value.length * 8; i++) {
      const flipped = Buffer.from(value);
      flipped[i >> 3] = (flipped[i >> 3] ?? 0) ^ (1 << (i & 7));
      expect(decodeEntry(flipped).ok, `bit ${i}`).toBe(false);
    }
  });

  it("bookie layout - an entry log record names its entry, round-trips, and every bit flip is detected", () => {
    const id = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 });
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        id,
        id,
        id,
        fc.integer({ min: -1, max: 1e12 }),
        (b, l, e, len, lac) => {
          const body = Buffer.from(b);
          const entry = {
            body,
            crc32c: crc32c(body),
            ledgerLength: len,
            ledgerId: l,
            entryId: e,
            lastAddConfirmed: lac,
          };
          const header = encodeEntryHeader(entry);
          expect(header.length).toBe(LOG_HEADER_BYTES);
          expect(decodeLogHeader(header)).toEqual({
            ok: true,
            ledgerId: l,
            entryId: e,
            lastAddConfirmed: lac,
            bodyLength: body.length,
          });
          const record = Buffer.concat([header, body]);
          expect(decodeEntry(record)).toEqual({
            ok: true,
            entry: { body, crc32c: entry.crc32c, ledgerLength: len },
          });
          // Cut short (the torn end of a batch) or any bit flipped: never an entry.
          expect(decodeEntry(record.subarray(0, record.length - 1)).ok).toBe(false);
          for (let i = 0; i < record.length * 8; i += 7) {
            const flipped = Buffer.from(record);
            flipped[i >> 3] = (flipped[i >> 3] ?? 0) ^ (1 << (i & 7));
            expect(decodeEntry(flipped).ok, `bit ${i}`).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("bookie layout - ledger records round-trip and detect corruption", () => {
    const record = { masterKey: Buffer.from("k"), fenced: true, lastAddConfirmed: -1 };
    const value = encodeLedger(record);
    expect(decodeLedger(value)).toEqual({ ok: true, record });
    const flipped = Buffer.from(value);
    flipped[1] = (flipped[1] ?? 0) ^ 0x01; // the fenced flag
    expect(decodeLedger(flipped).ok).toBe(false);
  });
});

describe("bookie layout - entry pointers", () => {
  it("round-trips a pointer, tells it from an inline entry, and catches a damaged one", () => {
    const p = { fileId: 7, offset: 2 ** 40 + 3, length: 131_089 };
    const value = encodePointer(p);
    expect(decodeEntryValue(value)).toEqual({ kind: "pointer", pointer: p });
    const inline = encodeEntry({ body: Buffer.from("x"), crc32c: crc32c(Buffer.from("x")), ledgerLength: 0 });
    expect(decodeEntryValue(inline)).toEqual({ kind: "inline" });
    const damaged = Buffer.from(value);
    damaged[6] = (damaged[6] ?? 0) ^ 0x10;
    expect(decodeEntryValue(damaged)).toMatchObject({ kind: "corrupt" });
    expect(decodeEntryValue(value.subarray(0, 20))).toMatchObject({ kind: "corrupt" });
  });
});
