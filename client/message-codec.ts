/**
 * The client's per-message wire work, written out by hand: encoding one `SingleMessage` when it is
 * sent, and decoding the `SingleMessage`s of a `MessageBatch` when they are received.
 *
 * Why not protobufjs, which does everything else: these two run once per message, and at 100,000+
 * messages a second protobufjs's generic path allocated about 1.5 KiB of short-lived objects per
 * message (a Writer operation per field, LongBits and Long objects for every int64, a Message
 * instance per decode). Those allocations drove the client's young-generation collections, which
 * took a fifth of a busy client's main thread. This is what Pulsar's LightProto does for Java. The
 * format is the one messaging.proto defines; the tests check both directions against protobufjs.
 */
import { InvalidArgumentError, type MagnetarError } from "../common/errors.js";

/** One message to encode. Absent, empty and zero fields are left out (proto3's defaults). */
export interface SingleMessageFields {
  readonly payload?: Uint8Array | undefined;
  /** Encoded even when empty: `optional`, so "" is a key and absent is none. */
  readonly key?: string | undefined;
  /** Encoded even when empty (`optional`). */
  readonly orderingKey?: Uint8Array | undefined;
  readonly properties?: Readonly<Record<string, string>> | undefined;
  readonly eventTimeMs?: number | undefined;
  readonly deliverAtTimeMs?: number | undefined;
  readonly sequenceId?: number | undefined;
  readonly nullValue?: boolean | undefined;
  readonly traceContext?: Readonly<Record<string, string>> | undefined;
}

/** The fields of one received message. */
export interface ReceivedSingle {
  readonly payload: Buffer;
  readonly key: string | undefined;
  readonly orderingKey: Buffer | undefined;
  readonly properties: Readonly<Record<string, string>>;
  readonly eventTimeMs: number;
  readonly sequenceId: number;
  readonly nullValue: boolean;
  readonly traceContext: Readonly<Record<string, string>>;
}

// Tags: field number << 3 | wire type (0 varint, 2 length-delimited).
const TAG_PAYLOAD = 0x0a;
const TAG_KEY = 0x12;
const TAG_ORDERING_KEY = 0x1a;
const TAG_PROPERTIES = 0x22;
const TAG_EVENT_TIME = 0x28;
const TAG_DELIVER_AT = 0x30;
const TAG_SEQUENCE_ID = 0x38;
const TAG_NULL_VALUE = 0x40;
const TAG_TRACE_CONTEXT = 0x4a;
const TAG_MAP_KEY = 0x0a;
const TAG_MAP_VALUE = 0x12;
const TAG_BATCH_MESSAGE = 0x0a;

const TWO_32 = 4294967296;

/** Bytes of a non-negative varint below 2^53. */
export function varintSize(n: number): number {
  let size = 1;
  let v = n;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    size++;
  }
  return size;
}

