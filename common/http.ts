/**
 * The HTTP endpoint every process serves: `/healthz` (200 when healthy, 503 otherwise, with a JSON
 * body saying why) and `/metrics` (Prometheus text from the process's registry).
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { collectDefaultMetrics, Registry } from "prom-client";
import type { HostPort } from "./config.js";

export interface Health {
  readonly healthy: boolean;
  /** Role-specific details shown in the body: node id, leader, owned bundles, ... */
  readonly [key: string]: unknown;
}

export interface HttpEndpointOptions {
  readonly listen: HostPort;
  readonly registry: Registry;
  readonly health: () => Health | Promise<Health>;
}

export interface HttpEndpoint {
  readonly address: HostPort;
  close(): Promise<void>;
}

/** A registry with the standard Node.js process metrics already registered. */
export function createRegistry(labels: Record<string, string> = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels(labels);
  collectDefaultMetrics({ register: registry });
  return registry;
}

export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<HttpEndpoint> {
  const server = http.createServer((req, res) => {
    handle(options, req, res).catch((err: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    });
  });
  server.listen(options.listen.port, options.listen.host);
  await once(server, "listening");
  const addr = server.address() as AddressInfo;
  return {
    address: { host: options.listen.host, port: addr.port },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(options: HttpEndpointOptions, req: http.IncomingMessage, res: http.ServerResponse) {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" });
    res.end("only GET and HEAD are allowed\n");
    return;
  }
  if (path === "/healthz") {
    const health = await options.health();
    res.writeHead(health.healthy ? 200 : 503, { "content-type": "application/json" });
    res.end(`${JSON.stringify(health)}\n`);
    return;
  }
  if (path === "/metrics") {
    const body = await options.registry.metrics();
    res.writeHead(200, { "content-type": options.registry.contentType });
    res.end(body);
    return;
  }
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("not found: this endpoint serves /healthz and /metrics\n");
}
