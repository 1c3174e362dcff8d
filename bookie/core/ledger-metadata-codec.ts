/**
 * JSON encoding of `/ledgers/<ledgerId>` values. Checked twice (Tiger Style): `encode` asserts the
 * value is valid before it is written (an invalid value is a bug), `decode` validates everything it
 * reads and throws InvalidArgumentError naming the ledger key's problem (stored data is input).
 *
 * Layout (one JSON object, no other keys allowed):
 * `{formatVersion: 1, ledgerId, ensembleSize, writeQuorum, ackQuorum, state, lastEntryId,
 *   lengthBytes, segments: [{firstEntryId, bookies}], createdAtMs, password?: base64,
 *   customMetadata?: {k: v}}`
 */
import { Buffer } from "node:buffer";
import { InvalidArgumentError, invariant } from "../../common/errors.js";
import {
  LEDGER_METADATA_FORMAT_VERSION,
  LEDGER_STATES,
  type LedgerMetadata,
  type LedgerSegment,
  type LedgerState,
  ledgerMetadataProblems,
  SEGMENTS_MAX,
} from "./ledger-metadata.js";

/** Bytes of an encoded value accepted by decode (E <= 64 ids, <= 1024 segments fit well below). */
export const LEDGER_METADATA_BYTES_MAX = 8 * 1024 * 1024;

const REQUIRED_KEYS = [
  "formatVersion",
  "ledgerId",
  "ensembleSize",
  "writeQuorum",
  "ackQuorum",
  "state",
  "lastEntryId",
  "lengthBytes",
  "segments",
  "createdAtMs",
] as const;
const OPTIONAL_KEYS = ["password", "customMetadata"] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([...REQUIRED_KEYS, ...OPTIONAL_KEYS]);

/** Encodes valid metadata; an invalid value is a bug (InvariantViolation), never written. */
export function encodeLedgerMetadata(md: LedgerMetadata): Buffer {
  const problems = ledgerMetadataProblems(md);
  invariant(problems.length === 0, `encoding invalid ledger metadata: ${problems.join("; ")}`);
  const json: Record<string, unknown> = {
    formatVersion: LEDGER_METADATA_FORMAT_VERSION,
    ledgerId: md.ledgerId,
    ensembleSize: md.ensembleSize,
    writeQuorum: md.writeQuorum,
    ackQuorum: md.ackQuorum,
    state: md.state,
    lastEntryId: md.lastEntryId,
    lengthBytes: md.lengthBytes,
    segments: md.segments.map((s) => ({ firstEntryId: s.firstEntryId, bookies: [...s.bookies] })),
    createdAtMs: md.createdAtMs,
  };
  if (md.password !== undefined) json.password = Buffer.from(md.password).toString("base64");
  if (md.customMetadata !== undefined) json.customMetadata = { ...md.customMetadata };
  return Buffer.from(JSON.stringify(json), "utf8");
}

/** Decodes and validates; throws InvalidArgumentError ("ledger metadata: ...") on anything malformed. */
export function decodeLedgerMetadata(data: Uint8Array): LedgerMetadata {
  if (data.length > LEDGER_METADATA_BYTES_MAX)
    fail(`${data.length} bytes exceed ${LEDGER_METADATA_BYTES_MAX}`);
  const obj = parseObject(data);
  for (const key of Object.keys(obj)) if (!KNOWN_KEYS.has(key)) fail(`unknown field ${JSON.stringify(key)}`);
  for (const key of REQUIRED_KEYS) if (!(key in obj)) fail(`missing field ${key}`);
  if (obj.formatVersion !== LEDGER_METADATA_FORMAT_VERSION) {
    fail(`formatVersion ${JSON.stringify(obj.formatVersion)} is not ${LEDGER_METADATA_FORMAT_VERSION}`);
  }
  const md: LedgerMetadata = {
    ledgerId: integer(obj, "ledgerId"),
    ensembleSize: integer(obj, "ensembleSize"),
    writeQuorum: integer(obj, "writeQuorum"),
    ackQuorum: integer(obj, "ackQuorum"),
    state: state(obj.state),
    lastEntryId: integer(obj, "lastEntryId"),
    lengthBytes: integer(obj, "lengthBytes"),
    segments: segments(obj.segments),
    createdAtMs: integer(obj, "createdAtMs"),
    ...(obj.password === undefined ? {} : { password: password(obj.password) }),
    ...(obj.customMetadata === undefined ? {} : { customMetadata: customMetadata(obj.customMetadata) }),
  };
  const problems = ledgerMetadataProblems(md);
  if (problems.length > 0) fail(`ledger ${md.ledgerId}: ${problems.join("; ")}`);
  return md;
}

function fail(problem: string): never {
  throw new InvalidArgumentError(`ledger metadata: ${problem}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseObject(data: Uint8Array): Record<string, unknown> {
  let parsed: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(data);
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InvalidArgumentError(`ledger metadata: not UTF-8 JSON (${String(e)})`, { cause: e });
  }
  if (!isRecord(parsed)) fail("not a JSON object");
  return parsed;
}

function integer(obj: Record<string, unknown>, key: string): number {
  const v = obj[key];
  if (typeof v !== "number" || !Number.isSafeInteger(v))
    fail(`${key} must be an integer, got ${JSON.stringify(v)}`);
  return v;
}

function state(v: unknown): LedgerState {
  const found = LEDGER_STATES.find((s) => s === v);
  if (found === undefined) fail(`state must be one of ${LEDGER_STATES.join("|")}, got ${JSON.stringify(v)}`);
  return found;
}

function segments(v: unknown): LedgerSegment[] {
  if (!Array.isArray(v)) fail("segments must be an array");
  const list: readonly unknown[] = v;
  if (list.length > SEGMENTS_MAX) fail(`at most ${SEGMENTS_MAX} segments, got ${list.length}`);
  return list.map((s, i) => {
    if (!isRecord(s)) fail(`segment ${i} must be an object`);
    const extra = Object.keys(s).find((k) => k !== "firstEntryId" && k !== "bookies");
    if (extra !== undefined) fail(`segment ${i}: unknown field ${JSON.stringify(extra)}`);
    return { firstEntryId: integer(s, "firstEntryId"), bookies: strings(s.bookies, `segment ${i}: bookies`) };
  });
}

function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v)) fail(`${what} must be an array of strings`);
  const list: readonly unknown[] = v;
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== "string") fail(`${what} must be an array of strings`);
    out.push(item);
  }
  return out;
}

function password(v: unknown): Uint8Array {
  if (typeof v !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
    fail("password must be a base64 string");
  }
  return new Uint8Array(Buffer.from(v, "base64"));
}

function customMetadata(v: unknown): Record<string, string> {
  if (!isRecord(v)) fail("customMetadata must be an object of strings");
  const entries: [string, string][] = [];
  for (const [k, value] of Object.entries(v)) {
    if (typeof value !== "string") fail(`customMetadata ${JSON.stringify(k)} must be a string`);
    entries.push([k, value]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays data, never a prototype.
  return Object.fromEntries(entries);
}
