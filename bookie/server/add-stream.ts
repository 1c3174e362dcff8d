/**
 * AddEntry streams: many adds in flight per stream, each answered exactly once (in any order) as
 * soon as the synced batch holding it is durable, or with its own error.
 *
 * Flow control: while a stream has more than `pendingBytesMax` body bytes (or `pendingAddsMax`
 * adds) accepted but not yet answered, the bookie stops reading it, so HTTP/2 flow control pushes
 * back on the client; reading resumes once it is back under both bounds.
 *
 * Shutdown: every stream stops being read, its outstanding adds are answered, and it ends with
 * UNAVAILABLE. When the client half-closes, outstanding adds are answered and the stream ends OK.
 */
import type * as grpc from "@grpc/grpc-js";
import { MagnetarError, UnavailableError } from "../../common/errors.js";
import { toServiceError } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import {
  contextOf,
  endWithError,
  isSampled,
  type Span,
  SpanKind,
  startChildSpan,
  tracer,
  tracingActive,
} from "../../common/tracing.js";
import type { AddEntryRequest__Output } from "../../proto/gen/magnetar/v1/AddEntryRequest.js";
import type { AddEntryResponse } from "../../proto/gen/magnetar/v1/AddEntryResponse.js";
import type { AddRequest } from "../client/bookie-client.js";
import type { EntryStore } from "./entry-store.js";
import type { BatchStats } from "./group-commit.js";
import type { BookieMetrics } from "./metrics.js";

type AddCall = grpc.ServerDuplexStream<AddEntryRequest__Output, AddEntryResponse>;

export interface AddStreamsOptions {
  readonly bookieId: string;
  readonly store: EntryStore;
  readonly metrics: BookieMetrics;
  readonly logger: Logger;
  /** Body bytes accepted but not answered, per stream, before the bookie stops reading it. */
  readonly pendingBytesMax: number;
  /** Adds accepted but not answered, per stream, before the bookie stops reading it. */
  readonly pendingAddsMax: number;
  /** Throws when the caller expects another bookie (see service.ts). */
  readonly checkIdentity: (metadata: grpc.Metadata) => void;
}

const bookieTracer = tracer("magnetar.bookie");

export class AddStreams {
  private readonly active = new Set<AddStream>();
  private closing = false;
  /** Taken once: whether adds that carry a trace context get spans. */
  private readonly tracing = tracingActive();

  constructor(private readonly options: AddStreamsOptions) {}

  get size(): number {
    return this.active.size;
  }

  serve(call: AddCall): void {
    if (this.closing) {
      call.emit(
        "error",
        toServiceError(new UnavailableError(`bookie ${this.options.bookieId} is shutting down`)),
      );
      return;
    }
    try {
      this.options.checkIdentity(call.metadata);
    } catch (err) {
      call.emit("error", toServiceError(err, this.options.logger));
      return;
    }
    const stream = new AddStream(call, this.options, this.tracing, () => this.active.delete(stream));
    this.active.add(stream);
  }

  /** Stops every stream: outstanding adds are answered, then each ends with UNAVAILABLE. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.active].map((s) => s.stop()));
  }
}

class AddStream {
  private outstanding = 0;
  private pendingBytes = 0;
  private paused = false;
  private halfClosed = false;
  private stopping = false;
  private finished = false;
  private readonly done: Promise<void>;
  private resolveDone!: () => void;

  constructor(
    private readonly call: AddCall,
    private readonly options: AddStreamsOptions,
    private readonly tracing: boolean,
    private readonly onFinished: () => void,
  ) {
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    call.on("data", (req: AddEntryRequest__Output) => this.onAdd(req));
    call.on("end", () => {
      this.halfClosed = true;
      this.maybeFinish();
    });
    call.on("error", (err: Error) => {
      options.logger.debug({ err: err.message }, "AddEntry stream failed");
      this.finish();
    });
    call.on("cancelled", () => this.finish());
  }

  /** Stop reading; resolves once the outstanding adds are answered and the stream ended. */
  stop(): Promise<void> {
    this.stopping = true;
    this.call.pause();
    this.maybeFinish();
    return this.done;
  }

