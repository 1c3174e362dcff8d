import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Journal, journalFileName, parseRecords } from "./journal.js";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "magnetar-journal-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function replay(dir: string, checkpoint: number): Promise<{ journal: Journal; seen: string[] }> {
  const seen: string[] = [];
  const { journal } = await Journal.open(dir, checkpoint, async (p) => {
    seen.push(p.toString());
  });
  return { journal, seen };
}

describe("bookie journal", () => {
  it("replays every appended record, in order, from the files at or after the checkpoint", async () => {
    const dir = await tempDir();
    const first = await replay(dir, 0);
    await first.journal.append([Buffer.from("a")]);
    await first.journal.append([Buffer.from("b"), Buffer.from("c")]);
    const second = await first.journal.rotate();
    await first.journal.append([Buffer.from("d")]);
    await first.journal.close();

    expect((await replay(dir, 0)).seen).toEqual(["a", "bc", "d"]);
    const fromSecond = await replay(dir, second);
    expect(fromSecond.seen).toEqual(["d"]);
    // Appends after a reopen go to a new file, never after an old file's tail.
    expect(fromSecond.journal.fileNumber).toBeGreaterThan(second);
  });

  it("stops a file at a torn or corrupt record: nothing after it was acknowledged", async () => {
    const dir = await tempDir();
    const { journal } = await replay(dir, 0);
    await journal.append([Buffer.from("kept")]);
    await journal.append([Buffer.from("torn-record-payload")]);
    await journal.close();
    const path = join(dir, journalFileName(journal.fileNumber));
    const bytes = await readFile(path);
    expect(parseRecords(bytes).map(String)).toEqual(["kept", "torn-record-payload"]);
    // A crash in the middle of the second write: its tail never reached the disk.
    await writeFile(path, bytes.subarray(0, bytes.length - 5));
    expect((await replay(dir, 0)).seen).toEqual(["kept"]);
    // A flipped byte in the payload fails the record's CRC.
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0xff;
    expect(parseRecords(flipped).map(String)).toEqual(["kept"]);
  });

  it("removes the files a checkpoint covers", async () => {
    const dir = await tempDir();
    const { journal } = await replay(dir, 0);
    await journal.append([Buffer.from("x")]);
    const next = await journal.rotate();
    await journal.removeBefore(next);
    expect(await readdir(dir)).toEqual([journalFileName(next)]);
    await journal.close();
  });
});
