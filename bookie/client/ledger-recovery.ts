/**
 * Recovery open (used on broker takeover), the shell around `LedgerRecovery` (bookie/core):
 * mark the ledger IN_RECOVERY by compare-and-set, fence it on the bookies of its last segment,
 * read the entries past the highest LAC with BookKeeper's quorum rules, write recovered entries
 * back to the bookies that lacked them, and close the ledger at the last one by compare-and-set.
 *
 * After the IN_RECOVERY mark and the fence, the old writer can no longer add (bookies refuse it,
 * and its next metadata compare-and-set fails). Two clients recovering the same ledger read the
 * same quorums and close at the same entry; the loser of the final compare-and-set finds the
 * ledger CLOSED and returns what the winner recorded.
 */
import { crc32c } from "../../common/crc32c.js";
import { invariant, NotEnoughBookiesError, VersionMismatchError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import { type Context, endWithError, type Span, startChildSpan, tracer } from "../../common/tracing.js";
import {
  type LedgerMetadata,
  LedgerRecovery,
  type RecoveredEntry,
  type RecoveryRequest,
  type RecoveryStep,
  toClosed,
  toInRecovery,
} from "../core/index.js";
import type { BookieConnection } from "./bookie-client.js";
import type { LedgerMetadataStore, VersionedLedger } from "./ledger-metadata-store.js";
import { asMagnetarError, MASTER_KEY } from "./ledger-writer.js";

export interface RecoveryContext {
  readonly ledgers: LedgerMetadataStore;
  readonly bookie: (id: string) => BookieConnection;
  readonly readTimeoutMs: number;
  readonly addTimeoutMs: number;
  readonly logger?: Logger;
  /** The span the recovery's span goes under (the broker's topic load); a trace of its own otherwise. */
  readonly trace?: Context;
}

const recoveryTracer = tracer("magnetar.ledger");

/**
 * Pause before a failed fence or read is reported to the core (which retries it at once, a few
 * times): a bookie restarting for a moment should not make the takeover fail.
 */
export const RECOVERY_RETRY_DELAY_MS = 250;

const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, RECOVERY_RETRY_DELAY_MS));

/**
 * Recovers and closes a ledger; returns its closed metadata. Idempotent. A span (rare, so made
 * whenever tracing is on) with events for the IN_RECOVERY mark and each bookie's fence.
 */
export async function recoverLedger(ctx: RecoveryContext, ledgerId: number): Promise<LedgerMetadata> {
  const span = startChildSpan(recoveryTracer, "ledger recovery", ctx.trace, {
    attributes: { "magnetar.ledger.id": ledgerId },
  });
  try {
    const closed = await recover(ctx, ledgerId, span);
    span.setAttribute("magnetar.ledger.last_entry_id", closed.lastEntryId);
    span.end();
    return closed;
  } catch (err) {
    endWithError(span, err);
    throw err;
  }
}

async function recover(ctx: RecoveryContext, ledgerId: number, span: Span): Promise<LedgerMetadata> {
  let v = await markInRecovery(ctx, ledgerId);
  span.addEvent("marked in recovery", { "magnetar.ledger.state": v.metadata.state });
  if (v.metadata.state === "CLOSED") return v.metadata;
  const started = Date.now();
  const outcome = await runRecovery(ctx, v.metadata, span);
  for (;;) {
    try {
      const closed = toClosed(v.metadata, outcome.lastEntryId, outcome.lengthBytes);
      await ctx.ledgers.compareAndSet(v.version, closed);
      ctx.logger?.info(
        { ledgerId, lastEntryId: outcome.lastEntryId, ms: Date.now() - started },
        "ledger recovered and closed",
      );
      return closed;
    } catch (err) {
      if (!(err instanceof VersionMismatchError)) throw err;
      v = await ctx.ledgers.read(ledgerId);
      if (v.metadata.state === "CLOSED") {
        // Another recoverer closed it first; the quorum rules make both agree.
        invariant(
          v.metadata.lastEntryId === outcome.lastEntryId,
          `ledger ${ledgerId}: recovered to ${outcome.lastEntryId}, but it was closed at ${v.metadata.lastEntryId}`,
        );
        return v.metadata;
      }
    }
  }
}

async function markInRecovery(ctx: RecoveryContext, ledgerId: number): Promise<VersionedLedger> {
  for (;;) {
    const v = await ctx.ledgers.read(ledgerId);
    if (v.metadata.state !== "OPEN") return v;
    try {
      return await ctx.ledgers.compareAndSet(v.version, toInRecovery(v.metadata));
    } catch (err) {
      if (!(err instanceof VersionMismatchError)) throw err; // the writer changed it: read again
    }
  }
}

