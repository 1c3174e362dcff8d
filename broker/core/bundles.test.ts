import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MagnetarError, NotFoundError } from "../../common/errors.js";
import { murmur3x86_32 } from "../../common/murmur3.js";
import {
  BUNDLE_COUNT_MAX,
  type BundleRange,
  bundleContains,
  bundleFor,
  bundleIndexForHash,
  bundlesProblems,
  formatBundle,
  HASH_MAX,
  HASH_SPACE,
  initialBundles,
  parseBundle,
  splitBundle,
  splitRange,
  topicHash,
  validateBundles,
} from "./bundles.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const hashArb = fc.integer({ min: 0, max: HASH_MAX });

/** Bundles after a random sequence of splits of the initial ones. */
const bundlesArb = fc
  .tuple(fc.integer({ min: 1, max: 64 }), fc.array(fc.nat(), { maxLength: 40 }))
  .map(([count, picks]) => {
    let bundles = initialBundles(count);
    for (const pick of picks) {
      const target = bundles[pick % bundles.length] as BundleRange;
      try {
        bundles = splitBundle(bundles, formatBundle(target));
      } catch (e) {
        if (!(e instanceof InvalidArgumentError)) throw e;
      }
    }
    return bundles;
  });

describe("bundles", () => {
  it("broker - murmur3 x86 32 matches the reference vectors", () => {
    const vectors: [Uint8Array, number, number][] = [
      [utf8(""), 0, 0],
      [utf8(""), 1, 0x514e28b7],
      [utf8(""), 0xffffffff, 0x81f16f39],
      [new Uint8Array([0, 0, 0, 0]), 0, 0x2362f9de],
      [new Uint8Array([0xff, 0xff, 0xff, 0xff]), 0, 0x76293b50],
      [new Uint8Array([0x21, 0x43, 0x65, 0x87]), 0, 0xf55b516b],
      [new Uint8Array([0x21, 0x43, 0x65, 0x87]), 0x5082edee, 0x2362f9de],
      [new Uint8Array([0x21, 0x43, 0x65]), 0, 0x7e4a8634],
      [new Uint8Array([0x21, 0x43]), 0, 0xa0f7b07a],
      [new Uint8Array([0x21]), 0, 0x72661cf4],
      [utf8("a"), 0x9747b28c, 0x7fa09ea6],
      [utf8("aa"), 0x9747b28c, 0x5d211726],
      [utf8("aaa"), 0x9747b28c, 0x283e0130],
      [utf8("aaaa"), 0x9747b28c, 0x5a97808a],
      [utf8("abc"), 0x9747b28c, 0xc84a62dd],
      [utf8("abcd"), 0x9747b28c, 0xf0478627],
      [utf8("Hello, world!"), 0x9747b28c, 0x24884cba],
      [utf8("The quick brown fox jumps over the lazy dog"), 0x9747b28c, 0x2fa826cd],
    ];
    for (const [bytes, seed, expected] of vectors) {
      expect(murmur3x86_32(bytes, seed).toString(16)).toBe(expected.toString(16));
    }
  });

  it("broker - 16 equal bundles by default, named like Pulsar's", () => {
    const names = initialBundles().map(formatBundle);
    expect(names).toHaveLength(16);
    expect(names[0]).toBe("0x00000000_0x10000000");
    expect(names[1]).toBe("0x10000000_0x20000000");
    expect(names[15]).toBe("0xf0000000_0xffffffff");
    expect(initialBundles(4).map(formatBundle)).toEqual([
      "0x00000000_0x40000000",
      "0x40000000_0x80000000",
      "0x80000000_0xc0000000",
      "0xc0000000_0xffffffff",
    ]);
    expect(initialBundles(1).map(formatBundle)).toEqual(["0x00000000_0xffffffff"]);
    expect(initialBundles(BUNDLE_COUNT_MAX)).toHaveLength(BUNDLE_COUNT_MAX);
    for (const bad of [0, -1, 1.5, BUNDLE_COUNT_MAX + 1, Number.NaN]) {
      expect(() => initialBundles(bad)).toThrow(InvalidArgumentError);
    }
  });

  it("broker - bundle names parse back; malformed ones are INVALID_ARGUMENT", () => {
    expect(parseBundle("0xf0000000_0xffffffff")).toEqual({ lower: 0xf0000000, upper: HASH_SPACE });
    expect(parseBundle("0x0000000A_0x0000000B")).toEqual({ lower: 10, upper: 11 });
    for (const bad of [
      "",
      "0x0_0x1",
      "00000000_10000000",
      "0x10000000_0x10000000",
      "0x20000000_0x10000000",
      "0xg0000000_0x10000000",
      " 0x00000000_0x10000000",
    ]) {
      expect(() => parseBundle(bad)).toThrow(InvalidArgumentError);
    }
    fc.assert(
      fc.property(bundlesArb, (bundles) => {
        for (const b of bundles) expect(parseBundle(formatBundle(b))).toEqual(b);
      }),
    );
  });

  it("broker - bundles cover the hash space without gaps or overlaps, also after splits", () => {
    fc.assert(
      fc.property(bundlesArb, (bundles) => {
        expect(bundlesProblems(bundles)).toEqual([]);
        let covered = 0;
        for (const b of bundles) covered += b.upper - b.lower;
        expect(covered).toBe(HASH_SPACE);
      }),
    );
  });

  it("broker - every hash falls in exactly one bundle, the one the lookup finds", () => {
    fc.assert(
      fc.property(bundlesArb, fc.array(hashArb, { maxLength: 20 }), (bundles, hashes) => {
        const edges = bundles.flatMap((b) => [b.lower, b.upper - 1]);
        for (const hash of [...hashes, ...edges, 0, HASH_MAX]) {
          const holders = bundles.filter((b) => bundleContains(b, hash));
          expect(holders).toHaveLength(1);
          expect(bundles[bundleIndexForHash(bundles, hash)]).toBe(holders[0]);
        }
      }),
    );
  });

  it("broker - a topic's bundle is chosen by the murmur3 hash of its full name", () => {
    const bundles = initialBundles(16);
    const name = "persistent://public/default/orders";
    const hash = topicHash(name);
    expect(hash).toBe(murmur3x86_32(utf8(name), 0));
    expect(bundleContains(bundleFor(bundles, name), hash)).toBe(true);
    // Same name, same bundle: deterministic across calls and processes.
    expect(bundleFor(bundles, name)).toBe(bundleFor(bundles, name));
  });

  it("broker - splitting halves a bundle; errors for unknown, too small and too many", () => {
    const bundles = initialBundles(16);
    const split = splitBundle(bundles, "0xf0000000_0xffffffff");
    expect(split.map(formatBundle).slice(-2)).toEqual(["0xf0000000_0xf8000000", "0xf8000000_0xffffffff"]);
    expect(split).toHaveLength(17);
    expect(() => splitBundle(bundles, "0x00000000_0x08000000")).toThrow(NotFoundError);
    expect(() => splitBundle(bundles, "nope")).toThrow(InvalidArgumentError);
    expect(() => splitRange({ lower: 5, upper: 6 })).toThrow("too small to split");
    expect(() => splitRange({ lower: HASH_MAX - 1, upper: HASH_SPACE })).toThrow(InvalidArgumentError);
    expect(splitRange({ lower: HASH_MAX - 2, upper: HASH_SPACE })).toEqual([
      { lower: HASH_MAX - 2, upper: HASH_MAX - 1 },
      { lower: HASH_MAX - 1, upper: HASH_SPACE },
    ]);
    const full = initialBundles(BUNDLE_COUNT_MAX);
    let error: unknown;
    try {
      splitBundle(full, formatBundle(full[0] as BundleRange));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MagnetarError);
    expect((error as MagnetarError).code).toBe("RESOURCE_EXHAUSTED");
  });

  it("broker - invalid bundle lists from outside are INVALID_ARGUMENT listing the problems", () => {
    expect(() => validateBundles([])).toThrow(InvalidArgumentError);
    expect(() =>
      validateBundles([
        { lower: 0, upper: 10 },
        { lower: 11, upper: HASH_SPACE },
      ]),
    ).toThrow("bundle 1 must start where bundle 0 ends (0x0000000a)");
    expect(() => validateBundles([{ lower: 1, upper: HASH_SPACE }])).toThrow("must start at 0x00000000");
    expect(() => validateBundles([{ lower: 0, upper: HASH_MAX }])).toThrow("must end at 0xffffffff");
    expect(() => validateBundles(initialBundles(3))).not.toThrow();
  });
});
