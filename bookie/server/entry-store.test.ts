import { constants } from "node:fs";
import {
  appendFile,
  cp,
  mkdtemp,
  open as openFile,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Level } from "level";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { crc32c } from "../../common/crc32c.js";
import {
  ChecksumMismatchError,
  InvalidArgumentError,
  LedgerFencedError,
  MagnetarError,
} from "../../common/errors.js";
import type { EntryLog } from "./entry-log.js";
import { type AddRequest, EntryStore, type EntryStoreOptions } from "./entry-store.js";
import {
  decodeEntryValue,
  decodeLastBatch,
  encodeEntry,
  encodeEntryHeader,
  entryKey,
  LAST_BATCH_KEY,
  LOG_HEADER_BYTES,
  ledgerKey,
  REPLAY_FROM_KEY,
} from "./layout.js";

const dirs: string[] = [];
const stores: EntryStore[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "magnetar-bookie-"));
  dirs.push(dir);
  return dir;
}

async function open(dir: string, extra: Partial<EntryStoreOptions> = {}): Promise<EntryStore> {
  const store = await EntryStore.open({ dir, bookieId: "b1", ...extra });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const KEY = Buffer.from("secret");

function add(
  ledgerId: number,
  entryId: number,
  body = `entry ${ledgerId}:${entryId}`,
  extra: Partial<AddRequest> = {},
) {
  const b = Buffer.from(body);
  return {
    ledgerId,
    entryId,
    masterKey: KEY,
    lastAddConfirmed: entryId - 1,
    body: b,
    crc32c: crc32c(b),
    recovery: false,
    ledgerLength: 0,
    ...extra,
  } satisfies AddRequest;
}

describe("bookie entry store - LevelDB", () => {
  it("bookie entry store - concurrent adds share synced batches (fewer syncs than adds)", async () => {
    const syncs: number[] = [];
    const store = await open(await tempDir(), { onSync: (s) => syncs.push(s.records) });
    const n = 500;
    await Promise.all(Array.from({ length: n }, (_, i) => store.addEntry(add(1, i))));
    // Every add is in exactly one synced batch (plus no other records here).
    expect(syncs.reduce((a, b) => a + b, 0)).toBe(n);
    expect(syncs.length).toBeLessThan(n / 10);
    expect(Math.max(...syncs)).toBeGreaterThan(1);
    expect(store.ledger(1)).toEqual({ lastAddConfirmed: n - 2, fenced: false, lastEntryId: n - 1 });
  });

  it.runIf(process.platform === "linux")(
    "bookie entry store - the entry log is written synchronously: its file is open with O_DSYNC",
    async () => {
      // The log's writes are its only sync (no fdatasync follows them); a crash of the machine, which
      // no test here can cause, is what the flag guards against. So check the flag on the open file.
      const dir = await tempDir();
      const store = await open(dir);
      await store.addEntry(add(1, 0));
      const logs = join(dir, "entry-logs");
      const [name] = await readdir(logs);
      const fds = await readdir("/proc/self/fd");
      const flags: number[] = [];
      for (const fd of fds) {
        const target = await readlink(`/proc/self/fd/${fd}`).catch(() => "");
        if (target !== join(logs, name ?? "")) continue;
        const info = await readFile(`/proc/self/fdinfo/${fd}`, "utf8").catch(() => "");
        const m = /^flags:\s+([0-7]+)$/m.exec(info);
        if (m?.[1]) flags.push(Number.parseInt(m[1], 8));
      }
      expect(flags.length).toBeGreaterThan(0);
      // The writer's handle: open for writing, with O_DSYNC.
      expect(
        flags.some((f) => (f & constants.O_DSYNC) === constants.O_DSYNC && (f & 3) === constants.O_WRONLY),
      ).toBe(true);
    },
  );

  it("bookie entry store - the index is synced only for what the entry log cannot rebuild", async () => {
    const synced: boolean[] = [];
    const store = await open(await tempDir(), { onIndexWrite: (s) => synced.push(s) });
    await store.addEntry(add(1, 0)); // a new ledger's record: its key
    await store.addEntry(add(1, 1)); // entries and LACs: the log has them
    await store.addEntry(add(1, 1)); // a re-add replaces a pointer
    await store.fence(1, KEY);
    await store.addEntry(add(1, 2, "after the fence", { recovery: true }));
    await store.deleteLedger(1);
    expect(synced).toEqual([true, false, true, true, false, true]);
  });

  it("bookie entry store - reads return exactly what was written, after reopening too", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const bodies = [Buffer.alloc(0), Buffer.from("x"), Buffer.alloc(70_000, 7), Buffer.from("last")];
    await Promise.all(
      bodies.map((b, i) =>
        store.addEntry({ ...add(5, i), body: b, crc32c: crc32c(b), ledgerLength: 100 + i }),
      ),
    );
    const check = async (s: EntryStore) => {
      for (const [i, b] of bodies.entries()) {
        const e = await s.readEntry(5, i);
        expect(e.body.equals(b)).toBe(true);
        expect(e).toMatchObject({ entryId: i, crc32c: crc32c(b), ledgerLength: 100 + i });
      }
      const range = [];
      for await (const e of s.readEntries(5, 1, 10, 1 << 20)) range.push(e.entryId);
      expect(range).toEqual([1, 2, 3]);
    };
    await check(store);
    await store.close();
    const again = await open(dir);
    await check(again);
    expect(again.ledger(5)).toEqual({ lastAddConfirmed: 2, fenced: false, lastEntryId: 3 });
    expect(again.counts()).toMatchObject({ ledgers: 1, entries: 4 });
  });

  it("bookie entry store - a range read is a gap-free prefix and honours its byte bound", async () => {
    const store = await open(await tempDir());
    await Promise.all([0, 1, 2, 4, 5].map((i) => store.addEntry(add(3, i, "0123456789"))));
    const ids = async (first: number, last: number, bytesMax: number) => {
      const out: number[] = [];
      for await (const e of store.readEntries(3, first, last, bytesMax)) out.push(e.entryId);
      return out;
    };
    expect(await ids(0, 10, 1 << 20)).toEqual([0, 1, 2]);
    expect(await ids(4, 10, 1 << 20)).toEqual([4, 5]);
    expect(await ids(0, 10, 15)).toEqual([0, 1]);
    expect(await ids(0, 10, 1)).toEqual([0]);
    await expect(ids(3, 10, 100)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
    await expect(ids(2, 1, 100)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(store.readEntry(99, 0)).rejects.toMatchObject({ code: "LEDGER_NOT_FOUND" });
    await expect(store.readEntry(3, 3)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
  });

  it("bookie entry store - a corrupt stored byte is CHECKSUM_MISMATCH, never data", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all([0, 1, 2].map((i) => store.addEntry(add(7, i, "a body worth protecting"))));
    await store.close();
    // Opened once more so that the entries lie before the replay mark: a start reads the log again
    // only from there, and would otherwise put back the index values damaged below.
    await (await open(dir)).close();
    // Flip one byte of entry 1's index value directly in LevelDB, and one of entry 2's.
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    for (const [entryId, offset] of [
      [1, 20],
      [2, 7],
    ] as const) {
      const value = await db.get(entryKey(7, entryId));
      if (!value) throw new Error("entry missing");
      value[offset] = (value[offset] ?? 0) ^ 0x01;
      await db.put(entryKey(7, entryId), value);
    }
    await db.close();
    const corrupt: number[] = [];
    const again = await open(dir, { onCorruptEntry: (_l, e) => corrupt.push(e) });
    await expect(again.readEntry(7, 0)).resolves.toMatchObject({ entryId: 0 });
    await expect(again.readEntry(7, 1)).rejects.toBeInstanceOf(ChecksumMismatchError);
    await expect(again.readEntry(7, 2)).rejects.toBeInstanceOf(ChecksumMismatchError);
    // A range read stops with the error after the good entries before the corrupt one.
    const got: number[] = [];
    const reading = (async () => {
      for await (const e of again.readEntries(7, 0, 2, 1 << 20)) got.push(e.entryId);
    })();
    await expect(reading).rejects.toBeInstanceOf(ChecksumMismatchError);
    expect(got).toEqual([0]);
    expect(corrupt).toEqual([1, 2, 1]);
  });

  it("bookie entry store - an add whose crc32c does not match its body is refused and nothing is stored", async () => {
    const store = await open(await tempDir());
    const bad = { ...add(2, 0), crc32c: (add(2, 0).crc32c + 1) >>> 0 };
    await expect(store.addEntry(bad)).rejects.toBeInstanceOf(ChecksumMismatchError);
    await expect(store.readEntry(2, 0)).rejects.toMatchObject({ code: "LEDGER_NOT_FOUND" });
  });

  it("bookie entry store - bad adds get INVALID_ARGUMENT or PERMISSION_DENIED", async () => {
    const store = await open(await tempDir(), { entryBytesMax: 100 });
    const cases: [Partial<AddRequest>, string][] = [
      [{ ledgerId: -1 }, "INVALID_ARGUMENT"],
      [{ entryId: 1.5 }, "INVALID_ARGUMENT"],
      [{ lastAddConfirmed: 0 }, "INVALID_ARGUMENT"],
      [{ lastAddConfirmed: -2 }, "INVALID_ARGUMENT"],
      [{ masterKey: Buffer.alloc(65) }, "INVALID_ARGUMENT"],
      [{ ledgerId: 2 ** 60 }, "INVALID_ARGUMENT"],
    ];
    for (const [patch, code] of cases) {
      await expect(store.addEntry({ ...add(1, 0), ...patch }), JSON.stringify(patch)).rejects.toMatchObject({
        code,
      });
    }
    const big = Buffer.alloc(101);
    await expect(store.addEntry({ ...add(1, 0), body: big, crc32c: crc32c(big) })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    await store.addEntry(add(1, 0));
    await expect(store.addEntry({ ...add(1, 1), masterKey: Buffer.from("other") })).rejects.toMatchObject({
      code: "PERMISSION_DENIED",
    });
    await expect(store.fence(1, Buffer.from("other"))).rejects.toMatchObject({ code: "PERMISSION_DENIED" });
  });

  it("bookie entry store - fencing is durable: after reopening, normal adds are still LEDGER_FENCED, recovery adds pass", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.addEntry(add(9, 0));
    await store.addEntry(add(9, 1));
    const view = await store.fence(9, KEY);
    expect(view).toEqual({ lastAddConfirmed: 0, fenced: true, lastEntryId: 1 });
    await expect(store.addEntry(add(9, 2))).rejects.toBeInstanceOf(LedgerFencedError);
    // Fencing an unknown ledger creates it fenced, so a late first add is refused too.
    await store.fence(10, KEY);
    await store.close();

    const again = await open(dir);
    expect(again.ledger(9)).toEqual({ lastAddConfirmed: 0, fenced: true, lastEntryId: 1 });
    await expect(again.addEntry(add(9, 2))).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(again.addEntry(add(10, 0))).rejects.toBeInstanceOf(LedgerFencedError);
    await again.addEntry({ ...add(9, 2), recovery: true });
    await expect(again.readEntry(9, 2)).resolves.toMatchObject({ entryId: 2 });
    expect(again.counts().fencedLedgers).toBe(2);
  });

  it("bookie entry store - an add accepted before a fence is durable before the fence answers", async () => {
    const store = await open(await tempDir());
    await store.addEntry(add(4, 0));
    const late = store.addEntry(add(4, 1, "in the same window as the fence"));
    const view = await store.fence(4, KEY);
    await late;
    expect(view.lastEntryId).toBe(1);
  });

  it("bookie entry store - delete frees every key of the ledger and is idempotent", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.addEntry(add(11, i))));
    await store.addEntry(add(12, 0));
    await expect(store.deleteLedger(11)).resolves.toBe(true);
    await expect(store.deleteLedger(11)).resolves.toBe(false);
    await expect(store.readEntry(11, 0)).rejects.toMatchObject({ code: "LEDGER_NOT_FOUND" });
    expect(store.ledgerIds(0)).toEqual([12]);
    expect(store.counts()).toMatchObject({ ledgers: 1, entries: 1 });
    await store.close();
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const left: Buffer[] = [];
    for await (const key of db.keys({ gte: entryKey(11, 0), lt: entryKey(12, 0) })) left.push(key);
    expect(left).toEqual([]);
    expect(await db.get(ledgerKey(11))).toBeUndefined();
    expect(await db.get(ledgerKey(12))).toBeDefined();
    await db.close();
  });

  it("bookie entry store - a deleted ledger refuses late adds (a paused writer cannot re-create it), also after reopening", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.addEntry(add(21, 0));
    await store.deleteLedger(21);
    await expect(store.addEntry(add(21, 1))).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(store.addEntry({ ...add(21, 1), recovery: true })).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(store.fence(21, KEY)).rejects.toBeInstanceOf(LedgerFencedError);
    await store.close();
    const again = await open(dir);
    await expect(again.addEntry(add(21, 1))).rejects.toBeInstanceOf(LedgerFencedError);
    expect(again.ledgerIds(0)).toEqual([]);
  });

  it("bookie entry store - entries left by an interrupted delete are removed on open", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all([0, 1, 2].map((i) => store.addEntry(add(13, i))));
    await store.close();
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    await db.del(ledgerKey(13)); // the record went, the crash came before the entries did
    await db.close();
    const again = await open(dir);
    expect(again.ledgerIds(0)).toEqual([]);
    expect(again.counts().entries).toBe(0);
  });

  it("bookie entry store - a long poll wakes when the LAC passes the known value, or times out", async () => {
    const store = await open(await tempDir());
    await store.addEntry(add(6, 0));
    const t0 = performance.now();
    await store.waitForLac(6, 5, 50);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
    const waiting = store.waitForLac(6, -1, 10_000);
    await store.addEntry(add(6, 1));
    await waiting;
    expect(store.ledger(6)?.lastAddConfirmed).toBe(0);
  });

  it("bookie entry store - the directory belongs to one bookie id", async () => {
    const dir = await tempDir();
    await (await open(dir)).close();
    await expect(EntryStore.open({ dir, bookieId: "b2" })).rejects.toThrow(/belongs to bookie "b1"/);
  });

  it("bookie entry store - a closed store answers UNAVAILABLE", async () => {
    const store = await open(await tempDir());
    await store.close();
    await expect(store.addEntry(add(1, 0))).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(store.readEntry(1, 0)).rejects.toBeInstanceOf(MagnetarError);
  });
});

