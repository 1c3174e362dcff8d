/**
 * `magnetar bench` as a user runs it: the built CLI starts its own standalone, runs a short
 * workload, writes the JSON report and leaves no process behind. Also the catch-up workload and
 * how bad input is refused.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchReport } from "../bin/bench/report.js";
import type { Percentiles } from "../bin/bench/stats.js";
import { CLI } from "./process.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly pid: number;
}

function bench(args: readonly string[], timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, "bench", ...args],
      { env: { ...process.env, CI: "true" }, timeout: timeoutMs },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout, stderr, pid: child.pid ?? -1 });
      },
    );
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function expectOrdered(p: Percentiles | null, what: string): void {
  expect(p, what).not.toBeNull();
  const q = p as Percentiles;
  expect(q.count, what).toBeGreaterThan(0);
  expect(q.p50, what).toBeLessThanOrEqual(q.p95);
  expect(q.p95, what).toBeLessThanOrEqual(q.p99);
  expect(q.p99, what).toBeLessThanOrEqual(q.p999);
  expect(q.p999, what).toBeLessThanOrEqual(q.max);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "magnetar-bench-e2e-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("magnetar bench", () => {
  it("--standalone: measures publish and consume, writes the JSON report, and stops the standalone", async () => {
    const json = join(dir, "run.json");
    const profiles = join(dir, "profiles");
    const run = await bench([
      "--standalone",
      "--cpu-prof",
      profiles,
      "--duration",
      "3",
      "--warmup",
      "1",
      "--rate",
      "500",
      "--partitions",
      "2",
      "--report-interval",
      "1",
      "--json",
      json,
    ]);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const report = JSON.parse(await readFile(json, "utf8")) as BenchReport;

    expect(report.workload).toMatchObject({ name: "custom", partitionsPerTopic: 2, producerRate: 500 });
    expect(report.workload.testDurationMinutes).toBeCloseTo(0.05);
    expect(report.interrupted).toBe(false);
    const s = report.summary;
    expect(s.phase).toBe("measure");
    expect(s.seconds).toBeGreaterThanOrEqual(2.9);
    expect(s.publishRate).toBeGreaterThan(0);
    expect(s.consumeRate).toBeGreaterThan(0);
    expect(s.publishMBps).toBeGreaterThan(0);
    expect(s.publishErrors).toBe(0);
    expectOrdered(s.publishLatencyMs, "publish latency");
    expectOrdered(s.endToEndLatencyMs, "end-to-end latency");

    // Periodic snapshots: warm-up first, then the measured intervals, each with its figures.
    expect(report.snapshots.map((x) => x.phase)).toContain("warmup");
    expect(report.snapshots.filter((x) => x.phase === "measure").length).toBeGreaterThanOrEqual(2);
    for (const snap of report.snapshots)
      expect(snap.processes.map((p) => p.name)).toEqual(["bench", "standalone"]);

    const self = s.processes.find((p) => p.role === "bench");
    const standalone = s.processes.find((p) => p.role === "standalone");
    expect(self?.pid).toBe(run.pid);
    for (const p of [self, standalone]) {
      expect(p?.cpuPercent).toBeGreaterThan(0);
      expect(p?.rssMB).toBeGreaterThan(10);
      expect(p?.maxRssMB).toBeGreaterThanOrEqual(p?.rssMB ?? 0);
    }
    expect(alive(standalone?.pid ?? -1), "the standalone the bench started is gone").toBe(false);

    // The storage ceiling: the disk measured in the standalone's data dir, W=1, the share reached.
    expect(report.storage).toMatchObject({ writeQuorum: 1, storageProcesses: ["standalone"] });
    expect(report.storage?.diskSyncedMBps).toBeGreaterThan(0);
    expect(report.storage?.writeAmplification).toBeGreaterThanOrEqual(1);
    expect(report.storage?.ratio).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      /^storage {3}disk .* MiB\/s synced; standalone wrote .* ceiling .* reached \d+%$/m,
    );

    // Plain lines (CI=true): the periodic reports and the final summary.
    expect(run.stdout).toMatch(/^measure .*\| pub .* msg\/s .*\| cons .* msg\/s/m);
    expect(run.stdout).toMatch(/^ {2}end-to-end /m);
    expect(run.stdout).not.toContain("\r");

    // --cpu-prof: V8 profiles of the bench and of the standalone it started, with samples in them.
    for (const name of ["bench", "standalone"]) {
      const profile = JSON.parse(await readFile(join(profiles, `${name}.cpuprofile`), "utf8")) as {
        nodes: unknown[];
        samples: number[];
      };
      expect(profile.nodes.length, name).toBeGreaterThan(1);
      expect(profile.samples.length, name).toBeGreaterThan(0);
    }
    expect(run.stdout).toContain(`cpu profiles in ${profiles}: bench.cpuprofile, standalone.cpuprofile`);
  });

  it("catch-up: builds the backlog with consumers away, then reports how fast it drains", async () => {
    const json = join(dir, "catch-up.json");
    const run = await bench([
      "--workload",
      "catch-up",
      "--standalone",
      "--backlog-gb",
      "0.005",
      "--rate",
      "2000",
      "--duration",
      "1",
      "--json",
      json,
    ]);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const report = JSON.parse(await readFile(json, "utf8")) as BenchReport;
    const c = report.catchUp;
    expect(c).not.toBeNull();
    expect(c?.targetBytes).toBe(Math.round(0.005 * 1024 ** 3));
    expect(c?.backlogReached).toBe(true);
    expect(c?.backlogMessages).toBeGreaterThanOrEqual(Math.ceil((0.005 * 1024 ** 3) / 1024));
    expect(c?.buildSeconds).toBeGreaterThan(0);
    expect(c?.drained).toBe(true);
    expect(c?.drainRate).toBeGreaterThan(0);
    expect(report.snapshots.map((x) => x.phase)).toEqual(
      expect.arrayContaining(["build", "drain", "measure"]),
    );
    expect(run.stdout).toMatch(/^catch-up {2}built .* GiB .* drained in /m);
  });

  it("refuses bad input with exit code 1, naming the flag or field and what it accepts", async () => {
    const rate = await bench(["--rate", "-5"]);
    expect(rate.code).toBe(1);
    expect(rate.stderr).toContain("--rate");
    expect(rate.stderr).toContain("must be a number >= 0");

    const unknown = await bench(["no-such-workload"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown workload "no-such-workload"');
    expect(unknown.stderr).toContain("max-rate-1kb, latency-1kb, catch-up, many-topics, fanout");

    const yaml = join(dir, "bad.yaml");
    await writeFile(yaml, "topics: 1\nproducerRate: -1\n");
    const field = await bench(["--workload", yaml]);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain(`workload file ${yaml}: field "producerRate" must be a number >= 0`);

    await writeFile(yaml, "topics: [1\n");
    const malformed = await bench([yaml]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain("is not valid YAML or JSON");

    const both = await bench(["--standalone", "--bookies", "3"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("--standalone and --bookies/--brokers are exclusive");

    const aliases = await bench(["--duration", "5", "--seconds", "6"]);
    expect(aliases.code).toBe(1);
    expect(aliases.stderr).toContain("cannot be used with option '--duration");

    const legacy = await bench(["run", "--message-size", "10000000"]);
    expect(legacy.code).toBe(1);
    expect(legacy.stderr).toContain('field "messageSize" must be an integer from 1 to 5242880');

    const disk = await bench(["--standalone", "--disk-dir", dir]);
    expect(disk.code).toBe(1);
    expect(disk.stderr).toContain("--disk-dir is for --url");

    // A profile directory that cannot be made fails before any cluster starts.
    const notDir = join(dir, "a-file");
    await writeFile(notDir, "");
    const prof = await bench(["--standalone", "--cpu-prof", join(notDir, "profiles")]);
    expect(prof.code).toBe(1);
    expect(prof.stderr).toContain(`--cpu-prof ${join(notDir, "profiles")}:`);
    expect(prof.stdout).not.toContain("starting magnetar standalone");
  });

  it("`bench run` keeps its first-cut flags", async () => {
    const help = await bench(["run", "--help"]);
    expect(help.code).toBe(0);
    for (const flag of [
      "--url",
      "--topic",
      "--partitions",
      "--message-size",
      "--producers",
      "--rate",
      "--seconds",
      "--warmup-seconds",
      "--subscriptions",
      "--compression",
      "--batch-max-messages",
      "--batch-max-delay-ms",
      "--max-in-flight",
      "--json",
    ])
      expect(help.stdout).toContain(flag);
  });
});