/** Writes a non-negative varint below 2^53 at `at`; returns the offset after it. */
export function writeVarint(out: Uint8Array, at: number, n: number): number {
  let v = n;
  let i = at;
  while (v >= 0x80) {
    out[i++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[i++] = v;
  return i;
}

/**
 * An int64 field's value as a varint: non-negative integers as they are, negative ones as their
 * 64-bit two's complement (10 bytes). Like protobufjs, a fraction is dropped; above 2^64 it wraps.
 */
function int64Varint(n: number, field: string): number | bigint {
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`${field} must be a finite number, got ${n}`);
  const t = Math.trunc(n);
  if (t >= 0 && t <= Number.MAX_SAFE_INTEGER) return t;
  return BigInt.asUintN(64, BigInt(t));
}

function bigVarintSize(v: bigint): number {
  let size = 1;
  let x = v;
  while (x >= 0x80n) {
    x >>= 7n;
    size++;
  }
  return size;
}

function writeBigVarint(out: Uint8Array, at: number, v: bigint): number {
  let x = v;
  let i = at;
  while (x >= 0x80n) {
    out[i++] = Number(x & 0x7fn) | 0x80;
    x >>= 7n;
  }
  out[i++] = Number(x);
  return i;
}

function int64Size(v: number | bigint): number {
  return typeof v === "number" ? varintSize(v) : bigVarintSize(v);
}

function writeInt64(out: Uint8Array, at: number, v: number | bigint): number {
  return typeof v === "number" ? writeVarint(out, at, v) : writeBigVarint(out, at, v);
}

/** Bytes of a length-delimited field with a one-byte tag and a body of `length` bytes. */
export function delimitedSize(length: number): number {
  return 1 + varintSize(length) + length;
}

/** Bytes of one map<string, string> entry's body. */
function entryBodySize(key: string, value: string): number {
  return delimitedSize(Buffer.byteLength(key)) + delimitedSize(Buffer.byteLength(value));
}

function mapSize(map: Readonly<Record<string, string>> | undefined): number {
  if (map === undefined) return 0;
  let size = 0;
  for (const k in map) size += delimitedSize(entryBodySize(k, map[k] as string));
  return size;
}

function writeString(out: Buffer, at: number, tag: number, s: string): number {
  out[at] = tag;
  const length = Buffer.byteLength(s);
  const i = writeVarint(out, at + 1, length);
  return i + out.write(s, i, length, "utf8");
}

/** Writes a length-delimited field (one-byte tag) at `at`; returns the offset after it. */
export function writeBytes(out: Uint8Array, at: number, tag: number, bytes: Uint8Array): number {
  out[at] = tag;
  const i = writeVarint(out, at + 1, bytes.byteLength);
  out.set(bytes, i);
  return i + bytes.byteLength;
}

function writeMap(out: Buffer, at: number, tag: number, map: Readonly<Record<string, string>>): number {
  let i = at;
  for (const k in map) {
    const v = map[k] as string;
    out[i] = tag;
    i = writeVarint(out, i + 1, entryBodySize(k, v));
    i = writeString(out, i, TAG_MAP_KEY, k);
    i = writeString(out, i, TAG_MAP_VALUE, v);
  }
  return i;
}

/** One message's `SingleMessage` bytes, in one buffer sized exactly. */
export function encodeSingleMessage(m: SingleMessageFields): Buffer {
  const eventTime = int64Varint(m.eventTimeMs ?? 0, "eventTimeMs");
  const deliverAt = int64Varint(m.deliverAtTimeMs ?? 0, "deliverAtMs");
  const sequenceId = int64Varint(m.sequenceId ?? 0, "sequenceId");
  let size = 0;
  if (m.payload !== undefined && m.payload.byteLength > 0) size += delimitedSize(m.payload.byteLength);
  if (m.key !== undefined) size += delimitedSize(Buffer.byteLength(m.key));
  if (m.orderingKey !== undefined) size += delimitedSize(m.orderingKey.byteLength);
  size += mapSize(m.properties);
  if (eventTime) size += 1 + int64Size(eventTime);
  if (deliverAt) size += 1 + int64Size(deliverAt);
  if (sequenceId) size += 1 + int64Size(sequenceId);
  if (m.nullValue) size += 2;
  size += mapSize(m.traceContext);

  const out = Buffer.allocUnsafe(size);
  let i = 0;
  if (m.payload !== undefined && m.payload.byteLength > 0) i = writeBytes(out, i, TAG_PAYLOAD, m.payload);
  if (m.key !== undefined) i = writeString(out, i, TAG_KEY, m.key);
  if (m.orderingKey !== undefined) i = writeBytes(out, i, TAG_ORDERING_KEY, m.orderingKey);
  if (m.properties !== undefined) i = writeMap(out, i, TAG_PROPERTIES, m.properties);
  if (eventTime) {
    out[i] = TAG_EVENT_TIME;
    i = writeInt64(out, i + 1, eventTime);
  }
  if (deliverAt) {
    out[i] = TAG_DELIVER_AT;
    i = writeInt64(out, i + 1, deliverAt);
  }
  if (sequenceId) {
    out[i] = TAG_SEQUENCE_ID;
    i = writeInt64(out, i + 1, sequenceId);
  }
  if (m.nullValue) {
    out[i++] = TAG_NULL_VALUE;
    out[i++] = 1;
  }
  if (m.traceContext !== undefined) i = writeMap(out, i, TAG_TRACE_CONTEXT, m.traceContext);
  if (i !== size) throw new Error(`SingleMessage encoded ${i} of ${size} bytes`);
  return out;
}

// ---- decoding ---------------------------------------------------------------------------------

const EMPTY: Buffer = Buffer.alloc(0);
/** Shared by every message without properties or trace context, as protobufjs does. */
const NO_ENTRIES: Readonly<Record<string, string>> = Object.freeze({});

function corrupt(what: string): MagnetarError {
  return new InvalidArgumentError(`corrupt message batch: ${what}`);
}

/** A cursor over the bytes being decoded; `end` bounds the message being read. */
class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  /** A varint of up to 32 bits (tags, lengths). */
  uint32(end: number): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= end) throw corrupt("truncated varint");
      const b = buf[this.pos++] as number;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value > 0xffffffff ? value % TWO_32 : value;
    }
    // protobuf allows 10 bytes for a 32-bit varint (negative int32s); the high bytes are dropped.
    for (let n = 5; n < 10; n++) {
      if (this.pos >= end) throw corrupt("truncated varint");
      if ((buf[this.pos++] as number) < 0x80) return value % TWO_32;
    }
    throw corrupt("varint longer than 10 bytes");
  }

  /** An int64 varint as a number: exact below 2^53, negative values as two's complement. */
  int64(end: number): number {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    for (let n = 0; n < 10; n++) {
      if (this.pos >= end) throw corrupt("truncated varint");
      const b = buf[this.pos++] as number;
      const bits = b & 0x7f;
      if (n < 4) lo += bits * 2 ** (7 * n);
      else if (n === 4) {
        lo += (bits & 0x0f) * 2 ** 28;
        hi += bits >> 4;
      } else hi += bits * 2 ** (7 * n - 32);
      if (b < 0x80) {
        hi %= TWO_32;
        return (hi >= 2 ** 31 ? hi - TWO_32 : hi) * TWO_32 + lo;
      }
    }
    throw corrupt("varint longer than 10 bytes");
  }

  /** The end offset of a length-delimited field's body. */
  delimited(end: number): number {
    const length = this.uint32(end);
    const bodyEnd = this.pos + length;
    if (bodyEnd > end) throw corrupt(`a field of ${length} bytes runs past its message`);
    return bodyEnd;
  }

  string(end: number): string {
    const bodyEnd = this.delimited(end);
    const s = this.buf.toString("utf8", this.pos, bodyEnd);
    this.pos = bodyEnd;
    return s;
  }

  bytes(end: number): Buffer {
    const bodyEnd = this.delimited(end);
    const b = this.buf.subarray(this.pos, bodyEnd);
    this.pos = bodyEnd;
    return b;
  }

  /** Skips a field this decoder does not know (protobuf readers ignore unknown fields). */
  skip(wireType: number, end: number): void {
    switch (wireType) {
      case 0:
        this.int64(end);
        return;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.pos = this.delimited(end);
        return;
      case 5:
        this.pos += 4;
        break;
      default:
        throw corrupt(`wire type ${wireType} is not allowed here`);
    }
    if (this.pos > end) throw corrupt("truncated field");
  }

  /** One map<string, string> entry into `into`. */
  entry(end: number, into: Record<string, string>): void {
    const entryEnd = this.delimited(end);
    let key = "";
    let value = "";
    while (this.pos < entryEnd) {
      const tag = this.uint32(entryEnd);
      if (tag === TAG_MAP_KEY) key = this.string(entryEnd);
      else if (tag === TAG_MAP_VALUE) value = this.string(entryEnd);
      else this.skip(tag & 7, entryEnd);
    }
    // A "__proto__" key must be an own property, not the object's prototype.
    if (key === "__proto__")
      Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
    else into[key] = value;
  }
}

