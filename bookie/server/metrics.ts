/**
 * The bookie's Prometheus metrics (`magnetar_bookie_*`). Counters and histograms are fed by the
 * service and the entry store's hooks; gauges read the store when scraped.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { BatchStats } from "./group-commit.js";

export interface BookieMetrics {
  readonly adds: Counter<"result">;
  readonly addLatency: Histogram;
  readonly batchEntries: Histogram;
  readonly batchBytes: Histogram;
  readonly syncLatency: Histogram;
  readonly reads: Counter<"rpc" | "result">;
  readonly corruptEntries: Counter;
  readonly fences: Counter;
  /** Feeds the batch histograms from the entry store's onSync hook. */
  onSync(stats: BatchStats): void;
}

export interface StoreGauges {
  counts(): { ledgers: number; entries: number; fencedLedgers: number };
  readonly dir: string;
  readonly logDir: string;
  readonly readOnlyReason: string | null;
}

const LATENCY_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
];

export function createBookieMetrics(registry: Registry, store: () => StoreGauges | undefined): BookieMetrics {
  const registers = [registry];
  const adds = new Counter({
    name: "magnetar_bookie_adds_total",
    help: "AddEntry requests answered, by result (ok or the error code)",
    labelNames: ["result"] as const,
    registers,
  });
  const addLatency = new Histogram({
    name: "magnetar_bookie_add_latency_seconds",
    help: "From receiving an add to acknowledging it (includes waiting for and doing the group-commit sync)",
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const batchEntries = new Histogram({
    name: "magnetar_bookie_group_commit_batch_entries",
    help: "Records (adds, fences, deletes) written by one synced group-commit batch",
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096],
    registers,
  });
  const batchBytes = new Histogram({
    name: "magnetar_bookie_group_commit_batch_bytes",
    help: "Bytes written by one synced group-commit batch",
    buckets: [1024, 16_384, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216],
    registers,
  });
  const syncLatency = new Histogram({
    name: "magnetar_bookie_journal_sync_seconds",
    help: "Duration of one synced LevelDB batch write",
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const reads = new Counter({
    name: "magnetar_bookie_reads_total",
    help: "Read calls answered, by RPC and result",
    labelNames: ["rpc", "result"] as const,
    registers,
  });
  const corruptEntries = new Counter({
    name: "magnetar_bookie_corrupt_entries_total",
    help: "Stored entries that failed their CRC32C check when read (never returned)",
    registers,
  });
  const fences = new Counter({
    name: "magnetar_bookie_fences_total",
    help: "Fencing reads answered (ReadEntry or ReadLac with fence)",
    registers,
  });
  gauge(
    registry,
    "magnetar_bookie_stored_entries",
    "Entries stored (approximate)",
    () => store()?.counts().entries,
  );
  gauge(registry, "magnetar_bookie_ledgers", "Ledgers stored", () => store()?.counts().ledgers);
  gauge(
    registry,
    "magnetar_bookie_fenced_ledgers",
    "Ledgers fenced on this bookie",
    () => store()?.counts().fencedLedgers,
  );
  gauge(registry, "magnetar_bookie_read_only", "1 if the bookie refuses adds", () => {
    const s = store();
    return s === undefined ? undefined : s.readOnlyReason === null ? 0 : 1;
  });
  new Gauge({
    name: "magnetar_bookie_stored_bytes",
    help: "Bytes of the bookie's files on disk: LevelDB (index and ledger records) and the entry logs",
    registers,
    async collect() {
      const s = store();
      if (s) this.set((await directoryBytes(s.dir)) + (await directoryBytes(s.logDir)));
    },
  });
  return {
    adds,
    addLatency,
    batchEntries,
    batchBytes,
    syncLatency,
    reads,
    corruptEntries,
    fences,
    onSync(stats) {
      batchEntries.observe(stats.records);
      batchBytes.observe(stats.bytes);
      syncLatency.observe(stats.writeSeconds);
    },
  };
}

function gauge(registry: Registry, name: string, help: string, read: () => number | undefined): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const v = read();
      if (v !== undefined) this.set(v);
    },
  });
}

async function directoryBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(
    names.map((n) =>
      stat(join(dir, n)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
