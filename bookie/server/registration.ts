/**
 * The bookie's registration in the metadata store: the ephemeral key `/bookies/<id>` on a lease
 * of a few seconds kept alive in the background. The value is refreshed periodically (free
 * space, read-only state) on the same lease. If the lease is lost (the quorum expired it while we
 * could not reach it), the bookie registers again with a new lease. Closing revokes the lease so
 * the key disappears at once rather than after the TTL.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { MagnetarError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import { Lease, type LeaseLostReason, type MetadataStore } from "../../metadata/client/index.js";

/** The value stored under /bookies/<id>. */
export interface BookieRegistrationValue {
  readonly id: string;
  /** gRPC address of the Bookie service, HOST:PORT. */
  readonly address: string;
  /** /healthz and /metrics, HOST:PORT. */
  readonly httpAddress: string;
  readonly freeBytes: number;
  /** RW: accepts adds; RO: read-only (disk full, journal failure). */
  readonly state: "RW" | "RO";
}

export const REGISTRATION_DEFAULTS = {
  leaseTtlMs: 3_000,
  /** How often the value (free space, state) is rewritten on the same lease. */
  refreshMs: 10_000,
  /** Pause between attempts while the metadata store cannot be reached. */
  retryMs: 500,
  /** Longest wait for the lease revocation when closing. */
  revokeTimeoutMs: 3_000,
  /** Longest wait for a registration attempt in progress when closing. */
  closeWaitMs: 1_000,
} as const;

export const BOOKIES_PREFIX = "/bookies/";

export function bookieKey(id: string): string {
  return `${BOOKIES_PREFIX}${id}`;
}

export interface RegistrationOptions {
  readonly store: MetadataStore;
  readonly bookieId: string;
  /** The current value to store (read each time it is written). */
  readonly value: () => Promise<BookieRegistrationValue>;
  readonly logger: Logger;
  readonly leaseTtlMs?: number;
  readonly refreshMs?: number;
  readonly retryMs?: number;
}

export class Registration {
  private lease: Lease | undefined;
  private registeredNow = false;
  private readonly abort = new AbortController();
  private loop: Promise<void> | undefined;
  private readonly leaseTtlMs: number;
  private readonly refreshMs: number;
  private readonly retryMs: number;
  private refreshSoon: (() => void) | undefined;

  constructor(private readonly options: RegistrationOptions) {
    this.leaseTtlMs = options.leaseTtlMs ?? REGISTRATION_DEFAULTS.leaseTtlMs;
    this.refreshMs = options.refreshMs ?? REGISTRATION_DEFAULTS.refreshMs;
    this.retryMs = options.retryMs ?? REGISTRATION_DEFAULTS.retryMs;
  }

  /** True while the key is stored on a live lease. */
  get registered(): boolean {
    return this.registeredNow && this.lease !== undefined && !this.lease.isLost;
  }

  get leaseId(): number | undefined {
    return this.lease?.id;
  }

  /** Starts registering in the background (retrying until the metadata store answers). */
  start(): void {
    this.loop ??= this.run();
  }

  /** Rewrites the value now (e.g. the bookie turned read-only) instead of at the next period. */
  refreshNow(): void {
    this.refreshSoon?.();
  }

  /** Stops refreshing and revokes the lease: the key disappears at once. */
  async close(): Promise<void> {
    this.abort.abort();
    // The loop may be inside a metadata call that retries while the quorum is unreachable: give
    // it a moment, not the call's whole retry deadline (the lease, if granted late, is revoked by
    // the loop itself or expires after its TTL).
    await Promise.race([this.loop, sleep(REGISTRATION_DEFAULTS.closeWaitMs)]);
    const lease = this.lease;
    this.registeredNow = false;
    if (!lease || lease.isLost) return;
    const timeout = sleep(REGISTRATION_DEFAULTS.revokeTimeoutMs, "timeout" as const);
    const outcome = await Promise.race([lease.revoke().then(() => "revoked" as const), timeout]).catch(
      (err: unknown) => {
        this.options.logger.warn({ err }, "could not revoke the bookie's lease; it expires after its TTL");
        return "failed" as const;
      },
    );
    if (outcome === "timeout") {
      this.options.logger.warn("revoking the bookie's lease timed out; it expires after its TTL");
      lease.close();
    } else if (outcome === "revoked") {
      this.options.logger.info({ lease: lease.id }, "bookie unregistered (lease revoked)");
    }
  }

  private get closed(): boolean {
    return this.abort.signal.aborted;
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    while (!this.closed) {
      try {
        const lease = await Lease.grant(this.options.store, this.leaseTtlMs);
        if (this.closed) {
          // Granted after close() looked: nothing was stored on it; let it go at once.
          await lease.revoke().catch(() => lease.close());
          return;
        }
        this.lease = lease;
        await this.put(lease);
        this.registeredNow = true;
        logger.info({ key: bookieKey(this.options.bookieId), lease: lease.id }, "bookie registered");
        const reason = await this.refreshUntilLost(lease);
        this.registeredNow = false;
        if (this.closed) return;
        logger.warn({ reason, lease: lease.id }, "bookie lease lost: registering again with a new lease");
      } catch (err) {
        this.registeredNow = false;
        if (this.closed) return;
        logger.warn(
          { err: err instanceof Error ? err.message : String(err) },
          "bookie registration failed; retrying",
        );
        await this.pause(this.retryMs);
      }
    }
  }

  private async put(lease: Lease): Promise<void> {
    const value = await this.options.value();
    await this.options.store.put(bookieKey(this.options.bookieId), JSON.stringify(value), {
      lease: lease.id,
    });
  }

  /** Rewrites the value every refreshMs until the lease is lost or the registration closed. */
  private async refreshUntilLost(lease: Lease): Promise<LeaseLostReason | "closed"> {
    while (!this.closed) {
      const woke = await Promise.race([
        lease.lost,
        this.pause(this.refreshMs).then(() => "refresh" as const),
      ]);
      if (woke !== "refresh") return woke;
      if (this.closed) return "closed";
      try {
        await this.put(lease);
      } catch (err) {
        if (err instanceof MagnetarError && err.code === "LEASE_NOT_FOUND") {
          lease.close();
          return "expired";
        }
        this.options.logger.warn(
          { err: err instanceof Error ? err.message : String(err) },
          "bookie refresh failed",
        );
      }
    }
    return "closed";
  }

  /** Waits `ms`, or less when closed or asked to refresh now. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      const signal = this.abort.signal;
      function finish() {
        clearTimeout(timer);
        signal.removeEventListener("abort", finish);
        resolve();
      }
      signal.addEventListener("abort", finish, { once: true });
      this.refreshSoon = finish;
    });
  }
}
