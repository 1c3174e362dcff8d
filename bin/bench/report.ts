/**
 * The benchmark's results (the `--json` document) and their text form: one line per report
 * interval, a live progress line when the output is a terminal, and the final summary.
 */
import { renameSync, writeFileSync } from "node:fs";
import type { ProcessSample, ProcessSummary, WatchedProcess } from "./process-stats.js";
import type { Percentiles } from "./stats.js";
import type { StorageCeiling } from "./storage.js";
import type { Workload } from "./workload.js";

/** warmup and measure as in OMB; build and drain are the catch-up (consumerBacklogSizeGB) phases. */
export type Phase = "warmup" | "build" | "drain" | "measure";

export interface Rates {
  /** Wall time the figures cover. */
  readonly seconds: number;
  /** Sends confirmed by the broker. */
  readonly published: number;
  readonly publishRate: number;
  /** MiB (2^20 bytes) per second of payload, as OMB counts MB. */
  readonly publishMBps: number;
  readonly publishErrors: number;
  /** Messages received, summed over every consumer. */
  readonly consumed: number;
  readonly consumeRate: number;
  readonly consumeMBps: number;
  /** Confirmed messages not yet received, summed over subscriptions, at the end of the span. */
  readonly backlog: number;
  /** Send call to the broker's receipt. */
  readonly publishLatencyMs: Percentiles | null;
  /** How late the send call was against the rate's schedule (0 at max rate). */
  readonly publishDelayLatencyMs: Percentiles | null;
  /** Send call (the message's event time) to its receipt by a consumer; 1 ms resolution. */
  readonly endToEndLatencyMs: Percentiles | null;
}

export interface Snapshot extends Rates {
  readonly phase: Phase;
  /** Since the traffic started. */
  readonly elapsedSeconds: number;
  readonly processes: readonly ProcessSample[];
}

export interface Summary extends Rates {
  /** measure, unless interrupted before it: then the phase that was running. */
  readonly phase: Phase;
  /** CPU averaged over the measured phase; RSS at its end and the largest seen during the run. */
  readonly processes: readonly ProcessSummary[];
}

export interface CatchUpReport {
  /** consumerBacklogSizeGB in bytes. */
  readonly targetBytes: number;
  /** The backlog when consumers came back. */
  readonly backlogMessages: number;
  readonly backlogBytes: number;
  readonly buildSeconds: number;
  /** False when the build phase timed out or was interrupted before reaching the target. */
  readonly backlogReached: boolean;
  /** From consumers coming back until the backlog was drained (or drainTimeout). */
  readonly drainSeconds: number;
  readonly drained: boolean;
  readonly drainConsumed: number;
  /** Consume rate during the drain. */
  readonly drainRate: number;
  readonly drainMBps: number;
  /** Backlog shrinkage per second: drainRate minus the publish rate going on meanwhile. */
  readonly netDrainRate: number;
}

export interface BenchTargetInfo {
  readonly mode: "standalone" | "local-cluster" | "url";
  readonly serviceUrl: string;
  readonly processes: readonly WatchedProcess[];
}

export interface BenchReport {
  readonly version: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Stopped early by Ctrl-C (SIGINT) or SIGTERM: the summary covers what was measured. */
  readonly interrupted: boolean;
  readonly workload: Workload;
  readonly target: BenchTargetInfo;
  readonly namespace: string;
  /** The first and the last topic (all are named <prefix>-<index>). */
  readonly topics: readonly string[];
  readonly settings: { readonly maxInFlight: number; readonly reportIntervalSeconds: number };
  readonly snapshots: readonly Snapshot[];
  readonly summary: Summary;
  readonly catchUp: CatchUpReport | null;
  /** The disk's bound on this run and the share of it reached; null without a disk measurement or W. */
  readonly storage: StorageCeiling | null;
}

const int = (n: number) => Math.round(n).toLocaleString("en");
const fix = (n: number, d = 1) => n.toFixed(d);

function plural(n: number, what: string): string {
  return `${int(n)} ${what}${n === 1 ? "" : "s"}`;
}

export function describeWorkload(w: Workload): string {
  const parts = w.partitionsPerTopic > 1 ? ` x ${w.partitionsPerTopic} partitions` : "";
  const rate = w.producerRate > 0 ? `${int(w.producerRate)} msg/s` : "max rate";
  const subs =
    w.subscriptionsPerTopic > 0
      ? `${plural(w.subscriptionsPerTopic, "subscription")}/topic x ${plural(w.consumerPerSubscription, "consumer")} (${w.subscriptionType})`
      : "no subscriptions";
  const extras = [
    w.compression !== "none" ? `${w.compression} compression` : "",
    w.keyDistributor !== "NO_KEY" ? `keys ${w.keyDistributor}` : "",
    w.consumerBacklogSizeGB > 0 ? `backlog ${w.consumerBacklogSizeGB} GB` : "",
    w.ensembleSize || w.writeQuorum || w.ackQuorum
      ? `E/W/A ${w.ensembleSize ?? "-"}/${w.writeQuorum ?? "-"}/${w.ackQuorum ?? "-"}`
      : "",
  ].filter((s) => s !== "");
  return `${w.name}: ${plural(w.topics, "topic")}${parts}, ${w.messageSize}-byte messages, ${plural(w.producersPerTopic, "producer")}/topic at ${rate}, ${subs}${extras.length > 0 ? `, ${extras.join(", ")}` : ""}`;
}

function latencyBrief(label: string, p: Percentiles | null): string {
  if (!p) return "";
  return ` | ${label} ms p50 ${fix(p.p50, 2)} p99 ${fix(p.p99, 2)} p99.9 ${fix(p.p999, 2)} max ${fix(p.max, 2)}`;
}

