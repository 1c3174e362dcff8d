import { describe, expect, it } from "vitest";
import {
  CompactedError,
  InvalidArgumentError,
  InvariantViolation,
  LeaseNotFoundError,
  type MagnetarError,
  VersionMismatchError,
} from "../../../common/errors.js";
import { RevisionCompactedError } from "./errors.js";
import { SEQS_PER_CLIENT_MAX } from "./requests.js";
import { KvStore } from "./store.js";
import { bytes, Driver, text } from "./testing.js";
import {
  type ApplyResult,
  KEY_BYTES_MAX,
  type KvCommand,
  RANGE_END_ALL,
  type TxnResponse,
  VALUE_BYTES_MAX,
} from "./types.js";

function failure(result: ApplyResult): MagnetarError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.response)}`);
  return result.error;
}

describe("kv - revisions and puts", () => {
  it("kv - an empty store is at revision 1 with nothing compacted", () => {
    const store = new KvStore();
    expect(store.revision).toBe(1);
    expect(store.compactRevision).toBe(0);
    expect(store.appliedIndex).toBe(0);
    expect(store.range({ key: "", prefix: true })).toEqual({
      type: "range",
      revision: 1,
      kvs: [],
      more: false,
      count: 0,
    });
  });

  it("kv - put sets createRevision, modRevision and version, one revision per put", () => {
    const d = new Driver();
    expect(d.put("/a", "1")).toMatchObject({
      type: "put",
      revision: 2,
      prevKv: undefined,
      kv: { version: 1, createRevision: 2 },
    });
    d.put("/b", "x");
    const second = d.put("/a", "2", { prevKv: true });
    expect(second).toMatchObject({ revision: 4, prevKv: { key: "/a", version: 1, modRevision: 2 } });
    expect(d.store.get("/a")).toMatchObject({ createRevision: 2, modRevision: 4, version: 2, lease: 0 });
    expect(text(d.store.get("/a")?.value ?? new Uint8Array())).toBe("2");
  });

  it("kv - a deleted key vanishes and comes back with a fresh createRevision and version 1", () => {
    const d = new Driver();
    d.put("/a", "1");
    d.put("/a", "2");
    expect(d.ok({ type: "delete", key: "/a" })).toMatchObject({ revision: 4, deleted: 1 });
    expect(d.store.get("/a")).toBeUndefined();
    d.put("/a", "3");
    expect(d.store.get("/a")).toMatchObject({ createRevision: 5, modRevision: 5, version: 1 });
  });

  it("kv - deleting an absent key succeeds without a new revision", () => {
    const d = new Driver();
    const result = d.apply({ type: "delete", key: "/nothing" });
    expect(result).toMatchObject({ ok: true, revision: 1, events: [], response: { deleted: 0 } });
  });

  it("kv - stored values are copies of the caller's bytes", () => {
    const d = new Driver();
    const value = bytes("abc");
    d.ok({ type: "put", key: "/a", value });
    value[0] = 0x7a;
    expect(text(d.store.get("/a")?.value ?? new Uint8Array())).toBe("abc");
  });

  it("kv - Raft indexes must increase; gaps are fine", () => {
    const store = new KvStore();
    store.apply(5, { type: "put", key: "/a", value: bytes("1") });
    expect(() => store.apply(5, { type: "put", key: "/a", value: bytes("2") })).toThrow(InvariantViolation);
    expect(store.apply(9, { type: "put", key: "/a", value: bytes("2") }).index).toBe(9);
    expect(store.appliedIndex).toBe(9);
  });
});

describe("kv - compare-and-set", () => {
  it("kv - CAS: expectedVersion 0 on an absent key succeeds", () => {
    const d = new Driver();
    expect(d.apply({ type: "put", key: "/a", value: bytes("1"), expectedVersion: 0 })).toMatchObject({
      ok: true,
      revision: 2,
    });
  });

  it("kv - CAS: a version mismatch fails with VERSION_MISMATCH without changing the revision", () => {
    const d = new Driver();
    d.put("/a", "1");
    const exists = failure(d.apply({ type: "put", key: "/a", value: bytes("2"), expectedVersion: 0 }));
    expect(exists).toBeInstanceOf(VersionMismatchError);
    expect(exists.message).toBe('put "/a": expected version 0 (absent), found version 1');
    const stale = failure(d.apply({ type: "put", key: "/a", value: bytes("2"), expectedVersion: 3 }));
    expect(stale.message).toBe('put "/a": expected version 3, found version 1');
    const absent = failure(d.apply({ type: "put", key: "/b", value: bytes("2"), expectedVersion: 1 }));
    expect(absent.message).toBe('put "/b": expected version 1, found version 0 (absent)');
    expect(d.store.revision).toBe(2);
    expect(text(d.store.get("/a")?.value ?? new Uint8Array())).toBe("1");
    expect(d.apply({ type: "put", key: "/a", value: bytes("2"), expectedVersion: 1 }).ok).toBe(true);
    expect(d.store.revision).toBe(3);
  });

  it("kv - CAS delete: deletes only at the expected version", () => {
    const d = new Driver();
    d.put("/a", "1");
    const result = d.apply({ type: "delete", key: "/a", expectedVersion: 2 });
    expect(failure(result)).toBeInstanceOf(VersionMismatchError);
    expect(result.revision).toBe(2);
    expect(d.ok({ type: "delete", key: "/a", expectedVersion: 1 })).toMatchObject({
      deleted: 1,
      revision: 3,
    });
  });
});

describe("kv - txn", () => {
  it("kv - txn compares pick the branch; all writes share one revision", () => {
    const d = new Driver();
    const create: KvCommand = {
      type: "txn",
      compares: [{ key: "/lock", target: "VERSION", result: "EQUAL", value: 0 }],
      success: [
        { type: "put", key: "/lock", value: bytes("me") },
        { type: "put", key: "/owner", value: bytes("me") },
        { type: "range", key: "/lock" },
      ],
      failure: [{ type: "range", key: "/lock" }],
    };
    const first = d.apply(create);
    expect(first).toMatchObject({
      ok: true,
      revision: 2,
      response: { type: "txn", succeeded: true, revision: 2 },
    });
    expect(first.events.map((e) => [e.type, e.kv.key, e.kv.modRevision])).toEqual([
      ["PUT", "/lock", 2],
      ["PUT", "/owner", 2],
    ]);
    // The range in the same txn sees the put before it.
    const responses = (first.ok ? first.response : undefined) as TxnResponse;
    expect(responses.responses[2]).toMatchObject({ type: "range", count: 1, revision: 2 });
    // Each put answers with the key as it wrote it, as a lone put does (a compare-and-set's
    // caller needs the new version for its next write).
    expect(responses.responses[0]).toMatchObject({
      type: "put",
      kv: { key: "/lock", version: 1, createRevision: 2, modRevision: 2 },
    });
    const second = d.ok(create) as TxnResponse;
    expect(second).toMatchObject({ succeeded: false, revision: 2 });
    expect(second.responses[0]).toMatchObject({
      type: "range",
      count: 1,
      kvs: [{ key: "/lock", version: 1 }],
    });
    d.ok({ type: "put", key: "/owner", value: bytes("you") });
    const third = d.ok({
      type: "txn",
      compares: [],
      success: [{ type: "put", key: "/owner", value: bytes("us") }],
      failure: [],
    }) as TxnResponse;
    expect(third.responses[0]).toMatchObject({
      type: "put",
      kv: { version: 3, createRevision: 2, modRevision: 4 },
    });
  });

  it("kv - txn compare targets: VERSION, CREATE_REVISION, MOD_REVISION, VALUE, LEASE", () => {
    const d = new Driver();
    d.ok({ type: "leaseGrant", id: 7, ttlMs: 1000 });
    d.put("/a", "m", { lease: 7 }); // revision 2
    d.put("/a", "n", { lease: 7 }); // revision 3
    const holds = (compare: Extract<KvCommand, { type: "txn" }>["compares"][number]) =>
      (d.ok({ type: "txn", compares: [compare], success: [], failure: [] }) as TxnResponse).succeeded;
    expect(holds({ key: "/a", target: "VERSION", result: "EQUAL", value: 2 })).toBe(true);
    expect(holds({ key: "/a", target: "VERSION", result: "GREATER", value: 2 })).toBe(false);
    expect(holds({ key: "/a", target: "CREATE_REVISION", result: "EQUAL", value: 2 })).toBe(true);
    expect(holds({ key: "/a", target: "MOD_REVISION", result: "LESS", value: 4 })).toBe(true);
    expect(holds({ key: "/a", target: "MOD_REVISION", result: "NOT_EQUAL", value: 3 })).toBe(false);
    expect(holds({ key: "/a", target: "VALUE", result: "GREATER", value: bytes("m") })).toBe(true);
    expect(holds({ key: "/a", target: "VALUE", result: "LESS", value: bytes("nn") })).toBe(true);
    expect(holds({ key: "/a", target: "VALUE", result: "EQUAL", value: bytes("n") })).toBe(true);
    expect(holds({ key: "/a", target: "LEASE", result: "EQUAL", value: 7 })).toBe(true);
    // Missing keys compare as zeros; a VALUE compare on a missing key is always false (etcd).
    expect(holds({ key: "/none", target: "MOD_REVISION", result: "EQUAL", value: 0 })).toBe(true);
    expect(holds({ key: "/none", target: "VALUE", result: "NOT_EQUAL", value: bytes("x") })).toBe(false);
    // Over a prefix every key must satisfy the compare.
    d.put("/a/b", "x");
    expect(holds({ key: "/a", prefix: true, target: "VERSION", result: "GREATER", value: 0 })).toBe(true);
    expect(holds({ key: "/a", prefix: true, target: "VERSION", result: "EQUAL", value: 2 })).toBe(false);
  });

  it("kv - txn rejects a branch that puts one key twice or puts a key it deletes", () => {
    const d = new Driver();
    const twice = d.apply({
      type: "txn",
      compares: [],
      success: [
        { type: "put", key: "/a", value: bytes("1") },
        { type: "put", key: "/a", value: bytes("2") },
      ],
      failure: [],
    });
    expect(failure(twice).message).toBe('txn success[1] (put): duplicate key "/a" in one txn branch');
    const overlap = d.apply({
      type: "txn",
      compares: [],
      success: [],
      failure: [
        { type: "delete", key: "/a", prefix: true },
        { type: "put", key: "/a/b", value: bytes("2") },
      ],
    });
    expect(failure(overlap).message).toBe(
      'txn failure: key "/a/b" is both put and deleted in one txn branch',
    );
    expect(d.store.revision).toBe(1);
  });

  it("kv - a txn whose put names a missing lease applies nothing", () => {
    const d = new Driver();
    const result = d.apply({
      type: "txn",
      compares: [],
      success: [
        { type: "put", key: "/a", value: bytes("1") },
        { type: "put", key: "/b", value: bytes("1"), lease: 99 },
      ],
      failure: [],
    });
    expect(failure(result)).toBeInstanceOf(LeaseNotFoundError);
    expect(d.store.revision).toBe(1);
    expect(d.store.get("/a")).toBeUndefined();
  });

  it("kv - a txn that changes nothing keeps the revision", () => {
    const d = new Driver();
    d.put("/a", "1");
    const result = d.apply({
      type: "txn",
      compares: [],
      success: [
        { type: "range", key: "/a" },
        { type: "delete", key: "/missing" },
      ],
      failure: [],
    });
    expect(result).toMatchObject({ ok: true, revision: 2, events: [] });
  });
});

describe("kv - ranges", () => {
  function seeded(): Driver {
    const d = new Driver();
    for (const key of ["/a/c", "/ab", "/a/\u{1F600}", "/a/b", "/a", "/b", "/a/\uFFFD"]) d.put(key, `v${key}`);
    return d;
  }

  it("kv - prefix ranges return keys in code point order", () => {
    const d = seeded();
    // U+FFFD sorts before U+1F600 by code point although its UTF-16 unit is larger.
    expect(d.keys("/a/")).toEqual(["/a/b", "/a/c", "/a/\uFFFD", "/a/\u{1F600}"]);
    expect(d.keys("/a")).toEqual(["/a", "/a/b", "/a/c", "/a/\uFFFD", "/a/\u{1F600}", "/ab"]);
    expect(d.keys("")).toHaveLength(7);
    expect(d.keys("/zzz")).toEqual([]);
  });

  it("kv - limit, more, count, keysOnly and countOnly", () => {
    const d = seeded();
    const limited = d.store.range({ key: "/a/", prefix: true, limit: 2 });
    expect(limited.kvs.map((kv) => kv.key)).toEqual(["/a/b", "/a/c"]);
    expect(limited).toMatchObject({ more: true, count: 4, revision: 8 });
    expect(d.store.range({ key: "/a/", prefix: true, limit: 4 }).more).toBe(false);
    const keysOnly = d.store.range({ key: "/a/", prefix: true, keysOnly: true });
    expect(keysOnly.kvs.every((kv) => kv.value.length === 0 && kv.version === 1)).toBe(true);
    expect(d.store.range({ key: "/a/", prefix: true, countOnly: true })).toMatchObject({ kvs: [], count: 4 });
  });

  it("kv - rangeEnd is exclusive; RANGE_END_ALL means every key from key on", () => {
    const d = seeded();
    const between = d.store.range({ key: "/a/b", rangeEnd: "/ab" });
    expect(between.kvs.map((kv) => kv.key)).toEqual(["/a/b", "/a/c", "/a/\uFFFD", "/a/\u{1F600}"]);
    expect(d.store.range({ key: "/ab", rangeEnd: RANGE_END_ALL }).kvs.map((kv) => kv.key)).toEqual([
      "/ab",
      "/b",
    ]);
    expect(d.store.range({ key: "/a" }).kvs.map((kv) => kv.key)).toEqual(["/a"]);
  });

  it("kv - reads at an older revision see that revision's state", () => {
    const d = new Driver();
    d.put("/a", "1"); // 2
    d.put("/b", "1"); // 3
    d.put("/a", "2"); // 4
    d.ok({ type: "delete", key: "/b" }); // 5
    d.put("/c", "1"); // 6
    const at = (revision: number) =>
      d.store.range({ key: "", prefix: true, revision }).kvs.map((kv) => `${kv.key}=${text(kv.value)}`);
    expect(at(1)).toEqual([]);
    expect(at(3)).toEqual(["/a=1", "/b=1"]);
    expect(at(4)).toEqual(["/a=2", "/b=1"]);
    expect(at(5)).toEqual(["/a=2"]);
    expect(at(0)).toEqual(["/a=2", "/c=1"]);
    expect(d.store.range({ key: "/a", revision: 3 }).revision).toBe(6);
    expect(() => d.store.range({ key: "/a", revision: 7 })).toThrow(
      "range: revision 7 is in the future (current revision 6)",
    );
  });
});

describe("kv - deletes and leases", () => {
  it("kv - delete prefix removes every key under it in one revision", () => {
    const d = new Driver();
    for (const key of ["/t/1", "/t/2", "/t/3", "/u"]) d.put(key, "x");
    const result = d.apply({ type: "delete", key: "/t/", prefix: true, prevKv: true });
    expect(result).toMatchObject({ ok: true, revision: 6, response: { deleted: 3 } });
    expect(
      result.ok && result.response.type === "delete" && result.response.prevKvs.map((kv) => kv.key),
    ).toEqual(["/t/1", "/t/2", "/t/3"]);
    expect(result.events.map((e) => [e.type, e.kv.key, e.kv.modRevision, e.prevKv?.key])).toEqual([
      ["DELETE", "/t/1", 6, "/t/1"],
      ["DELETE", "/t/2", 6, "/t/2"],
      ["DELETE", "/t/3", 6, "/t/3"],
    ]);
    expect(d.keys()).toEqual(["/u"]);
  });

  it("kv - lease revoke deletes the attached keys in one revision", () => {
    const d = new Driver();
    expect(d.ok({ type: "leaseGrant", id: 10, ttlMs: 5000 })).toEqual({
      type: "leaseGrant",
      revision: 1,
      id: 10,
      ttlMs: 5000,
    });
    d.put("/brokers/1", "x", { lease: 10 });
    d.put("/ownership/b1", "x", { lease: 10 });
    d.put("/plain", "x");
    d.put("/detached", "x", { lease: 10 });
    d.put("/detached", "y"); // a put without a lease detaches the key
    expect(d.store.lease(10)?.keys).toEqual(["/brokers/1", "/ownership/b1"]);
    const result = d.apply({ type: "leaseRevoke", id: 10 });
    expect(result).toMatchObject({
      ok: true,
      revision: 7,
      response: { type: "leaseRevoke", id: 10, deleted: 2 },
    });
    expect(result.events.map((e) => [e.type, e.kv.key, e.kv.modRevision])).toEqual([
      ["DELETE", "/brokers/1", 7],
      ["DELETE", "/ownership/b1", 7],
    ]);
    expect(d.keys()).toEqual(["/detached", "/plain"]);
    expect(d.store.lease(10)).toBeUndefined();
    expect(failure(d.apply({ type: "leaseRevoke", id: 10 }))).toBeInstanceOf(LeaseNotFoundError);
    expect(failure(d.apply({ type: "leaseExpire", id: 10 }))).toBeInstanceOf(LeaseNotFoundError);
  });

  it("kv - lease expire behaves like revoke; duplicate grants are refused", () => {
    const d = new Driver();
    d.ok({ type: "leaseGrant", id: 3, ttlMs: 100 });
    expect(failure(d.apply({ type: "leaseGrant", id: 3, ttlMs: 100 })).code).toBe("ALREADY_EXISTS");
    d.put("/e", "x", { lease: 3 });
    expect(d.ok({ type: "leaseExpire", id: 3 })).toMatchObject({ deleted: 1, revision: 3 });
    expect(d.store.leases()).toEqual([]);
  });
});

describe("kv - exactly-once requests", () => {
  it("kv - request-id dedup returns the original result and does not bump the revision", () => {
    const d = new Driver();
    const requestId = { clientId: "broker-1", seq: 1 };
    const put: KvCommand = { type: "put", key: "/a", value: bytes("1"), requestId };
    const first = d.apply(put);
    expect(first).toMatchObject({ ok: true, revision: 2, replayed: false });
    const retry = d.apply(put);
    expect(retry).toMatchObject({ ok: true, revision: 2, replayed: true, events: [] });
    expect(retry.ok && retry.response).toEqual(first.ok && first.response);
    expect(d.store.get("/a")?.version).toBe(1);
  });

  it("kv - a remembered failure is replayed as the same failure", () => {
    const d = new Driver();
    d.put("/a", "1");
    const requestId = { clientId: "c", seq: 4 };
    const cas: KvCommand = { type: "put", key: "/a", value: bytes("2"), expectedVersion: 0, requestId };
    expect(failure(d.apply(cas))).toBeInstanceOf(VersionMismatchError);
    d.ok({ type: "delete", key: "/a" }); // the CAS would now succeed if applied again
    const retry = d.apply(cas);
    expect(retry.replayed).toBe(true);
    expect(failure(retry)).toBeInstanceOf(VersionMismatchError);
    expect(d.store.get("/a")).toBeUndefined();
  });

  it("kv - writes in flight may apply out of seq order; a forgotten seq is refused, never reapplied", () => {
    const d = new Driver();
    d.ok({ type: "put", key: "/a", value: bytes("1"), requestId: { clientId: "c", seq: 5 } });
    // seq 4 was in flight concurrently and arrives later: it is new, so it applies.
    expect(
      d.apply({ type: "put", key: "/b", value: bytes("x"), requestId: { clientId: "c", seq: 4 } }).ok,
    ).toBe(true);
    expect(d.store.revision).toBe(3);
    // Its retry is a duplicate.
    expect(
      d.apply({ type: "put", key: "/b", value: bytes("x"), requestId: { clientId: "c", seq: 4 } }).replayed,
    ).toBe(true);
    // The client reports nothing below 7 pending: outcomes of 4 and 5 are forgotten...
    d.ok({
      type: "put",
      key: "/a",
      value: bytes("2"),
      requestId: { clientId: "c", seq: 7, minPendingSeq: 7 },
    });
    expect(d.store.revision).toBe(4);
    // ...so a late retry of 5 is refused, not applied a second time.
    const stale = d.apply({
      type: "put",
      key: "/a",
      value: bytes("late"),
      requestId: { clientId: "c", seq: 5 },
    });
    expect(failure(stale)).toBeInstanceOf(InvalidArgumentError);
    expect(failure(stale).message).toContain("request id expired");
    expect(d.store.revision).toBe(4);
    // A seq never seen below the floor is refused too (its outcome cannot be told apart).
    expect(
      failure(d.apply({ type: "put", key: "/a", value: bytes("y"), requestId: { clientId: "c", seq: 6 } }))
        .message,
    ).toContain("request id expired");
  });

  it("kv - a client remembers at most SEQS_PER_CLIENT_MAX outcomes", () => {
    const d = new Driver();
    for (let seq = 1; seq <= SEQS_PER_CLIENT_MAX + 10; seq++) {
      d.ok({ type: "put", key: "/k", value: bytes(String(seq)), requestId: { clientId: "c", seq } });
    }
    const oldest = d.apply({
      type: "put",
      key: "/k",
      value: bytes("again"),
      requestId: { clientId: "c", seq: 1 },
    });
    expect(failure(oldest).message).toContain("request id expired");
    const recent = d.apply({
      type: "put",
      key: "/k",
      value: bytes("again"),
      requestId: { clientId: "c", seq: SEQS_PER_CLIENT_MAX + 10 },
    });
    expect(recent.replayed).toBe(true);
  });

  it("kv - the dedup table forgets the least recently used client beyond its bound", () => {
    const d = Driver.withLimits({ dedupClientsMax: 2 });
    const put = (clientId: string, seq: number) =>
      d.apply({ type: "put", key: `/${clientId}`, value: bytes("x"), requestId: { clientId, seq } });
    put("a", 1);
    put("b", 1);
    expect(put("a", 1).replayed).toBe(true); // a is now the most recently used
    put("c", 1); // evicts b
    expect(put("a", 1).replayed).toBe(true);
    expect(put("b", 1).replayed).toBe(false); // forgotten: applied again
    expect(d.store.get("/b")?.version).toBe(2);
  });

  it("kv - a malformed request id is refused", () => {
    const d = new Driver();
    const result = d.apply({
      type: "put",
      key: "/a",
      value: bytes("1"),
      requestId: { clientId: "", seq: 1 },
    });
    expect(failure(result).message).toBe("requestId.clientId must be a non-empty string");
    expect(
      failure(d.apply({ type: "compact", revision: 1, requestId: { clientId: "x", seq: 0 } })).message,
    ).toBe("requestId: seq must be a positive integer, got 0");
  });
});

describe("kv - bad inputs", () => {
  it("kv - bad inputs get clear errors and change nothing", () => {
    const d = new Driver();
    const message = (command: KvCommand) => failure(d.apply(command)).message;
    expect(message({ type: "put", key: "", value: bytes("1") })).toBe("put: key must not be empty");
    expect(message({ type: "put", key: "k".repeat(KEY_BYTES_MAX + 1), value: bytes("1") })).toBe(
      "put: key is 4097 bytes, more than KEY_BYTES_MAX (4096)",
    );
    expect(message({ type: "put", key: "/big", value: new Uint8Array(VALUE_BYTES_MAX + 1) })).toBe(
      'put: value of key "/big" is 1048577 bytes, more than VALUE_BYTES_MAX (1048576)',
    );
    expect(message({ type: "put", key: "/bad\uD800", value: bytes("1") })).toBe(
      "put: key is not valid Unicode (unpaired surrogate)",
    );
    expect(message({ type: "delete", key: "" })).toBe("delete: key must not be empty");
    expect(message({ type: "delete", key: "/b", rangeEnd: "/a" })).toBe(
      'delete: rangeEnd "/a" must be greater than key "/b"',
    );
    expect(message({ type: "delete", key: "/a", prefix: true, expectedVersion: 1 })).toBe(
      "delete: expectedVersion applies to a single key, not a prefix or range",
    );
    expect(message({ type: "leaseGrant", id: 1, ttlMs: 0 })).toBe(
      "leaseGrant: ttlMs must be a positive integer, got 0",
    );
    expect(message({ type: "leaseGrant", id: 0, ttlMs: 10 })).toBe(
      "leaseGrant: id must be a positive integer, got 0",
    );
    expect(d.store.revision).toBe(1);
    expect(d.store.leases()).toEqual([]);
  });

  it("kv - a put on an unknown lease fails with LEASE_NOT_FOUND", () => {
    const d = new Driver();
    const error = failure(d.apply({ type: "put", key: "/a", value: bytes("1"), lease: 42 }));
    expect(error).toBeInstanceOf(LeaseNotFoundError);
    expect(error.message).toBe("lease 42 not found (never granted, revoked or expired)");
    expect(d.store.revision).toBe(1);
  });

  it("kv - a value of exactly VALUE_BYTES_MAX and a key of KEY_BYTES_MAX are accepted", () => {
    const d = new Driver();
    expect(d.apply({ type: "put", key: "/max", value: new Uint8Array(VALUE_BYTES_MAX) }).ok).toBe(true);
    expect(d.apply({ type: "put", key: "é".repeat(KEY_BYTES_MAX / 2), value: bytes("") }).ok).toBe(true);
    expect(
      failure(d.apply({ type: "put", key: `${"é".repeat(KEY_BYTES_MAX / 2)}x`, value: bytes("") })).code,
    ).toBe("INVALID_ARGUMENT");
  });

  it("kv - range validates its request", () => {
    const store = new KvStore();
    expect(() => store.range({ key: "" })).toThrow(InvalidArgumentError);
    expect(() => store.range({ key: "/a", prefix: true, rangeEnd: "/b" })).toThrow(
      "range: give either prefix or rangeEnd, not both",
    );
    expect(() => store.range({ key: "/a", limit: -1 })).toThrow(
      "range: limit must be a non-negative integer, got -1",
    );
  });
});

describe("kv - compaction", () => {
  it("kv - compact drops history: older reads fail with COMPACTED carrying the compact revision", () => {
    const d = new Driver();
    for (let i = 0; i < 5; i++) d.put("/a", String(i)); // revisions 2..6
    expect(d.ok({ type: "compact", revision: 4 })).toEqual({
      type: "compact",
      revision: 6,
      compactRevision: 4,
    });
    expect(d.store.revision).toBe(6);
    expect(text(d.store.range({ key: "/a", revision: 4 }).kvs[0]?.value ?? new Uint8Array())).toBe("2");
    let caught: unknown;
    try {
      d.store.range({ key: "/a", revision: 3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CompactedError);
    expect(caught).toBeInstanceOf(RevisionCompactedError);
    expect((caught as RevisionCompactedError).compactRevision).toBe(4);
    expect((caught as RevisionCompactedError).hint).toBe("4");
    expect(failure(d.apply({ type: "compact", revision: 4 }))).toBeInstanceOf(CompactedError);
    expect(failure(d.apply({ type: "compact", revision: 7 })).message).toBe(
      "compact: revision 7 is in the future (current revision 6)",
    );
  });

  it("kv - history beyond historyEventsMax is compacted automatically", () => {
    const d = Driver.withLimits({ historyEventsMax: 3 });
    for (let i = 0; i < 6; i++) d.put(`/k${i}`, "x"); // revisions 2..7
    expect(d.store.revision).toBe(7);
    expect(d.store.compactRevision).toBe(5);
    expect(d.store.eventsAt(5).map((e) => e.kv.key)).toEqual(["/k3"]);
    expect(() => d.store.range({ key: "/k0", revision: 4 })).toThrow(RevisionCompactedError);
    d.store.checkInvariants();
  });
});
