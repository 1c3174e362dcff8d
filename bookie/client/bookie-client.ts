/**
 * A connection to one bookie: pipelined adds on one AddEntry stream, reads, fencing, deletes.
 *
 * Adds are matched to answers by request id. Instead of a timer per add, a sweep every
 * `ADD_SWEEP_MS` fails adds older than their deadline with TIMEOUT, so the hot path allocates only
 * the pending record. A broken stream fails every pending add with UNAVAILABLE (the ledger client
 * then replaces the bookie) and the next add opens a new stream.
 */

import * as grpc from "@grpc/grpc-js";
import { crc32c } from "../../common/crc32c.js";
import {
  ChecksumMismatchError,
  errorFromCode,
  isErrorCode,
  MagnetarError,
  TimeoutError,
  UnavailableError,
} from "../../common/errors.js";
import { callUnary, channelOptions, deadlineIn, fromServiceError } from "../../common/grpc.js";
import type { TraceCarrier } from "../../common/tracing.js";
import type { AddEntryRequest__Output } from "../../proto/gen/magnetar/v1/AddEntryRequest.js";
import type { AddEntryResponse__Output } from "../../proto/gen/magnetar/v1/AddEntryResponse.js";
import type { BookieClient as BookieStub } from "../../proto/gen/magnetar/v1/Bookie.js";
import type { LedgerEntry__Output } from "../../proto/gen/magnetar/v1/LedgerEntry.js";
import type { ReadEntriesResponse__Output } from "../../proto/gen/magnetar/v1/ReadEntriesResponse.js";
import { magnetarV1 } from "../../proto/index.js";
import { type EncodedAdd, encodeAddEntry } from "./add-entry-codec.js";

/**
 * Safety bound on adds pending on one bookie connection (shared by every ledger using it); each
 * writer already stops at 4,096 pending entries, so this is only reached by ~50 busy ledgers.
 */
export const PENDING_ADDS_MAX = 200_000;
/** Identifies the bookie a call is meant for: a different bookie at a reused address refuses it. */
export const BOOKIE_ID_KEY = "magnetar-bookie-id";
/** How often overdue adds are failed. */
export const ADD_SWEEP_MS = 50;

/**
 * One add as the writer sends it and the bookie stores it: the wire request without its stream
 * correlation id. `crc32c` is computed once per entry by the writer (not per
 * bookie) and checked by the bookie before it stores anything.
 */
export type AddRequest = Readonly<Omit<AddEntryRequest__Output, "requestId" | "traceContext">> & {
  /** The W3C context of the writer's span for this add, when traced. */
  readonly traceContext?: TraceCarrier;
};

interface PendingAdd {
  /** Set when the add is written to the stream: time spent queued behind a full stream is not the bookie's fault. */
  deadline: number;
  readonly timeoutMs: number;
  readonly resolve: () => void;
  readonly reject: (err: MagnetarError) => void;
}

export interface ReadResult {
  readonly entryId: number;
  readonly body: Buffer;
  readonly ledgerLength: number;
  readonly lastAddConfirmed: number;
  readonly fenced: boolean;
}

/** Checks an entry read back against its stored CRC32C: corrupt data is an error, never data. */
export function verifiedEntry(
  ledgerId: number,
  e: LedgerEntry__Output,
  bookieId: string,
): LedgerEntry__Output {
  if (crc32c(e.body) >>> 0 !== e.crc32c >>> 0) {
    throw new ChecksumMismatchError(
      `entry ${ledgerId}:${e.entryId} from bookie ${bookieId} failed its CRC32C check`,
    );
  }
  return e;
}

/**
 * What the ledger client asks of one bookie: a gRPC connection (BookieClient) or, for a bookie in
 * the same process (standalone), direct calls into it (bookie/server/local-connection.ts). Both
 * keep one contract: the same checks, errors and durability, calls that time out, and at most
 * PENDING_ADDS_MAX adds pending.
 */
export interface BookieConnection {
  readonly id: string;
  readonly pendingAdds: number;
  /** Stores one add; resolves once the bookie has synced it. */
  add(req: AddRequest, timeoutMs: number): Promise<void>;
  /** Reads one entry; with `fence`, first fences the ledger on this bookie (recovery reads). */
  readEntry(
    ledgerId: number,
    entryId: number,
    timeoutMs: number,
    fence?: { masterKey: Buffer },
  ): Promise<ReadResult>;
  /**
   * Range read (ReadEntries): entries first..last as a gap-free prefix, each checked against its
   * CRC32C. A read that fails after some entries still yields them (the caller reads the rest
   * elsewhere); one that fails before any rejects with its error.
   */
  readEntries(
    ledgerId: number,
    first: number,
    last: number,
    maxBytes: number,
    timeoutMs: number,
  ): Promise<ReadResult[]>;
  /** Reads the LAC; with `fence`, first fences the ledger on this bookie (durably). */
  readLac(
    ledgerId: number,
    options: { fence: boolean; masterKey: Buffer },
    timeoutMs: number,
  ): Promise<{ lastAddConfirmed: number; lastEntryId: number; fenced: boolean }>;
  deleteLedger(ledgerId: number, timeoutMs: number): Promise<void>;
  close(): void;
}

