import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LedgerClient } from "../bookie/client/index.js";
import { parseHostPortList } from "../common/config.js";
import {
  InvalidArgumentError,
  LedgerFencedError,
  type MagnetarError,
  NotEnoughBookiesError,
} from "../common/errors.js";
import { MetadataStore } from "../metadata/client/index.js";
import {
  type BookieHandle,
  type MetadataClusterHandle,
  runCli,
  startBookie,
  startMetadataCluster,
  waitFor,
} from "./process.js";

let dir: string | undefined;
let metadata: MetadataClusterHandle | undefined;
let bookies: BookieHandle[] = [];
const cleanups: (() => void)[] = [];

async function cluster(
  bookieCount: number,
  bookieArgs: readonly string[] = [],
): Promise<{ client: LedgerClient; store: MetadataStore }> {
  dir = await mkdtemp(join(tmpdir(), "magnetar-ledger-"));
  metadata = await startMetadataCluster(dir, 1);
  const d = dir;
  const m = metadata;
  bookies = await Promise.all(
    Array.from({ length: bookieCount }, (_, i) => startBookie(d, m.endpoints, `b${i + 1}`, bookieArgs)),
  );
  const store = new MetadataStore({ endpoints: parseHostPortList(metadata.endpoints) });
  const client = await LedgerClient.open({ store });
  await waitFor("every bookie in the registry", () => client.registry.live().length === bookieCount);
  cleanups.push(() => {
    client.close();
    store.close();
  });
  return { client, store };
}

afterEach(async (ctx) => {
  for (const c of cleanups.splice(0)) c();
  if (ctx.task.result?.state === "fail") {
    console.error(metadata?.logs());
    for (const b of bookies) console.error(`===== ${b.id} =====\n${b.process.logs()}`);
  }
  await Promise.all(bookies.map((b) => b.process.kill()));
  await metadata?.stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
  bookies = [];
  metadata = undefined;
});

const body = (i: number) => Buffer.from(`entry-${i}-${"x".repeat(100)}`);

