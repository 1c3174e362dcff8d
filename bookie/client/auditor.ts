/**
 * Auto-recovery. One auditor at a time (elected through the metadata store) watches for bookies
 * that have been gone longer than a grace period and brings every closed ledger segment that
 * listed one back to W copies: each entry the lost bookie held is read from another bookie of its
 * write set and written (recovery add) to a live replacement, then the segment's bookie is
 * swapped in the ledger's metadata by compare-and-set. Open ledgers are left to their writer
 * (ensemble change) or to recovery on takeover, after which they are closed and covered here.
 */

import { crc32c } from "../../common/crc32c.js";
import { MagnetarError, VersionMismatchError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import { Election, Lease } from "../../metadata/client/index.js";
import { DistributionSchedule, type LedgerMetadata, withReplacedBookie } from "../core/index.js";
import type { LedgerClient } from "./ledger-client.js";
import type { VersionedLedger } from "./ledger-metadata-store.js";
import { asMagnetarError, MASTER_KEY } from "./ledger-writer.js";

export const AUDITOR_ELECTION = "/elections/auditor/";
/** Entries copied concurrently while re-replicating one segment. */
export const REREPLICATION_IN_FLIGHT_MAX = 32;

export interface AuditorOptions {
  readonly client: LedgerClient;
  /** TTL of the lease each campaign runs on (a new lease after one is lost). */
  readonly leaseTtlMs: number;
  /** Shown as the election's value (who audits). */
  readonly candidate: string;
  /** A bookie missing from /bookies/ this long is considered lost for good. */
  readonly graceMs: number;
  /** Time between two audits while leading. */
  readonly intervalMs: number;
  readonly logger?: Logger;
}

export class Auditor {
  private readonly missingSince = new Map<string, number>();
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private lease: Lease | undefined;
  /** Segments re-replicated since start (for tests and metrics). */
  rereplicated = 0;

  private constructor(private readonly options: AuditorOptions) {}

  /** Campaigns in the background; audits every `intervalMs` while leading. */
  static start(options: AuditorOptions): Auditor {
    const auditor = new Auditor(options);
    void auditor.campaign();
    return auditor;
  }

  /** Campaign, audit while leading, and campaign again on a new lease after losing one. */
  private async campaign(): Promise<void> {
    const store = this.options.client.ledgers.store;
    while (!this.stopped) {
      let lease: Lease | undefined;
      try {
        lease = await Lease.grant(store, this.options.leaseTtlMs);
        this.lease = lease;
        await new Election(store, AUDITOR_ELECTION).campaign(lease, this.options.candidate);
        if (this.stopped) break;
        this.options.logger?.info({ candidate: this.options.candidate }, "auditor elected");
        await this.auditWhileLeading(lease);
      } catch (err) {
        if (!this.stopped)
          this.options.logger?.warn(
            { err: asMagnetarError(err).message },
            "auditor campaign ended; campaigning again",
          );
      }
      lease?.close();
      if (!this.stopped) await new Promise((r) => setTimeout(r, 1_000).unref());
    }
  }

  private async auditWhileLeading(lease: Lease): Promise<void> {
    while (!this.stopped && !lease.isLost) {
      try {
        await this.auditOnce();
      } catch (err) {
        this.options.logger?.warn({ err: asMagnetarError(err).message }, "audit failed; retrying next round");
      }
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, this.options.intervalMs);
        this.timer.unref();
        this.wake = resolve;
      });
    }
  }

  /** One pass over every ledger. Returns how many segments were re-replicated. */
  async auditOnce(now = Date.now()): Promise<number> {
    const live = new Set(this.options.client.registry.live().map((b) => b.id));
    for (const id of this.missingSince.keys()) if (live.has(id)) this.missingSince.delete(id);
    let done = 0;
    for (const ledgerId of await this.options.client.ledgers.listIds()) {
      if (this.stopped) break;
      const v = await this.options.client.ledgers.read(ledgerId).catch(() => undefined);
      if (v?.metadata.state === "CLOSED") done += await this.auditLedger(v, live, now);
    }
    this.rereplicated += done;
    return done;
  }

  /** Re-replicates every segment of a closed ledger that lists a bookie lost for good. */
  private async auditLedger(
    ledger: VersionedLedger,
    live: ReadonlySet<string>,
    now: number,
  ): Promise<number> {
    let v = ledger;
    let done = 0;
    for (let si = 0; si < v.metadata.segments.length; si++) {
      for (let bi = 0; bi < v.metadata.ensembleSize; bi++) {
        const bookie = v.metadata.segments[si]?.bookies[bi] as string;
        if (live.has(bookie)) continue;
        const since = this.missingSince.get(bookie) ?? now;
        this.missingSince.set(bookie, since);
        if (now - since < this.options.graceMs) continue;
        try {
          const next = await this.rereplicate(v.metadata, v.version, si, bi);
          if (!next) continue;
          v = next;
          done++;
        } catch (err) {
          // One ledger failing (e.g. no other copy reachable now) does not stop the audit.
          const ledgerId = v.metadata.ledgerId;
          this.options.logger?.warn(
            { ledgerId, segment: si, bookie, err: asMagnetarError(err).message },
            "re-replication failed",
          );
        }
      }
    }
    return done;
  }

  /** Copies what bookie `bi` of segment `si` held to a live bookie, then swaps it in by CAS. */
  private async rereplicate(
    md: LedgerMetadata,
    version: number,
    si: number,
    bi: number,
  ): Promise<VersionedLedger | undefined> {
    const { client, logger } = this.options;
    const segment = md.segments[si] as LedgerMetadata["segments"][number];
    const lost = segment.bookies[bi] as string;
    const [target] = client.registry.choose(1, new Set(segment.bookies));
    if (!target) return undefined;
    const last = si + 1 < md.segments.length ? (md.segments[si + 1]?.firstEntryId ?? 0) - 1 : md.lastEntryId;
    const schedule = new DistributionSchedule(md);
    const entries: number[] = [];
    for (let e = segment.firstEntryId; e <= last; e++) if (schedule.isInWriteSet(e, bi)) entries.push(e);
    const reader = await client.openForRead(md.ledgerId);
    const copy = async (entryId: number) => {
      const r = await reader.read(entryId);
      await client.bookie(target.id).add(
        {
          ledgerId: md.ledgerId,
          entryId,
          masterKey: MASTER_KEY,
          lastAddConfirmed: entryId - 1,
          body: r.body,
          crc32c: crc32c(r.body),
          ledgerLength: r.ledgerLength,
          recovery: true,
        },
        10_000,
      );
    };
    for (let i = 0; i < entries.length; i += REREPLICATION_IN_FLIGHT_MAX) {
      await Promise.all(entries.slice(i, i + REREPLICATION_IN_FLIGHT_MAX).map(copy));
    }
    try {
      const next = withReplacedBookie(md, si, bi, target.id);
      const stored = await client.ledgers.compareAndSet(version, next);
      logger?.info(
        { ledgerId: md.ledgerId, segment: si, lost, replacement: target.id, entries: entries.length },
        "segment re-replicated",
      );
      return stored;
    } catch (err) {
      if (err instanceof VersionMismatchError) return undefined; // changed meanwhile: next audit re-reads it
      throw err instanceof MagnetarError ? err : asMagnetarError(err);
    }
  }

  /** Stops auditing and revokes the campaign lease (another bookie takes over at once). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.lease?.revoke().catch(() => this.lease?.close());
  }
}
