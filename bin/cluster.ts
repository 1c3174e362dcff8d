/**
 * A local multi-process cluster: metadata members, bookies and brokers as separate OS processes on
 * 127.0.0.1 with free ports and their own data directories. Used by `magnetar cluster up|down|status`
 * (processes detached, described in DIR/cluster.json) and by the end-to-end and chaos tests (which
 * kill -9, pause, resume, restart and add processes at any moment). Each process logs to
 * DIR/<id>.log.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_FLAGS } from "./node-flags.js";

/** The built CLI: next to this file once compiled; from the sources (tests), in dist/. */
export const CLI = (() => {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts")
    ? resolve(dirname(here), "../dist/bin/magnetar.js")
    : resolve(dirname(here), "magnetar.js");
})();

/** A free TCP port on 127.0.0.1 (bound and released; the caller binds it next). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}

/** Polls `check` until it returns true, or throws after `timeoutMs` naming `what`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  everyMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ""}`,
  );
}

export type Role = "metadata" | "bookie" | "broker" | "standalone";

export interface ProcessSpec {
  readonly role: Role;
  readonly id: string;
  readonly args: readonly string[];
  /** host:port of its /healthz endpoint. */
  readonly http: string;
  readonly logFile: string;
  /** gRPC address, host:port. */
  readonly address?: string;
  readonly dataDir?: string;
  readonly env?: Record<string, string>;
  /** Outlive this process (`magnetar cluster up`). */
  readonly detached?: boolean;
  /** Node.js flags after NODE_FLAGS (e.g. a CPU profile's). */
  readonly nodeArgs?: readonly string[];
}

/**
 * With a directory: the Node.js flags that make process `id` write a V8 CPU profile,
 * `<dir>/<id>.cpuprofile`, when it exits (servers exit on SIGTERM after their graceful stop).
 * Chrome DevTools and speedscope show it as a flame graph. Without one: nothing.
 */
