import { describe, expect, it } from "vitest";
import { LeaseNotFoundError, NotLeaderError } from "../../../common/errors.js";
import { Lessor } from "./lessor.js";
import { Driver } from "./testing.js";

describe("kv - lessor", () => {
  it("kv - lessor: keepAlive extends the deadline; expired lists leases whose deadline passed", () => {
    const lessor = new Lessor();
    lessor.promote(0);
    lessor.grant(1, 1000, 0);
    lessor.grant(2, 1000, 0);
    expect(lessor.expired(999)).toEqual([]);
    expect(lessor.keepAlive(1, 500)).toBe(1000); // deadline 1500
    expect(lessor.remainingMs(1, 900)).toBe(600);
    expect(lessor.expired(1000)).toEqual([2]);
    expect(lessor.expired(1500)).toEqual([1]);
  });

  it("kv - lessor: promote gives every lease a fresh full TTL", () => {
    const lessor = new Lessor();
    lessor.grant(1, 1000, 0); // tracked as a follower: deadline is meaningless here
    lessor.grant(2, 5000, 0);
    lessor.promote(10_000);
    expect(lessor.expired(10_999)).toEqual([]);
    expect(lessor.remainingMs(1, 10_000)).toBe(1000);
    expect(lessor.expired(11_000)).toEqual([1]);
    lessor.revoke(1); // its leaseExpire was applied
    expect(lessor.expired(14_999)).toEqual([]);
    expect(lessor.expired(15_000)).toEqual([2]);
  });

  it("kv - lessor: promote with the store's leases replaces what was tracked", () => {
    const lessor = new Lessor();
    lessor.grant(9, 100, 0); // revoked meanwhile, e.g. in a snapshot this member installed
    lessor.promote(0, [{ id: 1, ttlMs: 100 }]);
    expect(lessor.size).toBe(1);
    expect(lessor.expired(100)).toEqual([1]);
  });

  it("kv - lessor: a member that does not lead refuses keep-alives and expires nothing", () => {
    const lessor = new Lessor();
    lessor.grant(1, 100, 0);
    expect(() => lessor.keepAlive(1, 0)).toThrow(NotLeaderError);
    expect(lessor.expired(1_000_000)).toEqual([]);
    lessor.promote(0);
    lessor.demote();
    expect(lessor.isPrimary).toBe(false);
    expect(lessor.expired(1_000_000)).toEqual([]);
  });

  it("kv - lessor: an expired lease cannot be kept alive and is returned again only after expireRetryMs", () => {
    const lessor = new Lessor({ expireRetryMs: 100 });
    lessor.promote(0);
    lessor.grant(1, 10, 0);
    expect(lessor.expired(10)).toEqual([1]);
    expect(() => lessor.keepAlive(1, 20)).toThrow(LeaseNotFoundError);
    expect(() => lessor.keepAlive(1, 20)).toThrow("lease 1 expired 10 ms ago; its revocation is pending");
    expect(lessor.expired(50)).toEqual([]); // its leaseExpire is in flight
    expect(lessor.expired(110)).toEqual([1]); // not applied yet: propose again
    lessor.revoke(1);
    expect(lessor.expired(1000)).toEqual([]);
    expect(() => lessor.keepAlive(1, 1000)).toThrow("lease 1 not found (never granted, revoked or expired)");
  });

  it("kv - lessor: expired returns at most expiredBatchMax ids, oldest deadline first", () => {
    const lessor = new Lessor({ expiredBatchMax: 2 });
    lessor.promote(0);
    lessor.grant(5, 30, 0);
    lessor.grant(6, 10, 0);
    lessor.grant(7, 20, 0);
    expect(lessor.expired(100)).toEqual([6, 7]);
    expect(lessor.expired(100)).toEqual([5]);
  });

  it("kv - lessor: driven by apply results, an expiry deletes the lease's keys", () => {
    const d = new Driver();
    const lessor = new Lessor();
    lessor.promote(0, d.store.leases());
    lessor.observe(d.apply({ type: "leaseGrant", id: 100, ttlMs: 3000 }), 0);
    d.put("/brokers/b1", "addr", { lease: 100 });
    lessor.keepAlive(100, 2000);
    expect(lessor.expired(4999)).toEqual([]);
    const [id] = lessor.expired(5000);
    expect(id).toBe(100);
    const result = d.apply({ type: "leaseExpire", id: id ?? 0 });
    lessor.observe(result, 5001);
    expect(result.events.map((e) => `${e.type} ${e.kv.key}`)).toEqual(["DELETE /brokers/b1"]);
    expect(lessor.size).toBe(0);
    expect(d.store.leases()).toEqual([]);
  });
});
