import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatHostPort } from "../../common/config.js";
import { crc32c } from "../../common/crc32c.js";
import { type AddRequest, BookieClient, type BookieConnection } from "../client/bookie-client.js";
import { Bookie } from "./bookie.js";

const dirs: string[] = [];
const bookies: Bookie[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const b of bookies.splice(0)) await b.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A real bookie (LevelDB, entry logs) whose metadata quorum is unreachable: nothing here needs it. */
async function startBookie(dir?: string): Promise<{ bookie: Bookie; dir: string }> {
  const dataDir = dir ?? (await mkdtemp(join(tmpdir(), "magnetar-local-bookie-")));
  if (!dir) dirs.push(dataDir);
  const bookie = await Bookie.start({
    id: "b1",
    listen: { host: "127.0.0.1", port: 0 },
    metadata: [{ host: "127.0.0.1", port: 1 }],
    dataDir,
    logger: pino({ level: "silent" }),
    version: "0.0.0-test",
  });
  bookies.push(bookie);
  return { bookie, dir: dataDir };
}

function add(ledgerId: number, entryId: number, over: Partial<AddRequest> = {}): AddRequest {
  const body = Buffer.from(`entry ${ledgerId}:${entryId}`);
  return {
    ledgerId,
    entryId,
    masterKey: Buffer.from("k"),
    lastAddConfirmed: entryId - 1,
    body,
    crc32c: crc32c(body),
    ledgerLength: 0,
    recovery: false,
    ...over,
  };
}

async function write(c: BookieConnection, ledgerId: number, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, e) => c.add(add(ledgerId, e), 5_000)));
}

