/**
 * MurmurHash3 x86 32-bit (Austin Appleby's `MurmurHash3_x86_32`), the hash Pulsar uses for bundles,
 * Key_Shared and key-to-partition routing: brokers and clients share this one copy. Bytes are read
 * as little-endian 32-bit blocks; the result is an unsigned 32-bit integer. Pure; tested against
 * the reference implementation's known vectors.
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function rotl32(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixK1(input: number): number {
  return Math.imul(rotl32(Math.imul(input, C1), 15), C2);
}

export function murmur3x86_32(bytes: Uint8Array, seed = 0): number {
  let h1 = seed >>> 0;
  const blocks = bytes.length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const at = i * 4;
    const k1 =
      (bytes[at] ?? 0) |
      ((bytes[at + 1] ?? 0) << 8) |
      ((bytes[at + 2] ?? 0) << 16) |
      ((bytes[at + 3] ?? 0) << 24);
    h1 ^= mixK1(k1);
    h1 = rotl32(h1, 13);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  }
  const tail = blocks * 4;
  const remainder = bytes.length & 3;
  if (remainder > 0) {
    let k1 = 0;
    if (remainder === 3) k1 ^= (bytes[tail + 2] ?? 0) << 16;
    if (remainder >= 2) k1 ^= (bytes[tail + 1] ?? 0) << 8;
    k1 ^= bytes[tail] ?? 0;
    h1 ^= mixK1(k1);
  }
  h1 ^= bytes.length;
  return fmix32(h1);
}
