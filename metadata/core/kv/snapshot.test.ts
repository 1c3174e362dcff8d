import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../common/errors.js";
import { SNAPSHOT_FORMAT_VERSION } from "./snapshot.js";
import { KvStore } from "./store.js";
import { bytes, comparable, Driver, dump } from "./testing.js";

function populated(): Driver {
  const d = Driver.withLimits({ historyEventsMax: 50, dedupClientsMax: 5 });
  d.ok({ type: "leaseGrant", id: 7, ttlMs: 2000 });
  d.put("/brokers/1", "a", { lease: 7 });
  d.put("/ledgers/1", "x");
  d.put("/ledgers/1", "y", { requestId: { clientId: "c1", seq: 1 }, prevKv: true });
  d.ok({ type: "delete", key: "/ledgers/", prefix: true });
  d.apply({
    type: "put",
    key: "/x",
    value: bytes("v"),
    expectedVersion: 3,
    requestId: { clientId: "c2", seq: 9 },
  });
  d.ok({
    type: "txn",
    compares: [{ key: "/t", target: "VERSION", result: "EQUAL", value: 0 }],
    success: [
      { type: "put", key: "/t", value: bytes("1") },
      { type: "range", key: "", prefix: true, keysOnly: true },
    ],
    failure: [],
    requestId: { clientId: "c3", seq: 2 },
  });
  d.ok({ type: "compact", revision: 3 });
  return d;
}

describe("kv - snapshot", () => {
  it("kv - snapshot starts with the format version byte", () => {
    expect(new KvStore().snapshot()[0]).toBe(SNAPSHOT_FORMAT_VERSION);
  });

  it("kv - a restored store equals the original, including limits and the dedup table", () => {
    const d = populated();
    const bytesOut = d.store.snapshot();
    const restored = KvStore.restore(bytesOut);
    expect(dump(restored)).toEqual(dump(d.store));
    expect(restored.limits).toEqual(d.store.limits);
    expect(restored.snapshot()).toEqual(bytesOut);
    // The dedup table came along: retries replay the remembered outcomes.
    const retry = restored.apply(100, {
      type: "put",
      key: "/x",
      value: bytes("v"),
      expectedVersion: 3,
      requestId: { clientId: "c2", seq: 9 },
    });
    const original = d.store.apply(100, {
      type: "put",
      key: "/x",
      value: bytes("v"),
      expectedVersion: 3,
      requestId: { clientId: "c2", seq: 9 },
    });
    expect(retry.replayed).toBe(true);
    expect(comparable(retry)).toEqual(comparable(original));
    const txnRetry = restored.apply(101, {
      type: "txn",
      compares: [],
      success: [],
      failure: [],
      requestId: { clientId: "c3", seq: 2 },
    });
    const txnOriginal = d.store.apply(101, {
      type: "txn",
      compares: [],
      success: [],
      failure: [],
      requestId: { clientId: "c3", seq: 2 },
    });
    expect(txnRetry).toEqual(txnOriginal);
  });

  it("kv - a key-value shared by keyspace, history and responses is stored once", () => {
    const d = new Driver();
    const big = new Uint8Array(100_000).fill(7);
    d.ok({ type: "put", key: "/big", value: big, requestId: { clientId: "c", seq: 1 } });
    d.ok({ type: "put", key: "/big", value: big, prevKv: true, requestId: { clientId: "c", seq: 2 } });
    // Two distinct values (two puts), each referenced from the keyspace, history and a response.
    const size = d.store.snapshot().length;
    expect(size).toBeGreaterThan(200_000);
    expect(size).toBeLessThan(201_000);
  });

  it("kv - restore refuses malformed bytes with INVALID_ARGUMENT", () => {
    const good = populated().store.snapshot();
    const bad = [
      new Uint8Array(0),
      Uint8Array.of(SNAPSHOT_FORMAT_VERSION + 1, ...good.subarray(1)),
      good.subarray(0, good.length - 1),
      Uint8Array.of(...good, 0),
    ];
    for (const input of bad) expect(() => KvStore.restore(input)).toThrow(InvalidArgumentError);
    expect(() => KvStore.restore(Uint8Array.of(SNAPSHOT_FORMAT_VERSION + 1))).toThrow(
      `kv snapshot is malformed at byte 1: format version ${SNAPSHOT_FORMAT_VERSION + 1}, this build reads version ${SNAPSHOT_FORMAT_VERSION}`,
    );
  });

  it("kv - restore of corrupted bytes either fails with INVALID_ARGUMENT or yields a consistent store", () => {
    const good = populated().store.snapshot();
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 }), (position, flip) => {
        const corrupted = good.slice();
        corrupted[position] = (corrupted[position] ?? 0) ^ flip;
        try {
          KvStore.restore(corrupted).checkInvariants();
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }),
    );
  });
});