function profiled(dir: string | undefined, id: string): Pick<ProcessSpec, "nodeArgs"> {
  if (dir === undefined) return {};
  return { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${id}.cpuprofile`] };
}

/**
 * Runs `start` with `count` ports that were free a moment ago, and again with new ones when what
 * it started exited because another process took one meanwhile (tests run in parallel).
 */
export async function startOnFreePorts<T>(
  count: number,
  start: (ports: number[]) => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    try {
      return await start(ports);
    } catch (err) {
      const taken =
        err instanceof Error && /EADDRINUSE|address already in use|cannot listen on/i.test(err.message);
      if (!taken || attempt >= attempts) throw err;
    }
  }
}

export interface ServerSpecOptions {
  readonly role: "bookie" | "broker";
  readonly id: string;
  /** Its data goes to `dir/<id>`, its log to `dir/<id>.log`. */
  readonly dir: string;
  /** Metadata members' addresses, for --metadata. */
  readonly metadata: string;
  readonly grpcPort: number;
  readonly httpPort: number;
  readonly logLevel: string;
  readonly extraArgs: readonly string[];
  readonly detached?: boolean;
  readonly env?: Record<string, string>;
  /** Write a CPU profile to this directory. */
  readonly cpuProfileDir?: string;
}

/** The process of a bookie or broker on 127.0.0.1 (the launcher's and the e2e harness's). */
export function serverSpec(o: ServerSpecOptions): ProcessSpec & { address: string; dataDir: string } {
  const dataDir = join(o.dir, o.id);
  const address = `127.0.0.1:${o.grpcPort}`;
  const http = `127.0.0.1:${o.httpPort}`;
  return {
    role: o.role,
    id: o.id,
    http,
    address,
    dataDir,
    logFile: join(o.dir, `${o.id}.log`),
    detached: o.detached ?? false,
    ...(o.env ? { env: o.env } : {}),
    ...profiled(o.cpuProfileDir, o.id),
    args: [
      "--id",
      o.id,
      "--listen",
      address,
      "--http",
      http,
      "--metadata",
      o.metadata,
      "--data-dir",
      dataDir,
      "--log-level",
      o.logLevel,
      ...o.extraArgs,
    ],
  };
}

/** `magnetar standalone` on four ports (gRPC, HTTP, metadata, bookie), data in `dir/data`. */
export function standaloneSpec(o: {
  readonly dir: string;
  readonly ports: readonly number[];
  readonly logLevel: string;
  readonly cpuProfileDir?: string;
}): ProcessSpec & { address: string; metadata: string; dataDir: string } {
  const [grpcPort, httpPort, metadataPort, bookiePort] = o.ports;
  const address = `127.0.0.1:${grpcPort}`;
  const http = `127.0.0.1:${httpPort}`;
  const metadata = `127.0.0.1:${metadataPort}`;
  const dataDir = join(o.dir, "data");
  return {
    role: "standalone",
    id: "standalone",
    address,
    http,
    metadata,
    dataDir,
    logFile: join(o.dir, "standalone.log"),
    ...profiled(o.cpuProfileDir, "standalone"),
    args: [
      "--listen",
      address,
      "--http",
      http,
      "--metadata-listen",
      metadata,
      "--bookie-listen",
      `127.0.0.1:${bookiePort}`,
      "--data-dir",
      dataDir,
      "--log-level",
      o.logLevel,
    ],
  };
}

/** Starts a process and waits until it is healthy; one that does not get there is killed. */
export async function startHealthy(node: NodeProcess, timeoutMs: number): Promise<void> {
  await node.start();
  try {
    await node.waitHealthy(timeoutMs);
  } catch (err) {
    await node.kill();
    throw err;
  }
}

/** One `magnetar <role>` process; restartable with the same id, ports and data. */
export class NodeProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private paused = false;

  constructor(readonly spec: ProcessSpec) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get isPaused(): boolean {
    return this.paused && this.running;
  }

  async start(): Promise<void> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'make build' first`);
    const log = openSync(this.spec.logFile, "a");
    writeSync(log, `--- start ${new Date().toISOString()} ${this.spec.args.join(" ")}\n`);
    const node = [...NODE_FLAGS, ...(this.spec.nodeArgs ?? [])];
    const child = spawn(process.execPath, [...node, CLI, this.spec.role, ...this.spec.args], {
      env: { ...process.env, ...this.spec.env },
      stdio: ["ignore", log, log],
      detached: this.spec.detached ?? false,
    });
    closeSync(log);
    this.paused = false;
    this.exited = once(child, "exit").then(([code]) => code as number | null);
    if (this.spec.detached) child.unref();
    this.child = child;
  }

  /** Resolves once /healthz answers 200. */
  async waitHealthy(timeoutMs = 30_000): Promise<void> {
    let exited = false;
    await waitFor(
      `${this.spec.id} to be healthy`,
      async () => {
        exited = !this.running;
        if (exited) return true;
        const res = await fetch(`http://${this.spec.http}/healthz`, { signal: AbortSignal.timeout(1_000) });
        return res.status === 200;
      },
      timeoutMs,
    );
    // Fail at once, with the reason, rather than poll a dead process until the deadline.
    if (exited)
      throw new Error(
        `${this.spec.id} exited before it was healthy; the end of ${this.spec.logFile}:\n${this.logs().slice(-3_000)}`,
      );
  }

  async health(): Promise<Record<string, unknown> | undefined> {
    try {
      const res = await fetch(`http://${this.spec.http}/healthz`, { signal: AbortSignal.timeout(1_000) });
      return (await res.json()) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }

  signal(sig: NodeJS.Signals): void {
    if (sig === "SIGSTOP") this.paused = true;
    if (sig === "SIGCONT") this.paused = false;
    this.child?.kill(sig);
  }

  /** SIGSTOP: the process keeps its sockets but does nothing. */
  pause(): void {
    this.signal("SIGSTOP");
  }

  resume(): void {
    this.signal("SIGCONT");
  }

  /** SIGKILL and wait for the exit. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child?.kill("SIGCONT");
    this.child?.kill("SIGKILL");
    await this.exited;
  }

  /** SIGTERM and wait for the exit code. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    this.child?.kill("SIGCONT");
    this.child?.kill("SIGTERM");
    return (await this.exited) ?? null;
  }

  /** Kill -9 (if running), start again with the same id, ports and data, wait until healthy. */
  async restart(): Promise<void> {
    await this.kill();
    await this.start();
    await this.waitHealthy();
  }

  logs(): string {
    return existsSync(this.spec.logFile) ? readFileSync(this.spec.logFile, "utf8") : "";
  }

  describe(): ProcessDescription {
    return {
      id: this.spec.id,
      role: this.spec.role,
      pid: this.pid ?? null,
      address: this.spec.address ?? null,
      http: this.spec.http,
      dataDir: this.spec.dataDir ?? null,
      logFile: this.spec.logFile,
    };
  }
}

/** One process, as `magnetar cluster up` prints it and DIR/cluster.json keeps it. */
export interface ProcessDescription {
  readonly id: string;
  readonly role: Role;
  readonly pid: number | null;
  readonly address: string | null;
  readonly http: string;
  readonly dataDir: string | null;
  readonly logFile: string;
}

