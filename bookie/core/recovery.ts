/**
 * Ledger recovery (BookKeeper's `LedgerRecoveryOp`) as a pure state machine: what a broker runs when
 * it takes over a topic whose writer may still be alive. The shell first marks the ledger
 * IN_RECOVERY by compare-and-set (`toInRecovery`), then drives this machine: it issues the requests
 * of each step, feeds back every answer, and once the outcome is `done` closes the ledger by
 * compare-and-set with `toClosed(md, lastEntryId, lengthBytes)`. A lost CAS means another broker
 * got there first: use the stored closing point. A `recovered` entry with `copies` >= A is already
 * durable (writing it back to its `bookiesMissing` restores W copies, not needed for the close); one
 * with fewer copies must be written back to A copies before the close.
 *
 * Step 1, fencing: a fencing ReadLac to every bookie of the last segment. Done once
 * `fenceQuorum` = (E - A) + 1 of them confirmed: then at most A - 1 bookies still accept the old
 * writer's adds, so no entry can reach A acks any more. Reading starts from the highest LAC they
 * returned (later fence answers are ignored: entries up to any bookie's LAC were acknowledged and
 * are found whatever the start).
 *
 * Step 2, reading forward from that LAC, entry by entry, each from its whole write set, every read
 * a fencing read (`fence: true`: a bookie's "not found" is final only because it is fenced when it
 * answers). For each entry, counting distinct bookies of its write set:
 *   - found: A bookies returned it ("it is recoverable when A bookies have it");
 *   - end of the ledger: `notFoundQuorum` = (W - A) + 1 bookies said it does not exist;
 *   - anything in between: retry the failed reads (at most `attemptsMax` per bookie), never guess;
 *     when no read is left to retry the recovery fails with NotEnoughBookiesError (retriable:
 *     run the whole recovery again later).
 * A + (W - A + 1) > W, so no set of answers is both "found" and "end": the decision for an entry
 * depends only on which answers arrive, never on their order, and two recoveries that get the same
 * answers end at the same entry. An entry acknowledged to the old writer is on A bookies, so at most
 * W - A lack it: it is never taken for the end. When neither quorum can be reached because bookies
 * of the write set are unreachable, an entry some bookie returned is kept (BookKeeper's rule: the
 * writer wrote it, and it may have been acknowledged with its other copies on the unreachable
 * bookies); the shell writes it back to A copies before closing. Waiting instead would stall the
 * takeover until those bookies return, or for good if they never do.
 */
import {
  InvalidArgumentError,
  invariant,
  LedgerClosedError,
  MagnetarError,
  NotEnoughBookiesError,
} from "../../common/errors.js";
import { DistributionSchedule, fenceQuorum } from "./distribution.js";
import { ensembleFor, type LedgerMetadata, lastSegment } from "./ledger-metadata.js";
import { EntryRead, type ReadResponse, type RecoveredEntry } from "./recovery-read.js";

export type { ReadResponse, RecoveredEntry, WriteSetMember } from "./recovery-read.js";

/** Entries read at once (the head and the ones after it). */
export const RECOVERY_READ_WINDOW_ENTRIES = 16;
/** Tries of one fence or read request to one bookie before that bookie counts as unreachable. */
export const RECOVERY_ATTEMPTS_MAX = 3;
/** Entries past the LAC recovery will read before giving up (a writer has at most this many in flight). */
export const RECOVERED_ENTRIES_MAX = 100_000;

export interface RecoveryOptions {
  readonly readWindowEntries: number;
  readonly attemptsMax: number;
  readonly recoveredEntriesMax: number;
}

export const RECOVERY_DEFAULTS: RecoveryOptions = {
  readWindowEntries: RECOVERY_READ_WINDOW_ENTRIES,
  attemptsMax: RECOVERY_ATTEMPTS_MAX,
  recoveredEntriesMax: RECOVERED_ENTRIES_MAX,
};

/** `fence`: ReadLac with fence=true. `read`: ReadEntry with fence=true. */
export type RecoveryRequest =
  | { readonly type: "fence"; readonly bookieIndex: number; readonly bookieId: string }
  | {
      readonly type: "read";
      readonly entryId: number;
      readonly bookieIndex: number;
      readonly bookieId: string;
      readonly fence: true;
    };

export type FenceResponse =
  | { readonly type: "fenced"; readonly bookieId: string; readonly lastAddConfirmed: number }
  | { readonly type: "error"; readonly bookieId: string; readonly error: MagnetarError };