describe("bookie entry store - entry logs", () => {
  /** The entry log files of a store in `dir`, oldest first. */
  async function logFiles(dir: string): Promise<string[]> {
    return (await readdir(join(dir, "entry-logs"))).filter((n) => n.endsWith(".log")).sort();
  }

  async function pointerOf(dir: string, ledgerId: number, entryId: number) {
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    try {
      const value = await db.get(entryKey(ledgerId, entryId));
      if (!value) throw new Error(`no index entry ${ledgerId}:${entryId}`);
      const decoded = decodeEntryValue(value);
      if (decoded.kind !== "pointer")
        throw new Error(`index entry ${ledgerId}:${entryId} is ${decoded.kind}`);
      return decoded.pointer;
    } finally {
      await db.close();
    }
  }

  const logPath = (dir: string, fileId: number) =>
    join(dir, "entry-logs", `${String(fileId).padStart(8, "0")}.log`);

  it("bodies are written once, to the entry log; LevelDB holds small pointers to them", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const body = "x".repeat(4096);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.addEntry(add(3, i, body))));
    await store.close();
    const p = await pointerOf(dir, 3, 19);
    const size = (await stat(logPath(dir, p.fileId))).size;
    // 20 bodies plus their headers, once each.
    expect(size).toBe(20 * (4096 + LOG_HEADER_BYTES));
    const again = await open(dir);
    await expect(again.readEntry(3, 19)).resolves.toMatchObject({ body: Buffer.from(body) });
  });

  it("a corrupt byte in the entry log is CHECKSUM_MISMATCH, never data", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    for (const i of [0, 1, 2]) await store.addEntry(add(8, i, "a body worth protecting"));
    await store.close();
    const p = await pointerOf(dir, 8, 1);
    const file = await openFile(logPath(dir, p.fileId), "r+");
    await file.write(Buffer.from([0xff]), 0, 1, p.offset + 20);
    await file.close();
    const corrupt: number[] = [];
    const again = await open(dir, { onCorruptEntry: (_l, e) => corrupt.push(e) });
    await expect(again.readEntry(8, 0)).resolves.toMatchObject({ entryId: 0 });
    await expect(again.readEntry(8, 1)).rejects.toBeInstanceOf(ChecksumMismatchError);
    expect(corrupt).toEqual([1]);
  });

  it("after a crash, index entries of a half-written last batch are dropped; the rest is served", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    for (let i = 0; i < 4; i++) await store.addEntry(add(5, i, `body ${i} `.repeat(50)));
    await store.close();
    // The crash: the last batch (entry 3) reached LevelDB but its bytes never fully reached the
    // file. Entry 2 (an earlier, acknowledged batch) damaged on disk is corruption, not a torn write.
    const p3 = await pointerOf(dir, 5, 3);
    const p2 = await pointerOf(dir, 5, 2);
    await truncate(logPath(dir, p3.fileId), p3.offset + 10);
    const file = await openFile(logPath(dir, p2.fileId), "r+");
    await file.write(Buffer.alloc(8), 0, 8, p2.offset + 30);
    await file.close();
    const again = await open(dir);
    expect(again.ledger(5)).toMatchObject({ lastEntryId: 2 });
    await expect(again.readEntry(5, 1)).resolves.toMatchObject({ entryId: 1 });
    await expect(again.readEntry(5, 2)).rejects.toBeInstanceOf(ChecksumMismatchError);
    await expect(again.readEntry(5, 3)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
    // Re-adding it (the writer's retry, or recovery) works.
    await again.addEntry(add(5, 3, "again"));
    await expect(again.readEntry(5, 3)).resolves.toMatchObject({ body: Buffer.from("again") });
  });

  it("a file is removed once every ledger with entries in it is deleted, also after a restart", async () => {
    const dir = await tempDir();
    // Small files: every batch of one 600-byte entry after the first starts a new file.
    const store = await open(dir, { logFileBytesMax: 1000 });
    await store.addEntry(add(1, 0, "a".repeat(600)));
    await store.addEntry(add(2, 0, "b".repeat(600)));
    await store.addEntry(add(2, 1, "c".repeat(600)));
    expect(await logFiles(dir)).toEqual(["00000001.log", "00000002.log", "00000003.log"]);
    await store.deleteLedger(1);
    expect(await logFiles(dir)).toEqual(["00000002.log", "00000003.log"]);
    await expect(store.readEntry(2, 0)).resolves.toMatchObject({ entryId: 0 });
    await store.close();
    // A file nothing points into (its removal interrupted by a crash) goes at the next open.
    await writeFile(logPath(dir, 90), "left over");
    const again = await open(dir, { logFileBytesMax: 1000 });
    expect(await logFiles(dir)).not.toContain("00000090.log");
    await expect(again.readEntry(2, 1)).resolves.toMatchObject({ body: Buffer.from("c".repeat(600)) });
  });

  /** The store's private parts a crash-ordering test must watch (nothing else reaches them). */
  const internals = (store: EntryStore) =>
    store as unknown as { log: EntryLog; db: { batch: (...args: unknown[]) => unknown } };

  it("a re-add writes its bytes before its index: a torn batch can never cost the stored copy", async () => {
    const store = await open(await tempDir());
    await store.addEntry(add(4, 0, "first copy"));
    const { log, db } = internals(store);
    const batches = vi.spyOn(db, "batch");
    const append = log.append.bind(log);
    let indexWritesWhenBytesSynced: number | undefined;
    vi.spyOn(log, "append").mockImplementation(async (records) => {
      const placed = await append(records);
      // Registered before the store awaits it, so this runs first once the bytes are synced.
      void placed.durable.then(() => {
        indexWritesWhenBytesSynced = batches.mock.calls.length;
      });
      return placed;
    });
    await store.addEntry({ ...add(4, 0, "first copy"), recovery: true });
    // No index write had begun before the bytes were synced (a new entry's runs alongside).
    expect(indexWritesWhenBytesSynced).toBe(0);
    expect(batches).toHaveBeenCalledTimes(1);
    await expect(store.readEntry(4, 0)).resolves.toMatchObject({ body: Buffer.from("first copy") });
  });

  it("after a failed log write, queued adds are refused: no later batch replaces the torn one's record", async () => {
    const store = await open(await tempDir());
    const { log } = internals(store);
    const append = vi.spyOn(log, "append").mockImplementation(async () => ({
      pointers: [{ fileId: log.currentFileId, offset: 0, length: 30 }],
      durable: Promise.reject(new Error("EIO: i/o error, write")),
    }));
    const first = store.addEntry(add(9, 0));
    const queued = store.addEntry(add(9, 1)); // waits for the next batch
    await expect(first).rejects.toMatchObject({ code: "INTERNAL" });
    await expect(queued).rejects.toMatchObject({ code: "INTERNAL" });
    expect(append).toHaveBeenCalledTimes(1);
    expect(store.readOnlyReason).toContain("EIO");
    // Fencing (no entry bytes) still works on a read-only bookie: recovery must stop the writer.
    await expect(store.fence(9, KEY)).resolves.toMatchObject({ fenced: true });
  });

  it("a file emptied while it was the current one is removed at a later delete", async () => {
    const dir = await tempDir();
    const store = await open(dir, { logFileBytesMax: 1000 });
    await store.addEntry(add(1, 0, "a".repeat(600)));
    await store.deleteLedger(1); // its file is the current one: kept for now
    await store.addEntry(add(2, 0, "b".repeat(600)));
    await store.addEntry(add(3, 0, "c".repeat(600)));
    expect(await logFiles(dir)).toEqual(["00000001.log", "00000002.log", "00000003.log"]);
    await store.deleteLedger(3);
    expect(await logFiles(dir)).toEqual(["00000002.log", "00000003.log"]);
    await expect(store.readEntry(2, 0)).resolves.toMatchObject({ entryId: 0 });
  });

  it("entries stored inline by earlier versions are still read", async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.addEntry(add(6, 0));
    await store.close();
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const body = Buffer.from("stored the old way");
    await db.put(entryKey(6, 1), encodeEntry({ body, crc32c: crc32c(body), ledgerLength: 0 }));
    await db.close();
    const again = await open(dir);
    expect(again.ledger(6)).toMatchObject({ lastEntryId: 1 });
    await expect(again.readEntry(6, 1)).resolves.toMatchObject({ body });
  });

  /** Copies the LevelDB files of a store (everything in `dir` but the entry logs) to `to`. */
  async function copyIndex(dir: string, to: string): Promise<void> {
    for (const name of await readdir(dir))
      if (name !== "entry-logs") await cp(join(dir, name), join(to, name), { recursive: true });
  }

  /** Puts back LevelDB files copied by copyIndex: the index as an OS crash could leave it. */
  async function restoreIndex(dir: string, from: string): Promise<void> {
    for (const name of await readdir(dir))
      if (name !== "entry-logs") await rm(join(dir, name), { recursive: true, force: true });
    await copyIndex(from, dir);
  }

  it("a checkpoint moves the replay mark up to the end of a batch written before it", async () => {
    const dir = await tempDir();
    const store = await open(dir, { checkpointIntervalMs: 0 });
    for (let i = 0; i < 5; i++) await store.addEntry(add(2, i, "checkpointed body"));
    await store.close(); // waits for the checkpoint running
    const ends = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const p = await pointerOf(dir, 2, i);
      ends.add(`${p.fileId}:${p.offset + p.length}`);
    }
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const raw = await db.get(REPLAY_FROM_KEY);
    await db.close();
    const mark = raw && decodeLastBatch(raw);
    // Each batch that finds none running starts one (interval 0): the mark is at a batch's end.
    expect(mark && ends.has(`${mark.fileId}:${mark.offset}`)).toBe(true);
  });

  it("an OS crash that takes the unsynced index writes loses no acknowledged entry: the log rebuilds them", async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await first.addEntry(add(1, 0)); // a new ledger: its record is synced with its first batch
    await first.close();
    const synced = await tempDir();
    await copyIndex(dir, synced);

    const second = await open(dir);
    const bodies = Array.from({ length: 40 }, (_, i) => `entry 1:${i + 1} ${"y".repeat(i * 37)}`);
    await Promise.all(bodies.map((b, i) => second.addEntry(add(1, i + 1, b))));
    const acknowledged = second.ledger(1);
    expect(acknowledged).toEqual({ lastAddConfirmed: 39, fenced: false, lastEntryId: 40 });
    await second.close();
    // What the last batch wrote to LevelDB: its range record and its entries' index values.
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const survivors: [Buffer, Buffer][] = [];
    for (const key of [LAST_BATCH_KEY, entryKey(1, 39), entryKey(1, 40)]) {
      const value = await db.get(key);
      if (value) survivors.push([key, value]);
    }
    await db.close();
    expect(survivors).toHaveLength(3);
    // The crash: every LevelDB write since the copy is gone (more than a real one could take:
    // some of them were synced) except the last batch's (LevelDB can keep a later write and
    // lose earlier ones: a sync covers its current log file only); and the log ends in a batch
    // cut short, never acknowledged: a whole header whose CRC fails, then a few bytes.
    await restoreIndex(dir, synced);
    const restored = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    for (const [key, value] of survivors) await restored.put(key, value);
    await restored.close();
    const [, newest] = await logFiles(dir);
    const torn = encodeEntryHeader({ ...add(1, 41), lastAddConfirmed: 40 });
    torn[44] = (torn[44] ?? 0) ^ 0xff;
    await appendFile(join(dir, "entry-logs", newest ?? ""), Buffer.concat([torn, Buffer.from("partial")]));

    const third = await open(dir);
    expect(third.ledger(1)).toEqual(acknowledged);
    for (const [i, b] of bodies.entries())
      await expect(third.readEntry(1, i + 1)).resolves.toMatchObject({ body: Buffer.from(b) });
    // It goes on from there, and a clean restart finds the same.
    await third.addEntry(add(1, 41));
    await third.close();
    const fourth = await open(dir);
    expect(fourth.ledger(1)).toEqual({ lastAddConfirmed: 40, fenced: false, lastEntryId: 41 });
    await expect(fourth.readEntry(1, 20)).resolves.toMatchObject({ body: Buffer.from(bodies[19] ?? "") });
  });

  it("replay keeps the latest copy of a re-added entry", async () => {
    const dir = await tempDir();
    const never = { checkpointIntervalMs: 1e12 }; // the mark stays where the copy below has it
    const first = await open(dir, never);
    await first.addEntry(add(1, 0));
    await first.close();
    const synced = await tempDir();
    await copyIndex(dir, synced);
    const second = await open(dir, never);
    await second.addEntry(add(1, 1, "same bytes"));
    await second.addEntry(add(1, 1, "same bytes")); // a re-add: a second copy, later in the log
    await second.close();
    const latest = await pointerOf(dir, 1, 1);
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const kept: [Buffer, Buffer][] = [];
    for (const key of [LAST_BATCH_KEY, entryKey(1, 1)]) kept.push([key, (await db.get(key)) as Buffer]);
    await db.close();
    // The crash keeps the re-add's synced write and takes the first add's unsynced one.
    await restoreIndex(dir, synced);
    const restored = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    for (const [key, value] of kept) await restored.put(key, value);
    await restored.close();
    await (await open(dir, never)).close();
    expect(await pointerOf(dir, 1, 1)).toEqual(latest);
  });

  it("replay stops at damage before a file's last batch, logs it, and keeps its mark there", async () => {
    const dir = await tempDir();
    // Small files and batches: the damage lies well before its file's last batch, and more
    // entries follow in the next file.
    const small = {
      checkpointIntervalMs: 1e12,
      batchBytesMax: 512,
      entryBytesMax: 512,
      logFileBytesMax: 4096,
    };
    const store = await open(dir, small);
    for (let i = 0; i < 20; i++) await store.addEntry(add(4, i, `entry ${i} ${"z".repeat(200)}`));
    await store.close();
    const damaged = await pointerOf(dir, 4, 2);
    expect((await pointerOf(dir, 4, 19)).fileId).toBeGreaterThan(damaged.fileId);
    const file = await openFile(logPath(dir, damaged.fileId), "r+");
    await file.write(Buffer.from("!"), 0, 1, damaged.offset + damaged.length - 1);
    await file.close();
    const errors: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => errors.push(line) });
    const again = await open(dir, { ...small, logger });
    // The entries after the damage are still indexed (the index was not lost) and read back.
    await expect(again.readEntry(4, 19)).resolves.toMatchObject({ entryId: 19 });
    await expect(again.readEntry(4, 2)).rejects.toBeInstanceOf(ChecksumMismatchError);
    await again.close();
    expect(errors.join("")).toContain("damage before its last batch");
    const db = new Level<Buffer, Buffer>(dir, { keyEncoding: "buffer", valueEncoding: "buffer" });
    const raw = await db.get(REPLAY_FROM_KEY);
    await db.close();
    // A later start reads from the damage again rather than skip what follows it.
    expect(raw && decodeLastBatch(raw)).toMatchObject({ fileId: damaged.fileId, offset: damaged.offset });
  });
});