export interface ClusterDescription {
  readonly dir: string;
  /** Metadata members' addresses, for --metadata. */
  readonly metadata: string;
  /** Brokers' addresses, for a client's serviceUrl. */
  readonly serviceUrl: string;
  readonly processes: readonly ProcessDescription[];
}

export interface ClusterOptions {
  readonly dir: string;
  readonly metadata: number;
  readonly bookies: number;
  readonly brokers: number;
  readonly logLevel?: string;
  readonly brokerArgs?: readonly string[];
  readonly bookieArgs?: readonly string[];
  readonly metadataArgs?: readonly string[];
  readonly detached?: boolean;
  /** Extra environment of every process (e.g. OTEL_* to turn tracing on). */
  readonly env?: Record<string, string>;
  /** Every process writes a CPU profile here when it exits. */
  readonly cpuProfileDir?: string;
}

export class LocalCluster {
  readonly metadata: NodeProcess[] = [];
  readonly bookies: NodeProcess[] = [];
  readonly brokers: NodeProcess[] = [];
  private metadataEndpoints = "";
  /** Ids are taken before the first await, so concurrent adds get distinct ones. */
  private bookiesStarted = 0;
  private brokersStarted = 0;

  private constructor(readonly options: ClusterOptions) {}

  /** Starts every process and resolves once all are healthy. */
  static async start(options: ClusterOptions): Promise<LocalCluster> {
    const cluster = new LocalCluster(options);
    await mkdir(options.dir, { recursive: true });
    try {
      await cluster.startMetadata(options.metadata);
      await Promise.all(Array.from({ length: options.bookies }, () => cluster.addBookie()));
      for (let i = 0; i < options.brokers; i++) await cluster.addBroker();
    } catch (err) {
      await cluster.killAll();
      throw err;
    }
    return cluster;
  }

  get metadataAddresses(): string {
    return this.metadataEndpoints;
  }

  get serviceUrl(): string {
    return this.brokers.map((b) => b.spec.address).join(",");
  }

  all(): NodeProcess[] {
    return [...this.metadata, ...this.bookies, ...this.brokers];
  }

  byId(id: string): NodeProcess {
    const p = this.all().find((x) => x.spec.id === id);
    if (!p) throw new Error(`no process ${id} in this cluster`);
    return p;
  }

  private logLevel(): string {
    return this.options.logLevel ?? "info";
  }

  private async startMetadata(n: number): Promise<void> {
    const ports = await Promise.all(Array.from({ length: n * 2 }, () => freePort()));
    const ids = Array.from({ length: n }, (_, i) => `m${i + 1}`);
    const peers = ids.map((id, i) => `${id}=127.0.0.1:${ports[i]}`).join(",");
    this.metadataEndpoints = ids.map((_, i) => `127.0.0.1:${ports[i]}`).join(",");
    for (const [i, id] of ids.entries()) {
      const dataDir = join(this.options.dir, id);
      await mkdir(dataDir, { recursive: true });
      const http = `127.0.0.1:${ports[n + i]}`;
      this.metadata.push(
        new NodeProcess({
          role: "metadata",
          id,
          http,
          address: `127.0.0.1:${ports[i]}`,
          dataDir,
          logFile: join(this.options.dir, `${id}.log`),
          detached: this.options.detached ?? false,
          ...(this.options.env ? { env: this.options.env } : {}),
          ...profiled(this.options.cpuProfileDir, id),
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
            this.logLevel(),
            ...(this.options.metadataArgs ?? []),
          ],
        }),
      );
    }
    await Promise.all(this.metadata.map((m) => m.start()));
    await Promise.all(this.metadata.map((m) => m.waitHealthy()));
  }

  /** Starts one more bookie (b1, b2, ...) and waits until it is registered. */
  addBookie(): Promise<NodeProcess> {
    return this.addServer("bookie", `b${++this.bookiesStarted}`, this.options.bookieArgs, this.bookies);
  }

  /** Starts one more broker (br1, br2, ...) and waits until it serves. */
  addBroker(): Promise<NodeProcess> {
    return this.addServer("broker", `br${++this.brokersStarted}`, this.options.brokerArgs, this.brokers);
  }

  private addServer(
    role: "bookie" | "broker",
    id: string,
    extraArgs: readonly string[] | undefined,
    into: NodeProcess[],
  ): Promise<NodeProcess> {
    return startOnFreePorts(2, async ([grpcPort = 0, httpPort = 0]) => {
      const node = await this.startServer(role, id, extraArgs, grpcPort, httpPort);
      into.push(node); // listed at once, so killAll stops it even while it starts
      try {
        await node.waitHealthy();
      } catch (err) {
        await node.kill();
        into.splice(into.indexOf(node), 1);
        throw err;
      }
      return node;
    });
  }

  /** A bookie or broker process on the given ports, started (not yet healthy). */
  private async startServer(
    role: "bookie" | "broker",
    id: string,
    extraArgs: readonly string[] | undefined,
    grpcPort: number,
    httpPort: number,
  ): Promise<NodeProcess> {
    const spec = serverSpec({
      role,
      id,
      dir: this.options.dir,
      metadata: this.metadataEndpoints,
      grpcPort,
      httpPort,
      logLevel: this.logLevel(),
      extraArgs: extraArgs ?? [],
      detached: this.options.detached ?? false,
      ...(this.options.env ? { env: this.options.env } : {}),
      ...(this.options.cpuProfileDir !== undefined ? { cpuProfileDir: this.options.cpuProfileDir } : {}),
    });
    await mkdir(spec.dataDir, { recursive: true });
    const node = new NodeProcess(spec);
    await node.start();
    return node;
  }

  /** The metadata member that leads now. */
  async metadataLeader(timeoutMs = 10_000): Promise<NodeProcess> {
    let found: NodeProcess | undefined;
    await waitFor(
      "a metadata leader",
      async () => {
        for (const m of this.metadata) {
          if (!m.running || m.isPaused) continue;
          if ((await m.health())?.role === "leader") {
            found = m;
            return true;
          }
        }
        return false;
      },
      timeoutMs,
    );
    return found as NodeProcess;
  }

  describe(): ClusterDescription {
    return {
      dir: this.options.dir,
      metadata: this.metadataEndpoints,
      serviceUrl: this.serviceUrl,
      processes: this.all().map((p) => p.describe()),
    };
  }

  async killAll(): Promise<void> {
    await Promise.all(this.all().map((p) => p.kill()));
  }

  /** Every process's log, for a failed test. */
  logs(tailBytes = 20_000): string {
    return this.all()
      .map((p) => `===== ${p.spec.id} (${p.spec.role}) =====\n${p.logs().slice(-tailBytes)}`)
      .join("\n");
  }
}