describe("local bookie connection", () => {
  it("stores adds and reads them back by entry, by range and by LAC, also after a restart", async () => {
    const { bookie, dir } = await startBookie();
    const c = bookie.localConnection();
    await write(c, 7, 10);
    expect(c.pendingAdds).toBe(0);

    const one = await c.readEntry(7, 4, 1_000);
    expect(one.body.toString()).toBe("entry 7:4");
    expect(one.lastAddConfirmed).toBe(8);
    const range = await c.readEntries(7, 2, 20, 0, 1_000);
    expect(range.map((r) => r.entryId)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(range.map((r) => r.body.toString())).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((e) => `entry 7:${e}`));
    expect(await c.readLac(7, { fence: false, masterKey: Buffer.alloc(0) }, 1_000)).toEqual({
      lastAddConfirmed: 8,
      lastEntryId: 9,
      fenced: false,
    });

    await bookie.close();
    const again = (await startBookie(dir)).bookie.localConnection();
    expect((await again.readEntries(7, 0, 9, 0, 1_000)).map((r) => r.body.toString())).toEqual(
      Array.from({ length: 10 }, (_, e) => `entry 7:${e}`),
    );
  });

  it("refuses bad adds and reads with the gRPC service's errors, and keeps serving", async () => {
    const c = (await startBookie()).bookie.localConnection();
    await expect(c.add(add(1, 0, { crc32c: 1 }), 1_000)).rejects.toMatchObject({ code: "CHECKSUM_MISMATCH" });
    await expect(c.add(add(1, 3, { lastAddConfirmed: 3 }), 1_000)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      message: expect.stringContaining("last_add_confirmed must be in [-1, entry_id)"),
    });
    await expect(c.add(add(-1, 0), 1_000)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(c.readLac(2, { fence: false, masterKey: Buffer.alloc(0) }, 1_000)).rejects.toMatchObject({
      code: "LEDGER_NOT_FOUND",
    });
    await write(c, 1, 3);
    await expect(c.add(add(1, 3, { masterKey: Buffer.from("other") }), 1_000)).rejects.toMatchObject({
      code: "PERMISSION_DENIED",
    });
    await expect(c.readEntry(1, 5, 1_000)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
    await expect(c.readEntries(1, 5, 9, 0, 1_000)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
    await expect(c.readEntries(1, 0, 9, -1, 1_000)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    expect((await c.readEntries(1, 0, 9, 0, 1_000)).map((r) => r.entryId)).toEqual([0, 1, 2]);
  });

  it("fences: the writer's next add fails LEDGER_FENCED; recovery adds and deletes still work", async () => {
    const c = (await startBookie()).bookie.localConnection();
    await write(c, 3, 2);
    const fenced = await c.readLac(3, { fence: true, masterKey: Buffer.from("k") }, 1_000);
    expect(fenced).toEqual({ lastAddConfirmed: 0, lastEntryId: 1, fenced: true });
    await expect(c.add(add(3, 2), 1_000)).rejects.toMatchObject({ code: "LEDGER_FENCED" });
    await c.add(add(3, 2, { recovery: true }), 1_000);
    expect((await c.readEntry(3, 2, 1_000)).fenced).toBe(true);

    await c.deleteLedger(3, 1_000);
    await expect(c.readEntry(3, 0, 1_000)).rejects.toMatchObject({ code: "LEDGER_NOT_FOUND" });
    await c.deleteLedger(3, 1_000); // idempotent
  });

  it("a corrupt entry mid-range: gRPC and the local connection both give the entries before it", async () => {
    const { bookie, dir } = await startBookie();
    const c = bookie.localConnection();
    await write(c, 7, 5);
    await c.add(add(7, 5), 5_000); // a later batch: entry 3 is not in the last one (checked at open)
    await bookie.close();
    const logDir = join(dir, "ledgers", "entry-logs");
    let corrupted = false;
    for (const name of await readdir(logDir)) {
      const bytes = await readFile(join(logDir, name));
      const at = bytes.indexOf("entry 7:3");
      if (at < 0) continue;
      bytes[at] = "E".charCodeAt(0);
      await writeFile(join(logDir, name), bytes);
      corrupted = true;
    }
    expect(corrupted).toBe(true);

    const reopened = (await startBookie(dir)).bookie;
    const overGrpc = new BookieClient("b1", formatHostPort(reopened.address));
    try {
      for (const conn of [reopened.localConnection(), overGrpc]) {
        expect((await conn.readEntries(7, 0, 5, 0, 5_000)).map((r) => r.entryId)).toEqual([0, 1, 2]);
        await expect(conn.readEntry(7, 3, 5_000)).rejects.toMatchObject({ code: "CHECKSUM_MISMATCH" });
        expect((await conn.readEntries(7, 4, 5, 0, 5_000)).map((r) => r.entryId)).toEqual([4, 5]);
      }
    } finally {
      overGrpc.close();
    }
  });

  it("fails an add the store does not answer in time with TIMEOUT", async () => {
    const { bookie } = await startBookie();
    const c = bookie.localConnection();
    // A disk that never answers: the only way to make a real store hang.
    vi.spyOn(bookie.store, "addEntry").mockReturnValue(new Promise<void>(() => undefined));
    const started = Date.now();
    await expect(c.add(add(1, 0), 100)).rejects.toMatchObject({ code: "TIMEOUT" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(c.pendingAdds).toBe(0);
  });

  it("fails reads the store does not answer in time with TIMEOUT", async () => {
    const { bookie } = await startBookie();
    const c = bookie.localConnection();
    await write(c, 1, 3);
    vi.spyOn(bookie.store, "readEntry").mockReturnValue(new Promise(() => undefined));
    await expect(c.readEntry(1, 0, 100)).rejects.toMatchObject({ code: "TIMEOUT" });
    vi.spyOn(bookie.store, "fence").mockReturnValue(new Promise(() => undefined));
    await expect(c.readLac(1, { fence: true, masterKey: Buffer.from("k") }, 100)).rejects.toMatchObject({
      code: "TIMEOUT",
    });
    const real = bookie.store.readEntries.bind(bookie.store);
    vi.spyOn(bookie.store, "readEntries").mockImplementation(async function* (ledgerId, first, last, max) {
      for await (const e of real(ledgerId, first, last, max)) {
        yield e;
        if (e.entryId === 1) await new Promise(() => undefined); // the disk stops answering
      }
    });
    // As over gRPC, entries go out in parts of about 4 MiB: a stall within the first part loses it.
    await expect(c.readEntries(1, 0, 2, 0, 100)).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("a closing bookie answers the adds in flight within its grace period, then refuses new ones", async () => {
    const { bookie } = await startBookie();
    const c = bookie.localConnection();
    let sync!: () => void;
    const synced = new Promise<void>((resolve) => {
      sync = resolve;
    });
    const real = bookie.store.addEntry.bind(bookie.store);
    vi.spyOn(bookie.store, "addEntry").mockImplementationOnce(async (req) => {
      await synced;
      await real(req);
    });
    const inFlight = c.add(add(1, 0), 5_000);
    const closing = bookie.close();
    await expect(c.add(add(1, 1), 1_000)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    sync();
    await inFlight; // answered, not failed by the close
    await closing;
  });

  it("answers UNAVAILABLE once its bookie is closing", async () => {
    const { bookie } = await startBookie();
    const c = bookie.localConnection();
    await write(c, 1, 1);
    await bookie.close();
    await expect(c.add(add(1, 1), 1_000)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(c.readEntry(1, 0, 1_000)).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });
});
