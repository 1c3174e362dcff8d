/**
 * The Bookie gRPC service (proto/bookie.proto): decodes requests, checks the caller's expected
 * bookie id, and hands over to the entry store. Every refusal is a MagnetarError mapped to a gRPC
 * status (or, inside the AddEntry stream, to that add's response); a bug in a handler is answered
 * INTERNAL and the process keeps serving.
 */
import type * as grpc from "@grpc/grpc-js";
import { InvalidArgumentError, MagnetarError, UnavailableError } from "../../common/errors.js";
import { toServiceError, unary } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import type { BookieHandlers } from "../../proto/gen/magnetar/v1/Bookie.js";
import type { DeleteLedgerResponse } from "../../proto/gen/magnetar/v1/DeleteLedgerResponse.js";
import type { LedgerEntry } from "../../proto/gen/magnetar/v1/LedgerEntry.js";
import type { ListLedgersRequest__Output } from "../../proto/gen/magnetar/v1/ListLedgersRequest.js";
import type { ListLedgersResponse } from "../../proto/gen/magnetar/v1/ListLedgersResponse.js";
import type { ReadEntriesRequest__Output } from "../../proto/gen/magnetar/v1/ReadEntriesRequest.js";
import type { ReadEntriesResponse } from "../../proto/gen/magnetar/v1/ReadEntriesResponse.js";
import type { ReadEntryRequest__Output } from "../../proto/gen/magnetar/v1/ReadEntryRequest.js";
import type { ReadLacRequest__Output } from "../../proto/gen/magnetar/v1/ReadLacRequest.js";
/** Request metadata key naming the bookie the caller means (bookie.proto, "Identity check"). */
import { BOOKIE_ID_KEY } from "../client/bookie-client.js";
import type { AddStreams } from "./add-stream.js";
import { checkId, type EntryStore, type LedgerView, type StoredEntry } from "./entry-store.js";
import type { BookieMetrics } from "./metrics.js";

export { BOOKIE_ID_KEY };

export const SERVICE_LIMITS = {
  /** Longest long poll, whatever the caller asks (bookie.proto). */
  longPollMsMax: 30_000,
  /** Cap on one ReadEntries call's bodies (bookie.proto: 64 MiB). */
  readEntriesBytesMax: 64 * 1024 * 1024,
  /** A ReadEntries message is filled up to about this many body bytes. */
  readEntriesMessageBytes: 4 * 1024 * 1024,
  /** Ledger ids per ListLedgers message (bookie.proto). */
  listLedgersBatchMax: 10_000,
} as const;

export interface ServiceContext {
  readonly bookieId: string;
  readonly store: EntryStore;
  readonly metrics: BookieMetrics;
  readonly logger: Logger;
  readonly version: string;
  readonly startedAtMs: number;
  /** Per AddEntry stream: bytes accepted but not yet synced before the bookie stops reading it. */
  readonly streamPendingBytesMax: number;
  readonly addStreams: AddStreams;
  /** True once shutdown began. */
  closing(): boolean;
}

/** Fails the call when the caller expects another bookie at this address. */
export function checkIdentity(ctx: Pick<ServiceContext, "bookieId">, metadata: grpc.Metadata): void {
  const expected = metadata.get(BOOKIE_ID_KEY)[0];
  if (expected === undefined) return;
  const text = typeof expected === "string" ? expected : expected.toString("utf8");
  if (text !== ctx.bookieId) {
    throw new UnavailableError(
      `bookie id mismatch: this is bookie "${ctx.bookieId}", the caller expected "${text}"`,
    );
  }
}

function checkOpen(ctx: ServiceContext): void {
  if (ctx.closing()) throw new UnavailableError(`bookie ${ctx.bookieId} is shutting down`);
}

function toWire(e: StoredEntry): LedgerEntry {
  return { entryId: e.entryId, body: e.body, crc32c: e.crc32c, ledgerLength: e.ledgerLength };
}

/** Counts a read call that failed, by its error code. */
function countFailedRead(ctx: ServiceContext, rpc: string, err: unknown): void {
  ctx.metrics.reads.inc({ rpc, result: err instanceof MagnetarError ? err.code : "INTERNAL" });
}

/** The identity check of a read call, counted like the read's other refusals. */
function checkReader(ctx: ServiceContext, rpc: string, metadata: grpc.Metadata): void {
  try {
    checkIdentity(ctx, metadata);
  } catch (err) {
    countFailedRead(ctx, rpc, err);
    throw err;
  }
}

/** Counts a read call by result. */
async function counted<T>(ctx: ServiceContext, rpc: string, fn: () => Promise<T>): Promise<T> {
  try {
    const result = await fn();
    ctx.metrics.reads.inc({ rpc, result: "ok" });
    return result;
  } catch (err) {
    countFailedRead(ctx, rpc, err);
    throw err;
  }
}

