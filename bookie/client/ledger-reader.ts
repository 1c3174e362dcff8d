/**
 * Reading a ledger: an entry is read from one bookie of its write set; if that bookie has not
 * answered after `speculativeReadMs`, the next one is asked too, and the first good answer wins.
 * An entry is "not found" only when every bookie of its write set says so. Entries read back are
 * checked against their CRC32C (a corrupt copy counts as a failure, and another copy is tried).
 */
import { MagnetarError } from "../../common/errors.js";
import { DistributionSchedule, ensembleFor, type LedgerMetadata, lastSegment } from "../core/index.js";
import type { BookieConnection, ReadResult } from "./bookie-client.js";
import { asMagnetarError } from "./ledger-writer.js";

/** Bytes one range read asks a bookie for (it may send less; the caller asks again from there). */
const RANGE_BYTES_MAX = 16 * 1024 * 1024;

export interface ReaderContext {
  readonly bookie: (id: string) => BookieConnection;
  readonly readTimeoutMs: number;
  readonly speculativeReadMs: number;
}

export class LedgerReader {
  private readonly schedule: DistributionSchedule;
  /** Highest LAC learnt for an open ledger (entries up to it are readable). */
  private knownLac = -1;
  /** Bookies whose range read failed: ranges go to the others, single reads still try them. */
  private readonly rangeFailed = new Set<string>();

  constructor(
    private readonly ctx: ReaderContext,
    readonly metadata: LedgerMetadata,
  ) {
    this.schedule = new DistributionSchedule(metadata);
  }

  get ledgerId(): number {
    return this.metadata.ledgerId;
  }

  /**
   * The ledger's writer vouches that entries up to `entryId` are confirmed (on an ack quorum), so
   * reads up to it need not ask the bookies for their LAC: the bookies learn an entry's
   * confirmation only with the next add, so the writer's newest entries are past their LAC.
   */
  confirmedUpTo(entryId: number): void {
    this.knownLac = Math.max(this.knownLac, entryId);
  }

  /** For a closed ledger, its last entry; -1 when empty or still open (use readLastAddConfirmed). */
  get lastEntryId(): number {
    return this.metadata.state === "CLOSED" ? this.metadata.lastEntryId : -1;
  }

  /** The write set of an entry, as bookie ids, in the order they are tried. */
  writeSet(entryId: number): string[] {
    const segment = ensembleFor(this.metadata, entryId);
    return this.schedule.writeSet(entryId).map((i) => segment.bookies[i] as string);
  }

  async read(entryId: number): Promise<ReadResult> {
    if (this.metadata.state === "CLOSED" && entryId > this.metadata.lastEntryId) {
      throw new MagnetarError(
        "ENTRY_NOT_FOUND",
        `ledger ${this.ledgerId} ends at entry ${this.metadata.lastEntryId}; ${entryId} does not exist`,
      );
    }
    // An open ledger is read only up to its LAC: an entry past it may not be on A bookies yet,
    // and recovery could still drop it (a reader must never see what later vanishes).
    if (this.metadata.state !== "CLOSED" && entryId > this.knownLac) {
      this.knownLac = Math.max(this.knownLac, await this.readLastAddConfirmed());
      if (entryId > this.knownLac) {
        throw new MagnetarError(
          "ENTRY_NOT_FOUND",
          `entry ${this.ledgerId}:${entryId} is past the ledger's LAC (${this.knownLac}): not confirmed yet`,
        );
      }
    }
    const bookies = this.writeSet(entryId);
    return new Promise<ReadResult>((resolve, reject) => {
      let next = 0;
      let failed = 0;
      let settled = false;
      const errors: MagnetarError[] = [];
      let timer: NodeJS.Timeout | undefined;
      const tryNext = () => {
        clearTimeout(timer);
        if (settled || next >= bookies.length) return;
        const id = bookies[next++] as string;
        timer = setTimeout(tryNext, this.ctx.speculativeReadMs);
        this.ctx
          .bookie(id)
          .readEntry(this.ledgerId, entryId, this.ctx.readTimeoutMs)
          .then(
            (r) => {
              if (settled) return;
              settled = true;
              clearTimeout(timer);
              resolve(r);
            },
            (err: unknown) => {
              errors.push(asMagnetarError(err));
              if (++failed === bookies.length) {
                settled = true;
                reject(summarise(this.ledgerId, entryId, errors));
              } else {
                tryNext();
              }
            },
          );
      };
      tryNext();
    });
  }

