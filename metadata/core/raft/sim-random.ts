/** Seeded randomness for the simulation; nothing here reads a clock or Math.random. */

/** mulberry32: a tiny, fast, seedable 32-bit PRNG (good enough for schedules). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly source: () => number;

  constructor(seed: number) {
    this.source = mulberry32(seed);
  }

  next(): number {
    return this.source();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.source() * n);
  }

  chance(p: number): boolean {
    return this.source() < p;
  }

  pick<T>(xs: readonly T[]): T {
    const x = xs[this.int(xs.length)];
    if (x === undefined) throw new Error("rng: pick from an empty list");
    return x;
  }
}
