/**
 * `magnetar bench metadata`: sequential put latency, put throughput with many in flight,
 * linearizable get throughput and (on a cluster it started itself) leader failover time.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as hdr from "hdr-histogram-js";
import type { HostPort } from "../common/config.js";
import { MetadataStore } from "../metadata/client/index.js";
import { freePort, startServer } from "./spawn.js";

export interface MetadataBenchOptions {
  /** Existing quorum; when absent the bench starts 3 members itself (and measures failover). */
  readonly metadata?: HostPort[];
  readonly ops: number;
  readonly concurrency: number;
  readonly valueBytes: number;
  readonly json?: boolean;
}

interface Report {
  sequentialPut: { ops: number; p50Ms: number; p99Ms: number; maxMs: number };
  concurrentPut: {
    ops: number;
    inFlight: number;
    valueBytes: number;
    opsPerSec: number;
    p50Ms: number;
    p99Ms: number;
  };
  linearizableGet: { ops: number; inFlight: number; opsPerSec: number; p50Ms: number; p99Ms: number };
  failoverMs?: number;
}

interface Member {
  readonly id: string;
  readonly address: HostPort;
  readonly child: ChildProcess;
}

async function startQuorum(dir: string): Promise<Member[]> {
  const ports = await Promise.all(Array.from({ length: 6 }, () => freePort()));
  const ids = ["m1", "m2", "m3"];
  const peers = ids.map((id, i) => `${id}=127.0.0.1:${ports[i]}`).join(",");
  return Promise.all(
    ids.map(async (id, i) => ({
      id,
      address: { host: "127.0.0.1", port: ports[i] as number },
      child: await startServer(
        ["metadata", "--id", id, "--peers", peers, "--data-dir", join(dir, id)],
        `127.0.0.1:${ports[i + 3]}`,
      ),
    })),
  );
}

function latencyHistogram() {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

/** Runs `n` ops with `inFlight` lanes; returns ops/s and the latency histogram in µs. */
async function drive(n: number, inFlight: number, op: (i: number) => Promise<unknown>) {
  const h = latencyHistogram();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await op(i);
        h.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const ms = (p: number) => Number((h.getValueAtPercentile(p) / 1000).toFixed(2));
  return {
    opsPerSec: Math.round(n / seconds),
    p50Ms: ms(50),
    p99Ms: ms(99),
    maxMs: Number((h.maxValue / 1000).toFixed(2)),
  };
}

async function leaderOf(store: MetadataStore, members: Member[]): Promise<Member | undefined> {
  const statuses = await store.status();
  const leaderId = statuses.find((s) => "status" in s && s.status.role === "LEADER");
  return leaderId && "status" in leaderId
    ? members.find((m) => m.id === leaderId.status.memberId)
    : undefined;
}

export async function benchMetadata(opts: MetadataBenchOptions): Promise<Report> {
  const dir = opts.metadata ? undefined : await mkdtemp(join(tmpdir(), "magnetar-bench-md-"));
  const members = dir ? await startQuorum(dir) : [];
  const endpoints = opts.metadata ?? members.map((m) => m.address);
  const store = new MetadataStore({ endpoints });
  try {
    await store.status();
    const value = Buffer.alloc(opts.valueBytes, 0x61);
    const seq = await drive(Math.min(opts.ops, 2_000), 1, (i) => store.put(`/bench/seq/${i}`, value));
    const put = await drive(opts.ops, opts.concurrency, (i) => store.put(`/bench/put/${i % 10_000}`, value));
    const get = await drive(opts.ops, opts.concurrency, (i) => store.get(`/bench/put/${i % 10_000}`));
    const report: Report = {
      sequentialPut: { ops: Math.min(opts.ops, 2_000), p50Ms: seq.p50Ms, p99Ms: seq.p99Ms, maxMs: seq.maxMs },
      concurrentPut: {
        ops: opts.ops,
        inFlight: opts.concurrency,
        valueBytes: opts.valueBytes,
        opsPerSec: put.opsPerSec,
        p50Ms: put.p50Ms,
        p99Ms: put.p99Ms,
      },
      linearizableGet: {
        ops: opts.ops,
        inFlight: opts.concurrency,
        opsPerSec: get.opsPerSec,
        p50Ms: get.p50Ms,
        p99Ms: get.p99Ms,
      },
    };
    const leader = members.length > 0 ? await leaderOf(store, members) : undefined;
    if (leader) {
      leader.child.kill("SIGKILL");
      const killed = performance.now();
      await store.put("/bench/failover", value);
      report.failoverMs = Math.round(performance.now() - killed);
    }
    return report;
  } finally {
    store.close();
    for (const m of members) m.child.kill("SIGKILL");
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

export function printMetadataReport(r: Report, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const lines = [
    `sequential put      p50 ${r.sequentialPut.p50Ms} ms  p99 ${r.sequentialPut.p99Ms} ms  max ${r.sequentialPut.maxMs} ms  (${r.sequentialPut.ops} ops)`,
    `put, ${r.concurrentPut.inFlight} in flight   ${r.concurrentPut.opsPerSec} ops/s  p50 ${r.concurrentPut.p50Ms} ms  p99 ${r.concurrentPut.p99Ms} ms  (${r.concurrentPut.valueBytes}-byte values)`,
    `linearizable get    ${r.linearizableGet.opsPerSec} ops/s  p50 ${r.linearizableGet.p50Ms} ms  p99 ${r.linearizableGet.p99Ms} ms  (${r.linearizableGet.inFlight} in flight)`,
  ];
  if (r.failoverMs !== undefined)
    lines.push(
      `leader failover     ${r.failoverMs} ms from kill -9 of the leader to the next successful put`,
    );
  process.stdout.write(`${lines.join("\n")}\n`);
}
