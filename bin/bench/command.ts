/**
 * `magnetar bench [WORKLOAD]` and `magnetar bench run`: the messaging benchmark from the command
 * line. This file turns flags into a workload and a target cluster, runs the driver, prints the
 * reports and writes the JSON, and makes sure a cluster it started is gone afterwards, also on
 * Ctrl-C. docs/benchmark.md documents every flag.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { ConfigError, type HostPort, parseDurationMs, parseHostPortList } from "../../common/config.js";
import { type TracingSetup, withTracing } from "../../common/tracing-sdk.js";
import { VERSION } from "../version.js";
import { CpuProfiler } from "./cpu-profile.js";
import { runBenchmark } from "./driver.js";
import { NAMED_WORKLOADS } from "./named.js";
import { parsePids, type WatchedProcess } from "./process-stats.js";
import {
  type BenchReport,
  Console,
  describeWorkload,
  formatSnapshot,
  formatSummary,
  type Summary,
  writeJsonReport,
} from "./report.js";
import { diskSyncedMiBPerSec, storageCeiling } from "./storage.js";
import { startTarget, type TargetSpec } from "./target.js";
import {
  checkFieldValue,
  loadPayload,
  loadWorkload,
  resolveWorkload,
  type Workload,
  type WorkloadInput,
} from "./workload.js";

/** What the engine needs besides the workload. */
export interface BenchRunOptions {
  readonly workload: Workload;
  readonly target: TargetSpec;
  readonly topicPrefix: string;
  readonly namespace?: string;
  readonly keepNamespace: boolean;
  readonly maxInFlight: number;
  readonly reportIntervalMs: number;
  /** A file, or "-" for stdout (then text goes to stderr). */
  readonly json?: string;
  /** What `json: "-"` prints; default the whole report. */
  readonly stdoutJson?: (report: BenchReport) => unknown;
  /** With --url: a directory on the bookies' disk, for the storage ceiling (a cluster the bench starts uses its own). */
  readonly diskDir?: string;
  /** Write CPU profiles here: the bench process's, and those of the processes it starts. */
  readonly cpuProfileDir?: string;
}

