/**
 * The recovery read of one entry: the answers of its write set and the quorum decision on them
 * (BookKeeper's recovery `PendingReadOp`, with the rule of bookie/core/README.md). Internal to
 * `recovery.ts`.
 */
import { InvalidArgumentError, invariant, type MagnetarError } from "../../common/errors.js";
import { notFoundQuorum, type QuorumConfig } from "./distribution.js";

/** The shell maps ENTRY_NOT_FOUND and LEDGER_NOT_FOUND to `not-found`, every other failure to `error`. */
export type ReadResponse =
  | {
      readonly type: "found";
      readonly entryId: number;
      readonly bookieId: string;
      /** Checksum already verified by the shell (a CHECKSUM_MISMATCH is an `error`). */
      readonly body: Uint8Array;
      readonly ledgerLengthBytes: number;
    }
  | { readonly type: "not-found"; readonly entryId: number; readonly bookieId: string }
  | {
      readonly type: "error";
      readonly entryId: number;
      readonly bookieId: string;
      readonly error: MagnetarError;
    };

/**
 * An entry past the LAC that recovery keeps. Found on A bookies (`copies` >= A) it is already
 * durable, and writing it back (recovery adds) to `bookiesMissing` only restores the W copies the
 * writer meant to make. Found on fewer (`copies` < A, the rest of its write set unreachable) it
 * is kept too, as BookKeeper does, but the shell must write it back until it has A copies before
 * closing the ledger.
 */
export interface RecoveredEntry {
  readonly entryId: number;
  readonly body: Uint8Array;
  readonly ledgerLengthBytes: number;
  /** Bookies of its write set that returned it. */
  readonly copies: number;
  /** Members of its write set that answered "not found" (others may lack it too, unknown). */
  readonly bookiesMissing: readonly WriteSetMember[];
}

/**
 * found: A bookies have it, or some have it and no read is left to wait for (the others are
 * unreachable). end: (W - A) + 1 said it does not exist. pending: reads in flight. stuck: no
 * bookie has it, too few said it does not exist, and no read is left to wait for.
 */
export type EntryDecision = "found" | "end" | "pending" | "stuck";

export interface WriteSetMember {
  readonly bookieIndex: number;
  readonly bookieId: string;
}

export class EntryRead {
  private readonly found = new Set<number>();
  private readonly notFound = new Set<number>();
  private readonly unreachable = new Set<number>();
  private readonly inflight = new Set<number>();
  private readonly attempts = new Map<number, number>();
  private copy: Omit<RecoveredEntry, "bookiesMissing" | "copies"> | null = null;

  /** Every member of `writeSet` has one read in flight. */
  constructor(
    readonly entryId: number,
    private readonly writeSet: readonly WriteSetMember[],
  ) {
    for (const m of writeSet) {
      this.inflight.add(m.bookieIndex);
      this.attempts.set(m.bookieIndex, 1);
    }
    invariant(this.inflight.size === writeSet.length, "write set members are distinct");
  }

  /**
   * Records one answer; returns the member to read again (a retriable error with tries left), or
   * null. Answers from outside the write set or without a read in flight are ignored.
   */
  answer(response: ReadResponse, attemptsMax: number): WriteSetMember | null {
    invariant(response.entryId === this.entryId, "answer for another entry");
    const member = this.writeSet.find((m) => m.bookieId === response.bookieId);
    if (member === undefined || !this.inflight.has(member.bookieIndex)) return null;
    this.inflight.delete(member.bookieIndex);
    const index = member.bookieIndex;
    if (response.type === "found" && !isLength(response.ledgerLengthBytes)) {
      const error = new InvalidArgumentError(
        `bookie ${response.bookieId} returned length ${response.ledgerLengthBytes}`,
      );
      return this.failed(member, error, attemptsMax);
    }
    switch (response.type) {
      case "found":
        this.found.add(index);
        this.copy ??= {
          entryId: this.entryId,
          body: response.body,
          ledgerLengthBytes: response.ledgerLengthBytes,
        };
        return null;
      case "not-found":
        this.notFound.add(index);
        return null;
      case "error":
        return this.failed(member, response.error, attemptsMax);
    }
  }

  /** The quorum rule. `found` and `end` can never both hold: A + (W - A + 1) > W. */
  decision(quorum: QuorumConfig): EntryDecision {
    const isFound = this.found.size >= quorum.ackQuorum;
    const isEnd = this.notFound.size >= notFoundQuorum(quorum);
    invariant(!(isFound && isEnd), `entry ${this.entryId}: found and missing at once`);
    if (isFound) return "found";
    if (isEnd) return "end";
    if (this.inflight.size > 0) return "pending";
    // Some bookie has it and the rest of the write set cannot answer: the writer wrote it (it may
    // have been acknowledged with copies on bookies now down), so keep it rather than wait for
    // them; it is written back to A copies before the close.
    return this.found.size > 0 ? "found" : "stuck";
  }

  /** The first copy returned; only after the decision is "found". */
  foundEntry(): RecoveredEntry {
    invariant(this.copy !== null, `entry ${this.entryId} has no copy`);
    const bookiesMissing = this.writeSet.filter((m) => this.notFound.has(m.bookieIndex));
    return { ...this.copy, copies: this.found.size, bookiesMissing };
  }

  /** For messages: "2 found, 1 not found, 1 unreachable of W=4". */
  describe(): string {
    return (
      `${this.found.size} found, ${this.notFound.size} not found, ${this.unreachable.size} unreachable ` +
      `of W=${this.writeSet.length}`
    );
  }

  private failed(member: WriteSetMember, error: MagnetarError, attemptsMax: number): WriteSetMember | null {
    const attempts = this.attempts.get(member.bookieIndex) ?? attemptsMax;
    if (error.retriable && attempts < attemptsMax) {
      this.attempts.set(member.bookieIndex, attempts + 1);
      this.inflight.add(member.bookieIndex);
      return member;
    }
    this.unreachable.add(member.bookieIndex);
    return null;
  }
}

function isLength(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
