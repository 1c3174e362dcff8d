import { describe, expect, it } from "vitest";
import { ChecksumMismatchError } from "../common/errors.js";
import { COMPRESSIONS, compress, decompress, wireCodec } from "./compression.js";

describe("compression round trips", () => {
  const inputs = [
    Buffer.alloc(0),
    Buffer.from("hello"),
    Buffer.from("abcabcabc".repeat(10_000)),
    Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)),
  ];
  for (const c of COMPRESSIONS) {
    it(`${c}`, () => {
      for (const input of inputs) {
        const packed = compress(c, input);
        const out = decompress(wireCodec(c), packed, input.byteLength);
        expect(Buffer.from(out).equals(input)).toBe(true);
      }
      if (c !== "none") {
        const repetitive = inputs[2] ?? Buffer.alloc(0);
        expect(compress(c, repetitive).byteLength).toBeLessThan(repetitive.byteLength / 10);
      }
    });
  }

  it("writes standard frames (lz4 magic 04 22 4d 18, zstd magic 28 b5 2f fd)", () => {
    expect(
      Buffer.from(compress("lz4", Buffer.from("x")))
        .subarray(0, 4)
        .toString("hex"),
    ).toBe("04224d18");
    expect(
      Buffer.from(compress("zstd", Buffer.from("x")))
        .subarray(0, 4)
        .toString("hex"),
    ).toBe("28b52ffd");
  });

  it("rejects a payload that decompresses to another size than the header says", () => {
    const packed = compress("zstd", Buffer.from("hello world"));
    expect(() => decompress("COMPRESSION_CODEC_ZSTD", packed, 3)).toThrow(ChecksumMismatchError);
  });
});
