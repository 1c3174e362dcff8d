/**
 * A lease kept alive in the background. Its owner is told at once when it is lost — when a
 * keep-alive answers that the lease is gone, or when no keep-alive succeeded for a whole TTL (the
 * quorum may already have expired it) — so it can stop doing what the lease entitled it to (for a
 * broker: stop serving the bundles it owned).
 */
import { EventEmitter } from "node:events";
import type * as grpc from "@grpc/grpc-js";
import { LeaseNotFoundError, MagnetarError } from "../../common/errors.js";
import { fromServiceError } from "../../common/grpc.js";
import type { LeaseKeepAliveRequest } from "../../proto/gen/magnetar/v1/LeaseKeepAliveRequest.js";
import type { LeaseKeepAliveResponse__Output } from "../../proto/gen/magnetar/v1/LeaseKeepAliveResponse.js";
import type { MetadataStore } from "./store.js";

export type LeaseLostReason = "expired" | "revoked" | "unreachable" | "closed";

export class Lease extends EventEmitter<{ lost: [LeaseLostReason, MagnetarError | undefined] }> {
  /** Resolves when the lease is lost, with the reason. Never rejects. */
  readonly lost: Promise<LeaseLostReason>;
  private resolveLost!: (reason: LeaseLostReason) => void;
  private stream: grpc.ClientDuplexStream<LeaseKeepAliveRequest, LeaseKeepAliveResponse__Output> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastRenewedAt: number;
  private done = false;

  private constructor(
    private readonly store: MetadataStore,
    readonly id: number,
    readonly ttlMs: number,
    grantedAt: number,
  ) {
    super();
    this.lastRenewedAt = grantedAt;
    this.lost = new Promise((resolve) => {
      this.resolveLost = resolve;
    });
  }

  /** Grants a lease and starts keeping it alive (every ttl/3). */
  static async grant(store: MetadataStore, ttlMs: number): Promise<Lease> {
    const startedAt = Date.now();
    const granted = await store.grantLeaseRaw(ttlMs);
    const lease = new Lease(store, granted.id, granted.ttlMs, startedAt);
    lease.schedule();
    return lease;
  }

  get isLost(): boolean {
    return this.done;
  }

  private schedule(): void {
    const interval = Math.max(10, Math.floor(this.ttlMs / 3));
    this.timer = setInterval(() => this.beat(), interval);
    this.timer.unref();
  }

  private beat(): void {
    if (this.done) return;
    if (Date.now() - this.lastRenewedAt >= this.ttlMs) {
      this.lose("unreachable", undefined);
      return;
    }
    this.openStream().write({ id: this.id });
  }

  private openStream() {
    if (this.stream) return this.stream;
    const endpoint = this.store.preferredEndpoint;
    const client = this.store.client(endpoint);
    const stream = client.LeaseKeepAlive();
    stream.on("data", (res: LeaseKeepAliveResponse__Output) => {
      if (res.ttlMs <= 0) this.lose("expired", new LeaseNotFoundError(`lease ${this.id} expired`));
      else this.lastRenewedAt = Date.now();
    });
    const reset = (err?: unknown) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      const mapped = err === undefined ? undefined : fromServiceError(err);
      if (mapped?.code === "LEASE_NOT_FOUND") {
        this.lose("expired", mapped);
        return;
      }
      // Move to the leader (or the next member) and beat again soon; expiry by time is checked
      // in beat().
      this.store.reportFailure(
        endpoint,
        mapped ?? new MagnetarError("UNAVAILABLE", "keep-alive stream ended"),
      );
      if (!this.done) setTimeout(() => this.beat(), 20).unref();
    };
    stream.on("error", reset);
    stream.on("end", () => reset());
    this.stream = stream;
    return stream;
  }

  private lose(reason: LeaseLostReason, err: MagnetarError | undefined): void {
    if (this.done) return;
    this.done = true;
    this.stopTimers();
    this.resolveLost(reason);
    this.emit("lost", reason, err);
  }

  private stopTimers(): void {
    clearInterval(this.timer);
    this.stream?.end();
    this.stream = undefined;
  }

  /** Revokes the lease: its keys are deleted at once. */
  async revoke(): Promise<void> {
    if (this.done) return;
    this.stopTimers();
    try {
      await this.store.revokeLease(this.id);
    } finally {
      this.lose("revoked", undefined);
    }
  }

  /** Stops keeping the lease alive without revoking it (it expires after its TTL). */
  close(): void {
    this.lose("closed", undefined);
  }
}

/** Runs `fn` holding a fresh lease of `ttlMs`, and revokes the lease when `fn` settles. */
export async function withLease<T>(
  store: MetadataStore,
  ttlMs: number,
  fn: (lease: Lease) => Promise<T>,
): Promise<T> {
  const lease = await Lease.grant(store, ttlMs);
  try {
    return await fn(lease);
  } finally {
    await lease.revoke().catch(() => lease.close());
  }
}