export type RecoveryOutcome =
  | { readonly type: "done"; readonly lastEntryId: number; readonly lengthBytes: number }
  | { readonly type: "failed"; readonly error: MagnetarError };

export interface RecoveryStep {
  readonly requests: readonly RecoveryRequest[];
  /** In entry order, each exactly once over the whole recovery. */
  readonly recovered: readonly RecoveredEntry[];
  /** Non-null once, when the recovery ends. */
  readonly outcome: RecoveryOutcome | null;
}

export type RecoveryPhase = "fencing" | "reading" | "done" | "failed";

interface FenceState {
  attempts: number;
  status: "pending" | "fenced" | "unreachable";
}

export class LedgerRecovery {
  private readonly schedule: DistributionSchedule;
  private readonly fences: FenceState[];
  private state: RecoveryPhase = "fencing";
  private started = false;
  private maxLac = -1;
  private confirmations = 0;
  /** Entries being read, keyed by id: head .. head + window - 1. */
  private readonly reads = new Map<number, EntryRead>();
  private head = 0;
  private lastFoundLengthBytes = 0;

  /** `metadata` as stored after `toInRecovery`. A CLOSED ledger: LedgerClosedError (nothing to recover). */
  constructor(
    private readonly md: LedgerMetadata,
    private readonly options: RecoveryOptions = RECOVERY_DEFAULTS,
  ) {
    if (md.state === "CLOSED") throw new LedgerClosedError(`ledger ${md.ledgerId} is already closed`);
    invariant(
      md.state === "IN_RECOVERY",
      "mark the ledger IN_RECOVERY (compare-and-set) before recovering it",
    );
    invariant(options.readWindowEntries >= 1, "readWindowEntries must be >= 1");
    invariant(options.attemptsMax >= 1, "attemptsMax must be >= 1");
    invariant(options.recoveredEntriesMax >= 1, "recoveredEntriesMax must be >= 1");
    this.schedule = new DistributionSchedule(md);
    this.fences = lastSegment(md).bookies.map(() => ({ attempts: 0, status: "pending" }));
  }

  get phase(): RecoveryPhase {
    return this.state;
  }

  get fenceConfirmations(): number {
    return this.confirmations;
  }

  /** The highest LAC the fencing quorum returned (-1 before reading starts or when none). */
  get recoveryStartLac(): number {
    return this.maxLac;
  }

  /** The fence requests: one per bookie of the last segment. Call once. */
  start(): RecoveryStep {
    invariant(!this.started, "recovery started twice");
    this.started = true;
    const requests = lastSegment(this.md).bookies.map((bookieId, bookieIndex) => {
      const fence = this.fences[bookieIndex];
      invariant(fence !== undefined, "one fence state per bookie");
      fence.attempts = 1;
      return { type: "fence" as const, bookieIndex, bookieId };
    });
    return { requests, recovered: [], outcome: null };
  }

  fenceResponse(response: FenceResponse): RecoveryStep {
    invariant(this.started, "fence response before start");
    const bookieIndex = lastSegment(this.md).bookies.indexOf(response.bookieId);
    const fence = this.fences[bookieIndex];
    if (this.state !== "fencing" || fence === undefined || fence.status !== "pending") return step([]);
    if (response.type === "fenced" && !isLac(response.lastAddConfirmed)) {
      const error = new InvalidArgumentError(
        `bookie ${response.bookieId} returned LAC ${response.lastAddConfirmed}`,
      );
      return this.fenceResponse({ type: "error", bookieId: response.bookieId, error });
    }
    if (response.type === "error")
      return this.fenceFailed(fence, bookieIndex, response.bookieId, response.error);
    fence.status = "fenced";
    this.confirmations++;
    this.maxLac = Math.max(this.maxLac, response.lastAddConfirmed);
    if (this.confirmations < fenceQuorum(this.md)) return step([]);
    this.state = "reading";
    this.head = Math.max(this.maxLac, 0);
    return this.drain();
  }

  readResponse(response: ReadResponse): RecoveryStep {
    const read = this.reads.get(response.entryId);
    if (this.state !== "reading" || read === undefined) return step([]);
    const requests: RecoveryRequest[] = [];
    const retry = read.answer(response, this.options.attemptsMax);
    if (retry !== null) requests.push(readRequest(read.entryId, retry.bookieIndex, retry.bookieId));
    const drained = this.drain();
    return { ...drained, requests: [...requests, ...drained.requests] };
  }

