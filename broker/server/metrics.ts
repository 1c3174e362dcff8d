/**
 * The broker's Prometheus metrics. Per-topic and per-subscription series are read from the loaded
 * topics when scraped (the same figures `admin topics stats` shows), so the publish and dispatch
 * paths only pay for the few histograms and counters that need an event. Each scrape rebuilds
 * those series from scratch: a topic that was unloaded, deleted or taken over by another broker
 * drops out of this broker's /metrics at the next scrape.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { EntryCacheStats } from "../core/index.js";
import type { OwnershipChange } from "./ownership.js";
import type { Topic } from "./topic.js";
import { allSubscriptions, backlogOf } from "./topic-ops.js";

/** What the metrics read from the broker when scraped. */
export interface BrokerMetricsSource {
  /** The loaded topics that are still open. */
  loadedTopics(): Promise<Topic[]>;
  ownedBundleCount(): number;
  entryCache(): EntryCacheStats;
}

export interface BrokerMetrics {
  readonly publishLatency: Histogram;
  readonly dispatchLatency: Histogram;
  readonly topicLoad: Histogram;
  readonly ownershipChanges: Counter<"change">;
}

const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

interface SubscriptionSample {
  readonly name: string;
  readonly msgOut: number;
  readonly bytesOut: number;
  readonly redeliveries: number;
  readonly msgRateOut: number;
  readonly bytesRateOut: number;
  readonly msgRateRedeliver: number;
  readonly backlogMessages: number;
  readonly backlogBytes: number;
  readonly unacked: number;
  readonly consumers: number;
}

interface TopicSample {
  readonly name: string;
  readonly msgIn: number;
  readonly bytesIn: number;
  readonly msgRateIn: number;
  readonly bytesRateIn: number;
  readonly producers: number;
  readonly storageBytes: number;
  readonly subscriptions: readonly SubscriptionSample[];
}

