/**
 * Entry logs: the bookie's entry bodies, appended to files `<id>.log` in one synced (O_DSYNC) write
 * per group-commit batch; LevelDB keeps only the index (entry key -> file, offset, length) and the
 * ledger records. BookKeeper separates them the same way, for the same reason: LevelDB rewrites
 * every value on each memtable flush and compaction, which made bookies write each entry 3 to 5
 * times (measured with `magnetar bench --bookies 3`); here a body is written once.
 *
 * Files only grow; a batch is placed at the end of the current file, and a new file starts when
 * the current one would pass `fileBytesMax`. A file is removed when no ledger with entries in it
 * is left (EntryStore tracks that); the current file is never removed.
 *
 * Crash safety comes from the caller: an add is acknowledged only after both the log write and
 * the synced index write completed. One batch is written at a time, so after a crash only the last
 * batch can be half there; EntryStore.open drops index entries that point past a file's end or at
 * bytes that fail their checksum (never acknowledged).
 */
import { constants } from "node:fs";
import { type FileHandle, mkdir, open, readdir, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InvariantViolation, MagnetarError } from "../../common/errors.js";
import type { LogPointer } from "./layout.js";

const FILE_PATTERN = /^(\d{8})\.log$/;

async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, "r");
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

function fileName(fileId: number): string {
  return `${String(fileId).padStart(8, "0")}.log`;
}

export class EntryLog {
  /** Size of every file, in bytes written (the current one grows). */
  private readonly sizes = new Map<number, number>();
  private readonly readers = new Map<number, Promise<FileHandle>>();

  private constructor(
    readonly dir: string,
    private readonly fileBytesMax: number,
    private current: number,
    private writer: FileHandle,
  ) {}

  /** Opens the logs in `dir` (created if missing); appends go to a new file after the newest. */
  static async open(dir: string, fileBytesMax: number): Promise<EntryLog> {
    if ((await mkdir(dir, { recursive: true })) !== undefined) await syncDir(dirname(dir));
    const ids: number[] = [];
    for (const name of await readdir(dir)) {
      const m = FILE_PATTERN.exec(name);
      if (m) ids.push(Number(m[1]));
    }
    const sizes = await Promise.all(ids.map(async (id) => (await stat(join(dir, fileName(id)))).size));
    // A fresh file per start: the newest one's tail may hold a torn batch, and nothing is ever
    // written after bytes that were not acknowledged.
    const next = ids.length > 0 ? Math.max(...ids) + 1 : 1;
    const writer = await EntryLog.create(dir, next);
    const log = new EntryLog(dir, fileBytesMax, next, writer);
    for (const [i, id] of ids.entries()) log.sizes.set(id, sizes[i] ?? 0);
    log.sizes.set(next, 0);
    return log;
  }

  private static async create(dir: string, fileId: number): Promise<FileHandle> {
    // O_DSYNC: each write returns only once its data (and the file size) is on disk, as a write
    // followed by fdatasync would, but in one call: one hand-off to the thread pool per batch
    // instead of two (each wakes a pool thread; on 2 cores that showed in the CPU per entry).
    const file = await open(
      join(dir, fileName(fileId)),
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_DSYNC,
      0o644,
    );
    // The new name must survive a crash before anything in it is acknowledged.
    await syncDir(dir);
    return file;
  }

  get currentFileId(): number {
    return this.current;
  }

  /** Files with their sizes (EntryStore.open checks pointers against them). */
  files(): ReadonlyMap<number, number> {
    return new Map(this.sizes);
  }

  /**
   * Places the records one after another at the end of the log and writes them; `durable`
   * resolves once they are on disk (the file is O_DSYNC). A record is given in parts (header,
   * body) and stored contiguously without being copied together. Calls must not overlap (the
   * group commit writes one batch at a time).
   */
  async append(
    records: readonly (readonly Buffer[])[],
  ): Promise<{ pointers: LogPointer[]; durable: Promise<void> }> {
    const values = records.flat();
    const bytes = values.reduce((sum, v) => sum + v.length, 0);
    let offset = this.sizes.get(this.current) ?? 0;
    if (offset > 0 && offset + bytes > this.fileBytesMax) {
      await this.roll();
      offset = 0;
    }
    const pointers: LogPointer[] = [];
    let at = offset;
    for (const parts of records) {
      const length = parts.reduce((sum, v) => sum + v.length, 0);
      pointers.push({ fileId: this.current, offset: at, length });
      at += length;
    }
    this.sizes.set(this.current, at);
    const writer = this.writer;
    const durable = (async () => {
      const { bytesWritten } = await writer.writev(values, offset);
      if (bytesWritten !== bytes)
        throw new InvariantViolation(`entry log write took ${bytesWritten} of ${bytes} bytes`);
    })();
    return { pointers, durable };
  }

  /** The bytes a pointer names; fewer when the file is shorter (a torn write), the caller checks. */
  async read(p: LogPointer): Promise<Buffer> {
    const file = await this.reader(p.fileId);
    const buf = Buffer.allocUnsafe(p.length);
    const { bytesRead } = await file.read(buf, 0, p.length, p.offset);
    return bytesRead === p.length ? buf : buf.subarray(0, bytesRead);
  }

  /** Deletes a file no entry points into any more (never the current one). */
  async remove(fileId: number): Promise<void> {
    if (fileId === this.current || !this.sizes.has(fileId)) return;
    this.sizes.delete(fileId);
    const reader = this.readers.get(fileId);
    this.readers.delete(fileId);
    // Unlinked first: a read holding the handle still gets its bytes, and no new handle opens.
    await unlink(join(this.dir, fileName(fileId))).catch(() => undefined);
    if (reader) await (await reader).close().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.writer.close();
    for (const r of this.readers.values()) await (await r).close().catch(() => undefined);
    this.readers.clear();
  }

  private async roll(): Promise<void> {
    const next = this.current + 1;
    const writer = await EntryLog.create(this.dir, next);
    const old = this.writer;
    this.writer = writer;
    this.current = next;
    this.sizes.set(next, 0);
    // Earlier writes to the old file were awaited by their batches: closing loses nothing.
    await old.close();
  }

  private reader(fileId: number): Promise<FileHandle> {
    let r = this.readers.get(fileId);
    if (!r) {
      // Removed (every ledger in it deleted): never reopened, so no handle leaks.
      if (!this.sizes.has(fileId))
        return Promise.reject(
          new MagnetarError("ENTRY_NOT_FOUND", `entry log ${fileName(fileId)} was removed with its ledgers`),
        );
      r = open(join(this.dir, fileName(fileId)), "r");
      this.readers.set(fileId, r);
      // A failed open is not cached: the next read tries again (and fails with its own error).
      r.catch(() => this.readers.delete(fileId));
    }
    return r;
  }
}
