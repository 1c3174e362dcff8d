import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnavailableError, VersionMismatchError } from "../../common/errors.js";
import type { Compare } from "../../proto/gen/magnetar/v1/Compare.js";
import type { RequestOp } from "../../proto/gen/magnetar/v1/RequestOp.js";
import { CasBatcher, type CasBatcherLimits, type CasStore } from "./cas-batcher.js";

const key = (b: unknown) => Buffer.from(b as Uint8Array).toString("utf8");

/**
 * A keyspace with the metadata store's compare-and-set and transaction rules, whose calls stay
 * pending until the test releases them (so the test decides what is in flight).
 */
class FakeStore implements CasStore {
  readonly kv = new Map<string, { version: number; value: string }>();
  readonly calls: { kind: "cas" | "txn"; keys: string[]; release(): void }[] = [];
  failNext: Error | undefined;

  private pending<T>(kind: "cas" | "txn", keys: string[], run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.calls.push({
        kind,
        keys,
        release: () => {
          const err = this.failNext;
          this.failNext = undefined;
          if (err) reject(err);
          else {
            try {
              resolve(run());
            } catch (e) {
              reject(e);
            }
          }
        },
      });
    });
  }

  private put(k: string, value: string): number {
    const version = (this.kv.get(k)?.version ?? 0) + 1;
    this.kv.set(k, { version, value });
    return version;
  }

  cas(k: string, expectedVersion: number, value: Buffer): Promise<{ version: number }> {
    return this.pending("cas", [k], () => {
      const found = this.kv.get(k)?.version ?? 0;
      if (found !== expectedVersion)
        throw new VersionMismatchError(`${k}: expected ${expectedVersion}, found ${found}`);
      return { version: this.put(k, value.toString("utf8")) };
    });
  }

  txn(compares: Compare[], success: RequestOp[]): Promise<{ succeeded: boolean }> {
    const keys = success.map((op) => key(op.requestPut?.key));
    expect(new Set(keys).size).toBe(keys.length); // the quorum refuses a key written twice
    expect(keys.length).toBeLessThanOrEqual(128);
    return this.pending("txn", keys, () => {
      const holds = compares.every((c) => (this.kv.get(key(c.key))?.version ?? 0) === Number(c.version));
      if (holds)
        for (const op of success)
          this.put(key(op.requestPut?.key), Buffer.from(op.requestPut?.value as Uint8Array).toString());
      return { succeeded: holds };
    });
  }

  /** Releases every call made so far (not those they cause). */
  releaseAll(): void {
    for (const c of this.calls.splice(0)) c.release();
  }
}

/** Lets the promise callbacks of released calls run. */
const settle = () => new Promise((r) => setImmediate(r));

const LIMITS: CasBatcherLimits = { maxOps: 3, maxBytes: 1000, maxInFlight: 2 };