export function createBrokerMetrics(registry: Registry, source: BrokerMetricsSource): BrokerMetrics {
  const registers = [registry];
  const publishLatency = new Histogram({
    name: "magnetar_broker_publish_latency_seconds",
    help: "From the broker receiving a producer's batch to its receipt: deduplication checks plus the quorum write to bookies (duplicates and refused batches are not counted)",
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const dispatchLatency = new Histogram({
    name: "magnetar_broker_dispatch_latency_seconds",
    help: "From a subscription starting to read an entry (broker cache, else bookies) to the entry's first write on a consumer's stream, including any wait for permits; redeliveries are not counted",
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const topicLoad = new Histogram({
    name: "magnetar_broker_topic_load_seconds",
    help: "Time to load a topic on this broker: managed ledger opened (the previous owner's last ledger fenced and recovered after a takeover) and deduplication state restored",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const ownershipChanges = new Counter({
    name: "magnetar_broker_ownership_changes_total",
    help: "Bundle ownership changes on this broker: acquired (claimed), released (unloaded or broker stopping), lost (key deleted or session lease lost)",
    labelNames: ["change"] as const,
    registers,
  });
  for (const change of ["acquired", "released", "lost"] satisfies OwnershipChange[])
    ownershipChanges.inc({ change }, 0);

  new Gauge({
    name: "magnetar_broker_owned_bundles",
    help: "Bundles this broker owns",
    registers,
    collect() {
      this.set(source.ownedBundleCount());
    },
  });

  new Gauge({
    name: "magnetar_broker_entry_cache_bytes",
    help: "Bytes of entries in the broker's tailing cache (all topics; bounded by --entry-cache-mb)",
    registers,
    collect() {
      this.set(source.entryCache().bytes);
    },
  });
  new Gauge({
    name: "magnetar_broker_entry_cache_entries",
    help: "Entries in the broker's tailing cache (all topics)",
    registers,
    collect() {
      this.set(source.entryCache().entries);
    },
  });
  new Counter({
    name: "magnetar_broker_entry_cache_reads_total",
    help: "Entry reads by subscriptions and deduplication: hit (from the tailing cache) or miss (from bookies)",
    labelNames: ["result"] as const,
    registers,
    collect() {
      const { hits, misses } = source.entryCache();
      this.reset();
      this.inc({ result: "hit" }, hits);
      this.inc({ result: "miss" }, misses);
    },
  });

  // Every per-topic metric of one scrape reads the same walk over the topics: prom-client starts
  // all collect() calls in the same turn, so they share the walk in flight.
  let walking: Promise<TopicSample[]> | undefined;
  const samples = (): Promise<TopicSample[]> => {
    if (!walking) {
      walking = sampleTopics(source).finally(() => {
        walking = undefined;
      });
    }
    return walking;
  };

  new Gauge({
    name: "magnetar_broker_topics",
    help: "Topics loaded on this broker",
    registers,
    async collect() {
      this.set((await samples()).length);
    },
  });

  const topicLabels = ["topic"] as const;
  const perTopic = (
    name: string,
    help: string,
    kind: "counter" | "gauge",
    read: (t: TopicSample) => number,
  ): void => {
    const collect = async function (this: Counter<"topic"> | Gauge<"topic">) {
      const all = await samples();
      this.reset();
      for (const t of all) setValue(this, { topic: t.name }, read(t));
    };
    if (kind === "counter") new Counter({ name, help, labelNames: topicLabels, registers, collect });
    else new Gauge({ name, help, labelNames: topicLabels, registers, collect });
  };
  perTopic(
    "magnetar_broker_messages_in_total",
    "Messages stored on the topic since this broker loaded it",
    "counter",
    (t) => t.msgIn,
  );
  perTopic(
    "magnetar_broker_bytes_in_total",
    "Payload bytes stored on the topic since this broker loaded it",
    "counter",
    (t) => t.bytesIn,
  );
  perTopic(
    "magnetar_topic_msg_rate_in",
    "Messages per second stored on the topic (sampled every 5 s)",
    "gauge",
    (t) => t.msgRateIn,
  );
  perTopic(
    "magnetar_topic_bytes_rate_in",
    "Payload bytes per second stored on the topic (sampled every 5 s)",
    "gauge",
    (t) => t.bytesRateIn,
  );
  perTopic(
    "magnetar_topic_msg_rate_out",
    "Messages per second dispatched to all the topic's subscriptions (sampled every 5 s)",
    "gauge",
    (t) => t.subscriptions.reduce((n, s) => n + s.msgRateOut, 0),
  );
  perTopic(
    "magnetar_topic_bytes_rate_out",
    "Payload bytes per second dispatched to all the topic's subscriptions (sampled every 5 s)",
    "gauge",
    (t) => t.subscriptions.reduce((n, s) => n + s.bytesRateOut, 0),
  );
  perTopic("magnetar_topic_producers", "Producers connected to the topic", "gauge", (t) => t.producers);
  perTopic(
    "magnetar_topic_subscriptions",
    "Subscriptions of the topic",
    "gauge",
    (t) => t.subscriptions.length,
  );
  perTopic(
    "magnetar_topic_storage_bytes",
    "Bytes of the topic's ledgers in bookies (one copy, all retained ledgers)",
    "gauge",
    (t) => t.storageBytes,
  );

  const subLabels = ["topic", "subscription"] as const;
  const perSubscription = (
    name: string,
    help: string,
    kind: "counter" | "gauge",
    read: (s: SubscriptionSample) => number,
  ): void => {
    const collect = async function (
      this: Counter<"topic" | "subscription"> | Gauge<"topic" | "subscription">,
    ) {
      const all = await samples();
      this.reset();
      for (const t of all)
        for (const s of t.subscriptions) setValue(this, { topic: t.name, subscription: s.name }, read(s));
    };
    if (kind === "counter") new Counter({ name, help, labelNames: subLabels, registers, collect });
    else new Gauge({ name, help, labelNames: subLabels, registers, collect });
  };
  perSubscription(
    "magnetar_broker_messages_out_total",
    "Messages sent to the subscription's consumers since this broker loaded it (redeliveries included)",
    "counter",
    (s) => s.msgOut,
  );
  perSubscription(
    "magnetar_broker_bytes_out_total",
    "Payload bytes sent to the subscription's consumers since this broker loaded it (redeliveries included)",
    "counter",
    (s) => s.bytesOut,
  );
  perSubscription(
    "magnetar_broker_redeliveries_total",
    "Entries sent again to the subscription's consumers (negative ack, ack timeout, consumer gone)",
    "counter",
    (s) => s.redeliveries,
  );
  perSubscription(
    "magnetar_subscription_msg_rate_out",
    "Messages per second sent to the subscription's consumers (sampled every 5 s)",
    "gauge",
    (s) => s.msgRateOut,
  );
  perSubscription(
    "magnetar_subscription_bytes_rate_out",
    "Payload bytes per second sent to the subscription's consumers (sampled every 5 s)",
    "gauge",
    (s) => s.bytesRateOut,
  );
  perSubscription(
    "magnetar_subscription_msg_rate_redeliver",
    "Entries per second sent again to the subscription's consumers (sampled every 5 s)",
    "gauge",
    (s) => s.msgRateRedeliver,
  );
  perSubscription(
    "magnetar_subscription_backlog_messages",
    "Entries (producer batches; one per message when producers do not batch) not yet fully acknowledged on the subscription, delivered or not",
    "gauge",
    (s) => s.backlogMessages,
  );
  perSubscription(
    "magnetar_subscription_backlog_bytes",
    "Backlog in payload bytes, estimated from the topic's average entry size",
    "gauge",
    (s) => s.backlogBytes,
  );
  perSubscription(
    "magnetar_subscription_unacked_messages",
    "Entries (producer batches) delivered to the subscription's consumers and not fully acknowledged yet",
    "gauge",
    (s) => s.unacked,
  );
  perSubscription(
    "magnetar_subscription_consumers",
    "Consumers connected to the subscription",
    "gauge",
    (s) => s.consumers,
  );

  return { publishLatency, dispatchLatency, topicLoad, ownershipChanges };
}

function setValue<L extends string>(
  metric: Counter<L> | Gauge<L>,
  labels: Partial<Record<L, string>>,
  value: number,
): void {
  if (metric instanceof Gauge) metric.set(labels, value);
  else metric.inc(labels, value);
}

/** Topics whose subscriptions that exist only in metadata were loaded once already. */
const discovered = new WeakSet<Topic>();

async function sampleTopics(source: BrokerMetricsSource): Promise<TopicSample[]> {
  const topics = await source.loadedTopics();
  return Promise.all(topics.map(sampleTopic)).then((all) =>
    all.filter((t): t is TopicSample => t !== undefined),
  );
}

async function sampleTopic(t: Topic): Promise<TopicSample | undefined> {
  // Listing in metadata once per loaded topic is enough: later subscriptions are created through
  // this broker, so they are loaded already. If the listing fails (metadata unavailable, the
  // topic closing), report the loaded ones and list again at the next scrape.
  if (!discovered.has(t)) {
    const listed = await allSubscriptions(t).then(
      () => true,
      () => false,
    );
    if (listed) discovered.add(t);
  }
  const subs = await t.loadedSubscriptions();
  // Closed during the scrape (unload, takeover): no longer ours to report.
  if (t.isClosed) return undefined;
  return {
    name: t.name,
    msgIn: t.msgIn,
    bytesIn: t.bytesIn,
    msgRateIn: t.rates.current.msgIn,
    bytesRateIn: t.rates.current.bytesIn,
    producers: t.producers.size,
    storageBytes: t.ml.totalBytes(),
    subscriptions: subs.map((s) => {
      const backlog = backlogOf(t, s);
      return {
        name: s.name,
        msgOut: s.msgOut,
        bytesOut: s.bytesOut,
        redeliveries: s.redeliveries,
        msgRateOut: s.rates.current.msgOut,
        bytesRateOut: s.rates.current.bytesOut,
        msgRateRedeliver: s.rates.current.redeliveries,
        backlogMessages: backlog.messages,
        backlogBytes: backlog.bytes,
        unacked: s.unacked(),
        consumers: s.consumerCount,
      };
    }),
  };
}
