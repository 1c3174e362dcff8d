/**
 * The metadata of one ledger, stored at `/ledgers/<ledgerId>` (DESIGN.md): quorum sizes, life-cycle
 * state, the closing point and the ensembles over time. Pure values plus pure transitions; the
 * shell writes each new value with compare-and-set on the key's version.
 *
 * Segment i holds entries from its `firstEntryId` up to the next segment's `firstEntryId - 1`; the
 * last segment is open-ended. `lastEntryId` is -1 and `lengthBytes` 0 until the ledger is CLOSED
 * (as `LedgerInfo` in proto/admin.proto).
 */
import { InvalidArgumentError, invariant, LedgerClosedError, MagnetarError } from "../../common/errors.js";
import { type QuorumConfig, quorumConfigProblems, validateQuorumConfig } from "./distribution.js";

/** The life cycle; see `LEDGER_TRANSITIONS` for the allowed moves. */
export const LEDGER_STATES = ["OPEN", "IN_RECOVERY", "CLOSED"] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

/**
 * Allowed state changes. IN_RECOVERY -> IN_RECOVERY: a second broker may take over a recovery
 * whose recoverer died. CLOSED is final. Ensemble changes keep the state (OPEN or IN_RECOVERY).
 */
export const LEDGER_TRANSITIONS = {
  OPEN: ["IN_RECOVERY", "CLOSED"],
  IN_RECOVERY: ["IN_RECOVERY", "CLOSED"],
  CLOSED: [],
} as const satisfies Record<LedgerState, readonly LedgerState[]>;

/** Ensembles kept per ledger: bounds the metadata value; a flapping ledger is closed and rolled. */
export const SEGMENTS_MAX = 1024;
/** Bytes of a ledger password (the bookies' master key is derived from it; proto: 0..64 bytes). */
export const PASSWORD_BYTES_MAX = 64;
/** Entries of `customMetadata` (proto/admin.proto `LedgerInfo.custom_metadata`). */
export const CUSTOM_METADATA_ENTRIES_MAX = 64;
/** Length of a bookie id or a custom metadata key or value. */
export const NAME_CHARS_MAX = 256;
/** Version of the JSON encoding; decode refuses any other. */
export const LEDGER_METADATA_FORMAT_VERSION = 1;

/** One ensemble: E bookie ids, distinct, in ensemble order (index i = bookie index i). */
export interface LedgerSegment {
  readonly firstEntryId: number;
  readonly bookies: readonly string[];
}

export interface LedgerMetadata extends QuorumConfig {
  readonly ledgerId: number;
  readonly state: LedgerState;
  /** Final once CLOSED (-1 for an empty ledger); -1 while OPEN or IN_RECOVERY. */
  readonly lastEntryId: number;
  /** Bytes of all entries (one replica); final once CLOSED, 0 before. */
  readonly lengthBytes: number;
  /** Never empty; the first starts at entry 0; firstEntryId strictly increasing. */
  readonly segments: readonly LedgerSegment[];
  readonly createdAtMs: number;
  /** Optional ledger password; the bookies' master key is derived from it. */
  readonly password?: Uint8Array;
  /** Set by the creator, e.g. the topic the ledger belongs to. */
  readonly customMetadata?: Readonly<Record<string, string>>;
}

/** The metadata-store key of a ledger. */
export function ledgerMetadataKey(ledgerId: number): string {
  invariant(isEntryCount(ledgerId), `ledger id ${ledgerId} must be an integer >= 0`);
  return `/ledgers/${ledgerId}`;
}

function isEntryCount(n: unknown): n is number {
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
}

/** A new OPEN ledger. Throws InvalidArgumentError on bad E/W/A or an ensemble that is not E distinct ids. */
export function newLedgerMetadata(params: {
  readonly ledgerId: number;
  readonly quorum: QuorumConfig;
  readonly ensemble: readonly string[];
  readonly createdAtMs: number;
  readonly password?: Uint8Array;
  readonly customMetadata?: Readonly<Record<string, string>>;
}): LedgerMetadata {
  validateQuorumConfig(params.quorum);
  const md: LedgerMetadata = {
    ledgerId: params.ledgerId,
    ensembleSize: params.quorum.ensembleSize,
    writeQuorum: params.quorum.writeQuorum,
    ackQuorum: params.quorum.ackQuorum,
    state: "OPEN",
    lastEntryId: -1,
    lengthBytes: 0,
    segments: [{ firstEntryId: 0, bookies: [...params.ensemble] }],
    createdAtMs: params.createdAtMs,
    ...(params.password === undefined ? {} : { password: params.password }),
    ...(params.customMetadata === undefined ? {} : { customMetadata: { ...params.customMetadata } }),
  };
  throwIfInvalid(md, "new ledger");
  return md;
}

