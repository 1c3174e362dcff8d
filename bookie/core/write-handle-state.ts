/**
 * The writer of one ledger as a pure state machine (BookKeeper's `LedgerHandle` + `PendingAddOp`,
 * without the I/O). The shell sends what it is told to send, reports every bookie answer, writes
 * ensemble changes to the metadata store with compare-and-set, and completes the producers' appends
 * in the order the outputs list them. No timers: the shell reports a timed-out add as
 * `addFailed(entryId, bookieId, new TimeoutError(...))`.
 *
 * Rules (each one is asserted or tested):
 * - Entry ids are 0, 1, 2, ... in append order. Entry e is sent to its write set in the segment
 *   that covers it; every pending entry is covered by the last segment.
 * - An entry completes once A distinct bookies of its write set (in the current metadata) acked it,
 *   and only after every entry before it completed: completions are strictly in entry order and the
 *   last-add-confirmed (LAC) moves forward only over a prefix of entries that each have A acks.
 * - A failed add (any error but LEDGER_FENCED, timeouts included) means its bookie must be replaced
 *   from entry LAC + 1 on. While an ensemble change is in flight, completions are held (the LAC is
 *   frozen) so that the new segment's first entry stays LAC + 1; acks are still recorded.
 * - When the change is written, the acks of the replaced indexes are forgotten for every pending
 *   entry and the entry is re-sent to the replacement bookie.
 * - LEDGER_FENCED (another broker is recovering the ledger) ends the writer: every pending and
 *   every later append fails with LedgerFencedError. So does a lost compare-and-set
 *   (`ensembleChangeFailed`) and `close()` (LedgerClosedError).
 * - Acks from a bookie that is not in the entry's write set (for example one replaced meanwhile)
 *   are ignored; duplicate acks change nothing.
 */
import {
  invariant,
  LedgerClosedError,
  LedgerFencedError,
  type MagnetarError,
  MessageTooLargeError,
} from "../../common/errors.js";
import { type AckSet, DistributionSchedule } from "./distribution.js";
import { checkEnsembleChange, decideEnsembleChange, type EnsembleChangeDecision } from "./ensemble-change.js";
import { ensembleFor, type LedgerMetadata, lastSegment } from "./ledger-metadata.js";

export type { EnsembleChangeDecision } from "./ensemble-change.js";

/** Adds in flight (sent, not yet completed) before `append` answers "backpressure". */
export const PENDING_ADDS_MAX = 4096;
/** Largest entry body (proto/bookie.proto: the bookie's default `entryBytesMax`, 7 MiB). */
export const ENTRY_BYTES_MAX = 7 * 1024 * 1024;

export interface WriteHandleOptions {
  /** Defaults to PENDING_ADDS_MAX. */
  readonly pendingAddsMax: number;
  /** Defaults to ENTRY_BYTES_MAX; must not exceed the bookies' own limit. */
  readonly entryBytesMax: number;
}

export const WRITE_HANDLE_DEFAULTS: WriteHandleOptions = {
  pendingAddsMax: PENDING_ADDS_MAX,
  entryBytesMax: ENTRY_BYTES_MAX,
};

/** One add to send: `AddEntryRequest` without the ledger id, master key and checksum. */
export interface AddRequest {
  readonly entryId: number;
  readonly bookieIndex: number;
  readonly bookieId: string;
  /** The writer's LAC when this was produced: piggybacked, always < entryId. */
  readonly lastAddConfirmed: number;
  /** Bytes of entries 0..entryId (the proto's `ledger_length`). */
  readonly ledgerLengthBytes: number;
  readonly payload: Uint8Array;
}

/** An append that reached A bookies, reported in entry order. */
export interface AddCompletion {
  readonly entryId: number;
  readonly ledgerLengthBytes: number;
}

/** An append that will never complete; its outcome is unknown (it may or may not be recovered). */
export interface AddFailure {
  readonly entryId: number;
  readonly error: MagnetarError;
}

/** What an input produced. `ensembleChange` non-null: start that change now. */
export interface WriteOutput {
  readonly sends: readonly AddRequest[];
  readonly completions: readonly AddCompletion[];
  readonly failures: readonly AddFailure[];
  readonly ensembleChange: EnsembleChangeDecision | null;
  readonly lastAddConfirmed: number;
}

export type AppendResult =
  | { readonly type: "appended"; readonly entryId: number; readonly sends: readonly AddRequest[] }
  /** PENDING_ADDS_MAX adds in flight: retry after completions. Nothing was assigned. */
  | { readonly type: "backpressure"; readonly pendingAdds: number }
  /** Fenced, closed or failed writer (the error says which), or an oversized entry. */
  | { readonly type: "rejected"; readonly error: MagnetarError };

export type CloseResult =
  | {
      readonly type: "closed";
      /** Record this in the metadata with `toClosed(md, lastEntryId, lengthBytes)`. */
      readonly lastEntryId: number;
      readonly lengthBytes: number;
      readonly completions: readonly AddCompletion[];
      readonly failures: readonly AddFailure[];
    }
  | { readonly type: "rejected"; readonly error: MagnetarError };

