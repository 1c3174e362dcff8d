import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterEach, describe, expect, it } from "vitest";
import { BOOKIE_ID_KEY, type BookieRegistrationValue, bookieKey } from "../bookie/server/index.js";
import { parseHostPortList } from "../common/config.js";
import { crc32c } from "../common/crc32c.js";
import { MagnetarError } from "../common/errors.js";
import { callUnary, channelOptions, fromServiceError } from "../common/grpc.js";
import { MetadataStore } from "../metadata/client/index.js";
import type { AddEntryRequest } from "../proto/gen/magnetar/v1/AddEntryRequest.js";
import type { AddEntryResponse__Output } from "../proto/gen/magnetar/v1/AddEntryResponse.js";
import type { BookieClient } from "../proto/gen/magnetar/v1/Bookie.js";
import type { ReadEntriesResponse__Output } from "../proto/gen/magnetar/v1/ReadEntriesResponse.js";
import { magnetarV1 } from "../proto/index.js";
import {
  type BookieHandle,
  type MetadataClusterHandle,
  startBookie,
  startMetadataCluster,
  waitFor,
} from "./process.js";

let dir: string | undefined;
let cluster: MetadataClusterHandle | undefined;
const bookies: BookieHandle[] = [];
const closers: (() => void)[] = [];