/** Every broken rule of a metadata value; empty when it is consistent. */
export function ledgerMetadataProblems(md: LedgerMetadata): string[] {
  const problems = quorumConfigProblems(md);
  if (!isEntryCount(md.ledgerId)) problems.push(`ledgerId must be an integer >= 0, got ${md.ledgerId}`);
  if (!LEDGER_STATES.includes(md.state)) problems.push(`state must be one of ${LEDGER_STATES.join("|")}`);
  if (!isEntryCount(md.createdAtMs)) problems.push("createdAtMs must be an integer >= 0");
  problems.push(...closingProblems(md));
  problems.push(...segmentsProblems(md.segments, md.ensembleSize));
  if (md.password !== undefined && md.password.length > PASSWORD_BYTES_MAX) {
    problems.push(`password must be at most ${PASSWORD_BYTES_MAX} bytes`);
  }
  if (md.customMetadata !== undefined) problems.push(...customMetadataProblems(md.customMetadata));
  return problems;
}

function closingProblems(md: LedgerMetadata): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(md.lastEntryId) || md.lastEntryId < -1) {
    problems.push(`lastEntryId must be an integer >= -1, got ${md.lastEntryId}`);
  }
  if (!isEntryCount(md.lengthBytes))
    problems.push(`lengthBytes must be an integer >= 0, got ${md.lengthBytes}`);
  if (md.state !== "CLOSED" && md.lastEntryId !== -1)
    problems.push(`lastEntryId must be -1 while ${md.state}`);
  if (md.state !== "CLOSED" && md.lengthBytes !== 0) problems.push(`lengthBytes must be 0 while ${md.state}`);
  if (md.lastEntryId === -1 && md.lengthBytes !== 0) problems.push("an empty ledger must have lengthBytes 0");
  return problems;
}

function segmentsProblems(segments: readonly LedgerSegment[], ensembleSize: number): string[] {
  if (segments.length === 0) return ["segments must not be empty"];
  if (segments.length > SEGMENTS_MAX) return [`at most ${SEGMENTS_MAX} segments, got ${segments.length}`];
  const problems: string[] = [];
  if (segments[0]?.firstEntryId !== 0) problems.push("the first segment must start at entry 0");
  let previous = -1;
  segments.forEach((s, i) => {
    if (!isEntryCount(s.firstEntryId) || s.firstEntryId <= previous) {
      problems.push(`segment ${i}: firstEntryId must be an integer > ${previous}, got ${s.firstEntryId}`);
    }
    previous = s.firstEntryId;
    if (s.bookies.length !== ensembleSize) {
      problems.push(`segment ${i}: ${s.bookies.length} bookies, ensembleSize is ${ensembleSize}`);
    }
    if (!s.bookies.every(isName)) problems.push(`segment ${i}: bookie ids must be non-empty strings`);
    if (new Set(s.bookies).size !== s.bookies.length)
      problems.push(`segment ${i}: bookie ids must be distinct`);
  });
  return problems;
}

function customMetadataProblems(custom: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(custom);
  if (entries.length > CUSTOM_METADATA_ENTRIES_MAX) {
    return [`customMetadata must have at most ${CUSTOM_METADATA_ENTRIES_MAX} entries`];
  }
  const bad = entries.filter(([k, v]) => !isName(k) || typeof v !== "string" || v.length > NAME_CHARS_MAX);
  return bad.length > 0 ? [`customMetadata: bad entry for key ${JSON.stringify(bad[0]?.[0])}`] : [];
}

function isName(s: unknown): s is string {
  return typeof s === "string" && s.length > 0 && s.length <= NAME_CHARS_MAX;
}

function throwIfInvalid(md: LedgerMetadata, what: string): void {
  const problems = ledgerMetadataProblems(md);
  if (problems.length > 0)
    throw new InvalidArgumentError(`${what}: invalid ledger metadata: ${problems.join("; ")}`);
}

/** The segment holding `entryId`: the last segment whose firstEntryId <= entryId. */
export function ensembleFor(md: LedgerMetadata, entryId: number): LedgerSegment {
  invariant(Number.isSafeInteger(entryId) && entryId >= 0, `entry id ${entryId} must be an integer >= 0`);
  for (let i = md.segments.length - 1; i >= 0; i--) {
    const segment = md.segments[i];
    invariant(segment !== undefined, "segments are dense");
    if (segment.firstEntryId <= entryId) return segment;
  }
  throw new MagnetarError("INTERNAL", `ledger ${md.ledgerId}: no segment covers entry ${entryId}`);
}

/** The last (current) segment. */
export function lastSegment(md: LedgerMetadata): LedgerSegment {
  const segment = md.segments[md.segments.length - 1];
  invariant(segment !== undefined, "metadata has at least one segment");
  return segment;
}

/** Whether `from -> to` is in `LEDGER_TRANSITIONS`. */
export function canTransition(from: LedgerState, to: LedgerState): boolean {
  const allowed: readonly LedgerState[] = LEDGER_TRANSITIONS[from];
  return allowed.includes(to);
}

function checkTransition(md: LedgerMetadata, to: LedgerState): void {
  if (canTransition(md.state, to)) return;
  if (md.state === "CLOSED") {
    throw new LedgerClosedError(
      `ledger ${md.ledgerId} is CLOSED at entry ${md.lastEntryId}; it cannot become ${to}`,
    );
  }
  throw new InvalidArgumentError(`ledger ${md.ledgerId}: ${md.state} -> ${to} is not allowed`);
}