/** The error for an add beyond PENDING_ADDS_MAX pending on one bookie connection, if it is. */
export function tooManyPending(pending: number, bookieId: string): MagnetarError | undefined {
  if (pending < PENDING_ADDS_MAX) return undefined;
  return new MagnetarError(
    "RESOURCE_EXHAUSTED",
    `${PENDING_ADDS_MAX} adds already pending on bookie ${bookieId}`,
  );
}

/** Fails the adds past their deadline with TIMEOUT (one sweep for all, not a timer per add). */
export function failOverdue(
  pending: Map<number, { readonly deadline: number; readonly reject: (err: MagnetarError) => void }>,
  bookieId: string,
): void {
  if (pending.size === 0) return;
  const now = Date.now();
  for (const [id, p] of pending) {
    if (p.deadline > now) continue;
    pending.delete(id);
    p.reject(new TimeoutError(`bookie ${bookieId} did not acknowledge an add in time`));
  }
}

export class BookieClient implements BookieConnection {
  private readonly stub: BookieStub | undefined;
  /** Carries requests already encoded (add-entry-codec.ts), so the entry is encoded once for all bookies. */
  private stream: grpc.ClientDuplexStream<Buffer, AddEntryResponse__Output> | undefined;
  private readonly pending = new Map<number, PendingAdd>();
  /** Adds waiting for the stream to drain (flow control), in order. */
  private readonly queued: EncodedAdd[] = [];
  private congested = false;
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    readonly id: string,
    /** Undefined for a bookie never seen registered: every call fails as UNAVAILABLE. */
    readonly address: string | undefined,
  ) {
    this.stub =
      address === undefined
        ? undefined
        : new (magnetarV1().Bookie)(address, grpc.credentials.createInsecure(), channelOptions());
    this.sweeper = setInterval(() => this.sweep(), ADD_SWEEP_MS);
    this.sweeper.unref();
  }

  /** Call metadata naming the bookie meant, checked by the server. */
  private identity(): grpc.Metadata {
    const md = new grpc.Metadata();
    md.set(BOOKIE_ID_KEY, this.id);
    return md;
  }

  private connected(): BookieStub {
    if (!this.stub) throw new UnavailableError(`bookie ${this.id} is not registered (no known address)`);
    return this.stub;
  }

  get pendingAdds(): number {
    return this.pending.size;
  }

  add(req: AddRequest, timeoutMs: number): Promise<void> {
    if (this.closed) return Promise.reject(new UnavailableError(`connection to bookie ${this.id} is closed`));
    if (!this.stub)
      return Promise.reject(new UnavailableError(`bookie ${this.id} is not registered (no known address)`));
    const full = tooManyPending(this.pending.size, this.id);
    if (full) return Promise.reject(full);
    let add = encodeAddEntry(req);
    // The same entry sent to this bookie again while its first send is pending: a new request id.
    if (this.pending.has(add.requestId)) add = encodeAddEntry(req, true);
    return new Promise<void>((resolve, reject) => {
      this.pending.set(add.requestId, { deadline: Number.POSITIVE_INFINITY, timeoutMs, resolve, reject });
      if (this.congested) this.queued.push(add);
      else this.write(add);
    });
  }

  private write(add: EncodedAdd): void {
    const p = this.pending.get(add.requestId);
    if (!p) return; // failed meanwhile
    p.deadline = Date.now() + p.timeoutMs;
    if (!this.addStream().write(add.bytes)) this.congested = true;
  }

  private drain(): void {
    this.congested = false;
    while (!this.congested) {
      const next = this.queued.shift();
      if (!next) return;
      this.write(next);
    }
  }

  private addStream() {
    if (this.stream) return this.stream;
    const method = magnetarV1().Bookie.service.AddEntry;
    const stream = this.connected().makeBidiStreamRequest(
      method.path,
      (bytes: Buffer) => bytes,
      method.responseDeserialize,
      this.identity(),
    );
    stream.on("data", (res: AddEntryResponse__Output) => this.onAddResponse(res));
    const broken = (err?: unknown) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      this.congested = false; // the next add opens a fresh stream
      const cause = err === undefined ? undefined : fromServiceError(err);
      this.failAll(
        new UnavailableError(`add stream to bookie ${this.id} broke${cause ? `: ${cause.message}` : ""}`, {
          cause,
        }),
      );
    };
    stream.on("error", broken);
    stream.on("end", () => broken());
    stream.on("drain", () => this.drain());
    this.stream = stream;
    this.congested = false;
    return stream;
  }

  private onAddResponse(res: AddEntryResponse__Output): void {
    const p = this.pending.get(res.requestId);
    if (!p) return; // already timed out
    this.pending.delete(res.requestId);
    if (!res.error || res.error.code === "ERROR_CODE_UNSPECIFIED") {
      p.resolve();
      return;
    }
    const code = isErrorCode(res.error.code) ? res.error.code : "INTERNAL";
    p.reject(errorFromCode(code, `bookie ${this.id}: ${res.error.message}`));
  }

  private sweep(): void {
    failOverdue(this.pending, this.id);
  }

  private failAll(err: MagnetarError): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.queued.length = 0;
    for (const p of all) p.reject(err);
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
      masterKey: fence?.masterKey ?? Buffer.alloc(0),
    };
    const res = await callUnary(this.connected(), "ReadEntry", req, timeoutMs, this.identity());
    if (!res.entry)
      throw new MagnetarError("ENTRY_NOT_FOUND", `bookie ${this.id} has no entry ${ledgerId}:${entryId}`);
    if (res.entry.entryId !== entryId) {
      throw new MagnetarError(
        "INTERNAL",
        `bookie ${this.id} answered entry ${res.entry.entryId} for ${ledgerId}:${entryId}`,
      );
    }
    const e = verifiedEntry(ledgerId, res.entry, this.id);
    return {
      entryId: e.entryId,
      body: e.body,
      ledgerLength: e.ledgerLength,
      lastAddConfirmed: res.lastAddConfirmed,
      fenced: res.fenced,
    };
  }

  readEntries(
    ledgerId: number,
    first: number,
    last: number,
    maxBytes: number,
    timeoutMs: number,
  ): Promise<ReadResult[]> {
    const call = this.connected().ReadEntries(
      { ledgerId, firstEntryId: first, lastEntryId: last, maxBytes },
      this.identity(),
      { deadline: deadlineIn(timeoutMs) },
    );
    return new Promise<ReadResult[]>((resolve, reject) => {
      const out: ReadResult[] = [];
      let failure: MagnetarError | undefined;
      call.on("data", (res: ReadEntriesResponse__Output) => {
        if (failure) return;
        for (const entry of res.entries) {
          if (entry.entryId !== first + out.length) {
            failure = new MagnetarError(
              "INTERNAL",
              `bookie ${this.id} sent entry ${entry.entryId} of ledger ${ledgerId} where ${first + out.length} was due`,
            );
            call.cancel();
            break;
          }
          try {
            const e = verifiedEntry(ledgerId, entry, this.id);
            out.push({
              entryId: e.entryId,
              body: e.body,
              ledgerLength: e.ledgerLength,
              lastAddConfirmed: res.lastAddConfirmed,
              fenced: res.fenced,
            });
          } catch (err) {
            failure = err as MagnetarError;
            call.cancel();
            break;
          }
        }
      });
      const settle = (err?: MagnetarError) => {
        const e = failure ?? err;
        if (out.length > 0 || !e) resolve(out);
        else reject(e);
      };
      call.on("error", (err: unknown) => settle(fromServiceError(err)));
      call.on("end", () => settle());
    });
  }

  async readLac(
    ledgerId: number,
    options: { fence: boolean; masterKey: Buffer },
    timeoutMs: number,
  ): Promise<{ lastAddConfirmed: number; lastEntryId: number; fenced: boolean }> {
    const res = await callUnary(
      this.connected(),
      "ReadLac",
      { ledgerId, fence: options.fence, masterKey: options.masterKey },
      timeoutMs,
      this.identity(),
    );
    return { lastAddConfirmed: res.lastAddConfirmed, lastEntryId: res.lastEntryId, fenced: res.fenced };
  }

  async deleteLedger(ledgerId: number, timeoutMs: number): Promise<void> {
    await callUnary(this.connected(), "DeleteLedger", { ledgerId }, timeoutMs, this.identity());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    this.failAll(new UnavailableError(`connection to bookie ${this.id} closed`));
    this.stream?.end();
    this.stub?.close();
  }
}