export function bookieService(ctx: ServiceContext): BookieHandlers {
  const log = ctx.logger;
  return {
    AddEntry: (call) => ctx.addStreams.serve(call),

    ReadEntry: unary(async (req, call) => {
      checkReader(ctx, "ReadEntry", call.metadata);
      const abort = new AbortController();
      const onCancel = () => abort.abort();
      call.once("cancelled", onCancel);
      try {
        const read = await readEntry(ctx, req, abort.signal);
        const entry = read.entries[0];
        return {
          ledgerId: req.ledgerId,
          entry: entry ? toWire(entry) : null,
          lastAddConfirmed: read.lastAddConfirmed,
          fenced: read.fenced,
        };
      } finally {
        call.off("cancelled", onCancel);
      }
    }, log),

    ReadEntries: (call) => {
      readEntries(ctx, call).catch((err: unknown) => call.emit("error", toServiceError(err, log)));
    },

    ReadLac: unary(async (req, call) => {
      checkReader(ctx, "ReadLac", call.metadata);
      return { ledgerId: req.ledgerId, ...(await readLac(ctx, req)) };
    }, log),

    DeleteLedger: unary(async (req, call) => {
      checkIdentity(ctx, call.metadata);
      return deleteLedger(ctx, req.ledgerId);
    }, log),

    GetBookieInfo: unary(async (_req, call) => {
      checkOpen(ctx);
      checkIdentity(ctx, call.metadata);
      const disk = await ctx.store.disk();
      const counts = ctx.store.counts();
      const readOnly = ctx.store.readOnlyReason;
      return {
        bookieId: ctx.bookieId,
        freeDiskBytes: disk.freeBytes,
        totalDiskBytes: disk.totalBytes,
        ledgerCount: counts.ledgers,
        entryCount: counts.entries,
        readOnly: readOnly !== null,
        readOnlyReason: readOnly ?? "",
        version: ctx.version,
        startedAtMs: ctx.startedAtMs,
      };
    }, log),

    ListLedgers: (call) => {
      listLedgers(ctx, call).catch((err: unknown) => call.emit("error", toServiceError(err, log)));
    },
  };
}

async function fence(ctx: ServiceContext, ledgerId: number, masterKey: Buffer) {
  const view = await ctx.store.fence(ledgerId, masterKey);
  ctx.metrics.fences.inc();
  ctx.logger.info({ ledgerId }, "ledger fenced");
  return view;
}

/** What a read finds: entries, and the ledger's LAC and fenced flag on this bookie. */
export interface EntriesRead {
  readonly entries: readonly StoredEntry[];
  readonly lastAddConfirmed: number;
  readonly fenced: boolean;
}

/**
 * ReadEntry (bookie.proto): the entry, or none (long poll only). `signal` ends a long poll early
 * (the caller went away).
 */
export function readEntry(
  ctx: ServiceContext,
  req: ReadEntryRequest__Output,
  signal?: AbortSignal,
): Promise<EntriesRead> {
  return counted(ctx, "ReadEntry", async () => {
    checkOpen(ctx);
    checkId("ledger_id", req.ledgerId);
    checkId("entry_id", req.entryId);
    const longPollMs = req.longPollTimeoutMs;
    if (!Number.isSafeInteger(longPollMs) || longPollMs < 0) {
      throw new InvalidArgumentError(`long_poll_timeout_ms must be >= 0, got ${longPollMs}`);
    }
    if (req.fence) await fence(ctx, req.ledgerId, req.masterKey);
    if (longPollMs === 0) {
      return found(ctx, req.ledgerId, [await ctx.store.readEntry(req.ledgerId, req.entryId)]);
    }
    if (!Number.isSafeInteger(req.previousLac) || req.previousLac < -1) {
      throw new InvalidArgumentError(`previous_lac must be >= -1, got ${req.previousLac}`);
    }
    const waitMs = Math.min(longPollMs, SERVICE_LIMITS.longPollMsMax);
    await ctx.store.waitForLac(req.ledgerId, req.previousLac, waitMs, signal);
    // With long poll a missing entry is no error: the response simply has none.
    const entry = await ctx.store.readEntryIfStored(req.ledgerId, req.entryId);
    return found(ctx, req.ledgerId, entry ? [entry] : []);
  });
}