describe("CasBatcher", () => {
  it("sends a write alone at once, and batches what waits meanwhile, in order, up to the limits", async () => {
    const store = new FakeStore();
    const b = new CasBatcher(store, LIMITS);
    const first = b.cas("a", 0, "a1");
    expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([["cas", ["a"]]]);
    const more = ["b", "c", "d", "e", "f", "g"].map((k) => b.cas(k, 0, `${k}1`));
    // A second write may start at once (2 in flight); the rest waits for them.
    expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([
      ["cas", ["a"]],
      ["cas", ["b"]],
    ]);
    expect(b.queued).toBe(5);
    store.releaseAll();
    expect(await first).toBe(1);
    await settle();
    expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([
      ["txn", ["c", "d", "e"]],
      ["txn", ["f", "g"]],
    ]);
    store.releaseAll();
    expect(await Promise.all(more)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(b.transactions).toBe(4);
    expect(b.writes).toBe(7);
    expect([...store.kv].map(([k, v]) => `${k}=${v.value}@${v.version}`)).toEqual([
      "a=a1@1",
      "b=b1@1",
      "c=c1@1",
      "d=d1@1",
      "e=e1@1",
      "f=f1@1",
      "g=g1@1",
    ]);
  });

  it("never writes a key twice in one transaction, and a value over maxBytes goes alone", async () => {
    const store = new FakeStore();
    const b = new CasBatcher(store, { ...LIMITS, maxInFlight: 1 });
    const writes = [
      b.cas("x", 0, "1"),
      b.cas("y", 0, "1"),
      b.cas("x", 1, "2"),
      b.cas("z", 0, "z".repeat(2000)),
    ];
    store.releaseAll(); // x alone
    await settle();
    expect(store.calls.map((c) => c.keys)).toEqual([["y", "x"]]);
    store.releaseAll();
    await settle();
    expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([["cas", ["z"]]]);
    store.releaseAll();
    expect(await Promise.all(writes)).toEqual([1, 1, 2, 1]);
  });

  it("an urgent write (a flush) goes ahead of the timed writes waiting", async () => {
    const store = new FakeStore();
    const b = new CasBatcher(store, { ...LIMITS, maxInFlight: 1 });
    const blocker = b.cas("first", 0, "v");
    const timed = [b.cas("t1", 0, "v"), b.cas("t2", 0, "v"), b.cas("t3", 0, "v")];
    const urgent = b.cas("u", 0, "v", true);
    store.releaseAll();
    await blocker;
    await settle();
    expect(store.calls.map((c) => c.keys)).toEqual([["u", "t1", "t2"]]);
    store.releaseAll();
    await urgent;
    await settle();
    expect(store.calls.map((c) => c.keys)).toEqual([["t3"]]);
    store.releaseAll();
    expect(await Promise.all(timed)).toEqual([1, 1, 1]);
  });

  it("when a compare fails, writes each key alone: only the write that lost its key fails", async () => {
    const store = new FakeStore();
    store.kv.set("taken", { version: 7, value: "someone else" });
    const b = new CasBatcher(store, { ...LIMITS, maxInFlight: 1 });
    const blocker = b.cas("first", 0, "v");
    const results = Promise.allSettled([b.cas("ok1", 0, "v"), b.cas("taken", 3, "v"), b.cas("ok2", 0, "v")]);
    store.releaseAll();
    await blocker;
    await settle();
    expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([["txn", ["ok1", "taken", "ok2"]]]);
    store.releaseAll(); // the txn fails its compare
    // Then each key alone, one at a time (the retry does not flood the quorum).
    for (const k of ["ok1", "taken", "ok2"]) {
      await settle();
      expect(store.calls.map((c) => [c.kind, c.keys])).toEqual([["cas", [k]]]);
      store.releaseAll();
    }
    const [ok1, taken, ok2] = await results;
    expect(ok1).toEqual({ status: "fulfilled", value: 1 });
    expect(ok2).toEqual({ status: "fulfilled", value: 1 });
    expect(taken).toMatchObject({ status: "rejected", reason: expect.any(VersionMismatchError) });
    expect(store.kv.get("taken")?.value).toBe("someone else");
  });

  it("a failed transaction fails each of its writes with the store's error; later writes go on", async () => {
    const store = new FakeStore();
    const b = new CasBatcher(store, { ...LIMITS, maxInFlight: 1 });
    const blocker = b.cas("first", 0, "v");
    const batch = Promise.allSettled([b.cas("a", 0, "v"), b.cas("b", 0, "v")]);
    store.releaseAll();
    await blocker;
    await settle();
    store.failNext = new UnavailableError("no leader");
    store.releaseAll();
    expect((await batch).map((r) => r.status)).toEqual(["rejected", "rejected"]);
    const later = b.cas("a", 0, "v");
    store.releaseAll();
    expect(await later).toBe(1);
  });

  it("every write is answered once, with the outcome a lone compare-and-set would have had", async () => {
    // As in the broker: each key has one writer with one write in flight, which knows the version
    // it last wrote; a stale write (a writer that lost its key) expects a version long gone.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ key: fc.constantFrom("k1", "k2", "k3", "k4", "k5"), stale: fc.boolean() }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        async (ops, maxInFlight, maxOps) => {
          const store = new FakeStore();
          const b = new CasBatcher(store, { maxOps, maxBytes: 1 << 20, maxInFlight });
          const keys = [...new Set(ops.map((o) => o.key))];
          let running = keys.length;
          const chains = keys.map(async (k) => {
            const got: string[] = [];
            let version = 0;
            for (const op of ops.filter((o) => o.key === k)) {
              try {
                version = await b.cas(k, op.stale ? 99 : version, "v");
                got.push(`ok ${version}`);
              } catch (err) {
                got.push(err instanceof VersionMismatchError ? "mismatch" : "error");
              }
            }
            running--;
            return got;
          });
          while (running > 0) {
            store.releaseAll();
            await settle();
          }
          const got = await Promise.all(chains);
          keys.forEach((k, i) => {
            let v = 0;
            const expected = ops.filter((o) => o.key === k).map((o) => (o.stale ? "mismatch" : `ok ${++v}`));
            expect(got[i]).toEqual(expected);
          });
          expect(b.queued).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