/** Drives the pure recovery until it ends, issuing its fence and read requests concurrently. */
function runRecovery(
  ctx: RecoveryContext,
  md: LedgerMetadata,
  span: Span,
): Promise<{ lastEntryId: number; lengthBytes: number }> {
  const recovery = new LedgerRecovery(md);
  const mustReachQuorum: Promise<{ entryId: number; copies: number }>[] = [];
  return new Promise((resolve, reject) => {
    let finished = false;
    const handle = (step: RecoveryStep) => {
      if (finished) return;
      for (const entry of step.recovered) {
        const written = writeBack(ctx, md.ledgerId, entry);
        if (entry.copies < md.ackQuorum)
          mustReachQuorum.push(written.then((n) => ({ entryId: entry.entryId, copies: entry.copies + n })));
      }
      if (step.outcome) {
        finished = true;
        if (step.outcome.type === "failed") {
          reject(step.outcome.error);
          return;
        }
        const done = step.outcome;
        // Entries on A bookies are durable already: their write-backs (which restore W copies) are
        // not awaited, since one to a dead bookie would hold the takeover for the add timeout.
        // Entries kept from fewer copies must reach A copies before the ledger is closed.
        void Promise.all(mustReachQuorum).then((short) => {
          const failed = short.filter((s) => s.copies < md.ackQuorum);
          if (failed.length === 0) resolve({ lastEntryId: done.lastEntryId, lengthBytes: done.lengthBytes });
          else
            reject(
              new NotEnoughBookiesError(
                `ledger ${md.ledgerId}: entry ${failed[0]?.entryId} has ${failed[0]?.copies} of A=${md.ackQuorum} copies and could not be written back; retry recovery later`,
              ),
            );
        });
        return;
      }
      for (const r of step.requests)
        issue(ctx, md.ledgerId, r).then(handle, (err: unknown) => {
          finished = true;
          reject(asMagnetarError(err));
        });
    };
    handle(recovery.start());

    function issue(c: RecoveryContext, ledgerId: number, r: RecoveryRequest): Promise<RecoveryStep> {
      const bookie = c.bookie(r.bookieId);
      if (r.type === "fence") {
        return bookie.readLac(ledgerId, { fence: true, masterKey: MASTER_KEY }, c.readTimeoutMs).then(
          (res) => {
            span.addEvent("fenced", {
              "magnetar.bookie.id": r.bookieId,
              "magnetar.ledger.last_add_confirmed": res.lastAddConfirmed,
            });
            return recovery.fenceResponse({
              type: "fenced",
              bookieId: r.bookieId,
              lastAddConfirmed: res.lastAddConfirmed,
            });
          },
          (err: unknown) =>
            later().then(() =>
              recovery.fenceResponse({ type: "error", bookieId: r.bookieId, error: asMagnetarError(err) }),
            ),
        );
      }
      return bookie.readEntry(ledgerId, r.entryId, c.readTimeoutMs, { masterKey: MASTER_KEY }).then(
        (res) =>
          recovery.readResponse({
            type: "found",
            entryId: r.entryId,
            bookieId: r.bookieId,
            body: res.body,
            ledgerLengthBytes: res.ledgerLength,
          }),
        (err: unknown) => {
          const e = asMagnetarError(err);
          return e.code === "ENTRY_NOT_FOUND" || e.code === "LEDGER_NOT_FOUND"
            ? recovery.readResponse({ type: "not-found", entryId: r.entryId, bookieId: r.bookieId })
            : later().then(() =>
                recovery.readResponse({ type: "error", entryId: r.entryId, bookieId: r.bookieId, error: e }),
              );
        },
      );
    }
  });
}

/**
 * Recovery adds (allowed on fenced ledgers) of a recovered entry to the bookies that said they lack
 * it; resolves with how many succeeded (failures are logged).
 */
async function writeBack(ctx: RecoveryContext, ledgerId: number, entry: RecoveredEntry): Promise<number> {
  const body = Buffer.from(entry.body.buffer, entry.body.byteOffset, entry.body.byteLength);
  const crc = crc32c(body) >>> 0;
  const results = await Promise.all(
    entry.bookiesMissing.map((m) =>
      ctx
        .bookie(m.bookieId)
        .add(
          {
            ledgerId,
            entryId: entry.entryId,
            masterKey: MASTER_KEY,
            lastAddConfirmed: entry.entryId - 1,
            body,
            crc32c: crc,
            ledgerLength: entry.ledgerLengthBytes,
            recovery: true,
          },
          ctx.addTimeoutMs,
        )
        .then(
          () => 1,
          (err: unknown) => {
            ctx.logger?.warn(
              { ledgerId, entryId: entry.entryId, bookie: m.bookieId, err: asMagnetarError(err).message },
              "write-back failed",
            );
            return 0;
          },
        ),
    ),
  );
  return results.reduce((n, r) => n + r, 0);
}
