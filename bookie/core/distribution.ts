/**
 * BookKeeper's round-robin distribution schedule and the quorum arithmetic of a ledger: the only
 * place that knows which bookies hold an entry and how many answers make a quorum.
 *
 * A ledger is striped over an ensemble of E bookies (indexes 0..E-1 of a segment's `bookies`).
 * Entry e is written to its write set, the W indexes (e + i) mod E for i = 0..W-1, and is durable
 * once A distinct members of its write set acknowledged it. Pure; no I/O.
 */
import { InvalidArgumentError, invariant } from "../../common/errors.js";

/** Largest ensemble accepted: bounds fencing fan-out, metadata size and every per-entry set. */
export const ENSEMBLE_SIZE_MAX = 64;

/** E, W and A of a ledger (BookKeeper's ensemble size, write quorum Qw, ack quorum Qa). */
export interface QuorumConfig {
  /** E: bookies in each segment's ensemble. */
  readonly ensembleSize: number;
  /** W: bookies each entry is written to. */
  readonly writeQuorum: number;
  /** A: distinct acknowledgements that make an entry durable. */
  readonly ackQuorum: number;
}

/** Every broken rule of E, W, A; empty when `ENSEMBLE_SIZE_MAX >= E >= W >= A >= 1` (integers). */
export function quorumConfigProblems(c: QuorumConfig): string[] {
  const problems: string[] = [];
  const fields = [
    ["ensembleSize", c.ensembleSize],
    ["writeQuorum", c.writeQuorum],
    ["ackQuorum", c.ackQuorum],
  ] as const;
  for (const [name, value] of fields) {
    if (!Number.isSafeInteger(value) || value < 1)
      problems.push(`${name} must be an integer >= 1, got ${value}`);
  }
  if (problems.length > 0) return problems;
  const { ensembleSize: e, writeQuorum: w, ackQuorum: a } = c;
  if (e > ENSEMBLE_SIZE_MAX)
    problems.push(`ensembleSize ${e} exceeds ENSEMBLE_SIZE_MAX ${ENSEMBLE_SIZE_MAX}`);
  if (e < w) problems.push(`ensembleSize (E=${e}) must be >= writeQuorum (W=${w})`);
  if (w < a) problems.push(`writeQuorum (W=${w}) must be >= ackQuorum (A=${a})`);
  return problems;
}

/** Throws InvalidArgumentError (with every broken rule) unless E >= W >= A >= 1. */
export function validateQuorumConfig(c: QuorumConfig): void {
  const problems = quorumConfigProblems(c);
  if (problems.length > 0) {
    throw new InvalidArgumentError(
      `invalid ledger quorum (E >= W >= A >= 1 required): ${problems.join("; ")}`,
    );
  }
}

/**
 * Fence confirmations that make a ledger safe to recover: (E - A) + 1 bookies of the last
 * ensemble. Then at most A - 1 bookies are unfenced, so no write set (of any entry) still has A
 * bookies that would acknowledge the old writer: this implies BookKeeper's per-write-set rule of
 * (W - A) + 1 fenced bookies in every write quorum.
 */
export function fenceQuorum(c: QuorumConfig): number {
  return c.ensembleSize - c.ackQuorum + 1;
}

/**
 * "Does not exist" answers that prove an entry was never acknowledged: (W - A) + 1 bookies of its
 * write set. An acknowledged entry is on at least A of its W bookies, so at most W - A can lack it.
 */
export function notFoundQuorum(c: QuorumConfig): number {
  return c.writeQuorum - c.ackQuorum + 1;
}

function assertEntryId(entryId: number): void {
  invariant(Number.isSafeInteger(entryId), `entry id ${entryId} must be a safe integer`);
  invariant(entryId >= 0, `entry id ${entryId} must be >= 0`);
}

/** The round-robin schedule of one ledger (BookKeeper's `RoundRobinDistributionSchedule`). */
export class DistributionSchedule implements QuorumConfig {
  readonly ensembleSize: number;
  readonly writeQuorum: number;
  readonly ackQuorum: number;

  /** Throws InvalidArgumentError unless E >= W >= A >= 1. */
  constructor(config: QuorumConfig) {
    validateQuorumConfig(config);
    this.ensembleSize = config.ensembleSize;
    this.writeQuorum = config.writeQuorum;
    this.ackQuorum = config.ackQuorum;
  }

  /** The W bookie indexes entry `entryId` is written to: (entryId + i) mod E, i = 0..W-1. */
  writeSet(entryId: number): number[] {
    assertEntryId(entryId);
    const first = entryId % this.ensembleSize;
    const set: number[] = [];
    for (let i = 0; i < this.writeQuorum; i++) set.push((first + i) % this.ensembleSize);
    return set;
  }

  /** Whether bookie index `bookieIndex` is in the write set of `entryId`. */
  isInWriteSet(entryId: number, bookieIndex: number): boolean {
    assertEntryId(entryId);
    invariant(Number.isSafeInteger(bookieIndex), `bookie index ${bookieIndex} must be an integer`);
    if (bookieIndex < 0 || bookieIndex >= this.ensembleSize) return false;
    const offset = (bookieIndex - (entryId % this.ensembleSize) + this.ensembleSize) % this.ensembleSize;
    return offset < this.writeQuorum;
  }

  /** An empty ack set for `entryId`. */
  ackSet(entryId: number): AckSet {
    return new AckSet(this.writeSet(entryId), this.ackQuorum);
  }
}

/**
 * Which members of one entry's write set acknowledged it (BookKeeper's `AckSet`). Acks are counted
 * once per bookie index; an index outside the write set is refused.
 */
export class AckSet {
  private readonly members: ReadonlySet<number>;
  private readonly acked = new Set<number>();

  constructor(
    writeSet: readonly number[],
    private readonly ackQuorum: number,
  ) {
    invariant(new Set(writeSet).size === writeSet.length, "write set members must be distinct");
    invariant(ackQuorum >= 1, "ack quorum must be >= 1");
    invariant(ackQuorum <= writeSet.length, "ack quorum must not exceed the write set");
    this.members = new Set(writeSet);
  }

  /**
   * Records an ack from `bookieIndex`; returns whether the entry is now durable. An index outside
   * the write set is ignored (returns the current state); a duplicate ack changes nothing.
   */
  completeBookieAndCheck(bookieIndex: number): boolean {
    if (this.members.has(bookieIndex)) this.acked.add(bookieIndex);
    return this.isDurable();
  }

  /** Forgets the ack of `bookieIndex` (its bookie was replaced: the entry must be re-sent). */
  removeBookie(bookieIndex: number): void {
    this.acked.delete(bookieIndex);
  }

  has(bookieIndex: number): boolean {
    return this.acked.has(bookieIndex);
  }

  /** Distinct acknowledging indexes, ascending. */
  ackedIndexes(): number[] {
    return [...this.acked].sort((a, b) => a - b);
  }

  get ackCount(): number {
    return this.acked.size;
  }

  /** A distinct members of the write set acknowledged. */
  isDurable(): boolean {
    return this.acked.size >= this.ackQuorum;
  }
}

/** Whether `ackedIndexes` holds A distinct members of `writeSet` (for checks outside an AckSet). */
export function isEntryDurable(
  writeSet: readonly number[],
  ackedIndexes: Iterable<number>,
  ackQuorum: number,
): boolean {
  const members = new Set(writeSet);
  const distinct = new Set<number>();
  for (const index of ackedIndexes) if (members.has(index)) distinct.add(index);
  return distinct.size >= ackQuorum;
}