describe("ledger - writes, reads, fencing and recovery on real bookies", () => {
  it("ledger - E3 W3 A2: kill -9 of a bookie mid-stream; appends go on (ensemble change to the 4th) and every acknowledged entry reads back", async () => {
    const { client } = await cluster(4);
    const writer = await client.createLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const victimId = writer.metadata.segments[0]?.bookies[1] as string;
    const acked: number[] = [];
    const appends: Promise<void>[] = [];
    for (let i = 0; i < 400; i++) {
      appends.push(writer.append(body(i)).then((id) => void acked.push(id)));
      if (i === 150) {
        await waitFor("some acknowledged entries", () => acked.length >= 100);
        await bookies.find((b) => b.id === victimId)?.process.kill();
      }
    }
    await Promise.all(appends);
    expect(acked).toEqual(Array.from({ length: 400 }, (_, i) => i)); // in order, none failed
    const md = await writer.close();
    expect(md.segments.length).toBeGreaterThanOrEqual(2);
    expect(md.segments.at(-1)?.bookies).not.toContain(victimId);
    const reader = await client.openForRead(writer.ledgerId);
    for (const id of acked) expect((await reader.read(id)).body.equals(body(id)), `entry ${id}`).toBe(true);
  });

  it("ledger - E3 W3 A2 with only 3 bookies: after one dies no replacement exists, so pending appends fail with NOT_ENOUGH_BOOKIES; acknowledged entries stay readable", async () => {
    const { client } = await cluster(3);
    const writer = await client.createLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    for (let i = 0; i < 50; i++) await writer.append(body(i));
    await bookies[2]?.process.kill();
    // An entry may still complete on the two live bookies (A=2) before the writer learns the third
    // is gone; once it tries to replace it and finds no spare bookie, every append fails.
    let acked = 50;
    let err: unknown;
    for (; acked < 100 && err === undefined; acked++) {
      err = await writer.append(body(acked)).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    acked -= 1; // the failed one
    expect(err).toBeInstanceOf(NotEnoughBookiesError);
    await expect(writer.append(body(1000))).rejects.toBeInstanceOf(NotEnoughBookiesError);
    // The writer stopped; a reader recovers the ledger: every acknowledged entry is there.
    const reader = await client.recoverAndOpen(writer.ledgerId);
    expect(reader.lastEntryId).toBeGreaterThanOrEqual(acked - 1);
    for (let i = 0; i < acked; i++) expect((await reader.read(i)).body.equals(body(i))).toBe(true);
  });

  it("ledger - a writer paused with SIGSTOP is fenced by a recovering reader: its next append fails as fenced and nothing it had acknowledged is lost", async () => {
    const { client } = await cluster(3);
    const w = startWriterProcess(metadata?.endpoints as string);
    cleanups.push(() => w.child.kill("SIGKILL"));
    const created = (await w.send("create 3 3 2", (o) => "created" in o || "error" in o)) as {
      created: number;
    };
    const done = await w.send("append 100", (o) => "appended" in o || "error" in o);
    expect(done).toEqual({ appended: 100 });
    const ackedByA = w.lines.filter((o) => "acked" in o).map((o) => o.acked as number);
    expect(ackedByA).toHaveLength(100);

    w.child.kill("SIGSTOP");
    const reader = await client.recoverAndOpen(created.created);
    w.child.kill("SIGCONT");
    const after = (await w.send("append 1", (o) => "error" in o || "appended" in o)) as { error?: string };
    expect(after.error).toBe("LEDGER_FENCED");

    expect(reader.lastEntryId).toBe(99);
    for (const id of ackedByA) expect((await reader.read(id)).body.toString()).toBe(`entry-${id}`);
  });

  it("ledger - two clients recovering the same ledger end at the same last entry", async () => {
    const { client, store } = await cluster(3);
    const writer = await client.createLedger({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 });
    for (let i = 0; i < 30; i++) await writer.append(body(i));
    // A tailing reader of the open ledger sees entries up to the LAC the bookies know (28: the LAC
    // travels on the next add), never past it.
    const tail = await client.openForRead(writer.ledgerId);
    expect((await tail.read(28)).body.equals(body(28))).toBe(true);
    await expect(tail.read(29)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
    // The writer knows 29 is confirmed (what a broker tells its readers of its own ledger).
    tail.confirmedUpTo(writer.lastAddConfirmed);
    expect((await tail.read(29)).body.equals(body(29))).toBe(true);
    expect((await tail.readRange(29, 40)).map((r) => r.entryId)).toEqual([29]);
    const other = await LedgerClient.open({ store });
    cleanups.push(() => other.close());
    const [a, b] = await Promise.all([
      client.recoverAndOpen(writer.ledgerId),
      other.recoverAndOpen(writer.ledgerId),
    ]);
    expect(a.lastEntryId).toBe(29);
    expect(b.lastEntryId).toBe(29);
    await expect(writer.append(body(30))).rejects.toBeInstanceOf(LedgerFencedError);
  });

  it("ledger - auto-recovery: a bookie lost for good is replaced in every closed ledger, back to W copies", async () => {
    const { client } = await cluster(4, ["--auto-recovery-grace", "1s", "--audit-interval", "300ms"]);
    const writers = await Promise.all(
      [0, 1].map(() => client.createLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 })),
    );
    for (const w of writers) {
      for (let i = 0; i < 40; i++) await w.append(body(i));
      await w.close();
    }
    const lost = writers[0]?.metadata.segments[0]?.bookies[0] as string;
    await bookies.find((b) => b.id === lost)?.process.kill();
    for (const w of writers) {
      await waitFor(
        `ledger ${w.ledgerId} to drop bookie ${lost}`,
        async () => {
          const { metadata: md } = await client.ledgers.read(w.ledgerId);
          return md.segments.every((s) => !s.bookies.includes(lost));
        },
        30_000,
        100,
      );
      const reader = await client.openForRead(w.ledgerId);
      for (let i = 0; i < 40; i++) {
        const holders = reader.writeSet(i);
        expect(holders).toHaveLength(3);
        for (const id of holders) {
          const copy = await client.bookie(id).readEntry(w.ledgerId, i, 3_000);
          expect(copy.body.equals(body(i)), `entry ${i} on ${id}`).toBe(true);
        }
      }
    }
  });

  it("ledger - range reads return every entry in order, striped (E3 W2) or not, open or closed, and survive a dead bookie", async () => {
    const { client } = await cluster(3);
    for (const quorum of [
      { ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 },
      { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 },
    ]) {
      const writer = await client.createLedger(quorum);
      await Promise.all(Array.from({ length: 60 }, (_, i) => writer.append(body(i))));
      // Bookies learn the LAC from later adds: entry 60 tells them 0..59 are confirmed.
      await writer.append(body(60));
      // Open ledger: up to the LAC; asking past it gives what is confirmed, never more.
      const open = await client.openForRead(writer.ledgerId);
      const got: number[] = [];
      while (got.length < 60) {
        const run = await open.readRange(got.length, 200);
        for (const r of run) {
          expect(r.body.equals(body(r.entryId)), `entry ${r.entryId}`).toBe(true);
          got.push(r.entryId);
        }
      }
      expect(got).toEqual(Array.from({ length: 60 }, (_, i) => i));
      await expect(open.readRange(60, 70)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
      // Striped, a bookie holds runs of at most E - W + 1 = 2 consecutive entries; unstriped, all.
      const first = await open.readRange(0, 59);
      expect(first.length).toBe(quorum.writeQuorum === 3 ? 60 : 2);
      await writer.close();
      const closed = await client.openForRead(writer.ledgerId);
      await expect(closed.readRange(61, 70)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });
      expect((await closed.readRange(59, 70)).map((r) => r.entryId)).toEqual([59, 60]);
    }
    // A dead bookie: the range falls back to single reads from the others, nothing is missing.
    const writer = await client.createLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => writer.append(body(i))));
    await writer.close();
    await bookies[0]?.process.kill();
    const reader = await client.openForRead(writer.ledgerId);
    const ids: number[] = [];
    while (ids.length < 20) for (const r of await reader.readRange(ids.length, 19)) ids.push(r.entryId);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("ledger - bad input: impossible quorums, more bookies than alive, unknown ledgers and entries", async () => {
    const { client } = await cluster(3);
    await expect(
      client.createLedger({ ensembleSize: 2, writeQuorum: 3, ackQuorum: 2 }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      client.createLedger({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 0 }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    const tooMany = await client
      .createLedger({ ensembleSize: 4, writeQuorum: 3, ackQuorum: 2 })
      .catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(NotEnoughBookiesError);
    expect((tooMany as MagnetarError).message).toContain("need 4 writable bookies");
    const unknown = await client.openForRead(424242).catch((e: unknown) => e);
    expect((unknown as MagnetarError).code).toBe("LEDGER_NOT_FOUND");
    const writer = await client.createLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    await writer.append(body(0));
    await writer.close();
    const reader = await client.openForRead(writer.ledgerId);
    await expect(reader.read(5)).rejects.toMatchObject({ code: "ENTRY_NOT_FOUND" });

    // The admin CLI shows bookies and the ledger's ensembles.
    const endpoints = metadata?.endpoints as string;
    const listed = JSON.parse(
      (await runCli(["admin", "bookies", "list", "--json", "--metadata", endpoints])).stdout,
    ) as { id: string }[];
    expect(listed.map((b) => b.id)).toEqual(["b1", "b2", "b3"]);
    const shown = await runCli([
      "admin",
      "ledger",
      "show",
      String(writer.ledgerId),
      "--json",
      "--metadata",
      endpoints,
    ]);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      ledgerId: writer.ledgerId,
      state: "CLOSED",
      lastEntryId: 0,
      ensembleSize: 3,
    });
    const missing = await runCli(["admin", "ledger", "show", "424242", "--metadata", endpoints]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("LEDGER_NOT_FOUND");
    const malformed = await runCli(["admin", "ledger", "show", "abc", "--metadata", endpoints]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain("ledger id must be a non-negative integer");
    await expect(writer.append(body(1))).rejects.toMatchObject({ code: "LEDGER_CLOSED" });
  });
});

interface WriterProcess {
  readonly child: ChildProcess;
  readonly lines: Record<string, unknown>[];
  send(command: string, until: (o: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

function startWriterProcess(endpoints: string): WriterProcess {
  const script = fileURLToPath(new URL("./fixtures/ledger-writer.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, endpoints], { stdio: ["pipe", "pipe", "inherit"] });
  const lines: Record<string, unknown>[] = [];
  const listeners: ((o: Record<string, unknown>) => void)[] = [];
  createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).on("line", (l) => {
    const o = JSON.parse(l) as Record<string, unknown>;
    lines.push(o);
    for (const f of listeners) f(o);
  });
  return {
    child,
    lines,
    send(command, until) {
      return new Promise((resolve) => {
        const f = (o: Record<string, unknown>) => {
          if (!until(o)) return;
          listeners.splice(listeners.indexOf(f), 1);
          resolve(o);
        };
        listeners.push(f);
        child.stdin?.write(`${command}\n`);
      });
    },
  };
}
