import { Counter } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHostPort } from "./config.js";
import { createRegistry, type HttpEndpoint, startHttpEndpoint } from "./http.js";

describe("http - health and metrics endpoint", () => {
  const registry = createRegistry({ node: "t1" });
  const requests = new Counter({
    name: "magnetar_test_requests_total",
    help: "test counter",
    registers: [registry],
  });
  let healthy = true;
  let endpoint: HttpEndpoint;
  let base: string;

  beforeAll(async () => {
    endpoint = await startHttpEndpoint({
      listen: { host: "127.0.0.1", port: 0 },
      registry,
      health: () => ({ healthy, role: "test" }),
    });
    base = `http://${formatHostPort(endpoint.address)}`;
  });
  afterAll(() => endpoint.close());

  it("serves /healthz as JSON, 200 when healthy and 503 when not", async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ healthy: true, role: "test" });
    healthy = false;
    const bad = await fetch(`${base}/healthz`);
    expect(bad.status).toBe(503);
    healthy = true;
  });

  it("serves Prometheus text with default labels and process metrics", async () => {
    requests.inc(3);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^magnetar_test_requests_total\{node="t1"\} 3$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total/m);
  });

  it("answers unknown paths and methods clearly", async () => {
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/\/healthz and \/metrics/);
    const post = await fetch(`${base}/metrics`, { method: "POST" });
    expect(post.status).toBe(405);
  });
});
