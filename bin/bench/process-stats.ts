/**
 * CPU and memory of the processes under test: the bench process itself (from Node's own counters)
 * and cluster processes by pid (from /proc on Linux; elsewhere they are reported as unknown).
 * CPU is a percentage of one core over an interval, so a process busy on two cores shows 200%.
 * Disk writes are /proc/<pid>/io write_bytes: what the process made the kernel write to storage
 * (page-cache writeback and synced writes), not what it asked to write.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface WatchedProcess {
  /** "bench", "standalone", "m1", "b2", "br1", or what --pids named it. */
  readonly name: string;
  readonly role: string;
  readonly pid: number;
}

export interface ProcessSample {
  readonly name: string;
  readonly role: string;
  readonly pid: number;
  /** Average over the interval, % of one core; null when the process could not be read. */
  readonly cpuPercent: number | null;
  readonly rssMB: number | null;
  /** MiB/s written to disk over the interval; null when not readable (not Linux, or not ours). */
  readonly diskWriteMBps: number | null;
}

export interface ProcessSummary extends ProcessSample {
  /** Largest RSS seen at any sample during the run. */
  readonly maxRssMB: number | null;
}

interface Reading {
  readonly cpuMs: number | null;
  readonly rssBytes: number | null;
  readonly writeBytes: number | null;
}

/** Readings of every watched process at one moment. */
export interface Mark {
  readonly atMs: number;
  readonly readings: readonly Reading[];
}

/** Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
const CLOCK_TICKS = (() => {
  try {
    const n = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return n > 0 ? n : 100;
  } catch {
    return 100;
  }
})();

function readWriteBytes(pid: number): number | null {
  try {
    const io = readFileSync(`/proc/${pid === process.pid ? "self" : pid}/io`, "utf8");
    const bytes = /^write_bytes:\s+(\d+)/m.exec(io)?.[1];
    return bytes === undefined ? null : Number(bytes);
  } catch {
    return null;
  }
}

function readProc(pid: number): Reading {
  if (pid === process.pid) {
    const cpu = process.cpuUsage();
    return {
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssBytes: process.memoryUsage.rss(),
      writeBytes: readWriteBytes(pid),
    };
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return {
      cpuMs: ((utime + stime) / CLOCK_TICKS) * 1000,
      rssBytes: rssKb === undefined ? null : Number(rssKb) * 1024,
      writeBytes: readWriteBytes(pid),
    };
  } catch {
    // Gone, or not Linux.
    return { cpuMs: null, rssBytes: null, writeBytes: null };
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export class ProcessMeter {
  private readonly maxRss: (number | null)[];

  constructor(readonly processes: readonly WatchedProcess[]) {
    this.maxRss = processes.map(() => null);
  }

  mark(): Mark {
    const readings = this.processes.map((p) => readProc(p.pid));
    for (const [i, r] of readings.entries())
      if (r.rssBytes !== null) this.maxRss[i] = Math.max(this.maxRss[i] ?? 0, r.rssBytes);
    return { atMs: performance.now(), readings };
  }

  /** CPU over [from, to] and RSS at `to`. */
  between(from: Mark, to: Mark): ProcessSample[] {
    const wallMs = to.atMs - from.atMs;
    return this.processes.map((p, i) => {
      const a = from.readings[i]?.cpuMs ?? null;
      const b = to.readings[i]?.cpuMs ?? null;
      const rss = to.readings[i]?.rssBytes ?? null;
      const wa = from.readings[i]?.writeBytes ?? null;
      const wb = to.readings[i]?.writeBytes ?? null;
      return {
        name: p.name,
        role: p.role,
        pid: p.pid,
        cpuPercent: a === null || b === null || wallMs <= 0 ? null : round1(((b - a) / wallMs) * 100),
        rssMB: rss === null ? null : round1(rss / 1024 / 1024),
        diskWriteMBps:
          wa === null || wb === null || wallMs <= 0
            ? null
            : round1((wb - wa) / 1024 / 1024 / (wallMs / 1000)),
      };
    });
  }

  summary(from: Mark, to: Mark): ProcessSummary[] {
    return this.between(from, to).map((s, i) => {
      const max = this.maxRss[i] ?? null;
      return { ...s, maxRssMB: max === null ? null : round1(max / 1024 / 1024) };
    });
  }
}

/** `--pids 1234,broker=5678`: a bare pid is named pid-<pid>. */
export function parsePids(value: string): WatchedProcess[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((part) => {
      const m = /^(?:([A-Za-z0-9_.-]+)=)?(\d+)$/.exec(part);
      if (!m) throw new Error(`expected PID or NAME=PID, comma-separated, got "${part}"`);
      const pid = Number(m[2]);
      return { name: m[1] ?? `pid-${pid}`, role: "external", pid };
    });
}
