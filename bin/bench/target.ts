/**
 * The cluster a benchmark runs against: one given by --url, or one it starts for itself and tears
 * down afterwards: `magnetar standalone` as a child process, or a LocalCluster (one metadata
 * member, --bookies bookies, --brokers brokers, each its own process). Data lives in a temporary
 * directory that is removed with the cluster.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatHostPort, type HostPort } from "../../common/config.js";
import {
  LocalCluster,
  NodeProcess,
  type Role,
  standaloneSpec,
  startHealthy,
  startOnFreePorts,
} from "../cluster.js";
import type { WatchedProcess } from "./process-stats.js";
import type { BenchTargetInfo } from "./report.js";

export type TargetSpec =
  | { readonly kind: "url"; readonly url: readonly HostPort[]; readonly pids: readonly WatchedProcess[] }
  | { readonly kind: "standalone" }
  | { readonly kind: "local-cluster"; readonly bookies: number; readonly brokers: number };

export interface Target {
  readonly info: BenchTargetInfo;
  /** True for a cluster this run started (nothing of it outlives the run). */
  readonly owned: boolean;
  /** Where a started cluster keeps its data (on the disk its bookies write to). */
  readonly dataDir?: string;
  /** Stops what was started; idempotent. */
  close(): Promise<void>;
  /** Last resort on process exit: SIGKILL whatever still runs, synchronously. */
  killNow(): void;
}

/**
 * How long a server run with --cpu-prof gets to stop before it is killed (and its profile lost):
 * a standalone closing 10,000 topics took longer than the usual 5 s.
 */
const PROFILED_STOP_GRACE_MS = 60_000;

/** Servers started by the bench log only warnings: their logs land in the temp dir anyway. */
const LOG_LEVEL = "warn";

function killSync(nodes: readonly NodeProcess[]): void {
  for (const n of nodes)
    if (n.running && n.pid !== undefined)
      try {
        process.kill(n.pid, "SIGKILL");
      } catch {
        // already gone
      }
}

/**
 * SIGTERM, then SIGKILL whatever has not exited within `graceMs`. Brokers first, then bookies,
 * then the metadata member: each role's graceful stop still reaches the ones it depends on (with
 * metadata gone first, brokers and bookies waited out their metadata timeouts and were killed,
 * which also lost their CPU profiles).
 */
async function stopAll(nodes: readonly NodeProcess[], graceMs = 5_000): Promise<void> {
  for (const role of ["broker", "bookie", "metadata", "standalone"] satisfies Role[])
    await Promise.all(
      nodes
        .filter((n) => n.spec.role === role)
        .map(async (n) => {
          const timer = setTimeout(() => void n.kill(), graceMs);
          try {
            await n.stop();
          } finally {
            clearTimeout(timer);
          }
        }),
    );
}

/** `cpuProfileDir`: the processes started write their CPU profiles there when they stop. */
export async function startTarget(
  spec: TargetSpec,
  log: (line: string) => void,
  cpuProfileDir?: string,
): Promise<Target> {
  const profiling = cpuProfileDir !== undefined ? { cpuProfileDir } : {};
  if (spec.kind === "url") {
    const serviceUrl = spec.url.map(formatHostPort).join(",");
    return {
      info: { mode: "url", serviceUrl, processes: spec.pids },
      owned: false,
      close: async () => undefined,
      killNow: () => undefined,
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "magnetar-bench-"));
  let nodes: NodeProcess[] = [];
  let closed = false;
  const close = async (keepDir = false) => {
    if (closed) return;
    closed = true;
    // A profiled process writes its profile only if it exits by itself: give it longer.
    await stopAll(nodes, cpuProfileDir !== undefined ? PROFILED_STOP_GRACE_MS : undefined);
    if (!keepDir) await rm(dir, { recursive: true, force: true });
  };
  try {
    if (spec.kind === "standalone") {
      log(`starting magnetar standalone (data in ${dir})`);
      // New ports when one was taken between choosing and binding (tests run side by side).
      await startOnFreePorts(4, async (ports) => {
        const node = new NodeProcess(standaloneSpec({ dir, ports, logLevel: LOG_LEVEL, ...profiling }));
        nodes = [node];
        await startHealthy(node, 60_000);
      });
    } else {
      log(
        `starting a local cluster: 1 metadata member, ${spec.bookies} bookies, ${spec.brokers} brokers (data in ${dir})`,
      );
      const cluster = await LocalCluster.start({
        dir,
        metadata: 1,
        bookies: spec.bookies,
        brokers: spec.brokers,
        logLevel: LOG_LEVEL,
        ...profiling,
      });
      nodes = cluster.all();
    }
  } catch (err) {
    // The logs explain why it did not start: keep them.
    await close(true).catch(() => undefined);
    throw new Error(`the cluster did not start: ${(err as Error).message} (logs in ${dir})`);
  }
  const order = ["standalone", "metadata", "bookie", "broker"];
  // Bookies start concurrently: list them in id order, not in the order they came up.
  nodes.sort(
    (a, b) =>
      order.indexOf(a.spec.role) - order.indexOf(b.spec.role) ||
      a.spec.id.localeCompare(b.spec.id, "en", { numeric: true }),
  );
  const processes: WatchedProcess[] = nodes.map((n) => ({
    name: n.spec.id,
    role: n.spec.role,
    pid: n.pid as number,
  }));
  return {
    info: {
      mode: spec.kind,
      serviceUrl: nodes
        .filter((n) => n.spec.role === "broker" || n.spec.role === "standalone")
        .map((n) => n.spec.address)
        .join(","),
      processes,
    },
    owned: true,
    dataDir: dir,
    close: () => close(),
    killNow: () => killSync(nodes),
  };
}