afterEach(async (ctx) => {
  for (const c of closers.splice(0)) c();
  if (ctx.task.result?.state === "fail") {
    for (const b of bookies) console.error(`===== ${b.id} =====\n${b.process.logs()}`);
    if (cluster) console.error(cluster.logs());
  }
  for (const b of bookies.splice(0)) await b.process.kill();
  await cluster?.stopAll();
  cluster = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function setUp(): Promise<{ bookie: BookieHandle; store: MetadataStore }> {
  dir = await mkdtemp(join(tmpdir(), "magnetar-bookie-e2e-"));
  cluster = await startMetadataCluster(join(dir, "md"), 1);
  const bookie = await startBookie(dir, cluster.endpoints, "b1");
  bookies.push(bookie);
  const store = new MetadataStore({ endpoints: parseHostPortList(cluster.endpoints) });
  closers.push(() => store.close());
  return { bookie, store };
}

function client(bookie: BookieHandle): BookieClient {
  const c = new (magnetarV1().Bookie)(bookie.address, grpc.credentials.createInsecure(), channelOptions());
  closers.push(() => c.close());
  return c;
}

function meta(bookieId: string): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set(BOOKIE_ID_KEY, bookieId);
  return md;
}

const KEY = Buffer.from("ledger-password");

function body(ledgerId: number, entryId: number, bytes = 64): Buffer {
  const b = Buffer.alloc(bytes, entryId % 251);
  b.write(`${ledgerId}:${entryId}:`, 0);
  return b;
}

function addRequest(ledgerId: number, entryId: number, b = body(ledgerId, entryId)): AddEntryRequest {
  return {
    requestId: 0,
    ledgerId,
    entryId,
    masterKey: KEY,
    lastAddConfirmed: entryId - 1,
    body: b,
    crc32c: crc32c(b),
    ledgerLength: 0,
  };
}

/** One AddEntry stream with many adds in flight, answered by request id in any order. */
class Adder {
  private readonly stream: grpc.ClientDuplexStream<AddEntryRequest, AddEntryResponse__Output>;
  private readonly pending = new Map<
    number,
    { resolve(r: AddEntryResponse__Output): void; reject(e: Error): void }
  >();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(c: BookieClient, metadata = new grpc.Metadata()) {
    this.stream = c.AddEntry(metadata);
    this.stream.on("data", (res: AddEntryResponse__Output) => {
      const p = this.pending.get(res.requestId);
      this.pending.delete(res.requestId);
      p?.resolve(res);
    });
    this.stream.on("error", (err) => this.fail(fromServiceError(err)));
    this.stream.on("end", () => this.fail(new Error("stream ended")));
    closers.push(() => this.stream.cancel());
  }

  /** Set once the stream ended: every later add fails at once. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  add(req: AddEntryRequest): Promise<AddEntryResponse__Output> {
    if (this.failure) return Promise.reject(this.failure);
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.stream.write({ ...req, requestId });
    });
  }

  /** Adds and expects success. */
  async ok(req: AddEntryRequest): Promise<void> {
    const res = await this.add(req);
    if (res.error)
      throw new MagnetarError("INTERNAL", `add ${req.ledgerId}:${req.entryId} failed: ${res.error.code}`);
  }

  end(): void {
    this.stream.end();
  }
}

async function readAll(
  c: BookieClient,
  ledgerId: number,
  first: number,
  last: number,
): Promise<ReadEntriesResponse__Output[]> {
  const call = c.ReadEntries({ ledgerId, firstEntryId: first, lastEntryId: last, maxBytes: 0 });
  const out: ReadEntriesResponse__Output[] = [];
  for await (const msg of call) out.push(msg as ReadEntriesResponse__Output);
  return out;
}

describe("bookie - real processes", () => {
  it("bookie - registers under /bookies/<id>; SIGTERM revokes its lease so the key disappears at once", async () => {
    const { bookie, store } = await setUp();
    const kv = await store.get(bookieKey("b1"));
    expect(kv).toBeDefined();
    expect(kv?.lease).not.toBe(0);
    const value = JSON.parse(kv?.value.toString("utf8") ?? "{}") as BookieRegistrationValue;
    expect(value).toMatchObject({ id: "b1", address: bookie.address, httpAddress: bookie.http, state: "RW" });
    expect(value.freeBytes).toBeGreaterThan(0);
    const info = await callUnary(client(bookie), "GetBookieInfo", {}, 5_000);
    expect(info).toMatchObject({ bookieId: "b1", readOnly: false, ledgerCount: 0 });
    expect(info.freeDiskBytes).toBeGreaterThan(0);

    const stoppedAt = Date.now();
    const code = await bookie.process.stop();
    expect(code).toBe(0);
    // Revoked, not expired: gone as soon as the process has exited, well within the 3 s TTL.
    expect(await store.get(bookieKey("b1"))).toBeUndefined();
    expect(Date.now() - stoppedAt).toBeLessThan(3_000);
  });

  it("bookie - a lost lease is replaced: the bookie registers again with a new lease", async () => {
    const { bookie, store } = await setUp();
    const first = await store.get(bookieKey("b1"));
    expect(first?.lease).toBeGreaterThan(0);
    await store.revokeLease(first?.lease ?? 0); // as if the quorum had expired it
    await waitFor("the bookie to register again", async () => {
      const kv = await store.get(bookieKey("b1"));
      return kv !== undefined && kv.lease !== first?.lease;
    });
    await waitFor("the re-registration to be logged", () =>
      bookie.process.logs().includes("bookie lease lost: registering again with a new lease"),
    );
    await bookie.process.waitHealthy();
  });

  it("bookie - every acknowledged add reads back intact after kill -9 and restart", async () => {
    const { bookie } = await setUp();
    const c = client(bookie);
    const adder = new Adder(c, meta("b1"));
    const acked = new Map<string, Buffer>();
    const inFlightMax = 200;
    // Three ledgers written concurrently, 200 adds in flight, until the kill cuts the stream.
    const writer = (async () => {
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; !adder.failed; i++) {
        const ledgerId = 100 + (i % 3);
        const entryId = Math.floor(i / 3);
        const b = body(ledgerId, entryId, 100 + (i % 2000));
        const p = adder
          .ok(addRequest(ledgerId, entryId, b))
          .then(() => {
            acked.set(`${ledgerId}:${entryId}`, b);
          })
          .catch(() => {
            // Outcome unknown once the stream is cut.
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= inFlightMax) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    })();
    await waitFor("3,000 acknowledged adds", () => acked.size >= 3_000);
    await bookie.process.kill();
    await writer;
    const ackedAtKill = new Map(acked);
    for (const close of closers.splice(0)) close();

    await bookie.process.start();
    await bookie.process.waitHealthy();
    const c2 = client(bookie);
    const ackedList = [...ackedAtKill];
    for (let i = 0; i < ackedList.length; i += 100) {
      await Promise.all(
        ackedList.slice(i, i + 100).map(async ([id, b]) => {
          const [ledgerId, entryId] = id.split(":").map(Number) as [number, number];
          const res = await callUnary(c2, "ReadEntry", { ledgerId, entryId }, 5_000, meta("b1"));
          expect(res.entry?.body.equals(b), id).toBe(true);
          expect(res.entry?.crc32c).toBe(crc32c(b));
        }),
      );
    }
    // Range reads agree: each ledger's acknowledged entries are a prefix of what it stores.
    for (const ledgerId of [100, 101, 102]) {
      const acknowledged = [...ackedAtKill.keys()].filter((k) => k.startsWith(`${ledgerId}:`)).length;
      const msgs = await readAll(c2, ledgerId, 0, 1_000_000);
      const entries = msgs.flatMap((m) => m.entries);
      expect(entries.length).toBeGreaterThanOrEqual(acknowledged);
      entries.forEach((e, i) => {
        expect(e.entryId).toBe(i);
        expect(crc32c(e.body)).toBe(e.crc32c);
      });
    }
    console.log(`bookie kill -9: ${ackedAtKill.size} acknowledged adds, all read back after restart`);
  });

  it("bookie - a fenced ledger keeps rejecting the old writer after kill -9 and restart", async () => {
    const { bookie } = await setUp();
    const c = client(bookie);
    const writer = new Adder(c);
    for (let e = 0; e < 5; e++) await writer.ok(addRequest(7, e));
    const fenced = await callUnary(c, "ReadLac", { ledgerId: 7, fence: true, masterKey: KEY }, 5_000);
    expect(fenced).toMatchObject({ ledgerId: 7, fenced: true, lastAddConfirmed: 3, lastEntryId: 4 });
    expect((await writer.add(addRequest(7, 5))).error?.code).toBe("LEDGER_FENCED");

    await bookie.process.kill();
    for (const close of closers.splice(0)) close();
    await bookie.process.start();
    await bookie.process.waitHealthy();

    const c2 = client(bookie);
    const oldWriter = new Adder(c2);
    const rejected = await oldWriter.add(addRequest(7, 5));
    expect(rejected.error?.code).toBe("LEDGER_FENCED");
    expect(rejected.error?.message).toMatch(/fenced/);
    const lac = await callUnary(c2, "ReadLac", { ledgerId: 7 }, 5_000);
    expect(lac).toMatchObject({ fenced: true, lastAddConfirmed: 3, lastEntryId: 4 });
    // Recovery writes back entries (flagged), as BookKeeper's recovery adds do.
    await oldWriter.ok({ ...addRequest(7, 5), recovery: true });
    const read = await callUnary(c2, "ReadEntry", { ledgerId: 7, entryId: 5 }, 5_000);
    expect(read).toMatchObject({ fenced: true, entry: { entryId: 5 } });
  });

  it("bookie - bad inputs each get a clear error and the bookie keeps serving", async () => {
    const { bookie } = await setUp();
    const c = client(bookie);
    const adder = new Adder(c);
    await adder.ok(addRequest(1, 0));

    const unaryCases: [string, () => Promise<unknown>, string, RegExp][] = [
      [
        "unknown ledger",
        () => callUnary(c, "ReadEntry", { ledgerId: 999, entryId: 0 }, 5_000),
        "LEDGER_NOT_FOUND",
        /ledger 999/,
      ],
      [
        "unknown entry",
        () => callUnary(c, "ReadEntry", { ledgerId: 1, entryId: 5 }, 5_000),
        "ENTRY_NOT_FOUND",
        /entry 1:5/,
      ],
      [
        "negative entry id",
        () => callUnary(c, "ReadEntry", { ledgerId: 1, entryId: -1 }, 5_000),
        "INVALID_ARGUMENT",
        /entry_id/,
      ],
      [
        "negative ledger id",
        () => callUnary(c, "ReadLac", { ledgerId: -3 }, 5_000),
        "INVALID_ARGUMENT",
        /ledger_id/,
      ],
      [
        "LAC of unknown ledger",
        () => callUnary(c, "ReadLac", { ledgerId: 55 }, 5_000),
        "LEDGER_NOT_FOUND",
        /ledger 55/,
      ],
      [
        "fence with a wrong key",
        () => callUnary(c, "ReadLac", { ledgerId: 1, fence: true, masterKey: Buffer.from("x") }, 5_000),
        "PERMISSION_DENIED",
        /master_key/,
      ],
      [
        "another bookie's id",
        () => callUnary(c, "GetBookieInfo", {}, 5_000, meta("b9")),
        "UNAVAILABLE",
        /bookie id mismatch/,
      ],
      [
        "negative delete",
        () => callUnary(c, "DeleteLedger", { ledgerId: -1 }, 5_000),
        "INVALID_ARGUMENT",
        /ledger_id/,
      ],
    ];
    for (const [what, call, code, message] of unaryCases) {
      const err = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, what).toBeInstanceOf(MagnetarError);
      expect((err as MagnetarError).code, what).toBe(code);
      expect((err as MagnetarError).message, what).toMatch(message);
    }
    // A range read with last < first, and one starting at a missing entry.
    await expect(readAll(c, 1, 5, 2)).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(readAll(c, 1, 3, 9)).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });

    // Per-add errors come back in the add's response; the stream goes on.
    const b = body(1, 1);
    const addCases: [string, AddEntryRequest, string][] = [
      ["crc mismatch", { ...addRequest(1, 1), crc32c: (crc32c(b) + 1) >>> 0 }, "CHECKSUM_MISMATCH"],
      ["LAC not below the entry", { ...addRequest(1, 1), lastAddConfirmed: 1 }, "INVALID_ARGUMENT"],
      ["negative entry id", { ...addRequest(1, 1), entryId: -4 }, "INVALID_ARGUMENT"],
      ["wrong master key", { ...addRequest(1, 1), masterKey: Buffer.from("nope") }, "PERMISSION_DENIED"],
      ["body over 7 MiB", addRequest(2, 0, Buffer.alloc(7 * 1024 * 1024 + 1)), "INVALID_ARGUMENT"],
    ];
    for (const [what, req, code] of addCases) {
      const res = await adder.add(req);
      expect(res.error?.code, what).toBe(code);
      expect(res.error?.message.length, what).toBeGreaterThan(10);
    }
    // An add stream opened for another bookie id is refused as a whole.
    const wrong = new Adder(c, meta("b2"));
    await expect(wrong.add(addRequest(1, 1))).rejects.toMatchObject({ code: "UNAVAILABLE" });

    // Still serving: the same stream and new calls work.
    await adder.ok(addRequest(1, 1));
    const read = await callUnary(c, "ReadEntry", { ledgerId: 1, entryId: 1 }, 5_000);
    expect(read.entry?.body.equals(body(1, 1))).toBe(true);
    expect(bookie.process.running).toBe(true);
  });

  it("bookie - delete frees a ledger, list shows what is stored, long poll wakes on a new LAC", async () => {
    const { bookie } = await setUp();
    const c = client(bookie);
    const adder = new Adder(c);
    for (const l of [3, 1, 2]) await adder.ok(addRequest(l, 0));
    const list = async () => {
      const out: number[] = [];
      for await (const m of c.ListLedgers({ startLedgerId: 0 }))
        out.push(...(m as { ledgerIds: number[] }).ledgerIds);
      return out;
    };
    expect(await list()).toEqual([1, 2, 3]);
    expect(await callUnary(c, "DeleteLedger", { ledgerId: 2 }, 5_000)).toEqual({ existed: true });
    expect(await callUnary(c, "DeleteLedger", { ledgerId: 2 }, 5_000)).toEqual({ existed: false });
    expect(await list()).toEqual([1, 3]);
    await expect(callUnary(c, "ReadEntry", { ledgerId: 2, entryId: 0 }, 5_000)).rejects.toMatchObject({
      code: "LEDGER_NOT_FOUND",
    });

    const poll = callUnary(
      c,
      "ReadEntry",
      { ledgerId: 1, entryId: 1, previousLac: -1, longPollTimeoutMs: 10_000 },
      15_000,
    );
    await adder.ok(addRequest(1, 1)); // LAC 0 rides on this add
    const res = await poll;
    expect(res.lastAddConfirmed).toBe(0);
    expect(res.entry?.entryId).toBe(1);
  });

  it("bookie - 1 KiB adds with 1,000 in flight on one stream: group commit batches them", async () => {
    const { bookie } = await setUp();
    const c = client(bookie);
    const adder = new Adder(c);
    const total = 20_000;
    const inFlightMax = 1_000;
    const payload = Buffer.alloc(1024, 1);
    const crc = crc32c(payload);
    const started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < total) {
        const entryId = next++;
        await adder.ok({ ...addRequest(42, entryId, payload), crc32c: crc });
      }
    };
    await Promise.all(Array.from({ length: inFlightMax }, lane));
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(total / seconds);
    console.log(
      `bookie throughput: ${total} adds of 1 KiB, ${inFlightMax} in flight: ${rate} adds/s (${(rate / 1024).toFixed(1)} MiB/s)`,
    );
    const metrics = await (await fetch(`http://${bookie.http}/metrics`)).text();
    const count = (name: string, label = "") => {
      const line = metrics.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(label));
      return Number(line?.split(" ").at(-1) ?? Number.NaN);
    };
    const syncs = count("magnetar_bookie_group_commit_batch_entries_count");
    expect(count("magnetar_bookie_adds_total", 'result="ok"')).toBe(total);
    // Far fewer syncs than adds (how many fewer depends on the CPU left over on a shared machine).
    expect(syncs).toBeLessThan(total / 4);
    expect(count("magnetar_bookie_stored_entries")).toBe(total);
    console.log(`bookie group commit: ${total} adds in ${syncs} synced batches`);
  });
});
