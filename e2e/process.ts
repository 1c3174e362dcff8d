/**
 * Real OS processes for end-to-end tests: start `magnetar <role>` from the build, wait until it
 * is healthy, kill it with SIGKILL or pause it with SIGSTOP, restart it on the same ports and data
 * directory. Output goes to a log file per process, printed when a test fails.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  CLI,
  freePort,
  NodeProcess,
  serverSpec,
  standaloneSpec,
  startHealthy,
  startOnFreePorts,
  waitFor,
} from "../bin/cluster.js";

export type { ProcessSpec } from "../bin/cluster.js";
export { CLI, freePort, NodeProcess, waitFor };

/** Runs the built `magnetar` CLI to completion. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, ...env }, timeout: 30_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

export interface MetadataClusterHandle {
  readonly members: NodeProcess[];
  /** "host:port,..." for --metadata. */
  readonly endpoints: string;
  byId(id: string): NodeProcess;
  /** The member whose /healthz says it leads, once one does. */
  leader(timeoutMs?: number): Promise<NodeProcess>;
  stopAll(): Promise<void>;
  logs(): string;
}

/** Starts `n` metadata members as separate processes under `dir` and waits until all are healthy. */
export async function startMetadataCluster(
  dir: string,
  n = 3,
  extraArgs: readonly string[] = [],
): Promise<MetadataClusterHandle> {
  const ports = await Promise.all(Array.from({ length: n * 2 }, () => freePort()));
  const ids = Array.from({ length: n }, (_, i) => `m${i + 1}`);
  const peers = ids.map((id, i) => `${id}=127.0.0.1:${ports[i]}`).join(",");
  const members: NodeProcess[] = [];
  for (const [i, id] of ids.entries()) {
    const dataDir = join(dir, id);
    await mkdir(dataDir, { recursive: true });
    const http = `127.0.0.1:${ports[n + i]}`;
    members.push(
      new NodeProcess({
        role: "metadata",
        id,
        http,
        logFile: join(dir, `${id}.log`),
        args: [
          "--id",
          id,
          "--peers",
          peers,
          "--data-dir",
          dataDir,
          "--http",
          http,
          "--log-level",
          "info",
          ...extraArgs,
        ],
      }),
    );
  }
  await Promise.all(members.map((m) => m.start()));
  await Promise.all(members.map((m) => m.waitHealthy()));
  const handle: MetadataClusterHandle = {
    members,
    endpoints: ids.map((_, i) => `127.0.0.1:${ports[i]}`).join(","),
    byId(id) {
      const m = members.find((x) => x.spec.id === id);
      if (!m) throw new Error(`no member ${id}`);
      return m;
    },
    async leader(timeoutMs = 10_000) {
      let found: NodeProcess | undefined;
      await waitFor(
        "a metadata leader",
        async () => {
          for (const m of members) {
            if (!m.running) continue;
            const h = await m.health();
            if (h?.role === "leader") {
              found = m;
              return true;
            }
          }
          return false;
        },
        timeoutMs,
      );
      return found as NodeProcess;
    },
    async stopAll() {
      await Promise.all(members.map((m) => m.kill()));
    },
    logs() {
      return members.map((m) => `===== ${m.spec.id} =====\n${m.logs()}`).join("\n");
    },
  };
  return handle;
}

export interface BookieHandle {
  readonly process: NodeProcess;
  readonly id: string;
  /** gRPC address, host:port (the same across restarts). */
  readonly address: string;
  /** /healthz and /metrics, host:port. */
  readonly http: string;
  readonly dataDir: string;
}

/**
 * Starts `magnetar bookie` as a process with its data under `dir/<id>` and waits until it is
 * healthy (registered in the metadata store). Restart it with `handle.process.start()`: same id,
 * ports and data directory.
 */
export async function startBookie(
  dir: string,
  metadataEndpoints: string,
  id = "b1",
  extraArgs: readonly string[] = [],
): Promise<BookieHandle> {
  const { node, address, http, dataDir } = await startServer("bookie", dir, metadataEndpoints, id, extraArgs);
  return { process: node, id, address, http, dataDir };
}

export interface BrokerHandle {
  readonly process: NodeProcess;
  readonly id: string;
  /** gRPC service address, host:port (the same across restarts). */
  readonly address: string;
  readonly http: string;
}

/** Starts `magnetar broker` and waits until it is healthy (registered, serving). */
export async function startBroker(
  dir: string,
  metadataEndpoints: string,
  id = "br1",
  extraArgs: readonly string[] = [],
): Promise<BrokerHandle> {
  const { node, address, http } = await startServer("broker", dir, metadataEndpoints, id, extraArgs);
  return { process: node, id, address, http };
}

/** A bookie or broker as the cluster launcher builds it, on free ports, healthy. */
function startServer(
  role: "bookie" | "broker",
  dir: string,
  metadata: string,
  id: string,
  extraArgs: readonly string[],
): Promise<{ node: NodeProcess; address: string; http: string; dataDir: string }> {
  return startOnFreePorts(2, async ([grpcPort = 0, httpPort = 0]) => {
    const spec = serverSpec({ role, id, dir, metadata, grpcPort, httpPort, logLevel: "info", extraArgs });
    await mkdir(spec.dataDir, { recursive: true });
    const node = new NodeProcess(spec);
    await startHealthy(node, 30_000);
    return { node, address: spec.address, http: spec.http, dataDir: spec.dataDir };
  });
}

export interface StandaloneHandle extends BrokerHandle {
  readonly metadata: string;
  readonly dataDir: string;
}

/** Starts `magnetar standalone` on free ports with its data under `dir/data`. */
export async function startStandalone(dir: string): Promise<StandaloneHandle> {
  return startOnFreePorts(4, async (ports) => {
    const spec = standaloneSpec({ dir, ports, logLevel: "info" });
    const node = new NodeProcess(spec);
    await startHealthy(node, 30_000);
    return {
      process: node,
      id: "standalone",
      address: spec.address,
      http: spec.http,
      metadata: spec.metadata,
      dataDir: spec.dataDir,
    };
  });
}
