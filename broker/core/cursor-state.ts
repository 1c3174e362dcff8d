/**
 * The persisted form of a durable cursor (`/cursors/<topic>/<subscription>`), JSON-friendly, and
 * its decoder. Encoding asserts validity (a bad state is our bug); decoding validates input from
 * the metadata store and throws InvalidArgumentError naming the broken field (corrupt or foreign
 * data must not crash the broker or be half-applied).
 */
import { InvalidArgumentError } from "../../common/errors.js";
import type { Position } from "./message-id.js";
import type { EntryRange } from "./range-set.js";

/** Most individually acknowledged ranges persisted; beyond them Pulsar-style truncation applies. */
export const ACKED_RANGES_PERSISTED_MAX = 10_000;
/** Most partially acknowledged batch entries persisted. */
export const BATCH_ACKS_PERSISTED_MAX = 10_000;
/** Largest batch (messages in one entry) whose per-message acks a cursor tracks. */
export const BATCH_SIZE_MAX = 100_000;

/** Acked message indexes of one entry of which some, but not all, messages are acked. */
export interface BatchAck {
  readonly ledgerId: number;
  readonly entryId: number;
  readonly batchSize: number;
  /** Bit i of word i>>5 (little-endian within the 32-bit unsigned word) is message i. */
  readonly ackedWords: readonly number[];
}

export interface CursorState {
  /** Every entry at or before it is acked; entryId -1 means "before entry 0 of that ledger". */
  readonly markDelete: Position;
  /** Individually acked entries after markDelete (the first ACKED_RANGES_PERSISTED_MAX ranges). */
  readonly ranges: readonly EntryRange[];
  /** Partially acked entries after markDelete, sorted (the first BATCH_ACKS_PERSISTED_MAX). */
  readonly batchAcks: readonly BatchAck[];
}

export function wordsFor(batchSize: number): number {
  return Math.ceil(batchSize / 32);
}

type Fields = Record<string, unknown>;

function fail(path: string, reason: string): InstanceType<typeof InvalidArgumentError> {
  return new InvalidArgumentError(`invalid cursor state: ${path} ${reason}`);
}

function record(value: unknown, path: string): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw fail(path, "must be an object");
  return value as Fields;
}

function integer(
  fields: Fields,
  key: string,
  path: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = fields[key];
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max)
    throw fail(`${path}.${key}`, `must be an integer ${min}..${max}`);
  return value;
}

function array(value: unknown, path: string, lengthMax: number): readonly unknown[] {
  if (!Array.isArray(value)) throw fail(path, "must be an array");
  if (value.length > lengthMax) throw fail(path, `has more than ${lengthMax} items`);
  return value;
}

function decodeBatchAck(value: unknown, path: string): BatchAck {
  const f = record(value, path);
  const batchSize = integer(f, "batchSize", path, 2, BATCH_SIZE_MAX);
  const words = array(f.ackedWords, `${path}.ackedWords`, wordsFor(batchSize));
  if (words.length !== wordsFor(batchSize))
    throw fail(`${path}.ackedWords`, `must have ${wordsFor(batchSize)} words`);
  const ackedWords = words.map((w, i) => integer({ w }, "w", `${path}.ackedWords[${i}]`, 0, 0xffffffff));
  return {
    ledgerId: integer(f, "ledgerId", path, 0),
    entryId: integer(f, "entryId", path, 0),
    batchSize,
    ackedWords,
  };
}

/**
 * Decodes a stored cursor state (e.g. from JSON.parse). Checks shapes and ranges of numbers; the
 * cursor checks the relations (ranges sorted and after markDelete, positions in the topic).
 */
export function decodeCursorState(value: unknown): CursorState {
  const f = record(value, "state");
  const md = record(f.markDelete, "markDelete");
  const markDelete = {
    ledgerId: integer(md, "ledgerId", "markDelete", 0),
    entryId: integer(md, "entryId", "markDelete", -1),
  };
  const ranges = array(f.ranges, "ranges", ACKED_RANGES_PERSISTED_MAX).map((r, i) => {
    const rf = record(r, `ranges[${i}]`);
    return {
      ledgerId: integer(rf, "ledgerId", `ranges[${i}]`, 0),
      firstEntryId: integer(rf, "firstEntryId", `ranges[${i}]`, 0),
      lastEntryId: integer(rf, "lastEntryId", `ranges[${i}]`, 0),
    };
  });
  const batchAcks = array(f.batchAcks, "batchAcks", BATCH_ACKS_PERSISTED_MAX).map((b, i) =>
    decodeBatchAck(b, `batchAcks[${i}]`),
  );
  return { markDelete, ranges, batchAcks };
}
