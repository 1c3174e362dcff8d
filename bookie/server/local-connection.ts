/**
 * A bookie's connection for a ledger client in the same process (standalone). The broker's adds
 * and reads then skip what loopback gRPC costs per entry on both sides: encoding the request,
 * HTTP/2 framing, copying, decoding. Entries are half of the standalone process's gRPC bytes.
 *
 * It keeps BookieClient's contract: requests go through the service's checks and the entry store,
 * an add resolves once its batch is synced, an add not answered within its timeout fails with
 * TIMEOUT, a bookie shutting down answers UNAVAILABLE. Read entries were CRC-checked by the store.
 */
import { MagnetarError, TimeoutError, UnavailableError } from "../../common/errors.js";
import { tracingActive } from "../../common/tracing.js";
import {
  ADD_SWEEP_MS,
  type AddRequest,
  type BookieConnection,
  type ReadResult,
} from "../client/bookie-client.js";
import { storeAdd } from "./add-stream.js";
import { deleteLedger, readEntry, readEntryBatches, readLac, type ServiceContext } from "./service.js";

const NO_KEY = Buffer.alloc(0);

interface PendingAdd {
  readonly deadline: number;
  readonly reject: (err: MagnetarError) => void;
}

export class LocalBookieConnection implements BookieConnection {
  /** Adds not yet answered, by a local id: the sweep fails the overdue ones. */
  private readonly pending = new Map<number, PendingAdd>();
  private nextId = 1;
  private readonly sweeper: NodeJS.Timeout;
  private readonly tracing = tracingActive();
  private closed = false;

  constructor(private readonly ctx: ServiceContext) {
    this.sweeper = setInterval(() => this.sweep(), ADD_SWEEP_MS);
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
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { deadline: Date.now() + timeoutMs, reject });
      storeAdd(this.ctx, this.tracing, req).then(
        () => {
          if (this.pending.delete(id)) resolve();
        },
        (err: MagnetarError) => {
          if (this.pending.delete(id)) reject(err);
        },
      );
    });
  }

  async readEntry(
    ledgerId: number,
    entryId: number,
    _timeoutMs: number,
    fence?: { masterKey: Buffer },
  ): Promise<ReadResult> {
    const read = await readEntry(this.ctx, {
      ledgerId,
      entryId,
      fence: fence !== undefined,
      masterKey: fence?.masterKey ?? NO_KEY,
      longPollTimeoutMs: 0,
      previousLac: -1,
    });
    const e = read.entries[0];
    // Without a long poll the store throws ENTRY_NOT_FOUND rather than finding nothing.
    if (e === undefined)
      throw new MagnetarError("ENTRY_NOT_FOUND", `bookie ${this.id} has no entry ${ledgerId}:${entryId}`);
    return {
      entryId: e.entryId,
      body: e.body,
      ledgerLength: e.ledgerLength,
      lastAddConfirmed: read.lastAddConfirmed,
      fenced: read.fenced,
    };
  }

  async readEntries(
    ledgerId: number,
    first: number,
    last: number,
    maxBytes: number,
    _timeoutMs: number,
  ): Promise<ReadResult[]> {
    const out: ReadResult[] = [];
    try {
      const req = { ledgerId, firstEntryId: first, lastEntryId: last, maxBytes };
      for await (const read of readEntryBatches(this.ctx, req)) {
        for (const e of read.entries) {
          out.push({
            entryId: e.entryId,
            body: e.body,
            ledgerLength: e.ledgerLength,
            lastAddConfirmed: read.lastAddConfirmed,
            fenced: read.fenced,
          });
        }
      }
    } catch (err) {
      if (out.length === 0) throw err;
    }
    return out;
  }

  async readLac(
    ledgerId: number,
    options: { fence: boolean; masterKey: Buffer },
    _timeoutMs: number,
  ): Promise<{ lastAddConfirmed: number; lastEntryId: number; fenced: boolean }> {
    return readLac(this.ctx, { ledgerId, fence: options.fence, masterKey: options.masterKey });
  }

  async deleteLedger(ledgerId: number, _timeoutMs: number): Promise<void> {
    await deleteLedger(this.ctx, ledgerId);
  }

  private sweep(): void {
    if (this.pending.size === 0) return;
    const now = Date.now();
    for (const [id, p] of this.pending) {
      if (p.deadline > now) continue;
      this.pending.delete(id);
      p.reject(new TimeoutError(`bookie ${this.id} did not acknowledge an add in time`));
    }
  }

  /** Fails the adds still pending with UNAVAILABLE (the bookie answers them to nobody). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(new UnavailableError(`bookie ${this.id} closed`));
  }
}