function processesBrief(ps: readonly ProcessSample[]): string {
  return ps
    .map(
      (p) =>
        `${p.name} ${p.cpuPercent === null ? "-" : `${fix(p.cpuPercent, 0)}%`} ${p.rssMB === null ? "-" : `${fix(p.rssMB, 0)} MiB`}`,
    )
    .join(" · ");
}

/** The periodic report, OMB style: rates, backlog, latencies; then CPU and RSS per process. */
export function formatSnapshot(s: Snapshot): string {
  return (
    `${s.phase.padEnd(7)} ${fix(s.elapsedSeconds).padStart(7)}s | pub ${int(s.publishRate).padStart(7)} msg/s ${fix(s.publishMBps).padStart(6)} MiB/s` +
    ` | cons ${int(s.consumeRate).padStart(7)} msg/s ${fix(s.consumeMBps).padStart(6)} MiB/s | backlog ${int(s.backlog)}` +
    (s.publishErrors > 0 ? ` | errors ${int(s.publishErrors)}` : "") +
    latencyBrief("pub", s.publishLatencyMs) +
    latencyBrief("e2e", s.endToEndLatencyMs) +
    `\n${" ".repeat(16)}cpu/rss: ${processesBrief(s.processes)}`
  );
}

function latencyRow(label: string, p: Percentiles | null): string {
  const cols = p
    ? [p.mean, p.p50, p.p95, p.p99, p.p999, p.max].map((v) => fix(v, 2).padStart(9)).join("")
    : "   (none)";
  return `  ${label.padEnd(18)}${cols}`;
}

export function formatSummary(r: BenchReport): string {
  const s = r.summary;
  const lines = [
    `${r.interrupted ? "interrupted; " : ""}${describeWorkload(r.workload)}`,
    `measured ${fix(s.seconds)} s on ${r.target.mode} ${r.target.serviceUrl} (namespace ${r.namespace})`,
    `publish   ${int(s.publishRate).padStart(9)} msg/s ${fix(s.publishMBps).padStart(8)} MiB/s   ${int(s.published)} messages, ${plural(s.publishErrors, "error")}`,
    `consume   ${int(s.consumeRate).padStart(9)} msg/s ${fix(s.consumeMBps).padStart(8)} MiB/s   ${int(s.consumed)} messages`,
    `backlog   ${int(s.backlog)} messages at the end`,
    `latency (ms)           mean      p50      p95      p99    p99.9      max`,
    latencyRow("publish", s.publishLatencyMs),
    latencyRow("publish delay", s.publishDelayLatencyMs),
    latencyRow("end-to-end", s.endToEndLatencyMs),
  ];
  if (r.catchUp) {
    const c = r.catchUp;
    lines.push(
      `catch-up  built ${fix(c.backlogBytes / 1024 ** 3, 3)} GiB (${int(c.backlogMessages)} messages) in ${fix(c.buildSeconds)} s${c.backlogReached ? "" : " (target not reached)"}; ` +
        `${c.drained ? "drained" : "not drained"} in ${fix(c.drainSeconds)} s at ${int(c.drainRate)} msg/s (${fix(c.drainMBps)} MiB/s), net ${int(c.netDrainRate)} msg/s`,
    );
  }
  if (r.storage) {
    const st = r.storage;
    lines.push(
      `storage   disk ${fix(st.diskSyncedMBps)} MiB/s synced; ${st.storageProcesses.join(", ")} wrote ${fix(st.storageWrittenMBps)} MiB/s = ` +
        `${fix(st.writeAmplification, 2)}x the entries x W=${st.writeQuorum} -> ceiling ${fix(st.ceilingMBps)} MiB/s ` +
        `(${int(st.ceilingMsgsPerSec)} msg/s); reached ${fix(st.ratio * 100, 0)}%`,
    );
  }
  const width = Math.max(10, ...s.processes.map((p) => p.name.length + 2));
  lines.push(`${"process".padEnd(width)}${"pid".padStart(8)}   cpu avg      rss  max rss`);
  for (const p of s.processes)
    lines.push(
      `${`  ${p.name}`.padEnd(width)}${String(p.pid).padStart(8)}${(p.cpuPercent === null ? "-" : `${fix(p.cpuPercent)}%`).padStart(10)}` +
        `${(p.rssMB === null ? "-" : `${fix(p.rssMB, 0)} MiB`).padStart(9)}${(p.maxRssMB === null ? "-" : `${fix(p.maxRssMB, 0)} MiB`).padStart(9)}`,
    );
  return lines.join("\n");
}

/**
 * Where the text goes. On a terminal (and not CI) a progress line is redrawn in place below the
 * report lines; elsewhere only whole lines are written, so logs stay readable.
 */
export class Console {
  private progressShown = false;
  readonly live: boolean;

  constructor(private readonly out: NodeJS.WriteStream) {
    const ci = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
    this.live = out.isTTY === true && !ci;
  }

  line(text: string): void {
    this.clearProgress();
    this.out.write(`${text}\n`);
  }

  progress(text: string): void {
    if (!this.live) return;
    const cols = this.out.columns || 120;
    this.out.write(`\r\x1b[K${text.slice(0, cols - 1)}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.out.write("\r\x1b[K");
    this.progressShown = false;
  }
}

/** Written in full after every snapshot, so an interrupted or crashed run still leaves its data. */
export function writeJsonReport(path: string, report: unknown): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(report, null, 2)}\n`);
  // rename is atomic: a reader never sees half a file.
  renameSync(tmp, path);
}