function expectWireType(tag: number, wireType: number): void {
  if ((tag & 7) !== wireType) {
    throw corrupt(`field ${tag >>> 3} has wire type ${tag & 7}, expected ${wireType}`);
  }
}

function decodeSingle(r: Reader, end: number): ReceivedSingle {
  let payload: Buffer = EMPTY;
  let key: string | undefined;
  let orderingKey: Buffer | undefined;
  let properties: Record<string, string> | undefined;
  let eventTimeMs = 0;
  let sequenceId = 0;
  let nullValue = false;
  let traceContext: Record<string, string> | undefined;
  while (r.pos < end) {
    const tag = r.uint32(end);
    switch (tag >>> 3) {
      case 1:
        expectWireType(tag, 2);
        payload = r.bytes(end);
        break;
      case 2:
        expectWireType(tag, 2);
        key = r.string(end);
        break;
      case 3:
        expectWireType(tag, 2);
        orderingKey = r.bytes(end);
        break;
      case 4:
        expectWireType(tag, 2);
        properties ??= {};
        r.entry(end, properties);
        break;
      case 5:
        expectWireType(tag, 0);
        eventTimeMs = r.int64(end);
        break;
      case 7:
        expectWireType(tag, 0);
        sequenceId = r.int64(end);
        break;
      case 8:
        expectWireType(tag, 0);
        nullValue = r.int64(end) !== 0;
        break;
      case 9:
        expectWireType(tag, 2);
        traceContext ??= {};
        r.entry(end, traceContext);
        break;
      default: // 6 (deliver_at_time_ms: the broker's business) and unknown fields
        r.skip(tag & 7, end);
    }
  }
  return {
    payload,
    key,
    orderingKey,
    properties: properties ?? NO_ENTRIES,
    eventTimeMs,
    sequenceId,
    nullValue,
    traceContext: traceContext ?? NO_ENTRIES,
  };
}

/**
 * The messages of a `MessageBatch`, in order. Payloads and ordering keys are views of `raw`;
 * messages without properties or trace context share one frozen empty object. Throws
 * InvalidArgumentError on bytes that are not a MessageBatch.
 */
export function decodeMessageBatch(raw: Uint8Array): ReceivedSingle[] {
  const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const r = new Reader(buf);
  const end = buf.byteLength;
  const out: ReceivedSingle[] = [];
  while (r.pos < end) {
    const tag = r.uint32(end);
    if (tag === TAG_BATCH_MESSAGE) {
      const messageEnd = r.delimited(end);
      out.push(decodeSingle(r, messageEnd));
      r.pos = messageEnd;
    } else r.skip(tag & 7, end);
  }
  return out;
}
