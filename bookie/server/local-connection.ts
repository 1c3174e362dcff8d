/**
 * A bookie's connection for a ledger client in the same process (standalone). The broker's adds
 * and reads then skip what loopback gRPC costs per entry on both sides: encoding the request,
 * HTTP/2 framing, copying, decoding. Entries are half of the standalone process's gRPC bytes.
 *
 * It keeps BookieClient's contract: requests go through the service's checks and the entry store;
 * an add resolves once its batch is synced; at most PENDING_ADDS_MAX adds are pending; a call not
 * answered in time fails with TIMEOUT; a bookie shutting down answers UNAVAILABLE, after giving
 * the adds in flight its grace period. Read entries were CRC-checked by the store.
 */
import { MagnetarError, TimeoutError, UnavailableError } from "../../common/errors.js";
import { tracingActive } from "../../common/tracing.js";
import {
  ADD_SWEEP_MS,
  type AddRequest,
  type BookieConnection,
  failOverdue,
  type ReadResult,
  tooManyPending,
} from "../client/bookie-client.js";
import { storeAdd } from "./add-stream.js";
import {
  deleteLedger,
  type EntriesRead,
  readEntry,
  readEntryBatches,
  readLac,
  type ServiceContext,
} from "./service.js";

const NO_KEY = Buffer.alloc(0);

interface PendingAdd {
  readonly deadline: number;
  readonly reject: (err: MagnetarError) => void;
}

function result(e: EntriesRead["entries"][number], read: EntriesRead): ReadResult {
  return {
    entryId: e.entryId,
    body: e.body,
    ledgerLength: e.ledgerLength,
    lastAddConfirmed: read.lastAddConfirmed,
    fenced: read.fenced,
  };
}

export class LocalBookieConnection implements BookieConnection {
  /** Adds not yet answered, by a local id: the sweep fails the overdue ones. */
  private readonly pending = new Map<number, PendingAdd>();
  private nextId = 1;
  private readonly sweeper: NodeJS.Timeout;
  private readonly tracing = tracingActive();
  private closed = false;
  /** Told when the last pending add is answered (a closing bookie waits for that). */
  private onIdle: (() => void) | undefined;

  constructor(private readonly ctx: ServiceContext) {
    this.sweeper = setInterval(() => failOverdue(this.pending, this.id), ADD_SWEEP_MS);
    this.sweeper.unref();
  }

  get id(): string {
    return this.ctx.bookieId;
  }

  get pendingAdds(): number {
    return this.pending.size;
  }

  add(req: AddRequest, timeoutMs: number): Promise<void> {
    if (this.closed || this.ctx.closing())
      return Promise.reject(new UnavailableError(`bookie ${this.id} is shutting down`));
    const full = tooManyPending(this.pending.size, this.id);
    if (full) return Promise.reject(full);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { deadline: Date.now() + timeoutMs, reject });
      const answered = (err?: MagnetarError) => {
        if (!this.pending.delete(id)) return; // timed out or failed by close
        if (err) reject(err);
        else resolve();
        if (this.pending.size === 0) this.onIdle?.();
      };
      storeAdd(this.ctx, this.tracing, req, true).then(() => answered(), answered);
    });
  }

  async readEntry(
    ledgerId: number,
    entryId: number,
    timeoutMs: number,
    fence?: { masterKey: Buffer },
  ): Promise<ReadResult> {
    const req = {
      ledgerId,
      entryId,
      fence: fence !== undefined,
      masterKey: fence?.masterKey ?? NO_KEY,
      longPollTimeoutMs: 0,
      previousLac: -1,
    };
    const read = await this.timed(readEntry(this.ctx, req), timeoutMs, `entry ${ledgerId}:${entryId}`);
    const e = read.entries[0];
    // Without a long poll the store throws ENTRY_NOT_FOUND rather than finding nothing.
    if (e === undefined)
      throw new MagnetarError("ENTRY_NOT_FOUND", `bookie ${this.id} has no entry ${ledgerId}:${entryId}`);
    return result(e, read);
  }

  async readEntries(
    ledgerId: number,
    first: number,
    last: number,
    maxBytes: number,
    timeoutMs: number,
  ): Promise<ReadResult[]> {
    const out: ReadResult[] = [];
    let cancelled = false;
    const all = async () => {
      const req = { ledgerId, firstEntryId: first, lastEntryId: last, maxBytes };
      for await (const read of readEntryBatches(this.ctx, req)) {
        // Past the deadline, as a cancelled gRPC stream: stop reading for nobody.
        if (cancelled) return;
        for (const e of read.entries) out.push(result(e, read));
      }
    };
    try {
      await this.timed(all(), timeoutMs, `entries ${ledgerId}:${first}..${last}`);
    } catch (err) {
      cancelled = true;
      // Like a stream that failed midway: what arrived is kept, the rest is read elsewhere.
      if (out.length === 0) throw err;
    }
    return out;
  }

  readLac(
    ledgerId: number,
    options: { fence: boolean; masterKey: Buffer },
    timeoutMs: number,
  ): Promise<{ lastAddConfirmed: number; lastEntryId: number; fenced: boolean }> {
    const req = { ledgerId, fence: options.fence, masterKey: options.masterKey };
    return this.timed(readLac(this.ctx, req), timeoutMs, `the LAC of ledger ${ledgerId}`);
  }

  async deleteLedger(ledgerId: number, timeoutMs: number): Promise<void> {
    await this.timed(deleteLedger(this.ctx, ledgerId), timeoutMs, `the delete of ledger ${ledgerId}`);
  }

  /** A gRPC call's deadline: the caller stops waiting (the store finishes what it started). */
  private timed<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new TimeoutError(`bookie ${this.id} did not answer for ${what} in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  /**
   * Stops taking adds and waits, at most `graceMs`, for those in flight to be answered; the rest
   * fail with UNAVAILABLE (their outcome is unknown to the writer, as over a broken stream).
   */
  async close(graceMs = 0): Promise<void> {
    this.closed = true;
    if (this.pending.size > 0 && graceMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.onIdle = resolve;
        timer = setTimeout(resolve, graceMs);
      });
      clearTimeout(timer);
    }
    clearInterval(this.sweeper);
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) p.reject(new UnavailableError(`bookie ${this.id} closed`));
  }
}
