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
  private expiryTimer: NodeJS.Timeout | undefined;
  /** Send times of keep-alives not answered yet, oldest first (a stream answers in order). */
  private readonly unanswered: number[] = [];
  private streamEndpoint = 0;
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
    this.armExpiry();
  }

  /**
   * The lease is certainly alive until (send time of the last answered keep-alive) + TTL: the
   * leader renewed it no earlier than that request was sent. Declare it lost a little before, so
   * the holder stops before anyone else can take what the lease protected.
   */
  private armExpiry(): void {
    clearTimeout(this.expiryTimer);
    const marginMs = Math.min(100, Math.floor(this.ttlMs / 10));
    const dueInMs = this.lastRenewedAt + this.ttlMs - marginMs - Date.now();
    this.expiryTimer = setTimeout(() => this.lose("unreachable", undefined), Math.max(0, dueInMs));
    this.expiryTimer.unref();
  }

  private beat(): void {
    if (this.done) return;
    const oldest = this.unanswered[0];
    if (this.stream && oldest !== undefined && Date.now() - oldest >= Math.floor(this.ttlMs / 3)) {
      // The previous keep-alive got no answer: the member may be frozen or cut off without a reset.
      this.abandon(new MagnetarError("UNAVAILABLE", "keep-alive unanswered"));
    }
    this.unanswered.push(Date.now());
    this.openStream().write({ id: this.id });
  }

  private openStream() {
    if (this.stream) return this.stream;
    const endpoint = this.store.preferredEndpoint;
    this.streamEndpoint = endpoint;
    const stream = this.store.client(endpoint).LeaseKeepAlive();
    stream.on("data", (res: LeaseKeepAliveResponse__Output) => {
      const sentAt = this.unanswered.shift();
      if (res.ttlMs <= 0) {
        this.lose("expired", new LeaseNotFoundError(`lease ${this.id} expired`));
      } else if (sentAt !== undefined && sentAt > this.lastRenewedAt) {
        this.lastRenewedAt = sentAt;
        this.armExpiry();
      }
    });
    const reset = (err?: unknown) => {
      if (this.stream !== stream) return;
      const mapped = err === undefined ? undefined : fromServiceError(err);
      if (mapped?.code === "LEASE_NOT_FOUND") {
        this.lose("expired", mapped);
        return;
      }
      this.abandon(mapped ?? new MagnetarError("UNAVAILABLE", "keep-alive stream ended"));
      // Beat again soon, on the leader (or the next member).
      if (!this.done) setTimeout(() => this.beat(), 20).unref();
    };
    stream.on("error", reset);
    stream.on("end", () => reset());
    this.stream = stream;
    return stream;
  }

  /** Drops the current stream and moves to another member. */
  private abandon(err: MagnetarError): void {
    const stream = this.stream;
    this.stream = undefined;
    this.unanswered.length = 0;
    stream?.cancel();
    this.store.reportFailure(this.streamEndpoint, err);
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
    clearTimeout(this.expiryTimer);
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
