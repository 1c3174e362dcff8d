/**
 * The storage ceiling of a run, as the benchmark issue defines it: the disk's synced sequential
 * write rate, divided by the write quorum W (every entry is synced on W bookies, all on this disk
 * when the cluster runs on one machine) and by the storage's write amplification (bytes the
 * storage processes made the kernel write, per byte of entries they stored), is the most payload
 * the disk can take; the run's publish rate as a share of it says how close Magnetar gets.
 *
 * Amplification is measured over the measured phase from /proc/<pid>/io write_bytes: LevelDB's
 * log, memtable flushes and the compactions that ran meanwhile (compactions owed for this data
 * but run later are not in it, so it is a lower bound on long runs' figure).
 */
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ProcessSample } from "./process-stats.js";

export interface StorageCeiling {
  /** 1 MiB writes, each followed by fdatasync, on the disk holding the data. */
  readonly diskSyncedMBps: number;
  /** Replicas of each entry (standalone: 1). */
  readonly writeQuorum: number;
  /** The processes counted as storage (bookies, or the standalone process). */
  readonly storageProcesses: readonly string[];
  /** What they wrote to disk per second over the measured phase. */
  readonly storageWrittenMBps: number;
  /** storageWrittenMBps / (publishMBps x writeQuorum). */
  readonly writeAmplification: number;
  /** diskSyncedMBps / (writeQuorum x writeAmplification): payload MiB/s the disk can take. */
  readonly ceilingMBps: number;
  readonly ceilingMsgsPerSec: number;
  /** publishMBps / ceilingMBps. */
  readonly ratio: number;
}

/** Roles whose disk writes are the storage's. */
const STORAGE_ROLES = new Set(["bookie", "standalone"]);

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function storageCeiling(input: {
  readonly diskSyncedMBps: number;
  readonly writeQuorum: number;
  readonly publishMBps: number;
  readonly messageSize: number;
  readonly processes: readonly ProcessSample[];
}): StorageCeiling | null {
  const storage = input.processes.filter((p) => STORAGE_ROLES.has(p.role));
  if (storage.length === 0 || storage.some((p) => p.diskWriteMBps === null)) return null;
  if (input.publishMBps <= 0 || input.diskSyncedMBps <= 0 || input.writeQuorum < 1) return null;
  const written = storage.reduce((sum, p) => sum + (p.diskWriteMBps ?? 0), 0);
  // Below 1 means the kernel had not written it all back yet; the data is synced either way.
  const amplification = Math.max(1, written / (input.publishMBps * input.writeQuorum));
  const ceiling = input.diskSyncedMBps / (input.writeQuorum * amplification);
  return {
    diskSyncedMBps: round(input.diskSyncedMBps, 1),
    writeQuorum: input.writeQuorum,
    storageProcesses: storage.map((p) => p.name),
    storageWrittenMBps: round(written, 1),
    writeAmplification: round(amplification, 2),
    ceilingMBps: round(ceiling, 1),
    ceilingMsgsPerSec: Math.round((ceiling * 1024 * 1024) / input.messageSize),
    ratio: round(input.publishMBps / ceiling, 3),
  };
}

/** Synced sequential writes of 1 MiB blocks (fdatasync after each) for `ms`: MiB/s. */
export async function diskSyncedMiBPerSec(dir: string, ms = 2_000): Promise<number> {
  const path = join(dir, "magnetar-disk-probe");
  const file = await open(path, "w");
  const block = Buffer.alloc(1024 * 1024, 0x61);
  const started = performance.now();
  let written = 0;
  try {
    while (performance.now() - started < ms) {
      await file.write(block);
      await file.datasync();
      written++;
    }
  } finally {
    await file.close();
    await rm(path, { force: true });
  }
  return Number((written / ((performance.now() - started) / 1000)).toFixed(1));
}
