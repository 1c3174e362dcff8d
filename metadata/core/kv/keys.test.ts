import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareBytes, compareKeys, prefixEnd, spanContains, spanOf, utf8Length } from "./keys.js";

const encoder = new TextEncoder();
/** Strings of any code points (no unpaired surrogates), biased toward the tricky ranges. */
const keyArb = fc.oneof(
  fc.string({ unit: "binary" }),
  fc
    .array(fc.constantFrom("a", "\uFFFF", "\uE000", "\uD7FF", "\u{10000}", "\u{10FFFF}", "\u0000"))
    .map((parts) => parts.join("")),
);

describe("kv - key order", () => {
  it("kv - keys compare like their UTF-8 bytes (code point order)", () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        expect(Math.sign(compareKeys(a, b))).toBe(
          Math.sign(compareBytes(encoder.encode(a), encoder.encode(b))),
        );
      }),
    );
  });

  it("kv - a prefix span holds exactly the keys that start with the prefix", () => {
    fc.assert(
      fc.property(keyArb, keyArb, keyArb, (prefix, middle, rest) => {
        for (const key of [prefix + rest, middle, middle + rest]) {
          const span = spanOf({ key: prefix, prefix: true });
          expect(spanContains(span, key)).toBe(key.startsWith(prefix));
        }
      }),
    );
    expect(prefixEnd("")).toBeUndefined();
    expect(prefixEnd("/a")).toBe("/b");
    expect(prefixEnd("a\u{10FFFF}")).toBe("b");
    expect(prefixEnd("\uD7FF")).toBe("\uE000");
  });

  it("kv - utf8Length counts UTF-8 bytes and flags unpaired surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
    expect(utf8Length("\uD800")).toBe(-1);
    expect(utf8Length("a\uDC00b")).toBe(-1);
  });
});