/** ReadLac (bookie.proto), with `fence` the first step of recovery. */
export function readLac(ctx: ServiceContext, req: ReadLacRequest__Output): Promise<LedgerView> {
  return counted(ctx, "ReadLac", async () => {
    checkOpen(ctx);
    checkId("ledger_id", req.ledgerId);
    const view = req.fence ? await fence(ctx, req.ledgerId, req.masterKey) : ctx.store.ledger(req.ledgerId);
    if (!view) {
      throw new MagnetarError(
        "LEDGER_NOT_FOUND",
        `ledger ${req.ledgerId} is not stored on bookie ${ctx.bookieId}`,
      );
    }
    return view;
  });
}

/** DeleteLedger (bookie.proto): idempotent. */
export async function deleteLedger(ctx: ServiceContext, ledgerId: number): Promise<DeleteLedgerResponse> {
  checkOpen(ctx);
  const existed = await ctx.store.deleteLedger(ledgerId);
  if (existed) ctx.logger.info({ ledgerId }, "ledger deleted");
  return { existed };
}

function found(ctx: ServiceContext, ledgerId: number, entries: StoredEntry[]): EntriesRead {
  const view = ctx.store.ledger(ledgerId);
  return { entries, lastAddConfirmed: view?.lastAddConfirmed ?? -1, fenced: view?.fenced ?? false };
}

/**
 * The entries of a ReadEntries call (bookie.proto) in parts of about `readEntriesMessageBytes`.
 * The entries read before a failure are yielded, then it is thrown.
 */
export async function* readEntryBatches(
  ctx: ServiceContext,
  req: Pick<ReadEntriesRequest__Output, "ledgerId" | "firstEntryId" | "lastEntryId" | "maxBytes">,
): AsyncGenerator<EntriesRead> {
  let batch: StoredEntry[] = [];
  let batchBytes = 0;
  const take = (): EntriesRead => {
    const entries = batch;
    batch = [];
    batchBytes = 0;
    return found(ctx, req.ledgerId, entries);
  };
  try {
    checkOpen(ctx);
    if (!Number.isSafeInteger(req.maxBytes) || req.maxBytes < 0) {
      throw new InvalidArgumentError(`max_bytes must be >= 0, got ${req.maxBytes}`);
    }
    const cap = SERVICE_LIMITS.readEntriesBytesMax;
    const bytesMax = req.maxBytes === 0 ? cap : Math.min(req.maxBytes, cap);
    for await (const entry of ctx.store.readEntries(
      req.ledgerId,
      req.firstEntryId,
      req.lastEntryId,
      bytesMax,
    )) {
      if (batch.length > 0 && batchBytes + entry.body.length > SERVICE_LIMITS.readEntriesMessageBytes) {
        yield take();
      }
      batch.push(entry);
      batchBytes += entry.body.length;
    }
    if (batch.length > 0) yield take();
    ctx.metrics.reads.inc({ rpc: "ReadEntries", result: "ok" });
  } catch (err) {
    countFailedRead(ctx, "ReadEntries", err);
    // The entries before a corrupt (or missing) one still go out, then the error.
    if (batch.length > 0) yield take();
    throw err;
  }
}

/** Writes one message, waiting for the client to take it when the stream's buffer is full. */
async function send<T>(call: grpc.ServerWritableStream<unknown, T>, message: T): Promise<boolean> {
  if (call.cancelled || call.destroyed) return false;
  if (call.write(message)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      call.off("drain", onDrain);
      call.off("cancelled", onGone);
      call.off("close", onGone);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onGone = () => done(false);
    call.on("drain", onDrain);
    call.on("cancelled", onGone);
    call.on("close", onGone);
  });
}

async function readEntries(
  ctx: ServiceContext,
  call: grpc.ServerWritableStream<ReadEntriesRequest__Output, ReadEntriesResponse>,
): Promise<void> {
  checkReader(ctx, "ReadEntries", call.metadata);
  const req = call.request;
  for await (const read of readEntryBatches(ctx, req)) {
    const message = { ledgerId: req.ledgerId, ...read, entries: read.entries.map(toWire) };
    if (!(await send(call, message))) return;
  }
  call.end();
}

async function listLedgers(
  ctx: ServiceContext,
  call: grpc.ServerWritableStream<ListLedgersRequest__Output, ListLedgersResponse>,
): Promise<void> {
  checkOpen(ctx);
  checkIdentity(ctx, call.metadata);
  const start = call.request.startLedgerId;
  if (!Number.isSafeInteger(start) || start < 0) {
    throw new InvalidArgumentError(`start_ledger_id must be >= 0, got ${start}`);
  }
  const ids = ctx.store.ledgerIds(start);
  for (let i = 0; i < ids.length; i += SERVICE_LIMITS.listLedgersBatchMax) {
    if (!(await send(call, { ledgerIds: ids.slice(i, i + SERVICE_LIMITS.listLedgersBatchMax) }))) return;
  }
  call.end();
}