  private fenceFailed(
    fence: FenceState,
    index: number,
    bookieId: string,
    error: MagnetarError,
  ): RecoveryStep {
    if (error.retriable && fence.attempts < this.options.attemptsMax) {
      fence.attempts++;
      return step([{ type: "fence", bookieIndex: index, bookieId }]);
    }
    fence.status = "unreachable";
    const unreachable = this.fences.filter((f) => f.status === "unreachable").length;
    if (this.md.ensembleSize - unreachable >= fenceQuorum(this.md)) return step([]);
    const message =
      `ledger ${this.md.ledgerId}: fencing needs (E - A) + 1 = ${fenceQuorum(this.md)} of ${this.md.ensembleSize} ` +
      `bookies, ${unreachable} are unreachable (last: ${bookieId}: ${error.message})`;
    return this.finish({ type: "failed", error: new NotEnoughBookiesError(message, { cause: error }) });
  }

  /** Decides entries at the head in order, then opens reads up to the window. */
  private drain(): RecoveryStep {
    const recovered: RecoveredEntry[] = [];
    for (;;) {
      const read = this.reads.get(this.head);
      const decision = read?.decision(this.schedule) ?? "unread";
      if (read === undefined || decision === "pending" || decision === "unread") break;
      if (decision === "found") {
        const found = read.foundEntry();
        if (read.entryId > this.maxLac) recovered.push(found);
        this.lastFoundLengthBytes = found.ledgerLengthBytes;
        this.reads.delete(this.head);
        this.head++;
        continue;
      }
      this.reads.clear();
      return { requests: [], recovered, outcome: this.finish(this.endOutcome(read, decision)).outcome };
    }
    if (this.head - this.maxLac > this.options.recoveredEntriesMax) {
      const error = new MagnetarError(
        "RESOURCE_EXHAUSTED",
        `ledger ${this.md.ledgerId}: more than ${this.options.recoveredEntriesMax} entries after LAC ${this.maxLac}`,
      );
      return { requests: [], recovered, outcome: this.finish({ type: "failed", error }).outcome };
    }
    return { requests: this.openReads(), recovered, outcome: null };
  }

  private endOutcome(read: EntryRead, decision: "end" | "stuck"): RecoveryOutcome {
    if (decision === "stuck") {
      const message = `ledger ${this.md.ledgerId}: cannot decide entry ${read.entryId} (${read.describe()}); retry recovery later`;
      return { type: "failed", error: new NotEnoughBookiesError(message) };
    }
    if (read.entryId === this.maxLac) {
      const message =
        `ledger ${this.md.ledgerId}: entry ${read.entryId} is the last-add-confirmed of a fenced bookie ` +
        `but ${read.describe()}: acknowledged data is missing`;
      return { type: "failed", error: new MagnetarError("INTERNAL", message) };
    }
    const lastEntryId = read.entryId - 1;
    invariant(lastEntryId >= this.maxLac, "recovery never ends before the LAC");
    return { type: "done", lastEntryId, lengthBytes: lastEntryId < 0 ? 0 : this.lastFoundLengthBytes };
  }

  private openReads(): RecoveryRequest[] {
    const requests: RecoveryRequest[] = [];
    const end = this.head + this.options.readWindowEntries;
    for (let entryId = this.head; entryId < end; entryId++) {
      if (this.reads.has(entryId)) continue;
      const bookies = ensembleFor(this.md, entryId).bookies;
      const writeSet = this.schedule.writeSet(entryId).map((bookieIndex) => {
        const bookieId = bookies[bookieIndex];
        invariant(bookieId !== undefined, "write set index inside the ensemble");
        return { bookieIndex, bookieId };
      });
      this.reads.set(entryId, new EntryRead(entryId, writeSet));
      for (const m of writeSet) requests.push(readRequest(entryId, m.bookieIndex, m.bookieId));
    }
    return requests;
  }

  private finish(outcome: RecoveryOutcome): RecoveryStep {
    invariant(this.state === "fencing" || this.state === "reading", "a recovery ends once");
    this.state = outcome.type === "done" ? "done" : "failed";
    this.reads.clear();
    return { requests: [], recovered: [], outcome };
  }
}

function readRequest(entryId: number, bookieIndex: number, bookieId: string): RecoveryRequest {
  return { type: "read", entryId, bookieIndex, bookieId, fence: true };
}

function step(requests: RecoveryRequest[]): RecoveryStep {
  return { requests, recovered: [], outcome: null };
}

function isLac(n: number): boolean {
  return Number.isSafeInteger(n) && n >= -1;
}
