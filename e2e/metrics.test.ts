/**
 * /metrics of every process type on a real cluster (1 metadata member, 1 bookie, 1 broker, all
 * separate processes), scraped the way Prometheus would: the series an operator dashboards and
 * alerts on exist, and move with a small produce + consume workload.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { LocalCluster, type NodeProcess, waitFor } from "../bin/cluster.js";
import { MagnetarClient } from "../client/index.js";
import { runCli } from "./process.js";

let dir: string | undefined;
let cluster: LocalCluster | undefined;
let client: MagnetarClient | undefined;

afterEach(async (ctx) => {
  await client?.close().catch(() => undefined);
  if (ctx.task.result?.state === "fail" && cluster) console.error(cluster.logs());
  await cluster?.killAll();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One scrape in Prometheus text format, parsed (enough of the format for prom-client's output). */
class Scrape {
  constructor(readonly samples: readonly Sample[]) {}

  static async of(node: NodeProcess): Promise<Scrape> {
    const res = await fetch(`http://${node.spec.http}/metrics`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const samples: Sample[] = [];
    for (const line of (await res.text()).split("\n")) {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) continue;
      const labels: Record<string, string> = {};
      for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g))
        labels[l[1] as string] = (l[2] as string).replace(/\\(.)/g, "$1");
      samples.push({ name: m[1] as string, labels, value: Number(m[3]) });
    }
    return new Scrape(samples);
  }

  /** The value of the one series with these labels (among others), undefined when absent. */
  get(name: string, labels: Record<string, string> = {}): number | undefined {
    const found = this.samples.filter(
      (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
    );
    if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} series`);
    return found[0]?.value;
  }

  /** Like get, 0 when absent (a counter that has not counted yet). */
  n(name: string, labels: Record<string, string> = {}): number {
    return this.get(name, labels) ?? 0;
  }

  has(name: string, labels: Record<string, string> = {}): boolean {
    return this.samples.some(
      (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
    );
  }
}

/** Scrapes until `check` holds; answers that scrape. */
async function scrapeUntil(
  node: NodeProcess,
  what: string,
  check: (s: Scrape) => boolean,
  timeoutMs = 10_000,
): Promise<Scrape> {
  let last: Scrape | undefined;
  await waitFor(
    `${node.spec.id} /metrics: ${what}`,
    async () => {
      last = await Scrape.of(node);
      return check(last);
    },
    timeoutMs,
    100,
  );
  return last as Scrape;
}

it("metadata, bookie and broker /metrics show the cluster at work", async () => {
  dir = await mkdtemp(join(tmpdir(), "magnetar-metrics-"));
  cluster = await LocalCluster.start({ dir, metadata: 1, bookies: 1, brokers: 1 });
  const [member, bookie, broker] = [cluster.metadata[0], cluster.bookies[0], cluster.brokers[0]] as [
    NodeProcess,
    NodeProcess,
    NodeProcess,
  ];
  const topic = "persistent://public/default/metrics-e2e";
  const sub = { topic, subscription: "audit" };

  // Metadata: the only member leads; role, leader changes and the existing Raft gauges are there.
  const metadataBefore = await scrapeUntil(member, "leader", (s) => s.get("magnetar_raft_is_leader") === 1);
  expect(metadataBefore.get("magnetar_raft_role", { role: "leader" })).toBe(1);
  expect(metadataBefore.get("magnetar_raft_role", { role: "follower" })).toBe(0);
  expect(metadataBefore.get("magnetar_raft_role", { role: "candidate" })).toBe(0);
  expect(metadataBefore.n("magnetar_raft_leader_changes_total")).toBeGreaterThanOrEqual(1);
  expect(metadataBefore.n("magnetar_raft_term")).toBeGreaterThanOrEqual(1);
  expect(metadataBefore.get("magnetar_raft_role", { node: "m1", role: "leader" })).toBe(1);
  const bookieBefore = await Scrape.of(bookie);
  expect(bookieBefore.has("magnetar_bookie_ledgers")).toBe(true);

  client = await MagnetarClient.connect({ serviceUrl: cluster.serviceUrl });
  const consumer = await client.subscribe({
    ...sub,
    type: "Shared",
    negativeAckRedeliveryDelayMs: 100,
  });
  // Unbatched, so that entries (what the backlog counts) are messages.
  const producer = await client.createProducer({ topic, batching: { enabled: false } });

  // The topic is loaded (its bundle claimed): its series are there, at zero.
  const brokerBefore = await scrapeUntil(broker, "the topic's series", (s) =>
    s.has("magnetar_subscription_backlog_messages", sub),
  );
  expect(brokerBefore.get("magnetar_broker_messages_in_total", { topic })).toBe(0);
  expect(brokerBefore.get("magnetar_subscription_backlog_messages", sub)).toBe(0);
  expect(brokerBefore.get("magnetar_topic_producers", { topic })).toBe(1);
  expect(brokerBefore.get("magnetar_subscription_consumers", sub)).toBe(1);
  expect(brokerBefore.n("magnetar_broker_owned_bundles")).toBeGreaterThanOrEqual(1);
  expect(brokerBefore.n("magnetar_broker_topics")).toBeGreaterThanOrEqual(1);
  expect(
    brokerBefore.n("magnetar_broker_ownership_changes_total", { change: "acquired" }),
  ).toBeGreaterThanOrEqual(1);
  for (const change of ["released", "lost"])
    expect(brokerBefore.has("magnetar_broker_ownership_changes_total", { change })).toBe(true);
  expect(brokerBefore.n("magnetar_broker_topic_load_seconds_count")).toBeGreaterThanOrEqual(1);
  const publishesBefore = brokerBefore.n("magnetar_broker_publish_latency_seconds_count");

  // Traffic: 20 messages, stored but not yet acknowledged.
  const COUNT = 20;
  await Promise.all(Array.from({ length: COUNT }, (_, i) => producer.send({ value: `m-${i}` })));
  const loaded = await scrapeUntil(
    broker,
    "20 messages in and in the backlog",
    (s) =>
      s.n("magnetar_broker_messages_in_total", { topic }) === COUNT &&
      s.n("magnetar_subscription_backlog_messages", sub) === COUNT,
  );
  expect(loaded.n("magnetar_broker_bytes_in_total", { topic })).toBeGreaterThan(0);
  expect(loaded.n("magnetar_topic_storage_bytes", { topic })).toBeGreaterThan(0);
  expect(loaded.n("magnetar_subscription_backlog_bytes", sub)).toBeGreaterThan(0);
  expect(loaded.n("magnetar_broker_publish_latency_seconds_count")).toBeGreaterThanOrEqual(
    publishesBefore + COUNT,
  );
  expect(loaded.n("magnetar_broker_publish_latency_seconds_sum")).toBeGreaterThan(0);

  // Consume: one message negatively acknowledged and redelivered, then everything acknowledged.
  const seen = new Set<string>();
  let nacked = false;
  while (seen.size < COUNT) {
    const m = await consumer.receive(10_000);
    if (!nacked) {
      nacked = true;
      consumer.nack(m);
      continue;
    }
    seen.add(m.valueString());
    await consumer.ack(m);
  }
  const drained = await scrapeUntil(
    broker,
    "the backlog back to 0 after the acks",
    (s) =>
      s.get("magnetar_subscription_backlog_messages", sub) === 0 &&
      s.n("magnetar_broker_redeliveries_total", sub) >= 1,
  );
  // The consumer was reading the tail: every entry came from the broker's cache, which let each
  // go once the only subscription had read it.
  expect(drained.n("magnetar_broker_entry_cache_reads_total", { result: "hit" })).toBeGreaterThanOrEqual(
    COUNT,
  );
  expect(drained.get("magnetar_broker_entry_cache_bytes")).toBe(0);
  expect(drained.get("magnetar_broker_entry_cache_entries")).toBe(0);
  expect(drained.n("magnetar_broker_messages_out_total", sub)).toBeGreaterThanOrEqual(COUNT + 1);
  expect(drained.n("magnetar_broker_bytes_out_total", sub)).toBeGreaterThan(0);
  expect(drained.get("magnetar_subscription_unacked_messages", sub)).toBe(0);
  expect(drained.n("magnetar_broker_dispatch_latency_seconds_count")).toBeGreaterThanOrEqual(1);
  for (const rate of ["magnetar_topic_msg_rate_in", "magnetar_topic_msg_rate_out"])
    expect(drained.has(rate, { topic })).toBe(true);

  // Bookie: the entries were added and synced.
  const bookieAfter = await scrapeUntil(
    bookie,
    "adds counted",
    (s) =>
      s.n("magnetar_bookie_adds_total", { result: "ok" }) >
      bookieBefore.n("magnetar_bookie_adds_total", { result: "ok" }),
  );
  expect(bookieAfter.n("magnetar_bookie_journal_sync_seconds_count")).toBeGreaterThan(
    bookieBefore.n("magnetar_bookie_journal_sync_seconds_count"),
  );
  expect(bookieAfter.n("magnetar_bookie_add_latency_seconds_count")).toBeGreaterThan(0);

  // Metadata: the broker's writes (ledgers, cursors, ownership) went through Raft proposals.
  const metadataAfter = await scrapeUntil(
    member,
    "proposals timed",
    (s) =>
      s.n("magnetar_metadata_proposal_latency_seconds_count") >
      metadataBefore.n("magnetar_metadata_proposal_latency_seconds_count"),
  );
  expect(metadataAfter.n("magnetar_raft_commit_index")).toBeGreaterThan(
    metadataBefore.n("magnetar_raft_commit_index"),
  );
  expect(metadataAfter.n("magnetar_metadata_revision")).toBeGreaterThan(
    metadataBefore.n("magnetar_metadata_revision"),
  );
  expect(metadataAfter.get("magnetar_raft_role", { role: "leader" })).toBe(1);

  // Unloaded, the topic leaves this broker's /metrics: no stale series.
  await producer.close();
  await consumer.close();
  const unloaded = await runCli(["admin", "topics", "unload", topic, "--url", cluster.serviceUrl]);
  expect(unloaded.code, unloaded.stderr).toBe(0);
  const gone = await scrapeUntil(
    broker,
    "the topic's series gone",
    (s) => !s.has("magnetar_broker_messages_in_total", { topic }),
  );
  expect(gone.has("magnetar_subscription_backlog_messages", sub)).toBe(false);
  // Histograms and ownership counters are broker-wide and stay.
  expect(gone.n("magnetar_broker_publish_latency_seconds_count")).toBeGreaterThan(publishesBefore);
});
