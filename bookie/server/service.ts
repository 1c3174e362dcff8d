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
import type { LedgerEntry } from "../../proto/gen/magnetar/v1/LedgerEntry.js";
import type { ListLedgersRequest__Output } from "../../proto/gen/magnetar/v1/ListLedgersRequest.js";
import type { ListLedgersResponse } from "../../proto/gen/magnetar/v1/ListLedgersResponse.js";
import type { ReadEntriesRequest__Output } from "../../proto/gen/magnetar/v1/ReadEntriesRequest.js";
import type { ReadEntriesResponse } from "../../proto/gen/magnetar/v1/ReadEntriesResponse.js";
import type { ReadEntryRequest__Output } from "../../proto/gen/magnetar/v1/ReadEntryRequest.js";
import type { ReadEntryResponse } from "../../proto/gen/magnetar/v1/ReadEntryResponse.js";
/** Request metadata key naming the bookie the caller means (bookie.proto, "Identity check"). */
import { BOOKIE_ID_KEY } from "../client/bookie-client.js";
import type { AddStreams } from "./add-stream.js";
import { checkId, type EntryStore, type StoredEntry } from "./entry-store.js";
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

/** Counts a read call by result. */
async function counted<T>(ctx: ServiceContext, rpc: string, fn: () => Promise<T>): Promise<T> {
  try {
    const result = await fn();
    ctx.metrics.reads.inc({ rpc, result: "ok" });
    return result;
  } catch (err) {
    ctx.metrics.reads.inc({ rpc, result: err instanceof MagnetarError ? err.code : "INTERNAL" });
    throw err;
  }
}

export function bookieService(ctx: ServiceContext): BookieHandlers {
  const log = ctx.logger;
  return {
    AddEntry: (call) => ctx.addStreams.serve(call),

    ReadEntry: unary(
      (req, call) =>
        counted(ctx, "ReadEntry", () => {
          checkOpen(ctx);
          checkIdentity(ctx, call.metadata);
          return readEntry(ctx, req, call);
        }),
      log,
    ),

    ReadEntries: (call) => {
      readEntries(ctx, call).catch((err: unknown) => call.emit("error", toServiceError(err, log)));
    },

    ReadLac: unary(
      (req, call) =>
        counted(ctx, "ReadLac", async () => {
          checkOpen(ctx);
          checkIdentity(ctx, call.metadata);
          checkId("ledger_id", req.ledgerId);
          const view = req.fence
            ? await fence(ctx, req.ledgerId, req.masterKey)
            : ctx.store.ledger(req.ledgerId);
          if (!view) {
            throw new MagnetarError(
              "LEDGER_NOT_FOUND",
              `ledger ${req.ledgerId} is not stored on bookie ${ctx.bookieId}`,
            );
          }
          return {
            ledgerId: req.ledgerId,
            lastAddConfirmed: view.lastAddConfirmed,
            fenced: view.fenced,
            lastEntryId: view.lastEntryId,
          };
        }),
      log,
    ),

    DeleteLedger: unary(async (req, call) => {
      checkOpen(ctx);
      checkIdentity(ctx, call.metadata);
      const existed = await ctx.store.deleteLedger(req.ledgerId);
      if (existed) log.info({ ledgerId: req.ledgerId }, "ledger deleted");
      return { existed };
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

async function readEntry(
  ctx: ServiceContext,
  req: ReadEntryRequest__Output,
  call: grpc.ServerUnaryCall<ReadEntryRequest__Output, ReadEntryResponse>,
): Promise<ReadEntryResponse> {
  checkId("ledger_id", req.ledgerId);
  checkId("entry_id", req.entryId);
  const longPollMs = req.longPollTimeoutMs;
  if (!Number.isSafeInteger(longPollMs) || longPollMs < 0) {
    throw new InvalidArgumentError(`long_poll_timeout_ms must be >= 0, got ${longPollMs}`);
  }
  if (req.fence) await fence(ctx, req.ledgerId, req.masterKey);
  if (longPollMs === 0) {
    const entry = await ctx.store.readEntry(req.ledgerId, req.entryId);
    return response(ctx, req.ledgerId, entry);
  }
  if (!Number.isSafeInteger(req.previousLac) || req.previousLac < -1) {
    throw new InvalidArgumentError(`previous_lac must be >= -1, got ${req.previousLac}`);
  }
  const abort = new AbortController();
  const onCancel = () => abort.abort();
  call.once("cancelled", onCancel);
  try {
    const waitMs = Math.min(longPollMs, SERVICE_LIMITS.longPollMsMax);
    await ctx.store.waitForLac(req.ledgerId, req.previousLac, waitMs, abort.signal);
  } finally {
    call.off("cancelled", onCancel);
  }
  // With long poll a missing entry is no error: the response simply has none.
  const entry = await ctx.store.readEntryIfStored(req.ledgerId, req.entryId);
  return response(ctx, req.ledgerId, entry);
}

function response(ctx: ServiceContext, ledgerId: number, entry: StoredEntry | undefined): ReadEntryResponse {
  const view = ctx.store.ledger(ledgerId);
  return {
    ledgerId,
    entry: entry ? toWire(entry) : null,
    lastAddConfirmed: view?.lastAddConfirmed ?? -1,
    fenced: view?.fenced ?? false,
  };
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
  const req = call.request;
  let batch: LedgerEntry[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<boolean> => {
    const view = ctx.store.ledger(req.ledgerId);
    const entries = batch;
    batch = [];
    batchBytes = 0;
    return send(call, {
      ledgerId: req.ledgerId,
      entries,
      lastAddConfirmed: view?.lastAddConfirmed ?? -1,
      fenced: view?.fenced ?? false,
    });
  };
  try {
    checkOpen(ctx);
    checkIdentity(ctx, call.metadata);
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
        if (!(await flush())) return;
      }
      batch.push(toWire(entry));
      batchBytes += entry.body.length;
    }
    if (batch.length > 0 && !(await flush())) return;
    ctx.metrics.reads.inc({ rpc: "ReadEntries", result: "ok" });
    call.end();
  } catch (err) {
    // The entries before a corrupt (or missing) one still go out, then the status.
    if (batch.length > 0) await flush();
    ctx.metrics.reads.inc({
      rpc: "ReadEntries",
      result: err instanceof MagnetarError ? err.code : "INTERNAL",
    });
    throw err;
  }
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