  private onAdd(req: AddEntryRequest__Output): void {
    this.outstanding++;
    this.pendingBytes += req.body.length;
    if (
      !this.paused &&
      (this.pendingBytes > this.options.pendingBytesMax || this.outstanding >= this.options.pendingAddsMax)
    ) {
      this.paused = true;
      this.call.pause();
    }
    storeAdd(this.options, this.tracing, req).then(
      () => this.answer(req, null),
      // storeAdd rejects with MagnetarErrors only.
      (err: MagnetarError) => this.answer(req, { code: err.code, message: err.message }),
    );
  }

  private answer(req: AddEntryRequest__Output, error: AddEntryResponse["error"]): void {
    this.outstanding--;
    this.pendingBytes -= req.body.length;
    if (!this.finished) {
      this.call.write({ requestId: req.requestId, ledgerId: req.ledgerId, entryId: req.entryId, error });
    }
    if (
      this.paused &&
      !this.stopping &&
      this.pendingBytes <= this.options.pendingBytesMax &&
      this.outstanding < this.options.pendingAddsMax
    ) {
      this.paused = false;
      this.call.resume();
    }
    this.maybeFinish();
  }

  private maybeFinish(): void {
    if (this.finished || this.outstanding > 0) return;
    if (this.stopping) {
      const err = new UnavailableError(`bookie ${this.options.bookieId} is shutting down`);
      this.call.emit("error", toServiceError(err));
      this.finish();
    } else if (this.halfClosed) {
      this.call.end();
      this.finish();
    }
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.onFinished();
    this.resolveDone();
  }
}

/** What storing an add needs: the AddEntry stream's options, or a local connection's. */
export type AddContext = Pick<AddStreamsOptions, "bookieId" | "store" | "metrics" | "logger">;

/**
 * Stores one add (AddEntry, bookie.proto) and counts it; resolves once it is durable. With
 * `tracing` and a sampled trace context, the add and its journal sync are spans in that trace
 * (`local`: the caller is in this process, not a gRPC client). Rejects with a MagnetarError only:
 * an unexpected error is logged and becomes INTERNAL.
 */
export async function storeAdd(
  ctx: AddContext,
  tracing: boolean,
  req: AddRequest,
  local = false,
): Promise<void> {
  const startedAt = performance.now();
  let span: Span | undefined;
  try {
    span = tracing && isSampled(req.traceContext) ? addSpan(ctx.bookieId, req, local) : undefined;
    const traced = span;
    await ctx.store.addEntry(req, traced && ((stats) => syncSpan(traced, stats)));
    span?.end();
    ctx.metrics.adds.inc({ result: "ok" });
    ctx.metrics.addLatency.observe((performance.now() - startedAt) / 1000);
  } catch (err) {
    if (span) endWithError(span, err);
    if (err instanceof MagnetarError) {
      ctx.metrics.adds.inc({ result: err.code });
      throw err;
    }
    ctx.logger.error({ err, ledgerId: req.ledgerId, entryId: req.entryId }, "unexpected error in an add");
    ctx.metrics.adds.inc({ result: "INTERNAL" });
    throw new MagnetarError(
      "INTERNAL",
      `internal error: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}

/** The server side of the writer's AddEntry span, in the publish's trace. */
function addSpan(bookieId: string, req: AddRequest, local: boolean): Span {
  const attributes = {
    "magnetar.bookie.id": bookieId,
    "magnetar.ledger.id": req.ledgerId,
    "magnetar.entry.id": req.entryId,
    "magnetar.entry.bytes": req.body.length,
    "magnetar.add.recovery": req.recovery,
  };
  return local
    ? startChildSpan(bookieTracer, "AddEntry", req.traceContext, {
        kind: SpanKind.INTERNAL,
        attributes: { ...attributes, "magnetar.bookie.local": true },
      })
    : startChildSpan(bookieTracer, "AddEntry", req.traceContext, {
        kind: SpanKind.SERVER,
        attributes: {
          "rpc.system": "grpc",
          "rpc.service": "magnetar.v1.Bookie",
          "rpc.method": "AddEntry",
          ...attributes,
        },
      });
}

/** The group-commit write that made an add durable, as a child of the add's span. */
function syncSpan(parent: Span, stats: BatchStats): void {
  const end = performance.timeOrigin + performance.now();
  const start = end - stats.writeSeconds * 1000;
  startChildSpan(bookieTracer, "journal sync", contextOf(parent), {
    startTime: start,
    attributes: {
      "magnetar.journal.batch_records": stats.records,
      "magnetar.journal.batch_bytes": stats.bytes,
    },
  }).end(end);
}