interface PendingAdd {
  readonly entryId: number;
  readonly payload: Uint8Array;
  readonly ledgerLengthBytes: number;
  readonly acks: AckSet;
}

export class WriteHandleState {
  private md: LedgerMetadata;
  private readonly schedule: DistributionSchedule;
  private readonly options: WriteHandleOptions;
  /** Appended, not completed, keyed by entry id; always the ids lastAddConfirmed+1 .. nextEntryId-1. */
  private readonly pending = new Map<number, PendingAdd>();
  private nextEntryId = 0;
  private lac = -1;
  private confirmedLengthBytes = 0;
  private appendedLengthBytes = 0;
  /** Bookies of the last segment that failed an add and are not replaced yet -> their index. */
  private readonly failedBookies = new Map<string, number>();
  private change: EnsembleChangeDecision | null = null;
  /** Set once the writer is done (fenced, failed or closed); every later call is refused with it. */
  private terminal: MagnetarError | null = null;

  /** For a ledger this writer just created (OPEN, no entries). Throws InvalidArgumentError on bad E/W/A. */
  constructor(metadata: LedgerMetadata, options: WriteHandleOptions = WRITE_HANDLE_DEFAULTS) {
    invariant(metadata.state === "OPEN", `write handle on a ${metadata.state} ledger`);
    invariant(metadata.segments.length === 1, "a write handle starts on a new ledger (one segment)");
    invariant(options.pendingAddsMax >= 1, "pendingAddsMax must be >= 1");
    invariant(options.entryBytesMax >= 0, "entryBytesMax must be >= 0");
    this.md = metadata;
    this.schedule = new DistributionSchedule(metadata);
    this.options = options;
  }

  get lastAddConfirmed(): number {
    return this.lac;
  }

  get pendingAddCount(): number {
    return this.pending.size;
  }

  get metadata(): LedgerMetadata {
    return this.md;
  }

  /** The decision in flight, or null. */
  get ensembleChangeInFlight(): EnsembleChangeDecision | null {
    return this.change;
  }

  /** Null while the writer may append; otherwise why it stopped. */
  get stoppedBy(): MagnetarError | null {
    return this.terminal;
  }

  /** Assigns the next entry id and says where to send it. */
  append(payload: Uint8Array): AppendResult {
    if (this.terminal !== null) return { type: "rejected", error: this.terminal };
    if (payload.length > this.options.entryBytesMax) {
      const error = new MessageTooLargeError(
        `entry of ${payload.length} bytes exceeds entryBytesMax ${this.options.entryBytesMax}`,
      );
      return { type: "rejected", error };
    }
    if (this.pending.size >= this.options.pendingAddsMax) {
      return { type: "backpressure", pendingAdds: this.pending.size };
    }
    const entryId = this.nextEntryId++;
    this.appendedLengthBytes += payload.length;
    const add: PendingAdd = {
      entryId,
      payload,
      ledgerLengthBytes: this.appendedLengthBytes,
      acks: this.schedule.ackSet(entryId),
    };
    this.pending.set(entryId, add);
    return { type: "appended", entryId, sends: this.sendsFor(add, this.schedule.writeSet(entryId)) };
  }

  /** Bookie `bookieId` durably stored `entryId`. */
  addAcked(entryId: number, bookieId: string): WriteOutput {
    const add = this.pending.get(entryId);
    if (this.terminal !== null || add === undefined) return this.output({});
    const index = this.writeSetIndex(entryId, bookieId);
    if (index === null) return this.output({});
    add.acks.completeBookieAndCheck(index);
    return this.output({ completions: this.advance() });
  }

  /** Bookie `bookieId` failed (or timed out on) the add of `entryId`. */
  addFailed(entryId: number, bookieId: string, error: MagnetarError): WriteOutput {
    if (this.terminal !== null || entryId >= this.nextEntryId || entryId < 0) return this.output({});
    if (error.code === "LEDGER_FENCED") {
      const fenced = new LedgerFencedError(
        `ledger ${this.md.ledgerId} was fenced (bookie ${bookieId}, entry ${entryId}): another writer is recovering it`,
        { cause: error },
      );
      return this.terminate(fenced);
    }
    const index = lastSegment(this.md).bookies.indexOf(bookieId);
    if (index < 0 || this.failedBookies.has(bookieId)) return this.output({});
    if (this.pending.has(entryId) && !this.schedule.isInWriteSet(entryId, index)) return this.output({});
    this.failedBookies.set(bookieId, index);
    if (this.change !== null) return this.output({});
    return this.output({ ensembleChange: this.startChange() });
  }

