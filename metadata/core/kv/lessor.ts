/**
 * Lessor: the leader's lease deadlines. Leases (id, TTL, attached keys) are replicated state in the
 * KvStore; deadlines are not: they live only here, on the member that leads, against its own clock
 * (`nowMs`, passed in; any monotonic millisecond clock).
 *
 * How the server drives it:
 * - after every apply, on every member: `observe(result, nowMs)` (tracks grants and revocations);
 * - on becoming leader: `promote(nowMs, store.leases())`: every lease gets a fresh full TTL, so a
 *   leader change never expires a healthy lease early (its holder may have been keeping it alive
 *   against the old leader until a moment ago); on losing leadership: `demote()`;
 * - keep-alive requests: `keepAlive(id, nowMs)` (leader only);
 * - on a timer: `expired(nowMs)`, then propose `leaseExpire` for each id returned. An id is
 *   returned again after `expireRetryMs` if its expiry has not been applied by then (a proposal
 *   lost in a leader change).
 */
import { invariant, LeaseNotFoundError, NotLeaderError } from "../../../common/errors.js";
import type { ApplyResult } from "./types.js";

export interface LessorOptions {
  /** Wait before returning an expired id again whose leaseExpire was not applied. */
  readonly expireRetryMs: number;
  /** Most ids one `expired()` call returns (bounds the proposals one tick makes). */
  readonly expiredBatchMax: number;
}

export const DEFAULT_LESSOR_OPTIONS: LessorOptions = { expireRetryMs: 3_000, expiredBatchMax: 500 };

interface TrackedLease {
  readonly ttlMs: number;
  deadlineMs: number;
  /** While the expiry is being proposed: do not return the id again before this time. */
  retryAtMs: number;
}

export class Lessor {
  private readonly leases = new Map<number, TrackedLease>();
  private readonly options: LessorOptions;
  private primary = false;

  constructor(options: Partial<LessorOptions> = {}) {
    this.options = { ...DEFAULT_LESSOR_OPTIONS, ...options };
  }

  /** Whether this member leads (deadlines are enforced). */
  get isPrimary(): boolean {
    return this.primary;
  }

  get size(): number {
    return this.leases.size;
  }

  /**
   * Becomes the leader's lessor: every lease's deadline is reset to nowMs + its TTL. Pass the
   * store's leases to (re)load the set, e.g. after a snapshot restore.
   */
  promote(nowMs: number, leases?: Iterable<{ readonly id: number; readonly ttlMs: number }>): void {
    checkClock(nowMs);
    if (leases !== undefined) {
      this.leases.clear();
      for (const lease of leases)
        this.leases.set(lease.id, { ttlMs: lease.ttlMs, deadlineMs: 0, retryAtMs: 0 });
    }
    for (const lease of this.leases.values()) {
      lease.deadlineMs = nowMs + lease.ttlMs;
      lease.retryAtMs = 0;
    }
    this.primary = true;
  }

  demote(): void {
    this.primary = false;
  }

  /** A lease was granted (applied). Its deadline starts now. */
  grant(id: number, ttlMs: number, nowMs: number): void {
    checkClock(nowMs);
    this.leases.set(id, { ttlMs, deadlineMs: nowMs + ttlMs, retryAtMs: 0 });
  }

  /** A lease was revoked or expired (applied). Idempotent. */
  revoke(id: number): void {
    this.leases.delete(id);
  }

  /** Feeds an apply result: tracks lease grants and revocations, ignores everything else. */
  observe(result: ApplyResult, nowMs: number): void {
    if (!result.ok || result.replayed) return;
    const { response } = result;
    if (response.type === "leaseGrant") this.grant(response.id, response.ttlMs, nowMs);
    else if (response.type === "leaseRevoke") this.revoke(response.id);
  }

  /**
   * Renews a lease: its deadline becomes nowMs + TTL. Returns the TTL in ms. Throws NotLeaderError
   * on a member that does not lead, LeaseNotFoundError for an unknown lease or one whose deadline
   * has passed (its expiry is pending: the holder must not believe it still holds it).
   */
  keepAlive(id: number, nowMs: number): number {
    const lease = this.live(id, nowMs);
    lease.deadlineMs = nowMs + lease.ttlMs;
    lease.retryAtMs = 0;
    return lease.ttlMs;
  }

  /** Time left before the lease expires, in ms (> 0). Same errors as keepAlive. */
  remainingMs(id: number, nowMs: number): number {
    return this.live(id, nowMs).deadlineMs - nowMs;
  }

  /**
   * Leases whose deadline passed, oldest deadline first (ties by id), at most expiredBatchMax.
   * Empty on a member that does not lead.
   */
  expired(nowMs: number): number[] {
    checkClock(nowMs);
    if (!this.primary) return [];
    const due: { id: number; deadlineMs: number }[] = [];
    for (const [id, lease] of this.leases) {
      if (lease.deadlineMs <= nowMs && lease.retryAtMs <= nowMs)
        due.push({ id, deadlineMs: lease.deadlineMs });
    }
    due.sort((a, b) => a.deadlineMs - b.deadlineMs || a.id - b.id);
    const ids = due.slice(0, this.options.expiredBatchMax).map((lease) => lease.id);
    for (const id of ids) {
      const lease = this.leases.get(id) as TrackedLease;
      lease.retryAtMs = nowMs + this.options.expireRetryMs;
    }
    return ids;
  }

  private live(id: number, nowMs: number): TrackedLease {
    checkClock(nowMs);
    if (!this.primary) throw new NotLeaderError(`lease ${id}: keep-alives are served by the leader`);
    const lease = this.leases.get(id);
    if (lease === undefined)
      throw new LeaseNotFoundError(`lease ${id} not found (never granted, revoked or expired)`);
    if (lease.deadlineMs <= nowMs) {
      throw new LeaseNotFoundError(
        `lease ${id} expired ${nowMs - lease.deadlineMs} ms ago; its revocation is pending`,
      );
    }
    return lease;
  }
}

function checkClock(nowMs: number): void {
  invariant(Number.isFinite(nowMs), "lessor: nowMs must be a finite number");
}