/**
 * Replaces bookies from `firstEntryId` on: `replacements` maps a bookie index to its new bookie id.
 * When `firstEntryId` equals the last segment's start, that segment is rewritten in place (it holds
 * no entry yet); otherwise a segment is appended. Throws LedgerClosedError on a CLOSED ledger and
 * InvalidArgumentError on a bad index, a new id already in the ensemble, or an entry id before the
 * last segment; RESOURCE_EXHAUSTED when SEGMENTS_MAX would be passed.
 */
export function withEnsembleChange(
  md: LedgerMetadata,
  firstEntryId: number,
  replacements: ReadonlyMap<number, string>,
): LedgerMetadata {
  if (md.state === "CLOSED")
    throw new LedgerClosedError(`ledger ${md.ledgerId} is CLOSED: no ensemble change`);
  const last = lastSegment(md);
  if (!Number.isSafeInteger(firstEntryId) || firstEntryId < last.firstEntryId) {
    throw new InvalidArgumentError(
      `ledger ${md.ledgerId}: ensemble change at entry ${firstEntryId} precedes the last segment (${last.firstEntryId})`,
    );
  }
  if (replacements.size === 0) throw new InvalidArgumentError("ensemble change: no replacement given");
  const bookies = [...last.bookies];
  for (const [index, bookieId] of replacements) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= md.ensembleSize) {
      throw new InvalidArgumentError(
        `ensemble change: bookie index ${index} is outside 0..${md.ensembleSize - 1}`,
      );
    }
    if (last.bookies.includes(bookieId)) {
      throw new InvalidArgumentError(`ensemble change: bookie ${bookieId} is already in the ensemble`);
    }
    bookies[index] = bookieId;
  }
  const segment: LedgerSegment = { firstEntryId, bookies };
  const kept = firstEntryId === last.firstEntryId ? md.segments.slice(0, -1) : md.segments;
  if (kept.length + 1 > SEGMENTS_MAX) {
    throw new MagnetarError(
      "RESOURCE_EXHAUSTED",
      `ledger ${md.ledgerId} has ${SEGMENTS_MAX} segments: roll over`,
    );
  }
  const next: LedgerMetadata = { ...md, segments: [...kept, segment] };
  throwIfInvalid(next, "ensemble change");
  return next;
}

/**
 * Re-replication of a closed ledger (auto-recovery): bookie `bookieIndex` of segment
 * `segmentIndex` is replaced by `bookieId`, after every entry of that segment it held was copied
 * to `bookieId`. Only closed ledgers: an open ledger's writer changes its own ensemble.
 */
export function withReplacedBookie(
  md: LedgerMetadata,
  segmentIndex: number,
  bookieIndex: number,
  bookieId: string,
): LedgerMetadata {
  if (md.state !== "CLOSED")
    throw new InvalidArgumentError(
      `ledger ${md.ledgerId} is ${md.state}: only closed ledgers are re-replicated`,
    );
  const segment = md.segments[segmentIndex];
  if (!segment) throw new InvalidArgumentError(`ledger ${md.ledgerId} has no segment ${segmentIndex}`);
  if (!Number.isSafeInteger(bookieIndex) || bookieIndex < 0 || bookieIndex >= md.ensembleSize) {
    throw new InvalidArgumentError(`bookie index ${bookieIndex} is outside 0..${md.ensembleSize - 1}`);
  }
  if (segment.bookies.includes(bookieId)) {
    throw new InvalidArgumentError(
      `bookie ${bookieId} is already in segment ${segmentIndex} of ledger ${md.ledgerId}`,
    );
  }
  const bookies = [...segment.bookies];
  bookies[bookieIndex] = bookieId;
  const segments = md.segments.map((s, i) =>
    i === segmentIndex ? { firstEntryId: s.firstEntryId, bookies } : s,
  );
  const next: LedgerMetadata = { ...md, segments };
  throwIfInvalid(next, "re-replication");
  return next;
}

/** OPEN or IN_RECOVERY -> IN_RECOVERY (the new owner is about to fence). CLOSED: LedgerClosedError. */
export function toInRecovery(md: LedgerMetadata): LedgerMetadata {
  checkTransition(md, "IN_RECOVERY");
  return { ...md, state: "IN_RECOVERY" };
}

/**
 * OPEN or IN_RECOVERY -> CLOSED at `lastEntryId` (-1: empty) with `lengthBytes`. CLOSED:
 * LedgerClosedError (read the stored closing point instead); bad numbers: InvalidArgumentError.
 */
export function toClosed(md: LedgerMetadata, lastEntryId: number, lengthBytes: number): LedgerMetadata {
  checkTransition(md, "CLOSED");
  const next: LedgerMetadata = { ...md, state: "CLOSED", lastEntryId, lengthBytes };
  throwIfInvalid(next, "close");
  return next;
}
