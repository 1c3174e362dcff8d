import { describe, expect, it } from "vitest";
import { MagnetarError } from "../../common/errors.js";
import { GroupCommit } from "./group-commit.js";

interface Rec {
  readonly id: number;
  readonly bytes: number;
}

/** A write that completes only when the test says so, recording each batch. */
function controlledDisk() {
  const batches: number[][] = [];
  const pending: { resolve(): void; reject(err: Error): void }[] = [];
  return {
    batches,
    write: (ops: number[]) =>
      new Promise<void>((resolve, reject) => {
        batches.push(ops);
        pending.push({ resolve, reject });
      }),
    /** Completes the oldest write in flight. */
    syncOne(err?: Error) {
      const p = pending.shift();
      if (!p) throw new Error("no write in flight");
      if (err) p.reject(err);
      else p.resolve();
    },
    get inFlight() {
      return pending.length;
    },
  };
}

const flush = () => new Promise((r) => setImmediate(r));

describe("group commit", () => {
  it("group commit - adds arriving while a sync is in flight are written together by the next sync", async () => {
    const disk = controlledDisk();
    const gc = new GroupCommit<Rec, number>({
      entriesMax: 100,
      bytesMax: 1 << 20,
      encode: (records) => records.map((r) => r.id),
      write: disk.write,
    });
    const acked: number[] = [];
    const add = (id: number) => gc.append({ id, bytes: 10 }).then(() => acked.push(id));
    const first = add(0);
    await flush();
    expect(disk.batches).toEqual([[0]]);
    const rest = [1, 2, 3, 4, 5].map(add);
    await flush();
    // One write at a time: the five wait for the first sync.
    expect(disk.inFlight).toBe(1);
    expect(acked).toEqual([]);
    disk.syncOne();
    await first;
    await flush();
    expect(acked).toEqual([0]);
    expect(disk.batches).toEqual([[0], [1, 2, 3, 4, 5]]);
    // Nothing of the second batch is acknowledged before its sync completes.
    expect(acked).toEqual([0]);
    disk.syncOne();
    await Promise.all(rest);
    expect(acked).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("group commit - batches are bounded by entries and by bytes; a big record goes alone", async () => {
    const disk = controlledDisk();
    const gc = new GroupCommit<Rec, number>({
      entriesMax: 3,
      bytesMax: 100,
      encode: (records) => records.map((r) => r.id),
      write: disk.write,
    });
    const sizes = [10, 10, 10, 10, 10, 60, 50, 500, 10];
    const all = Promise.all(sizes.map((bytes, id) => gc.append({ id, bytes })));
    while (disk.batches.flat().length < sizes.length) {
      await flush();
      disk.syncOne();
    }
    await all;
    expect(disk.batches).toEqual([[0], [1, 2, 3], [4, 5], [6], [7], [8]]);
  });

  it("group commit - a failed write rejects exactly the records of its batch; later batches go on", async () => {
    const disk = controlledDisk();
    const gc = new GroupCommit<Rec, number>({
      entriesMax: 10,
      bytesMax: 1000,
      encode: (records) => records.map((r) => r.id),
      write: disk.write,
      onFailed: (_records, err) => new MagnetarError("INTERNAL", `failed: ${String(err)}`),
    });
    const a = gc.append({ id: 0, bytes: 1 });
    await flush();
    const b = gc.append({ id: 1, bytes: 1 });
    disk.syncOne(new Error("disk on fire"));
    await expect(a).rejects.toMatchObject({ code: "INTERNAL" });
    await flush();
    disk.syncOne();
    await expect(b).resolves.toBeUndefined();
  });

  it("group commit - close waits for queued records and refuses new ones", async () => {
    const disk = controlledDisk();
    const gc = new GroupCommit<Rec, number>({
      entriesMax: 10,
      bytesMax: 1000,
      encode: (records) => records.map((r) => r.id),
      write: disk.write,
    });
    const a = gc.append({ id: 0, bytes: 1 });
    let closed = false;
    const closing = gc.close().then(() => {
      closed = true;
    });
    await expect(gc.append({ id: 1, bytes: 1 })).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await flush();
    expect(closed).toBe(false);
    disk.syncOne();
    await a;
    await closing;
    expect(closed).toBe(true);
  });
});