const fieldParser =
  <K extends keyof Workload>(field: K) =>
  (value: string): Workload[K] => {
    try {
      return checkFieldValue(field, value);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };

/** "30" (seconds), "30s", "2m", "500ms", "1h" -> seconds. */
function secondsArg(min: number, above: boolean) {
  return (value: string): number => {
    let seconds: number;
    try {
      seconds = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : parseDurationMs(value) / 1000;
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
    if (above ? seconds <= min : seconds < min)
      throw new InvalidArgumentError(
        `expected a duration ${above ? ">" : ">="} ${min} s: seconds (30) or 500ms, 30s, 2m, 1h; got "${value}"`,
      );
    return seconds;
  };
}

function intArg(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${value}"`);
    return n;
  };
}

function hostPortListArg(value: string): HostPort[] {
  try {
    return parseHostPortList(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function pidsArg(value: string): WatchedProcess[] {
  try {
    return parsePids(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

interface BenchCliOptions {
  readonly workload?: string;
  readonly url: HostPort[];
  readonly standalone?: boolean;
  readonly bookies?: number;
  readonly brokers?: number;
  readonly pids?: WatchedProcess[];
  readonly diskDir?: string;
  readonly cpuProf?: string;
  readonly topics?: number;
  readonly partitions?: number;
  readonly messageSize?: number;
  readonly payloadFile?: string;
  readonly producers?: number;
  readonly subscriptions?: number;
  readonly consumers?: number;
  readonly rate?: number;
  readonly duration?: number;
  readonly seconds?: number;
  readonly warmup?: number;
  readonly warmupSeconds?: number;
  readonly batchMaxMessages?: number;
  readonly batchMaxDelayMs?: number;
  readonly compression?: Workload["compression"];
  readonly ensemble?: number;
  readonly writeQuorum?: number;
  readonly ackQuorum?: number;
  readonly backlogGb?: number;
  readonly keyDistributor?: Workload["keyDistributor"];
  readonly subscriptionType?: Workload["subscriptionType"];
  readonly topic: string;
  readonly namespace?: string;
  readonly keepNamespace?: boolean;
  readonly maxInFlight: number;
  readonly reportInterval: number;
  readonly json?: string | boolean;
}

/** The flags given, as a workload layer (absent flags leave the workload's values alone). */
export function flagsLayer(o: Partial<BenchCliOptions>): WorkloadInput {
  const duration = o.duration ?? o.seconds;
  const warmup = o.warmup ?? o.warmupSeconds;
  const layer: WorkloadInput = {
    topics: o.topics,
    partitionsPerTopic: o.partitions,
    messageSize: o.messageSize,
    payloadFile: o.payloadFile,
    producersPerTopic: o.producers,
    subscriptionsPerTopic: o.subscriptions,
    consumerPerSubscription: o.consumers,
    producerRate: o.rate,
    testDurationMinutes: duration === undefined ? undefined : duration / 60,
    warmupDurationMinutes: warmup === undefined ? undefined : warmup / 60,
    batchingMaxMessages: o.batchMaxMessages,
    batchingMaxPublishDelayMs: o.batchMaxDelayMs,
    compression: o.compression,
    ensembleSize: o.ensemble,
    writeQuorum: o.writeQuorum,
    ackQuorum: o.ackQuorum,
    consumerBacklogSizeGB: o.backlogGb,
    keyDistributor: o.keyDistributor,
    subscriptionType: o.subscriptionType,
  };
  return Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)) as WorkloadInput;
}

/** --standalone, --bookies/--brokers or --url (the default), checked against each other. */
function targetOf(o: BenchCliOptions, urlGiven: boolean): TargetSpec {
  const local = o.bookies !== undefined || o.brokers !== undefined;
  if (o.standalone && local)
    throw new ConfigError(
      "--standalone and --bookies/--brokers are exclusive: pick one kind of cluster to start",
    );
  if ((o.standalone || local) && urlGiven)
    throw new ConfigError(
      "--url names a running cluster: leave it out with --standalone or --bookies/--brokers",
    );
  if ((o.standalone || local) && o.pids)
    throw new ConfigError(
      "--pids is for --url: the processes of a cluster the bench starts are watched anyway",
    );
  if ((o.standalone || local) && o.diskDir !== undefined)
    throw new ConfigError(
      "--disk-dir is for --url: a cluster the bench starts is measured on its own data directory",
    );
  if (o.standalone) return { kind: "standalone" };
  if (local) return { kind: "local-cluster", bookies: o.bookies ?? 3, brokers: o.brokers ?? 1 };
  return { kind: "url", url: o.url, pids: o.pids ?? [] };
}

/**
 * Replicas per entry: the workload's W, else what brokers choose on their own (standalone 1; a
 * local cluster min(3, bookies), see Broker.quorum); unknown for --url without -w.
 */
function writeQuorumOf(o: BenchRunOptions): number | null {
  if (o.workload.writeQuorum !== undefined) return o.workload.writeQuorum;
  if (o.target.kind === "standalone") return 1;
  if (o.target.kind === "local-cluster") return Math.min(3, o.target.bookies);
  return null;
}

function ceilingOf(o: BenchRunOptions, diskSyncedMBps: number | null, summary: Summary) {
  const writeQuorum = writeQuorumOf(o);
  if (diskSyncedMBps === null || writeQuorum === null) return null;
  return storageCeiling({
    diskSyncedMBps,
    writeQuorum,
    publishMBps: summary.publishMBps,
    messageSize: o.workload.messageSize,
    processes: summary.processes,
  });
}

function checkPrefix(prefix: string): string {
  if (!/^[A-Za-z0-9_.=:-]{1,40}$/.test(prefix))
    throw new ConfigError(`--topic must be 1 to 40 characters of [A-Za-z0-9_.=:-], got "${prefix}"`);
  return prefix;
}

/** What a run gave: its report (none when interrupted before traffic), and whether its client closed. */
export interface BenchOutcome {
  readonly report: BenchReport | undefined;
  readonly clientClosed: boolean;
}

/**
 * Ends the process when the run's client could not close its connections (a cluster that stopped
 * answering): they would keep it alive after everything was reported.
 */
async function endIfClientStuck(outcome: BenchOutcome): Promise<void> {
  if (outcome.clientClosed) return;
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(process.exitCode ?? 0);
}

/** Runs a benchmark end to end: cluster up, workload, reports, cluster down. */
export async function runBench(o: BenchRunOptions): Promise<BenchOutcome> {
  const jsonToStdout = o.json === "-";
  const out = new Console(jsonToStdout ? process.stderr : process.stdout);
  const startedAt = new Date().toISOString();
  const { workload, payload } = loadPayload(o.workload, (n) => randomBytes(n));
  // A JSON path that cannot be written fails now, not after the cluster started.
  if (o.json && !jsonToStdout) {
    try {
      writeJsonReport(o.json, { version: VERSION, startedAt, running: true, workload, snapshots: [] });
    } catch (err) {
      throw new ConfigError(`--json ${o.json}: ${(err as Error).message}`);
    }
  }
  if (o.cpuProfileDir !== undefined) {
    try {
      await mkdir(o.cpuProfileDir, { recursive: true });
    } catch (err) {
      throw new ConfigError(`--cpu-prof ${o.cpuProfileDir}: ${(err as Error).message}`);
    }
  }
  out.line(`workload ${describeWorkload(workload)}`);

  const controller = new AbortController();
  let target: Awaited<ReturnType<typeof startTarget>> | undefined;
  let profiler: CpuProfiler | undefined;
  const onSignal = () => {
    if (controller.signal.aborted) {
      // Second Ctrl-C: no more waiting.
      target?.killNow();
      process.exit(130);
    }
    out.line("interrupted: stopping and cleaning up (Ctrl-C again to quit at once)");
    controller.abort();
  };
  const onExit = () => target?.killNow();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", onExit);
  try {
    target = await startTarget(o.target, (line) => out.line(line), o.cpuProfileDir);
    if (controller.signal.aborted) throw new ConfigError("interrupted while the cluster was starting");
    const processes: WatchedProcess[] = [
      { name: "bench", role: "bench", pid: process.pid },
      ...target.info.processes,
    ];
    const diskDir = target.dataDir ?? o.diskDir;
    let diskSyncedMBps: number | null = null;
    if (diskDir !== undefined) {
      out.line(`measuring the disk's synced write rate in ${diskDir} (2 s)`);
      try {
        diskSyncedMBps = await diskSyncedMiBPerSec(diskDir);
      } catch (err) {
        out.line(`cannot measure the disk in ${diskDir}: ${(err as Error).message}; no storage ceiling`);
      }
    }
    const settings = { maxInFlight: o.maxInFlight, reportIntervalSeconds: o.reportIntervalMs / 1000 };
    let namespace = o.namespace ?? "";
    profiler = o.cpuProfileDir !== undefined ? await CpuProfiler.start() : undefined;
    const snapshots: BenchReport["snapshots"][number][] = [];
    const result = await runBenchmark({
      workload,
      payload,
      serviceUrl: target.info.serviceUrl,
      ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
      topicPrefix: o.topicPrefix,
      maxInFlight: o.maxInFlight,
      reportIntervalMs: o.reportIntervalMs,
      processes,
      signal: controller.signal,
      setupRetryMs: target.owned ? 30_000 : 5_000,
      deleteNamespace: !target.owned && !o.keepNamespace,
      onSnapshot: (s) => {
        snapshots.push(s);
        out.line(formatSnapshot(s));
        if (o.json && !jsonToStdout)
          writeJsonReport(o.json, {
            version: VERSION,
            startedAt,
            running: true,
            workload,
            target: target?.info,
            namespace,
            settings,
            snapshots,
          });
      },
      onNamespace: (ns) => {
        namespace = ns;
      },
      onProgress: (text) => out.progress(text),
      log: (line) => out.line(line),
    });
    const report: BenchReport = {
      version: VERSION,
      startedAt,
      finishedAt: new Date().toISOString(),
      interrupted: result.interrupted,
      workload,
      target: target.info,
      namespace: result.namespace,
      topics: result.topics,
      settings,
      snapshots: result.snapshots,
      summary: result.summary,
      catchUp: result.catchUp,
      storage: ceilingOf(o, diskSyncedMBps, result.summary),
    };
    await profiler?.stop(join(o.cpuProfileDir as string, "bench.cpuprofile"));
    out.line(`\n${formatSummary(report)}`);
    if (o.json && !jsonToStdout) writeJsonReport(o.json, report);
    if (jsonToStdout)
      process.stdout.write(`${JSON.stringify(o.stdoutJson ? o.stdoutJson(report) : report)}\n`);
    if (result.interrupted) process.exitCode = 130;
    return { report, clientClosed: result.clientClosed };
  } catch (err) {
    if (!controller.signal.aborted) throw err;
    // Ctrl-C before any traffic: nothing was measured, and that is no failure.
    out.line("interrupted before anything was measured");
    process.exitCode = 130;
    return { report: undefined, clientClosed: true };
  } finally {
    out.clearProgress();
    if (target?.owned) out.line("stopping the cluster");
    await target?.close();
    await profiler?.stop().catch(() => undefined);
    if (o.cpuProfileDir !== undefined) {
      // Sorted: a directory lists its files in no set order.
      const profiles = (await readdir(o.cpuProfileDir).catch(() => []))
        .filter((f) => f.endsWith(".cpuprofile"))
        .sort();
      out.line(
        `cpu profiles in ${o.cpuProfileDir}: ${profiles.join(", ") || "none"} (flame graphs: Chrome DevTools' Performance panel or speedscope)`,
      );
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", onExit);
  }
}

function workloadFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option("--topics <N>", "topics (workload: topics)").argParser(fieldParser("topics")))
    .addOption(
      new Option(
        "--partitions <N>",
        "partitions per topic, 0 or 1 = not partitioned (partitionsPerTopic)",
      ).argParser(fieldParser("partitionsPerTopic")),
    )
    .addOption(
      new Option("--message-size <BYTES>", "message size (messageSize)").argParser(
        fieldParser("messageSize"),
      ),
    )
    .addOption(
      new Option("--payload-file <FILE>", "send this file's bytes as every message (payloadFile)").argParser(
        fieldParser("payloadFile"),
      ),
    )
    .addOption(
      new Option("--producers <N>", "producers per topic (producersPerTopic)").argParser(
        fieldParser("producersPerTopic"),
      ),
    )
    .addOption(
      new Option("--subscriptions <N>", "subscriptions per topic (subscriptionsPerTopic)").argParser(
        fieldParser("subscriptionsPerTopic"),
      ),
    )
    .addOption(
      new Option("--consumers <N>", "consumers per subscription (consumerPerSubscription)").argParser(
        fieldParser("consumerPerSubscription"),
      ),
    )
    .addOption(
      new Option("--rate <MSGS_PER_S>", "messages/s over all producers, 0 = max (producerRate)").argParser(
        fieldParser("producerRate"),
      ),
    )
    .addOption(
      new Option("--duration <TIME>", "measured time: seconds, or 30s, 2m (testDurationMinutes)").argParser(
        secondsArg(0, true),
      ),
    )
    .addOption(
      new Option(
        "--warmup <TIME>",
        "warm-up before measuring: seconds, or 30s (warmupDurationMinutes)",
      ).argParser(secondsArg(0, false)),
    )
    .addOption(
      new Option("--batch-max-messages <N>", "messages per batch (batchingMaxMessages)").argParser(
        fieldParser("batchingMaxMessages"),
      ),
    )
    .addOption(
      new Option("--batch-max-delay-ms <MS>", "batching delay (batchingMaxPublishDelayMs)").argParser(
        fieldParser("batchingMaxPublishDelayMs"),
      ),
    )
    .addOption(
      new Option("--compression <CODEC>", "none, lz4 or zstd (compression)").argParser(
        fieldParser("compression"),
      ),
    )
    .addOption(
      new Option("-e, --ensemble <E>", "ensemble size (ensembleSize)").argParser(fieldParser("ensembleSize")),
    )
    .addOption(
      new Option("-w, --write-quorum <W>", "write quorum (writeQuorum)").argParser(
        fieldParser("writeQuorum"),
      ),
    )
    .addOption(
      new Option("-a, --ack-quorum <A>", "ack quorum (ackQuorum)").argParser(fieldParser("ackQuorum")),
    )
    .addOption(
      new Option(
        "--backlog-gb <GB>",
        "catch-up: backlog to build before consumers start (consumerBacklogSizeGB)",
      ).argParser(fieldParser("consumerBacklogSizeGB")),
    )
    .addOption(
      new Option(
        "--key-distributor <KD>",
        "NO_KEY, KEY_ROUND_ROBIN or RANDOM_NANO (keyDistributor)",
      ).argParser(fieldParser("keyDistributor")),
    )
    .addOption(
      new Option(
        "--subscription-type <TYPE>",
        "Exclusive, Failover, Shared or Key_Shared (subscriptionType; default Exclusive, Shared with --consumers > 1)",
      ).argParser(fieldParser("subscriptionType")),
    );
}

function urlOption(): Option {
  return new Option("--url <HOST:PORT,...>", "brokers of a running cluster")
    .env("MAGNETAR_URL")
    .argParser(hostPortListArg)
    .default(hostPortListArg("127.0.0.1:6650"), "127.0.0.1:6650");
}

/**
 * Sends in flight per producer. The producer shares them among a topic's partitions: a window too
 * small for 16 partitions measures one batch's round trip per partition, not the cluster.
 */
const MAX_IN_FLIGHT_DEFAULT = 4000;

function driverFlags(cmd: Command): Command {
  return cmd
    .addOption(
      new Option("--max-in-flight <N>", "sends in flight per producer")
        .argParser(intArg(1))
        .default(MAX_IN_FLIGHT_DEFAULT),
    )
    .addOption(new Option("--topic <PREFIX>", "topic name prefix").default("bench"))
    .addOption(
      new Option(
        "--namespace <TENANT/NS>",
        "run in this namespace (created if missing; -e/-w/-a update its policies) instead of a fresh public/bench-<run>",
      ),
    )
    .option("--keep-namespace", "keep the fresh namespace and its topics afterwards (--url only)");
}

export function addMessagingBench(bench: Command, tracing: TracingSetup): void {
  const named = Object.keys(NAMED_WORKLOADS).join(", ");
  // `bench`'s own flags apply before its subcommands only, so `bench ledger -e 2` stays ledger's
  // (the program enables positional options too, or commander would parse them before dispatch).
  bench.enablePositionalOptions();
  driverFlags(
    workloadFlags(
      bench
        .argument("[WORKLOAD]", `a named workload (${named}) or a YAML/JSON workload file`)
        .addOption(new Option("--workload <FILE|NAME>", "the same as the WORKLOAD argument"))
        .addOption(urlOption())
        .option("--standalone", "start `magnetar standalone` for the run (temp data dir, removed after)")
        .addOption(
          new Option("--bookies <N>", "start a local cluster with N bookies (default 3)").argParser(
            intArg(1, 32),
          ),
        )
        .addOption(
          new Option("--brokers <N>", "start a local cluster with N brokers (default 1)").argParser(
            intArg(1, 32),
          ),
        )
        .addOption(
          new Option(
            "--pids <PID|NAME=PID,...>",
            "with --url: also report CPU and RSS of these processes",
          ).argParser(pidsArg),
        )
        .addOption(
          new Option(
            "--disk-dir <DIR>",
            "with --url: measure the disk's synced write rate in DIR (on the bookies' disk) for the storage ceiling",
          ),
        )
        .addOption(
          new Option(
            "--cpu-prof <DIR>",
            "write V8 CPU profiles (flame graphs) to DIR: bench.cpuprofile, and one per process the bench starts",
          ),
        ),
    ),
  )
    .addOption(
      new Option("--seconds <N>", "alias of --duration").argParser(secondsArg(0, true)).conflicts("duration"),
    )
    .addOption(
      new Option("--warmup-seconds <N>", "alias of --warmup")
        .argParser(secondsArg(0, false))
        .conflicts("warmup"),
    )
    .addOption(
      new Option("--report-interval <TIME>", "seconds between periodic reports")
        .argParser(secondsArg(0, true))
        .default(10),
    )
    .addOption(
      new Option(
        "--json [FILE]",
        "write the report as JSON to FILE (no FILE or '-': JSON on stdout, text on stderr)",
      ),
    )
    .action(async (ref: string | undefined, opts: BenchCliOptions, cmd: Command) => {
      if (ref !== undefined && opts.workload !== undefined && ref !== opts.workload)
        throw new ConfigError(`workload given twice: "${ref}" and --workload "${opts.workload}"`);
      const which = ref ?? opts.workload;
      const workload = resolveWorkload(which ? loadWorkload(which) : {}, flagsLayer(opts));
      const urlGiven = cmd.getOptionValueSource("url") === "cli";
      const json = opts.json === true ? "-" : opts.json === false ? undefined : opts.json;
      const outcome = await withTracing(tracing, () =>
        runBench({
          workload,
          target: targetOf(opts, urlGiven),
          topicPrefix: checkPrefix(opts.topic),
          ...(opts.namespace !== undefined ? { namespace: opts.namespace } : {}),
          keepNamespace: opts.keepNamespace ?? false,
          maxInFlight: opts.maxInFlight,
          reportIntervalMs: opts.reportInterval * 1000,
          ...(json !== undefined ? { json } : {}),
          ...(opts.diskDir !== undefined ? { diskDir: opts.diskDir } : {}),
          ...(opts.cpuProf !== undefined ? { cpuProfileDir: opts.cpuProf } : {}),
        }),
      );
      await endIfClientStuck(outcome);
    });

  bench
    .command("run")
    .description("the first-cut publish/consume benchmark's flags, on the same engine as `magnetar bench`")
    .addOption(urlOption())
    .addOption(new Option("--topic <NAME>", "topic name prefix").default("bench"))
    .addOption(
      new Option("--partitions <N>", "partitions (0 = not partitioned)").argParser(intArg(0)).default(0),
    )
    .addOption(new Option("--message-size <BYTES>", "message size").argParser(intArg(1)).default(1024))
    .addOption(new Option("--producers <N>", "producers").argParser(intArg(1)).default(1))
    .addOption(
      new Option("--rate <N>", "messages per second over all producers (0 = max)")
        .argParser(intArg(0))
        .default(0),
    )
    .addOption(new Option("--seconds <N>", "measured duration").argParser(intArg(1)).default(10))
    .addOption(new Option("--warmup-seconds <N>", "warm-up before measuring").argParser(intArg(0)).default(2))
    .addOption(
      new Option("--subscriptions <N>", "subscriptions, one consumer each").argParser(intArg(0)).default(1),
    )
    .addOption(
      new Option("--compression <CODEC>", "per-batch compression")
        .choices(["none", "lz4", "zstd"])
        .default("none"),
    )
    .addOption(
      new Option("--batch-max-messages <N>", "messages per batch").argParser(intArg(1)).default(1000),
    )
    .addOption(new Option("--batch-max-delay-ms <MS>", "batching delay").argParser(intArg(0)).default(1))
    .addOption(
      new Option("--max-in-flight <N>", "sends in flight per producer")
        .argParser(intArg(1))
        .default(MAX_IN_FLIGHT_DEFAULT),
    )
    .option("--json", "print one JSON object (the summary, with topic and messageSize)")
    .action(
      async (opts: {
        url: HostPort[];
        topic: string;
        partitions: number;
        messageSize: number;
        producers: number;
        rate: number;
        seconds: number;
        warmupSeconds: number;
        subscriptions: number;
        compression: Workload["compression"];
        batchMaxMessages: number;
        batchMaxDelayMs: number;
        maxInFlight: number;
        json?: boolean;
      }) => {
        const workload = resolveWorkload({
          name: "run",
          topics: 1,
          partitionsPerTopic: opts.partitions,
          messageSize: opts.messageSize,
          producersPerTopic: opts.producers,
          subscriptionsPerTopic: opts.subscriptions,
          consumerPerSubscription: 1,
          producerRate: opts.rate,
          testDurationMinutes: opts.seconds / 60,
          warmupDurationMinutes: opts.warmupSeconds / 60,
          compression: opts.compression,
          batchingMaxMessages: opts.batchMaxMessages,
          batchingMaxPublishDelayMs: opts.batchMaxDelayMs,
        });
        const outcome = await withTracing(tracing, () =>
          runBench({
            workload,
            target: { kind: "url", url: opts.url, pids: [] },
            topicPrefix: checkPrefix(opts.topic),
            keepNamespace: false,
            maxInFlight: opts.maxInFlight,
            reportIntervalMs: 10_000,
            // The first cut printed the summary's figures at the top level: scripts read them there.
            ...(opts.json
              ? {
                  json: "-",
                  stdoutJson: (r: BenchReport) => ({
                    topic: r.topics[0],
                    messageSize: r.workload.messageSize,
                    ...r.summary,
                    catchUp: r.catchUp,
                  }),
                }
              : {}),
          }),
        );
        await endIfClientStuck(outcome);
      },
    );
}
