/**
 * `magnetar broker` and `magnetar standalone`: build a broker (and, for standalone, one metadata
 * member and one bookie in the same process), serve Messaging + Admin over gRPC and /healthz +
 * /metrics over HTTP, and stop cleanly on SIGTERM/SIGINT.
 */
import type { Registry } from "prom-client";
import type { BookieConnection } from "../bookie/client/index.js";
import { Bookie } from "../bookie/server/index.js";
import { adminService } from "../broker/server/admin-service.js";
import { BROKER_DEFAULTS, Broker } from "../broker/server/broker.js";
import { Namespaces } from "../broker/server/namespaces.js";
import { brokerTopicOps } from "../broker/server/topic-ops.js";
import { formatHostPort, type HostPort } from "../common/config.js";
import { bindServer, createServer, shutdownServer } from "../common/grpc.js";
import { createRegistry, startHttpEndpoint } from "../common/http.js";
import { createLogger, type Logger } from "../common/log.js";
import { installShutdown, type Shutdown } from "../common/shutdown.js";
import { MetadataStore } from "../metadata/client/index.js";
import { MetadataMember } from "../metadata/server/member.js";
import { createMetadataMetrics } from "../metadata/server/metrics.js";
import { magnetarV1 } from "../proto/index.js";
import type { ServerOptions } from "./options.js";
import { traceProcess } from "./servers.js";
import { VERSION } from "./version.js";

export interface BrokerServerOptions extends ServerOptions {
  readonly id: string;
  readonly sessionTimeout: number;
  readonly entryCacheMb: number;
}

interface StartedBroker {
  readonly broker: Broker;
  readonly address: HostPort;
}

/** Starts a broker on `opts.listen` and registers its shutdown steps. */
async function startBroker(
  opts: BrokerServerOptions,
  logger: Logger,
  shutdown: Shutdown,
  store: MetadataStore,
  registry: Registry,
  localBookies?: ReadonlyMap<string, BookieConnection>,
): Promise<StartedBroker> {
  const namespaces = new Namespaces(store, logger);
  // Idempotent: every broker makes sure `public/default` exists, so a fresh cluster is usable.
  await namespaces.ensureDefaults();
  const server = createServer();
  const address = await bindServer(server, opts.listen);
  const broker = new Broker({
    id: opts.id,
    serviceAddress: formatHostPort(address),
    httpAddress: formatHostPort(opts.http),
    store,
    namespaces,
    logger,
    metadataEndpoints: opts.metadata,
    sessionTimeoutMs: opts.sessionTimeout,
    entryCacheBytes: opts.entryCacheMb * 1024 * 1024,
    maxPendingBatches: BROKER_DEFAULTS.maxPendingBatches,
    registry,
    ...(localBookies ? { localBookies } : {}),
  });
  broker.addServices(server);
  server.addService(
    magnetarV1().Admin.service,
    adminService({
      namespaces,
      store,
      ops: brokerTopicOps(broker),
      logger,
      metadataEndpoints: opts.metadata,
    }),
  );
  await broker.start();
  shutdown.add("broker", async () => {
    await broker.stop();
    await shutdownServer(server);
    namespaces.close();
    store.close();
  });
  return { broker, address };
}

/** Serves /healthz and /metrics: `registry` holds the broker's metrics (standalone: all three roles'). */
async function serveHttp(
  opts: { id: string; http: HostPort },
  broker: Broker,
  registry: Registry,
  shutdown: Shutdown,
  logger: Logger,
): Promise<HostPort> {
  const http = await startHttpEndpoint({
    listen: opts.http,
    registry,
    health: () => ({ healthy: true, id: opts.id, bundles: broker.ownership.ownedBundles.length }),
  });
  shutdown.add("http endpoint", () => http.close());
  logger.debug({ http: formatHostPort(http.address) }, "http endpoint up");
  return http.address;
}

/** `magnetar broker`. */
export async function runBroker(opts: BrokerServerOptions): Promise<void> {
  const logger = createLogger({ service: "broker", nodeId: opts.id, level: opts.logLevel });
  const shutdown = installShutdown(logger);
  await traceProcess(shutdown, { service: "magnetar-broker", nodeId: opts.id, version: VERSION });
  const store = new MetadataStore({ endpoints: opts.metadata, logger });
  const registry = createRegistry({ node: opts.id });
  const { broker, address } = await startBroker(opts, logger, shutdown, store, registry);
  const http = await serveHttp(opts, broker, registry, shutdown, logger);
  logger.info({ grpc: formatHostPort(address), http: formatHostPort(http) }, "ready");
}

export interface StandaloneOptions extends BrokerServerOptions {
  readonly metadataListen: HostPort;
  readonly bookieListen: HostPort;
}

/** `magnetar standalone`: metadata member + bookie + broker, data under --data-dir, `public/default` created. */
export async function runStandalone(opts: StandaloneOptions): Promise<void> {
  const logger = createLogger({ service: "standalone", nodeId: opts.id, level: opts.logLevel });
  const shutdown = installShutdown(logger);
  await traceProcess(shutdown, { service: "magnetar-standalone", nodeId: opts.id, version: VERSION });
  // One /metrics for the three roles: their metric names do not overlap.
  const registry = createRegistry({ node: opts.id });
  let started: MetadataMember | undefined;
  const observer = createMetadataMetrics(registry, () => started);
  const member = await MetadataMember.start({
    id: "m1",
    peers: [{ id: "m1", address: opts.metadataListen }],
    listen: opts.metadataListen,
    dataDir: `${opts.dataDir}/metadata`,
    logger: logger.child({ component: "metadata" }),
    observer,
  });
  started = member;
  const metadata = [member.listenAddress];
  const bookie = await Bookie.start({
    id: "b1",
    listen: opts.bookieListen,
    metadata,
    dataDir: `${opts.dataDir}/bookie`,
    logger: logger.child({ component: "bookie" }),
    version: VERSION,
    registry,
  });
  const store = new MetadataStore({ endpoints: metadata, logger });
  // Shutdown runs in reverse: broker first, then the bookie, then the metadata member.
  shutdown.add("metadata member", () => member.close());
  shutdown.add("bookie", () => bookie.close());
  const { broker, address } = await startBroker(
    { ...opts, metadata },
    logger.child({ component: "broker" }),
    shutdown,
    store,
    registry,
    // The broker writes to its own bookie directly: standalone's entries skip loopback gRPC.
    new Map([[bookie.id, bookie.localConnection()]]),
  );
  const http = await serveHttp(opts, broker, registry, shutdown, logger);
  logger.info(
    {
      grpc: formatHostPort(address),
      http: formatHostPort(http),
      metadata: formatHostPort(member.listenAddress),
      bookie: formatHostPort(bookie.address),
      dataDir: opts.dataDir,
    },
    "ready",
  );
}
