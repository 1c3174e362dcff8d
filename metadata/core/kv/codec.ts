/**
 * A minimal binary writer and reader for snapshots: unsigned LEB128 varints for integers (any
 * safe integer, up to 2^53 - 1), length-prefixed bytes, length-prefixed UTF-8 strings. The reader
 * throws InvalidArgumentError on truncated or malformed input, never reads past the end.
 */
import { InvalidArgumentError } from "../../../common/errors.js";

const utf8Encoder = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF, which is part of the string, not a byte-order mark.
const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A varint of a safe integer takes at most 8 bytes (7 bits each, 56 >= 53). */
const VARINT_BYTES_MAX = 8;

export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  u8(n: number): void {
    this.reserve(1);
    this.buffer[this.length++] = n & 0xff;
  }

  bool(flag: boolean): void {
    this.u8(flag ? 1 : 0);
  }

  /** A non-negative safe integer. */
  uint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`codec: ${n} is not a non-negative integer`);
    this.reserve(VARINT_BYTES_MAX);
    let rest = n;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(data: Uint8Array): void {
    this.uint(data.length);
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  string(text: string): void {
    this.bytes(utf8Encoder.encode(text));
  }

  /** Appends bytes as they are, without a length. */
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far (a copy sized exactly). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

export class ByteReader {
  private position = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly what: string,
  ) {}

  get remaining(): number {
    return this.data.length - this.position;
  }

  u8(): number {
    if (this.position >= this.data.length) this.fail("truncated");
    return this.data[this.position++] as number;
  }

  bool(): boolean {
    const byte = this.u8();
    if (byte > 1) this.fail(`expected a boolean, found byte ${byte}`);
    return byte === 1;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < VARINT_BYTES_MAX; i++) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (!Number.isSafeInteger(value)) this.fail("integer out of the safe range");
        return value;
      }
      scale *= 0x80;
    }
    return this.fail("integer longer than 8 bytes");
  }

  /** A count of items that each take at least one byte: cannot exceed what is left. */
  count(): number {
    const n = this.uint();
    if (n > this.remaining) this.fail(`count ${n} exceeds the ${this.remaining} bytes left`);
    return n;
  }

  bytes(): Uint8Array {
    const length = this.uint();
    if (length > this.remaining) this.fail(`length ${length} exceeds the ${this.remaining} bytes left`);
    const out = this.data.slice(this.position, this.position + length);
    this.position += length;
    return out;
  }

  string(): string {
    const raw = this.bytes();
    try {
      return utf8Decoder.decode(raw);
    } catch {
      return this.fail("invalid UTF-8 in a string");
    }
  }

  /** Fails unless every byte was consumed. */
  end(): void {
    if (this.remaining !== 0) this.fail(`${this.remaining} trailing bytes`);
  }

  fail(reason: string): never {
    throw new InvalidArgumentError(`${this.what} is malformed at byte ${this.position}: ${reason}`);
  }
}
