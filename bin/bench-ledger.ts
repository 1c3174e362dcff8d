/**
 * `magnetar bench ledger`: append throughput and latency of the ledger client against bookies,
 * for entry sizes and appends in flight, plus the disk's own synced sequential write rate (the
 * bound: every entry is synced on W bookies, so disk rate / W is the ceiling on one machine).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as hdr from "hdr-histogram-js";
import { LedgerClient } from "../bookie/client/index.js";
import type { HostPort } from "../common/config.js";
import { MetadataStore } from "../metadata/client/index.js";
import { diskSyncedMiBPerSec } from "./bench/storage.js";
import { freePort, startServer } from "./spawn.js";

export interface LedgerBenchOptions {
  readonly metadata?: HostPort[];
  readonly bookies: number;
  readonly ensemble: number;
  readonly writeQuorum: number;
  readonly ackQuorum: number;
  /** Entry sizes in bytes. */
  readonly sizes: number[];
  /** Appends in flight. */
  readonly inFlight: number[];
  readonly seconds: number;
  readonly json?: boolean;
}

interface Run {
  entryBytes: number;
  inFlight: number;
  entries: number;
  entriesPerSec: number;
  mbPerSec: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

async function startCluster(
  dir: string,
  bookies: number,
): Promise<{ endpoints: HostPort[]; children: ChildProcess[] }> {
  const [mdPort, mdHttp] = [await freePort(), await freePort()];
  const metadata = await startServer(
    ["metadata", "--id", "m1", "--listen", `127.0.0.1:${mdPort}`, "--data-dir", join(dir, "m1")],
    `127.0.0.1:${mdHttp}`,
  );
  const endpoint = `127.0.0.1:${mdPort}`;
  const children = [metadata];
  for (let i = 1; i <= bookies; i++) {
    const [port, http] = [await freePort(), await freePort()];
    children.push(
      await startServer(
        [
          "bookie",
          "--id",
          `b${i}`,
          "--listen",
          `127.0.0.1:${port}`,
          "--metadata",
          endpoint,
          "--data-dir",
          join(dir, `b${i}`),
        ],
        `127.0.0.1:${http}`,
      ),
    );
  }
  return { endpoints: [{ host: "127.0.0.1", port: mdPort }], children };
}

async function measure(
  client: LedgerClient,
  opts: LedgerBenchOptions,
  entryBytes: number,
  inFlight: number,
): Promise<Run> {
  const writer = await client.createLedger({
    ensembleSize: opts.ensemble,
    writeQuorum: opts.writeQuorum,
    ackQuorum: opts.ackQuorum,
  });
  const body = Buffer.alloc(entryBytes, 0x6d);
  const h = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
  const endAt = performance.now() + opts.seconds * 1000;
  let entries = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < endAt) {
        const t = performance.now();
        await writer.append(body);
        h.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
        entries++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await writer.close();
  await client.deleteLedger(writer.ledgerId);
  const ms = (p: number) => Number((h.getValueAtPercentile(p) / 1000).toFixed(2));
  return {
    entryBytes,
    inFlight,
    entries,
    entriesPerSec: Math.round(entries / seconds),
    mbPerSec: Number(((entries * entryBytes) / seconds / 1024 ** 2).toFixed(1)),
    p50Ms: ms(50),
    p99Ms: ms(99),
    p999Ms: ms(99.9),
    maxMs: Number((h.maxValue / 1000).toFixed(2)),
  };
}

export async function benchLedger(
  opts: LedgerBenchOptions,
): Promise<{ diskSyncedMiBPerSec: number; runs: Run[] }> {
  const dir = await mkdtemp(join(tmpdir(), "magnetar-bench-ledger-"));
  const cluster = opts.metadata
    ? { endpoints: opts.metadata, children: [] }
    : await startCluster(dir, opts.bookies);
  const store = new MetadataStore({ endpoints: cluster.endpoints });
  const client = await LedgerClient.open({ store });
  try {
    const disk = await diskSyncedMiBPerSec(dir);
    const runs: Run[] = [];
    for (const size of opts.sizes)
      for (const inFlight of opts.inFlight) runs.push(await measure(client, opts, size, inFlight));
    return { diskSyncedMiBPerSec: disk, runs };
  } finally {
    client.close();
    store.close();
    for (const c of cluster.children) c.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
}

export function printLedgerReport(
  r: { diskSyncedMiBPerSec: number; runs: Run[] },
  opts: LedgerBenchOptions,
): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const out = [
    `disk: ${r.diskSyncedMiBPerSec} MiB/s synced sequential (1 MiB writes + fdatasync); / W=${opts.writeQuorum} -> ${(r.diskSyncedMiBPerSec / opts.writeQuorum).toFixed(1)} MiB/s bound`,
  ];
  for (const x of r.runs) {
    out.push(
      `E${opts.ensemble}/W${opts.writeQuorum}/A${opts.ackQuorum} ${x.entryBytes} B x ${x.inFlight} in flight: ${x.entriesPerSec} entries/s, ${x.mbPerSec} MiB/s, ` +
        `p50 ${x.p50Ms} ms, p99 ${x.p99Ms} ms, p99.9 ${x.p999Ms} ms, max ${x.maxMs} ms`,
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
