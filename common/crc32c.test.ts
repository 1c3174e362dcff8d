import { describe, expect, it } from "vitest";
import { crc32c } from "./crc32c.js";

describe("crc32c", () => {
  it("crc32c - matches the standard check value and is unsigned", () => {
    // RFC 3720 / iSCSI check value for "123456789".
    expect(crc32c(Buffer.from("123456789"))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toBeGreaterThanOrEqual(0);
  });

  it("crc32c - sees a single flipped bit", () => {
    const a = Buffer.alloc(65536, 7);
    const b = Buffer.from(a);
    b[40000] = (b[40000] ?? 0) ^ 1;
    expect(crc32c(a)).not.toBe(crc32c(b));
  });
});