  /**
   * The shell wrote the change it was asked for (`withEnsembleChange` of the decision) and this is
   * the stored value. Re-sends pending entries to the replacements, then completes what it can.
   */
  ensembleChanged(metadata: LedgerMetadata): WriteOutput {
    if (this.terminal !== null) return this.output({});
    const change = this.change;
    invariant(change !== null, "ensembleChanged without a change in flight");
    invariant(change.firstEntryId === this.lac + 1, "the LAC moved while a change was in flight");
    const replaced = checkEnsembleChange(this.md, change, metadata);
    const old = lastSegment(this.md).bookies;
    for (const index of replaced) this.failedBookies.delete(old[index] ?? "");
    this.md = metadata;
    this.change = null;
    const sends: AddRequest[] = [];
    for (const add of this.pending.values()) {
      const indexes = this.schedule.writeSet(add.entryId).filter((i) => replaced.has(i));
      for (const i of indexes) add.acks.removeBookie(i);
      sends.push(...this.sendsFor(add, indexes));
    }
    if (this.failedBookies.size > 0) return this.output({ sends, ensembleChange: this.startChange() });
    return this.output({ sends, completions: this.advance() });
  }

  /**
   * The change could not be made: no bookie to replace with (NotEnoughBookiesError), the metadata
   * CAS lost because the ledger is being recovered (pass a LedgerFencedError), or too many segments.
   * The writer stops; entries not yet completed fail with `error`.
   */
  ensembleChangeFailed(error: MagnetarError): WriteOutput {
    if (this.terminal !== null) return this.output({});
    invariant(this.change !== null, "ensembleChangeFailed without a change in flight");
    return this.terminate(error);
  }

  /**
   * Stops the writer and says what to record: the LAC and the bytes up to it. Entries not yet
   * completed fail with LedgerClosedError; to close gracefully, wait for `pendingAddCount === 0`.
   */
  close(): CloseResult {
    if (this.terminal !== null) return { type: "rejected", error: this.terminal };
    const completions = this.advance();
    const error = new LedgerClosedError(`ledger ${this.md.ledgerId} was closed at entry ${this.lac}`);
    const out = this.terminate(error);
    invariant(out.completions.length === 0, "close completed everything it could before stopping");
    return {
      type: "closed",
      lastEntryId: this.lac,
      lengthBytes: this.confirmedLengthBytes,
      completions,
      failures: out.failures,
    };
  }

  private terminate(error: MagnetarError): WriteOutput {
    const completions = this.advance();
    const failures: AddFailure[] = [];
    for (const add of this.pending.values()) failures.push({ entryId: add.entryId, error });
    this.pending.clear();
    this.terminal = error;
    this.change = null; // abandoned: a stopped writer applies no change
    return this.output({ completions, failures });
  }

  /** Completes the fully acked prefix after the LAC, unless an ensemble change holds completions. */
  private advance(): AddCompletion[] {
    const completions: AddCompletion[] = [];
    if (this.change !== null || this.terminal !== null) return completions;
    for (;;) {
      const head = this.pending.get(this.lac + 1);
      if (head === undefined || !head.acks.isDurable()) break;
      this.pending.delete(head.entryId);
      invariant(head.entryId === this.lac + 1, "the LAC advances one entry at a time");
      this.lac = head.entryId;
      this.confirmedLengthBytes = head.ledgerLengthBytes;
      completions.push({ entryId: head.entryId, ledgerLengthBytes: head.ledgerLengthBytes });
    }
    invariant(
      this.pending.size === this.nextEntryId - this.lac - 1,
      "pending adds are the ids after the LAC",
    );
    return completions;
  }

  private startChange(): EnsembleChangeDecision {
    invariant(this.change === null, "one ensemble change at a time");
    this.change = decideEnsembleChange(this.failedBookies, this.lac);
    return this.change;
  }

  /** The index of `bookieId` in the write set of `entryId` (current metadata), or null. */
  private writeSetIndex(entryId: number, bookieId: string): number | null {
    const index = ensembleFor(this.md, entryId).bookies.indexOf(bookieId);
    if (index < 0 || !this.schedule.isInWriteSet(entryId, index)) return null;
    return index;
  }

  /** Sends of `add` to `indexes` of the last segment, skipping bookies awaiting replacement. */
  private sendsFor(add: PendingAdd, indexes: readonly number[]): AddRequest[] {
    const segment = ensembleFor(this.md, add.entryId);
    invariant(segment === lastSegment(this.md), "pending entries belong to the last segment");
    const sends: AddRequest[] = [];
    for (const bookieIndex of indexes) {
      const bookieId = segment.bookies[bookieIndex];
      invariant(bookieId !== undefined, `bookie index ${bookieIndex} outside the ensemble`);
      if (this.failedBookies.has(bookieId)) continue;
      invariant(this.lac < add.entryId, "the piggybacked LAC precedes the entry");
      sends.push({
        entryId: add.entryId,
        bookieIndex,
        bookieId,
        lastAddConfirmed: this.lac,
        ledgerLengthBytes: add.ledgerLengthBytes,
        payload: add.payload,
      });
    }
    return sends;
  }

  private output(parts: Partial<Omit<WriteOutput, "lastAddConfirmed">>): WriteOutput {
    return {
      sends: parts.sends ?? [],
      completions: parts.completions ?? [],
      failures: parts.failures ?? [],
      ensembleChange: parts.ensembleChange ?? null,
      lastAddConfirmed: this.lac,
    };
  }
}
