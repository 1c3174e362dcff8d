/**
 * The bookie's journal: what makes an add durable. Each group-commit batch is one record appended
 * to the current journal file and made durable with fdatasync; only then are its writes applied to
 * LevelDB, without a sync of LevelDB's own. A synced LevelDB write costs 6-16 ms on this machine's
 * disk where an fdatasync'ed append of the same bytes costs 0.2-0.4 ms, so acknowledging from the
 * journal is what lets a bookie keep up with the disk (BookKeeper's journal, for the same reason).
 *
 * Files are `journal-<n>.log`, n increasing. The entry store's checkpoint says "every record of
 * every file below n is in LevelDB durably" (it writes it with a synced LevelDB write, which makes
 * all earlier unsynced writes durable too, as LevelDB's log is sequential). On open, the records of
 * files at or after the checkpoint are replayed in order (their writes are blind puts and deletes,
 * so replaying some twice is harmless), and appends go to a new file.
 *
 * Record: magic (u32) | payload length (u32) | CRC32C of the payload (u32) | payload. Replay of a
 * file stops at the first record that is incomplete or fails its check: a crash tore it while it was
 * written, so its sync never completed and nothing in it was acknowledged.
 */
import { type FileHandle, open, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { crc32c } from "../../common/crc32c.js";

const MAGIC = 0x4d4a524e; // "MJRN"
const HEADER_BYTES = 12;
const FILE_RE = /^journal-(\d{12})\.log$/;

export function journalFileName(n: number): string {
  return `journal-${String(n).padStart(12, "0")}.log`;
}

/** The complete, intact records of one journal file's bytes, in order. */
export function parseRecords(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    if (bytes.readUInt32LE(at) !== MAGIC) break;
    const length = bytes.readUInt32LE(at + 4);
    const crc = bytes.readUInt32LE(at + 8);
    const end = at + HEADER_BYTES + length;
    if (end > bytes.length) break;
    const payload = bytes.subarray(at + HEADER_BYTES, end);
    if (crc32c(payload) !== crc) break;
    out.push(payload);
    at = end;
  }
  return out;
}

export class Journal {
  private constructor(
    private readonly dir: string,
    private file: FileHandle,
    private number: number,
    private bytes: number,
  ) {}

  /**
   * Replays the records of files numbered `checkpoint` and above through `apply`, in order, then
   * opens a new file for appends. `apply` must have written a record's effects before it resolves.
   */
  static async open(
    dir: string,
    checkpoint: number,
    apply: (payload: Buffer) => Promise<void>,
  ): Promise<{ journal: Journal; replayed: number }> {
    const numbers = await journalFiles(dir);
    let replayed = 0;
    for (const n of numbers) {
      if (n < checkpoint) continue;
      for (const payload of parseRecords(await readFile(join(dir, journalFileName(n))))) {
        await apply(payload);
        replayed++;
      }
    }
    const next = Math.max(checkpoint, (numbers[numbers.length - 1] ?? -1) + 1);
    const file = await createFile(dir, next);
    return { journal: new Journal(dir, file, next, 0), replayed };
  }

  /** The file appends go to now. */
  get fileNumber(): number {
    return this.number;
  }

  /** Bytes appended to the current file. */
  get fileBytes(): number {
    return this.bytes;
  }

  /** Appends one record (the concatenation of `parts`) and resolves once it is on disk. */
  async append(parts: readonly Buffer[]): Promise<void> {
    let length = 0;
    for (const p of parts) length += p.length;
    // CRC32C over the parts as one payload, without concatenating them.
    const crc = crc32cOfParts(parts);
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(length, 4);
    header.writeUInt32LE(crc, 8);
    const buffers = [header, ...parts];
    let written = 0;
    const total = HEADER_BYTES + length;
    while (written < total) {
      // writev may write less than asked; resume after what it wrote.
      const { bytesWritten } = await this.file.writev(skip(buffers, written), this.bytes + written);
      written += bytesWritten;
    }
    await this.file.datasync();
    this.bytes += total;
  }

  /** Starts the next file; resolves with its number. The caller checkpoints, then prunes. */
  async rotate(): Promise<number> {
    const next = this.number + 1;
    const file = await createFile(this.dir, next);
    await this.file.close();
    this.file = file;
    this.number = next;
    this.bytes = 0;
    return next;
  }

  /** Deletes the files below `checkpoint` (their records are in LevelDB durably). */
  async removeBefore(checkpoint: number): Promise<void> {
    for (const n of await journalFiles(this.dir))
      if (n < checkpoint) await rm(join(this.dir, journalFileName(n)), { force: true });
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}

async function journalFiles(dir: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .map((name) => FILE_RE.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Creates a journal file and makes its directory entry durable before anything relies on it. */
async function createFile(dir: string, n: number): Promise<FileHandle> {
  const file = await open(join(dir, journalFileName(n)), "wx");
  const d = await open(dir, "r");
  try {
    await d.sync();
  } finally {
    await d.close();
  }
  return file;
}

function crc32cOfParts(parts: readonly Buffer[]): number {
  let crc = 0;
  for (const p of parts) crc = crc32c(p, crc);
  return crc;
}

/** `buffers` without their first `offset` bytes. */
function skip(buffers: readonly Buffer[], offset: number): Buffer[] {
  if (offset === 0) return buffers as Buffer[];
  const out: Buffer[] = [];
  let left = offset;
  for (const b of buffers) {
    if (left >= b.length) {
      left -= b.length;
      continue;
    }
    out.push(left > 0 ? b.subarray(left) : b);
    left = 0;
  }
  return out;
}
