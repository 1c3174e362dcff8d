/**
 * Writing a ledger: the shell around `WriteHandleState` (bookie/core). Entries are pipelined:
 * each goes to its write set at once, many in flight; `append` resolves strictly in entry order
 * once an entry reached A bookies and every entry before it did. A failed or slow bookie is
 * replaced for the following entries (a new segment, stored by compare-and-set) and the pending
 * entries are re-sent to the replacement; the writer carries on.
 *
 * A writer that finds the ledger fenced (a bookie says LEDGER_FENCED, or the metadata moved to
 * IN_RECOVERY under it) stops at once: every pending and later append fails with
 * LedgerFencedError, whose outcome is unknown (treat it like a timeout).
 */
import { crc32c } from "../../common/crc32c.js";
import { LedgerFencedError, MagnetarError, VersionMismatchError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import {
  type Context,
  endWithError,
  inject,
  SpanKind,
  startChildSpan,
  type TraceCarrier,
  tracer,
} from "../../common/tracing.js";
import {
  type AddRequest,
  type EnsembleChangeDecision,
  type LedgerMetadata,
  lastSegment,
  toClosed,
  WriteHandleState,
  type WriteOutput,
  withEnsembleChange,
} from "../core/index.js";
import type { BookieConnection } from "./bookie-client.js";
import type { BookieRegistry } from "./bookie-registry.js";
import type { LedgerMetadataStore, VersionedLedger } from "./ledger-metadata-store.js";

export interface WriterContext {
  readonly ledgers: LedgerMetadataStore;
  readonly registry: BookieRegistry;
  readonly bookie: (id: string) => BookieConnection;
  readonly addTimeoutMs: number;
  readonly logger?: Logger;
}

interface Waiter {
  readonly resolve: (entryId: number) => void;
  readonly reject: (err: MagnetarError) => void;
}

export const MASTER_KEY = Buffer.alloc(0);

const writerTracer = tracer("magnetar.ledger");

export class LedgerWriter {
  private readonly state: WriteHandleState;
  private readonly waiters = new Map<number, Waiter>();
  /** CRC32C per pending entry: computed once, sent to every bookie of the write set. */
  private readonly crcs = new Map<number, number>();
  /** Trace context per pending entry, for traced appends only. */
  private readonly traces = new Map<number, Context>();
  private readonly backpressured: (() => void)[] = [];
  private version: number;
  /** The ensemble change in flight: close() waits for it (both compare-and-set the metadata). */
  private changing: Promise<void> | undefined;

  constructor(
    private readonly ctx: WriterContext,
    ledger: VersionedLedger,
  ) {
    this.state = new WriteHandleState(ledger.metadata);
    this.version = ledger.version;
  }

  get ledgerId(): number {
    return this.state.metadata.ledgerId;
  }

  get metadata(): LedgerMetadata {
    return this.state.metadata;
  }

  get lastAddConfirmed(): number {
    return this.state.lastAddConfirmed;
  }

  get pendingAdds(): number {
    return this.state.pendingAddCount;
  }

  /**
   * Appends one entry; resolves with its entry id once it is durable on A bookies, in order.
   * With `trace`, each bookie write is a span under it, and the bookies join the trace.
   */
  async append(body: Buffer, trace?: Context): Promise<number> {
    for (;;) {
      const r = this.state.append(body);
      if (r.type === "rejected") throw r.error;
      if (r.type === "backpressure") {
        await new Promise<void>((resolve) => this.backpressured.push(resolve));
        continue;
      }
      this.crcs.set(r.entryId, crc32c(body) >>> 0);
      if (trace) this.traces.set(r.entryId, trace);
      const done = new Promise<number>((resolve, reject) => this.waiters.set(r.entryId, { resolve, reject }));
      this.send(r.sends);
      return done;
    }
  }

  private send(sends: readonly AddRequest[]): void {
    for (const s of sends) {
      const crc = this.crcs.get(s.entryId) ?? crc32c(s.payload) >>> 0;
      const trace = this.traces.size > 0 ? this.traces.get(s.entryId) : undefined;
      const span =
        trace &&
        startChildSpan(writerTracer, "bookie AddEntry", trace, {
          kind: SpanKind.CLIENT,
          attributes: {
            "rpc.system": "grpc",
            "rpc.service": "magnetar.v1.Bookie",
            "rpc.method": "AddEntry",
            "magnetar.bookie.id": s.bookieId,
            "magnetar.ledger.id": this.ledgerId,
            "magnetar.entry.id": s.entryId,
            "magnetar.entry.bytes": s.payload.byteLength,
          },
        });
      const traceContext: TraceCarrier | undefined = span && inject(span);
      this.ctx
        .bookie(s.bookieId)
        .add(
          {
            ledgerId: this.ledgerId,
            entryId: s.entryId,
            masterKey: MASTER_KEY,
            lastAddConfirmed: s.lastAddConfirmed,
            // The same Buffer for every bookie of the entry: its encoding is made once (add-entry-codec.ts).
            body: Buffer.isBuffer(s.payload)
              ? s.payload
              : Buffer.from(s.payload.buffer, s.payload.byteOffset, s.payload.byteLength),
            crc32c: crc,
            ledgerLength: s.ledgerLengthBytes,
            recovery: false,
            ...(traceContext ? { traceContext } : {}),
          },
          this.ctx.addTimeoutMs,
        )
        .then(
          () => {
            span?.end();
            this.handle(this.state.addAcked(s.entryId, s.bookieId));
          },
          (err: unknown) => {
            if (span) endWithError(span, err);
            this.handle(this.state.addFailed(s.entryId, s.bookieId, asMagnetarError(err)));
          },
        );
    }
  }

  private handle(out: WriteOutput): void {
    for (const c of out.completions) {
      this.crcs.delete(c.entryId);
      this.traces.delete(c.entryId);
      this.waiters.get(c.entryId)?.resolve(c.entryId);
      this.waiters.delete(c.entryId);
    }
    for (const f of out.failures) {
      this.crcs.delete(f.entryId);
      this.traces.delete(f.entryId);
      this.waiters.get(f.entryId)?.reject(f.error);
      this.waiters.delete(f.entryId);
    }
    if (out.completions.length > 0 || out.failures.length > 0) {
      for (const wake of this.backpressured.splice(0)) wake();
    }
    this.send(out.sends);
    if (out.ensembleChange) {
      const change = this.changeEnsemble(out.ensembleChange).finally(() => {
        if (this.changing === change) this.changing = undefined;
      });
      this.changing = change;
    }
  }

  /** Replaces failed bookies from `decision.firstEntryId` on, by compare-and-set on the metadata. */
  private async changeEnsemble(decision: EnsembleChangeDecision): Promise<void> {
    let out: WriteOutput;
    // Rare, so always a span (a no-op when tracing is off): in the trace of the first entry it
    // re-sends when that one is traced, else a trace of its own.
    const span = startChildSpan(
      writerTracer,
      "ledger ensemble change",
      this.traces.get(decision.firstEntryId),
      {
        attributes: {
          "magnetar.ledger.id": this.ledgerId,
          "magnetar.entry.id": decision.firstEntryId,
          "magnetar.ensemble.replaced": decision.replacements.map((r) => r.bookieId),
        },
      },
    );
    try {
      const current = this.state.metadata;
      const exclude = new Set([
        ...lastSegment(current).bookies,
        ...decision.replacements.map((r) => r.bookieId),
      ]);
      const chosen = this.ctx.registry.choose(decision.replacements.length, exclude);
      const replacements = new Map(
        decision.replacements.map((r, i) => [r.bookieIndex, (chosen[i] as { id: string }).id]),
      );
      const next = withEnsembleChange(current, decision.firstEntryId, replacements);
      const stored = await this.ctx.ledgers.compareAndSet(this.version, next);
      this.version = stored.version;
      this.ctx.logger?.info(
        {
          ledgerId: this.ledgerId,
          fromEntry: decision.firstEntryId,
          replaced: decision.replacements.map((r) => r.bookieId),
          with: chosen.map((b) => b.id),
        },
        "ensemble changed",
      );
      out = this.state.ensembleChanged(next);
      span.setAttribute(
        "magnetar.ensemble.added",
        chosen.map((b) => b.id),
      );
      span.end();
    } catch (err) {
      const e =
        err instanceof VersionMismatchError
          ? new LedgerFencedError(
              `ledger ${this.ledgerId} was changed by another client (being recovered?): this writer stops`,
            )
          : asMagnetarError(err);
      this.ctx.logger?.warn({ ledgerId: this.ledgerId, err: e.message }, "ensemble change failed");
      endWithError(span, e);
      out = this.state.ensembleChangeFailed(e);
    }
    this.handle(out);
  }

  /**
   * Closes the ledger at its last confirmed entry (recorded by compare-and-set). Await every
   * append first: appends still pending fail with LedgerClosedError.
   */
  async close(): Promise<LedgerMetadata> {
    while (this.changing) await this.changing;
    const r = this.state.close();
    if (r.type === "rejected") throw r.error;
    this.handle({
      sends: [],
      completions: r.completions,
      failures: r.failures,
      ensembleChange: null,
      lastAddConfirmed: r.lastEntryId,
    });
    const closed = toClosed(this.state.metadata, r.lastEntryId, r.lengthBytes);
    try {
      const stored = await this.ctx.ledgers.compareAndSet(this.version, closed);
      this.version = stored.version;
      return closed;
    } catch (err) {
      if (err instanceof VersionMismatchError) {
        throw new LedgerFencedError(
          `ledger ${this.ledgerId} was fenced by another client before it could be closed`,
        );
      }
      throw err;
    }
  }
}

export function asMagnetarError(err: unknown): MagnetarError {
  if (err instanceof MagnetarError) return err;
  return new MagnetarError("INTERNAL", err instanceof Error ? err.message : String(err), { cause: err });
}