// ---------------------------------------------------------------------------------------------
// `magnetar cluster up|down|status`: a detached cluster described by DIR/cluster.json.
// ---------------------------------------------------------------------------------------------

const STATE_FILE = "cluster.json";

export async function clusterUp(options: Omit<ClusterOptions, "detached">): Promise<ClusterDescription> {
  const dir = resolve(options.dir);
  if (existsSync(join(dir, STATE_FILE))) {
    const running = (await clusterStatus(dir)).processes.filter((p) => p.alive);
    if (running.length > 0)
      throw new Error(
        `a cluster is already running in ${dir} (${running.length} processes): run 'magnetar cluster down --dir ${options.dir}' first`,
      );
  }
  const cluster = await LocalCluster.start({ ...options, dir, detached: true });
  const description = cluster.describe();
  await writeFile(join(dir, STATE_FILE), `${JSON.stringify(description, null, 2)}\n`);
  return description;
}

export interface ProcessStatus extends ProcessDescription {
  readonly alive: boolean;
  readonly healthy: boolean;
}

export async function clusterStatus(dir: string): Promise<{ dir: string; processes: ProcessStatus[] }> {
  const description = await readState(dir);
  const processes = await Promise.all(
    description.processes.map(async (p) => {
      const alive = p.pid !== null && isAlive(p.pid);
      const healthy =
        alive &&
        (await fetch(`http://${p.http}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
          (r) => r.ok,
          () => false,
        ));
      return { ...p, alive, healthy };
    }),
  );
  return { dir: description.dir, processes };
}

/** SIGTERM to every process (brokers first), SIGKILL to any still running after `graceMs`. */
export async function clusterDown(dir: string, graceMs = 10_000): Promise<ProcessStatus[]> {
  const { processes } = await clusterStatus(dir);
  const order: Role[] = ["broker", "bookie", "metadata", "standalone"];
  for (const role of order) {
    const group = processes.filter((p) => p.role === role && p.alive && p.pid !== null);
    for (const p of group) signalPid(p.pid as number, "SIGTERM");
    await waitFor(
      `${role} processes to exit`,
      () => group.every((p) => !isAlive(p.pid as number)),
      graceMs,
    ).catch(() => {
      for (const p of group) signalPid(p.pid as number, "SIGKILL");
    });
  }
  return processes;
}

async function readState(dir: string): Promise<ClusterDescription> {
  const file = join(resolve(dir), STATE_FILE);
  if (!existsSync(file))
    throw new Error(
      `no cluster in ${dir}: ${file} does not exist (start one with 'magnetar cluster up --dir ${dir}')`,
    );
  return JSON.parse(await readFile(file, "utf8")) as ClusterDescription;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}
