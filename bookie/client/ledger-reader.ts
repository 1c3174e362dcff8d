/**
 * Reading a ledger: an entry is read from one bookie of its write set; if that bookie has not
 * answered after `speculativeReadMs`, the next one is asked too, and the first good answer wins.
 * An entry is "not found" only when every bookie of its write set says so. Entries read back are
 * checked against their CRC32C (a corrupt copy counts as a failure, and another copy is tried).
 */
import { MagnetarError } from "../../common/errors.js";
import { DistributionSchedule, ensembleFor, type LedgerMetadata, lastSegment } from "../core/index.js";
import type { BookieClient, ReadResult } from "./bookie-client.js";
import { asMagnetarError } from "./ledger-writer.js";

export interface ReaderContext {
  readonly bookie: (id: string) => BookieClient;
  readonly readTimeoutMs: number;
  readonly speculativeReadMs: number;
}

export class LedgerReader {
  private readonly schedule: DistributionSchedule;
  /** Highest LAC learnt for an open ledger (entries up to it are readable). */
  private knownLac = -1;

  constructor(
    private readonly ctx: ReaderContext,
    readonly metadata: LedgerMetadata,
  ) {
    this.schedule = new DistributionSchedule(metadata);
  }

  get ledgerId(): number {
    return this.metadata.ledgerId;
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
      this.knownLac = await this.readLastAddConfirmed();
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
