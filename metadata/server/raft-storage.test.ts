import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Entry } from "../core/raft/index.js";
import { RaftStorage } from "./raft-storage.js";

const dirs: string[] = [];
async function open(): Promise<{ storage: RaftStorage; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "magnetar-raftlog-"));
  dirs.push(dir);
  return { storage: await RaftStorage.open(dir), dir };
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const entry = (index: number, term: number, data = `e${index}`): Entry => ({
  index,
  term,
  type: "normal",
  data: Buffer.from(data),
});

describe("raft storage - LevelDB", () => {
  it("raft storage - reopening returns the hard state, snapshot and entries saved", async () => {
    const { storage, dir } = await open();
    await storage.save({
      hardState: { term: 2, vote: "m1", commit: 2 },
      entries: [entry(1, 1), entry(2, 2), entry(3, 2)],
      snapshot: null,
    });
    await storage.close();
    const again = await RaftStorage.open(dir);
    const loaded = await again.load();
    expect(loaded.hardState).toEqual({ term: 2, vote: "m1", commit: 2 });
    expect(loaded.entries.map((e) => [e.index, e.term, Buffer.from(e.data).toString()])).toEqual([
      [1, 1, "e1"],
      [2, 2, "e2"],
      [3, 2, "e3"],
    ]);
    await again.close();
  });

  it("raft storage - an append over a stored suffix replaces it and drops what followed", async () => {
    const { storage, dir } = await open();
    await storage.load();
    await storage.save({ hardState: null, entries: [1, 2, 3, 4, 5].map((i) => entry(i, 1)), snapshot: null });
    await storage.save({ hardState: null, entries: [entry(3, 2, "new3")], snapshot: null });
    await storage.close();
    const again = await RaftStorage.open(dir);
    const loaded = await again.load();
    expect(loaded.entries.map((e) => [e.index, e.term])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    await again.close();
  });

  it("raft storage - compaction keeps the snapshot and only the entries after it", async () => {
    const { storage, dir } = await open();
    await storage.load();
    await storage.save({
      hardState: { term: 1, vote: null, commit: 6 },
      entries: [1, 2, 3, 4, 5, 6].map((i) => entry(i, 1)),
      snapshot: null,
    });
    await storage.compact({ index: 4, term: 1, members: ["m1"], data: Buffer.from("state@4") });
    await storage.close();
    const again = await RaftStorage.open(dir);
    const loaded = await again.load();
    expect(loaded.snapshot?.index).toBe(4);
    expect(Buffer.from(loaded.snapshot?.data ?? []).toString()).toBe("state@4");
    expect(loaded.entries.map((e) => e.index)).toEqual([5, 6]);
    await again.close();
  });

  it("raft storage - an installed snapshot replaces the whole log", async () => {
    const { storage, dir } = await open();
    await storage.load();
    await storage.save({ hardState: null, entries: [1, 2, 3].map((i) => entry(i, 1)), snapshot: null });
    await storage.save({
      hardState: { term: 3, vote: null, commit: 10 },
      entries: [],
      snapshot: { index: 10, term: 3, members: ["m1", "m2"], data: Buffer.from("s") },
    });
    await storage.close();
    const again = await RaftStorage.open(dir);
    const loaded = await again.load();
    expect(loaded.snapshot).toMatchObject({ index: 10, term: 3, members: ["m1", "m2"] });
    expect(loaded.entries).toEqual([]);
    await again.close();
  });
});
