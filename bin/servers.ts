/**
 * The server subcommands' actions: build the process's components from parsed flags, serve
 * /healthz and /metrics, and stop cleanly on SIGTERM/SIGINT.
 */
import { Auditor, LedgerClient } from "../bookie/client/index.js";
import { Bookie } from "../bookie/server/index.js";
import { formatHostPort, type HostPort, type Peer } from "../common/config.js";
import { createRegistry, startHttpEndpoint } from "../common/http.js";
import { createLogger, type Logger } from "../common/log.js";
import { installShutdown, type Shutdown } from "../common/shutdown.js";
import { startTracing, type TracingSetup } from "../common/tracing-sdk.js";
import { MetadataStore } from "../metadata/client/index.js";
import { MetadataMember } from "../metadata/server/member.js";
import { createMetadataMetrics } from "../metadata/server/metrics.js";
import type { MetadataServerOptions, ServerOptions } from "./options.js";
import { VERSION } from "./version.js";

export async function runMetadata(
  opts: MetadataServerOptions & { peers: Peer[]; listen: HostPort },
): Promise<void> {
  const logger = createLogger({ service: "metadata", nodeId: opts.id, level: opts.logLevel });
  const shutdown = installShutdown(logger);
  await traceProcess(shutdown, { service: "magnetar-metadata", nodeId: opts.id, version: VERSION });
  const registry = createRegistry({ node: opts.id });
  let started: MetadataMember | undefined;
  const observer = createMetadataMetrics(registry, () => started);
  const member = await MetadataMember.start({
    id: opts.id,
    peers: opts.peers,
    listen: opts.listen,
    dataDir: opts.dataDir,
    logger,
    tickMs: opts.tickMs,
    electionTicks: opts.electionTicks,
    heartbeatTicks: opts.heartbeatTicks,
    snapshotEntries: opts.snapshotEntries,
    observer,
  });
  started = member;
  shutdown.add("metadata member", () => member.close());

  const http = await startHttpEndpoint({
    listen: opts.http,
    registry,
    health: () => {
      const s = member.raftStatus();
      return {
        healthy: member.leader !== null,
        id: opts.id,
        role: s.role,
        leader: member.leader,
        term: s.term,
        applied: member.appliedIndex,
      };
    },
  });
  shutdown.add("http endpoint", () => http.close());
  logger.info({ grpc: formatHostPort(member.listenAddress), http: formatHostPort(http.address) }, "ready");
}

export interface BookieServerOptions extends ServerOptions {
  readonly id: string;
  /** Ms a bookie may be gone before the auditor re-replicates it; 0 turns auditing off here. */
  readonly autoRecoveryGrace: number;
  /** Ms between two audits. */
  readonly auditInterval: number;
}

/** `magnetar bookie`: the storage node. SIGTERM revokes its lease first, so it leaves /bookies/ at once. */
export async function runBookie(opts: BookieServerOptions): Promise<void> {
  const logger = createLogger({ service: "bookie", nodeId: opts.id, level: opts.logLevel });
  const shutdown = installShutdown(logger);
  await traceProcess(shutdown, { service: "magnetar-bookie", nodeId: opts.id, version: VERSION });
  const bookie = await Bookie.start({
    id: opts.id,
    listen: opts.listen,
    http: opts.http,
    metadata: opts.metadata,
    dataDir: opts.dataDir,
    logger,
    version: VERSION,
  });
  shutdown.add("bookie", () => bookie.close());
  if (opts.autoRecoveryGrace > 0) await startAuditor(opts, logger, shutdown);
  logger.info(
    { grpc: formatHostPort(bookie.address), http: bookie.httpAddress && formatHostPort(bookie.httpAddress) },
    "ready",
  );
}

/** Every bookie campaigns to be the auditor; the elected one runs auto-recovery. */
async function startAuditor(opts: BookieServerOptions, logger: Logger, shutdown: Shutdown): Promise<void> {
  const store = new MetadataStore({ endpoints: opts.metadata, logger });
  const client = await LedgerClient.open({ store, logger });
  const auditor = Auditor.start({
    client,
    leaseTtlMs: 5_000,
    candidate: opts.id,
    graceMs: opts.autoRecoveryGrace,
    intervalMs: opts.auditInterval,
    logger,
  });
  shutdown.add("auditor", async () => {
    await auditor.stop();
    client.close();
    store.close();
  });
}

/**
 * Sets up tracing before anything makes spans (components take `tracingActive()` when they
 * start); registered first, so it is shut down last and exports the spans of the shutdown too.
 */
export async function traceProcess(shutdown: Shutdown, setup: TracingSetup): Promise<void> {
  const tracing = await startTracing(setup);
  if (tracing.enabled) shutdown.add("tracing", () => tracing.shutdown());
}
