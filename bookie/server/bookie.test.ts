import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { formatHostPort } from "../../common/config.js";
import { crc32c } from "../../common/crc32c.js";
import { channelOptions } from "../../common/grpc.js";
import type { AddEntryRequest } from "../../proto/gen/magnetar/v1/AddEntryRequest.js";
import type { AddEntryResponse__Output } from "../../proto/gen/magnetar/v1/AddEntryResponse.js";
import type { BookieClient } from "../../proto/gen/magnetar/v1/Bookie.js";
import { magnetarV1 } from "../../proto/index.js";
import { type AddRequest, BookieClient as BookieConnectionClient } from "../client/bookie-client.js";
import { Bookie, type BookieOptions } from "./bookie.js";
import { EntryStore } from "./entry-store.js";
import { BOOKIE_ID_KEY } from "./service.js";

const dirs: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** An in-process bookie; its metadata quorum is unreachable (registration retries meanwhile). */
async function startBookie(
  extra: Partial<BookieOptions> = {},
): Promise<{ bookie: Bookie; client: BookieClient; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "magnetar-bookie-proc-"));
  dirs.push(dir);
  const bookie = await Bookie.start({
    id: "b1",
    listen: { host: "127.0.0.1", port: 0 },
    metadata: [{ host: "127.0.0.1", port: 1 }],
    dataDir: dir,
    logger: pino({ level: "silent" }),
    version: "0.0.0-test",
    ...extra,
  });
  cleanups.push(() => bookie.close());
  const client = new (magnetarV1().Bookie)(
    formatHostPort(bookie.address),
    grpc.credentials.createInsecure(),
    channelOptions(),
  );
  cleanups.push(() => client.close());
  return { bookie, client, dir };
}

function request(entryId: number): AddEntryRequest {
  const body = Buffer.alloc(512, entryId % 256);
  return {
    requestId: entryId + 1,
    ledgerId: 1,
    entryId,
    masterKey: Buffer.from("k"),
    lastAddConfirmed: entryId - 1,
    body,
    crc32c: crc32c(body),
  };
}

describe("bookie - in process", () => {
  it("bookie - a stream over its in-flight bound is paused, not refused: every add is answered", async () => {
    const { client } = await startBookie({ streamPendingAddsMax: 8 });
    const stream = client.AddEntry();
    const n = 2_000;
    const answered: AddEntryResponse__Output[] = [];
    const done = new Promise<void>((resolve, reject) => {
      stream.on("data", (r: AddEntryResponse__Output) => answered.push(r));
      stream.on("error", reject);
      stream.on("end", resolve);
    });
    for (let e = 0; e < n; e++) stream.write(request(e));
    stream.end(); // half-close: the bookie answers everything outstanding, then ends OK
    await done;
    expect(answered).toHaveLength(n);
    expect(answered.filter((r) => r.error !== null)).toEqual([]);
    expect(new Set(answered.map((r) => r.requestId)).size).toBe(n);
  });

  it("bookie - close answers what is in flight, ends streams UNAVAILABLE, and every acknowledged add is stored", async () => {
    const { bookie, client, dir } = await startBookie();
    const stream = client.AddEntry();
    const acked: number[] = [];
    let status: grpc.StatusObject | undefined;
    let hundredAcked!: () => void;
    const hundred = new Promise<void>((resolve) => {
      hundredAcked = resolve;
    });
    const ended = new Promise<void>((resolve) => {
      stream.on("data", (r: AddEntryResponse__Output) => {
        if (r.error === null) acked.push(r.entryId);
        if (acked.length === 100) hundredAcked();
      });
      stream.on("error", (err: grpc.ServiceError) => {
        status = err;
        resolve();
      });
      stream.on("end", resolve);
    });
    for (let e = 0; e < 3_000; e++) stream.write(request(e));
    await hundred;
    await bookie.close();
    await ended;
    expect(status?.code).toBe(grpc.status.UNAVAILABLE);
    expect(acked.length).toBeGreaterThanOrEqual(100);

    const store = await EntryStore.open({ dir: join(dir, "ledgers"), bookieId: "b1" });
    cleanups.push(() => store.close());
    for (const e of acked) {
      const entry = await store.readEntry(1, e);
      expect(entry.body.equals(request(e).body as Buffer)).toBe(true);
    }
  });

  it("bookie - an entry's one encoding serves several connections, and a repeat on one of them gets its own request id", async () => {
    const { bookie } = await startBookie();
    const address = formatHostPort(bookie.address);
    const a = new BookieConnectionClient("b1", address);
    const b = new BookieConnectionClient("b1", address);
    cleanups.push(() => a.close());
    cleanups.push(() => b.close());
    const r = request(0);
    const add = { ...r, body: r.body as Buffer, masterKey: r.masterKey as Buffer } as AddRequest;
    // As a writer sends one entry to its write set, then (a retry) twice more to one bookie at once.
    await Promise.all([a.add(add, 5_000), b.add(add, 5_000), a.add(add, 5_000), a.add(add, 5_000)]);
    expect(a.pendingAdds).toBe(0);
    const read = await b.readEntry(1, 0, 5_000);
    expect(read.body.equals(add.body)).toBe(true);
  });

  it("bookie - a read refused by the identity check is counted in the read metrics with its code", async () => {
    const { bookie, client } = await startBookie();
    const md = new grpc.Metadata();
    md.set(BOOKIE_ID_KEY, "b9");
    const err = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.ReadLac({ ledgerId: 1 }, md, (e) => resolve(e)),
    );
    expect(err?.code).toBe(grpc.status.UNAVAILABLE);
    const text = await bookie.registry.metrics();
    const line = text
      .split("\n")
      .find((l) => l.startsWith("magnetar_bookie_reads_total{") && l.includes('rpc="ReadLac"'));
    expect(line).toContain('result="UNAVAILABLE"');
    expect(line?.endsWith(" 1")).toBe(true);
  });
});