  /**
   * Entries `first`..`last` in order, as a gap-free prefix of at least one entry (fewer than asked
   * when the range passes the readable end, a bookie's byte bound, or what one bookie holds: ask
   * again from the next id). One ReadEntries stream from the bookie of `first`'s write set that
   * holds the longest run of the range; if that fails, the single-entry read with its retries.
   * Catch-up reads thus cost one call per run of entries instead of one per entry.
   */
  async readRange(first: number, last: number, maxBytes = RANGE_BYTES_MAX): Promise<ReadResult[]> {
    // The readable end, as `read` decides it: a closed ledger's last entry, an open one's LAC.
    let end = last;
    if (this.metadata.state === "CLOSED") end = Math.min(end, this.metadata.lastEntryId);
    else {
      if (last > this.knownLac) this.knownLac = Math.max(this.knownLac, await this.readLastAddConfirmed());
      end = Math.min(end, this.knownLac);
    }
    // One entry, or none readable: `read` answers (and throws ENTRY_NOT_FOUND as it should).
    if (end <= first) return [await this.read(first)];
    const segment = ensembleFor(this.metadata, first);
    let best = { id: "", until: first };
    for (const id of this.writeSet(first)) {
      // A bookie whose range read failed is not asked for ranges again by this reader.
      if (this.rangeFailed.has(id)) continue;
      let until = first;
      while (
        until < end &&
        ensembleFor(this.metadata, until + 1) === segment &&
        this.writeSet(until + 1).includes(id)
      )
        until++;
      if (best.id === "" || until > best.until) best = { id, until };
    }
    if (best.id === "") return [await this.read(first)];
    try {
      const got = await this.ctx
        .bookie(best.id)
        .readEntries(this.ledgerId, first, best.until, maxBytes, this.ctx.readTimeoutMs);
      if (got.length > 0) return got;
    } catch {
      // That bookie is down, slow or damaged: the single-entry read tries the write set in turn.
      this.rangeFailed.add(best.id);
    }
    return [await this.read(first)];
  }

  /**
   * The last-add-confirmed of an open ledger: the highest LAC among the bookies of its last
   * segment that answer (entries up to it are safe to read).
   */
  async readLastAddConfirmed(): Promise<number> {
    if (this.metadata.state === "CLOSED") return this.metadata.lastEntryId;
    const answers = await Promise.allSettled(
      lastSegment(this.metadata).bookies.map((id) =>
        this.ctx
          .bookie(id)
          .readLac(this.ledgerId, { fence: false, masterKey: Buffer.alloc(0) }, this.ctx.readTimeoutMs),
      ),
    );
    const lacs = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value.lastAddConfirmed] : []));
    if (lacs.length === 0)
      throw new MagnetarError("UNAVAILABLE", `no bookie of ledger ${this.ledgerId} answered for its LAC`);
    return Math.max(...lacs);
  }
}

function summarise(ledgerId: number, entryId: number, errors: MagnetarError[]): MagnetarError {
  if (errors.every((e) => e.code === "ENTRY_NOT_FOUND" || e.code === "LEDGER_NOT_FOUND")) {
    return new MagnetarError(
      "ENTRY_NOT_FOUND",
      `no bookie of its write set has entry ${ledgerId}:${entryId}`,
    );
  }
  const detail = errors.map((e) => `${e.code}: ${e.message}`).join("; ");
  return new MagnetarError("UNAVAILABLE", `could not read entry ${ledgerId}:${entryId} (${detail})`);
}
