/**
 * How the bookie lays out its LevelDB keyspace, and the byte format of what it stores. Pure: no
 * disk here, so the encoders and decoders can be tested on their own.
 *
 * Keys (binary, big-endian, fixed width, so LevelDB's byte order is (ledgerId, entryId) order):
 *   "c"                          cookie: the bookie id that owns the directory (JSON)
 *   "e" u64 ledgerId u64 entryId  one entry (EntryRecord)
 *   "l" u64 ledgerId              the ledger's record: master key, fenced flag, LAC (LedgerRecord)
 *
 * Every ledger that has entries has a ledger record: each synced batch that writes an entry of a
 * ledger also writes (or, for a delete, removes) that ledger's record. Entries without a ledger
 * record are therefore the remains of a delete interrupted by a crash.
 *
 * Entry value: [u8 format][u32 crc32c(body)][u64 ledgerLength][u32 crc32c(bytes 0..12)][body].
 * The body's CRC32C is the writer's, verified before the write and again after every read; the
 * header has its own CRC so a flipped bit in ledgerLength is caught too.
 *
 * Ledger value: [u8 format][u8 flags][u64 lastAddConfirmed + 1][u8 key length][key][u32 crc32c].
 */

import { crc32c } from "../../common/crc32c.js";
import { invariant } from "../../common/errors.js";

export const ENTRY_PREFIX = 0x65; // "e"
export const LEDGER_PREFIX = 0x6c; // "l"
/** A deleted ledger: refuses every later add, so a zombie writer cannot re-create it. */
export const TOMBSTONE_PREFIX = 0x74; // "t"
export const COOKIE_KEY = Buffer.from("c", "latin1");
/**
 * Where the last batch's bodies went in the entry log (file, first and end offset), written with
 * every batch: after a crash only that range can be half written (see EntryStore.load).
 */
export const LAST_BATCH_KEY = Buffer.from("b", "latin1");
/**
 * Where the entry log is read again from at open (file, offset; the LAST_BATCH format with an empty
 * range): every index write for the records before it is durable. See EntryStore.replayLog.
 */
export const REPLAY_FROM_KEY = Buffer.from("r", "latin1");

export function encodeLastBatch(fileId: number, offset: number, end: number): Buffer {
  const value = Buffer.allocUnsafe(20);
  value.writeUInt32BE(fileId, 0);
  writeU64(value, offset, 4);
  writeU64(value, end, 12);
  return value;
}

export function decodeLastBatch(value: Buffer): { fileId: number; offset: number; end: number } | null {
  if (value.length !== 20) return null;
  return { fileId: value.readUInt32BE(0), offset: readU64(value, 4), end: readU64(value, 12) };
}

const FORMAT_V1 = 1;
const ENTRY_HEADER_BYTES = 17;
const FLAG_FENCED = 0x01;
const FLAG_MASTER_KEY = 0x02;
const TWO_POW_32 = 2 ** 32;

/** The largest master key the protocol allows (bookie.proto AddEntryRequest.master_key). */
export const MASTER_KEY_BYTES_MAX = 64;

function writeU64(buf: Buffer, value: number, offset: number): void {
  invariant(Number.isSafeInteger(value), `u64 ${value} is not a safe integer`);
  invariant(value >= 0, `u64 ${value} is negative`);
  buf.writeUInt32BE(Math.floor(value / TWO_POW_32), offset);
  buf.writeUInt32BE(value % TWO_POW_32, offset + 4);
}

function readU64(buf: Buffer, offset: number): number {
  return buf.readUInt32BE(offset) * TWO_POW_32 + buf.readUInt32BE(offset + 4);
}

export function entryKey(ledgerId: number, entryId: number): Buffer {
  const key = Buffer.allocUnsafe(17);
  key[0] = ENTRY_PREFIX;
  writeU64(key, ledgerId, 1);
  writeU64(key, entryId, 9);
  return key;
}

/** The first key after every entry of `ledgerId` (exclusive upper bound of its range). */
export function entryKeyAfterLedger(ledgerId: number): Buffer {
  return entryKey(ledgerId + 1, 0);
}

export function decodeEntryKey(key: Buffer): { ledgerId: number; entryId: number } {
  invariant(key.length === 17, `entry key has ${key.length} bytes, expected 17`);
  invariant(key[0] === ENTRY_PREFIX, `entry key starts with ${key[0]}`);
  return { ledgerId: readU64(key, 1), entryId: readU64(key, 9) };
}

export function ledgerKey(ledgerId: number): Buffer {
  const key = Buffer.allocUnsafe(9);
  key[0] = LEDGER_PREFIX;
  writeU64(key, ledgerId, 1);
  return key;
}

export function decodeLedgerKey(key: Buffer): number {
  invariant(key.length === 9, `ledger key has ${key.length} bytes, expected 9`);
  invariant(key[0] === LEDGER_PREFIX, `ledger key starts with ${key[0]}`);
  return readU64(key, 1);
}

