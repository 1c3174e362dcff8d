import { describe, expect, it } from "vitest";
import { murmur3x86_32 as brokerMurmur } from "../broker/core/index.js";
import { partitionForKey } from "../client/routing.js";
import { murmur3x86_32 } from "./murmur3.js";

describe("murmur3 shared by brokers and clients", () => {
  it("matches the reference vectors", () => {
    const enc = (s: string) => Buffer.from(s, "utf8");
    expect(murmur3x86_32(enc(""))).toBe(0);
    expect(murmur3x86_32(enc(""), 1)).toBe(0x514e28b7);
    expect(murmur3x86_32(enc("hello"))).toBe(0x248bfa47);
    expect(murmur3x86_32(enc("Hello, world!"), 1234)).toBe(0xfaf6cdb3);
  });

  it("is the one the broker's core exports and the client routes keys with", () => {
    expect(brokerMurmur).toBe(murmur3x86_32);
    for (const s of ["", "a", "ab", "abc", "abcd", "user-1", "persistent://public/default/orders", "ключ"]) {
      const b = Buffer.from(s, "utf8");
      expect(partitionForKey(s, 7)).toBe(murmur3x86_32(b) % 7);
    }
  });
});