export function tombstoneKey(ledgerId: number): Buffer {
  const key = Buffer.allocUnsafe(9);
  key[0] = TOMBSTONE_PREFIX;
  writeU64(key, ledgerId, 1);
  return key;
}

export function decodeTombstoneKey(key: Buffer): number {
  invariant(key.length === 9, `tombstone key has ${key.length} bytes, expected 9`);
  invariant(key[0] === TOMBSTONE_PREFIX, `tombstone key starts with ${key[0]}`);
  return readU64(key, 1);
}

/** Bounds for iterating every key with one prefix. */
export function prefixRange(prefix: number): { gte: Buffer; lt: Buffer } {
  return { gte: Buffer.from([prefix]), lt: Buffer.from([prefix + 1]) };
}

export interface EntryRecord {
  readonly body: Buffer;
  /** CRC32C of body, as the writer computed it. */
  readonly crc32c: number;
  /** The writer's ledger length after this entry (0 = not tracked). */
  readonly ledgerLength: number;
}

/** What an entry log record names besides its body: which entry it is, and the writer's LAC. */
export interface LoggedEntry extends EntryRecord {
  readonly ledgerId: number;
  readonly entryId: number;
  /** The LAC the writer piggybacked on this add, >= -1. */
  readonly lastAddConfirmed: number;
}

const FORMAT_V2 = 2;
/** format, crc32c, ledger length, ledger id, entry id, LAC + 1, body length, header CRC. */
export const LOG_HEADER_BYTES = 45;

/**
 * The header that goes in front of an entry's body in the entry log (stored as header then body,
 * which is what decodeEntry reads); kept apart so the body is written as it arrived, without a
 * copy. It names the entry and its body's length, so the log alone can rebuild the index (see
 * EntryStore: the index is not synced with every batch).
 */
export function encodeEntryHeader(entry: LoggedEntry): Buffer {
  invariant(entry.crc32c >>> 0 === entry.crc32c, `crc32c ${entry.crc32c} is not a u32`);
  invariant(entry.lastAddConfirmed >= -1, `last add confirmed ${entry.lastAddConfirmed} < -1`);
  const header = Buffer.allocUnsafe(LOG_HEADER_BYTES);
  header[0] = FORMAT_V2;
  header.writeUInt32BE(entry.crc32c, 1);
  writeU64(header, entry.ledgerLength, 5);
  writeU64(header, entry.ledgerId, 13);
  writeU64(header, entry.entryId, 21);
  writeU64(header, entry.lastAddConfirmed + 1, 29);
  header.writeUInt32BE(entry.body.length, 37);
  header.writeUInt32BE(crc32c(header.subarray(0, 41)), 41);
  return header;
}

export type DecodedLogHeader =
  | {
      readonly ok: true;
      readonly ledgerId: number;
      readonly entryId: number;
      readonly lastAddConfirmed: number;
      readonly bodyLength: number;
    }
  | { readonly ok: false; readonly problem: string };

/** Reads an entry log record's header (the first LOG_HEADER_BYTES of it), checking its CRC. */
export function decodeLogHeader(header: Buffer): DecodedLogHeader {
  if (header.length < LOG_HEADER_BYTES) return { ok: false, problem: `truncated to ${header.length} bytes` };
  if (header[0] !== FORMAT_V2) return { ok: false, problem: `format ${header[0]} names no entry` };
  if (crc32c(header.subarray(0, 41)) !== header.readUInt32BE(41)) {
    return { ok: false, problem: "header fails its CRC32C" };
  }
  return {
    ok: true,
    ledgerId: readU64(header, 13),
    entryId: readU64(header, 21),
    lastAddConfirmed: readU64(header, 29) - 1,
    bodyLength: header.readUInt32BE(37),
  };
}

/** An entry in one buffer: the inline value format of versions before the entry logs (tests write it). */
export function encodeEntry(entry: EntryRecord): Buffer {
  invariant(entry.crc32c >>> 0 === entry.crc32c, `crc32c ${entry.crc32c} is not a u32`);
  const header = Buffer.allocUnsafe(ENTRY_HEADER_BYTES);
  header[0] = FORMAT_V1;
  header.writeUInt32BE(entry.crc32c, 1);
  writeU64(header, entry.ledgerLength, 5);
  header.writeUInt32BE(crc32c(header.subarray(0, 13)), 13);
  return Buffer.concat([header, entry.body]);
}

export type DecodedEntry =
  | { readonly ok: true; readonly entry: EntryRecord }
  | { readonly ok: false; readonly problem: string };

/**
 * Decodes a stored entry (a log record, or a value stored inline by earlier versions, or a log
 * record of the format before the ids were in it) and checks both CRCs (the second check);
 * corruption is a value, not a throw.
 */
export function decodeEntry(value: Buffer): DecodedEntry {
  let headerBytes = ENTRY_HEADER_BYTES;
  if (value[0] === FORMAT_V2) {
    const h = decodeLogHeader(value);
    if (!h.ok) return h;
    if (value.length - LOG_HEADER_BYTES !== h.bodyLength)
      return { ok: false, problem: `body of ${value.length - LOG_HEADER_BYTES} of ${h.bodyLength} bytes` };
    headerBytes = LOG_HEADER_BYTES;
  } else {
    if (value.length < ENTRY_HEADER_BYTES)
      return { ok: false, problem: `truncated to ${value.length} bytes` };
    if (value[0] !== FORMAT_V1) return { ok: false, problem: `unknown format ${value[0]}` };
    if (crc32c(value.subarray(0, 13)) !== value.readUInt32BE(13)) {
      return { ok: false, problem: "header fails its CRC32C" };
    }
  }
  // Both formats keep the body's CRC at 1 and the ledger length at 5.
  const body = value.subarray(headerBytes);
  const stored = value.readUInt32BE(1);
  if (crc32c(body) !== stored) return { ok: false, problem: "body fails its CRC32C" };
  return { ok: true, entry: { body, crc32c: stored, ledgerLength: readU64(value, 5) } };
}

export interface LedgerRecord {
  /** null: unknown (never happens for records this version writes with an add or a fence). */
  readonly masterKey: Buffer | null;
  readonly fenced: boolean;
  /** -1 = none seen. */
  readonly lastAddConfirmed: number;
}

export function encodeLedger(record: LedgerRecord): Buffer {
  const keyBytes = record.masterKey?.length ?? 0;
  invariant(keyBytes <= MASTER_KEY_BYTES_MAX, `master key of ${keyBytes} bytes`);
  invariant(record.lastAddConfirmed >= -1, `last add confirmed ${record.lastAddConfirmed} < -1`);
  const value = Buffer.allocUnsafe(11 + keyBytes + 4);
  value[0] = FORMAT_V1;
  value[1] = (record.fenced ? FLAG_FENCED : 0) | (record.masterKey ? FLAG_MASTER_KEY : 0);
  writeU64(value, record.lastAddConfirmed + 1, 2);
  value[10] = keyBytes;
  record.masterKey?.copy(value, 11);
  value.writeUInt32BE(crc32c(value.subarray(0, 11 + keyBytes)), 11 + keyBytes);
  return value;
}

export type DecodedLedger =
  | { readonly ok: true; readonly record: LedgerRecord }
  | { readonly ok: false; readonly problem: string };

export function decodeLedger(value: Buffer): DecodedLedger {
  if (value.length < 15) return { ok: false, problem: `truncated to ${value.length} bytes` };
  if (value[0] !== FORMAT_V1) return { ok: false, problem: `unknown format ${value[0]}` };
  const keyBytes = value[10] ?? 0;
  if (value.length !== 15 + keyBytes)
    return { ok: false, problem: `length ${value.length} for a ${keyBytes}-byte key` };
  if (crc32c(value.subarray(0, 11 + keyBytes)) !== value.readUInt32BE(11 + keyBytes)) {
    return { ok: false, problem: "fails its CRC32C" };
  }
  const flags = value[1] ?? 0;
  return {
    ok: true,
    record: {
      masterKey: flags & FLAG_MASTER_KEY ? Buffer.from(value.subarray(11, 11 + keyBytes)) : null,
      fenced: (flags & FLAG_FENCED) !== 0,
      lastAddConfirmed: readU64(value, 2) - 1,
    },
  };
}

/**
 * Where an entry's bytes are: entry keys' values are pointers into the entry logs (entry-log.ts);
 * values in FORMAT_V1 are entries stored inline by earlier versions, and are read as before.
 */
const POINTER_FORMAT = 0xe1;
const POINTER_BYTES = 21;

export interface LogPointer {
  readonly fileId: number;
  readonly offset: number;
  readonly length: number;
}

export function encodePointer(p: LogPointer): Buffer {
  const value = Buffer.allocUnsafe(POINTER_BYTES);
  value[0] = POINTER_FORMAT;
  value.writeUInt32BE(p.fileId, 1);
  writeU64(value, p.offset, 5);
  value.writeUInt32BE(p.length, 13);
  value.writeUInt32BE(crc32c(value.subarray(0, 17)), 17);
  return value;
}

export type DecodedValue =
  | { readonly kind: "pointer"; readonly pointer: LogPointer }
  | { readonly kind: "inline" }
  | { readonly kind: "corrupt"; readonly problem: string };

/** What an entry key's value is: a pointer into the entry logs, or an entry stored inline. */
export function decodeEntryValue(value: Buffer): DecodedValue {
  if (value[0] !== POINTER_FORMAT) return { kind: "inline" };
  if (value.length !== POINTER_BYTES) return { kind: "corrupt", problem: `pointer of ${value.length} bytes` };
  if (crc32c(value.subarray(0, 17)) !== value.readUInt32BE(17))
    return { kind: "corrupt", problem: "pointer fails its CRC32C" };
  return {
    kind: "pointer",
    pointer: { fileId: value.readUInt32BE(1), offset: readU64(value, 5), length: value.readUInt32BE(13) },
  };
}
