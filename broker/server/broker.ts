/**
 * The broker: owns bundles (ownership.ts), loads their topics (managed ledger fenced on open,
 * deduplication restored, subscriptions on demand) and serves Messaging and Admin over gRPC.
 * Everything it serves is in bookies and metadata; a broker may be killed at any time.
 */
import type * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { Registry } from "prom-client";
import { type BookieConnection, LedgerClient } from "../../bookie/client/index.js";
import type { QuorumConfig } from "../../bookie/core/index.js";
import type { HostPort } from "../../common/config.js";
import { InvalidArgumentError, MagnetarError, TopicNotOwnedError } from "../../common/errors.js";
import { type Context, contextOf, endWithError, tracer } from "../../common/tracing.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import { magnetarV1 } from "../../proto/index.js";
import {
  EntryCache,
  formatBundle,
  formatTopicName,
  isPartition,
  type NamespaceName,
  parseTopicName,
  partitionedTopicOf,
  type TopicName,
} from "../core/index.js";
import { CasBatcher } from "./cas-batcher.js";
import { ManagedLedger } from "./managed-ledger.js";
import { messagingService } from "./messaging-service.js";
import { type BrokerMetrics, createBrokerMetrics } from "./metrics.js";
import { type Namespaces, ownershipKey, type ResolvedPolicies } from "./namespaces.js";
import { type BrokerRecord, Ownership } from "./ownership.js";
import { monotonicNow } from "./rates.js";
import { Topic } from "./topic.js";

export interface BrokerOptions {
  readonly id: string;
  /** The address clients reach this broker at ("host:port"). */
  readonly serviceAddress: string;
  readonly httpAddress: string;
  readonly store: MetadataStore;
  readonly namespaces: Namespaces;
  readonly logger: Logger;
  readonly metadataEndpoints: readonly HostPort[];
  /** Lease TTL: how long a dead broker keeps its bundles if nobody notices it is gone. */
  readonly sessionTimeoutMs: number;
  /** The tailing cache's budget, for all topics together (see broker/core/entry-cache.ts). */
  readonly entryCacheBytes: number;
  readonly maxPendingBatches: number;
  /** Metrics go here (the process's /metrics); default: a registry of the broker's own. */
  readonly registry?: Registry;
  /** Bookies in this process (standalone), reached without gRPC. */
  readonly localBookies?: ReadonlyMap<string, BookieConnection>;
}

export const BROKER_DEFAULTS = {
  sessionTimeoutMs: 4_000,
  entryCacheBytes: 256 * 1024 * 1024,
  maxPendingBatches: 1_000,
} as const;

const brokerTracer = tracer("magnetar.broker");

export class Broker {
  readonly ownership: Ownership;
  readonly metrics: BrokerMetrics;
  private ledgers: LedgerClient | undefined;
  private readonly topics = new Map<string, Promise<Topic>>();
  /** The topics of `topics` whose load finished, for the ticker (no promise per topic per tick). */
  private readonly ready = new Map<string, Topic>();
  private readonly entryCache: EntryCache;
  /** Cursor and deduplication saves of all topics, batched into metadata transactions. */
  private readonly saver: CasBatcher;
  /** Ownership key -> names of the loaded topics of that bundle. */
  private readonly bundleTopics = new Map<string, Set<string>>();
  private ticker: NodeJS.Timeout | undefined;
  private loadTimer: NodeJS.Timeout | undefined;
  private nextConsumerId = 1;
  private nextProducerId = 1;
  private stopping = false;
  private stopWatchingNamespaces: (() => void) | undefined;

  constructor(readonly options: BrokerOptions) {
    this.saver = new CasBatcher(options.store);
    const self: BrokerRecord = {
      id: options.id,
      serviceAddress: options.serviceAddress,
      httpAddress: options.httpAddress,
      startedAtMs: Date.now(),
      load: { bundles: 0, topics: 0, producers: 0, consumers: 0, msgRateIn: 0, msgRateOut: 0 },
    };
    this.ownership = new Ownership({
      store: options.store,
      namespaces: options.namespaces,
      self,
      leaseTtlMs: options.sessionTimeoutMs,
      logger: options.logger,
      onBundleLost: (key) => this.bundleLost(key),
      onChange: (change) => this.metrics.ownershipChanges.inc({ change }),
    });
    this.entryCache = new EntryCache(options.entryCacheBytes);
    this.metrics = createBrokerMetrics(options.registry ?? new Registry(), {
      loadedTopics: () => this.loadedTopics(),
      ownedBundleCount: () => this.ownership.ownedBundles.length,
      entryCache: () => this.entryCache.stats(),
    });
  }

  get logger(): Logger {
    return this.options.logger;
  }

  get namespaces(): Namespaces {
    return this.options.namespaces;
  }

  get ledgerClient(): LedgerClient {
    if (!this.ledgers) throw new MagnetarError("UNAVAILABLE", "the broker is starting");
    return this.ledgers;
  }

  async start(): Promise<void> {
    this.ledgers = await LedgerClient.open({
      store: this.options.store,
      logger: this.options.logger,
      ...(this.options.localBookies ? { localBookies: this.options.localBookies } : {}),
    });
    await this.ownership.start();
    this.ticker = setInterval(() => {
      const now = monotonicNow();
      for (const topic of this.ready.values()) topic.tick(now);
    }, 50);
    this.ticker.unref();
    this.loadTimer = setInterval(() => void this.reportLoad().catch(() => undefined), 5_000);
    this.loadTimer.unref();
    this.stopWatchingNamespaces = this.namespaces.onChange((ns) => void this.bundlesChanged(ns));
  }

  /** A bundle split: owned bundles that no longer exist are unloaded; their topics move to the halves. */
  private async bundlesChanged(ns: NamespaceName): Promise<void> {
    const bundles = await this.namespaces.bundles(ns).catch(() => undefined);
    if (!bundles) return;
    const current = new Set(bundles.map((b) => ownershipKey(ns, formatBundle(b))));
    const prefix = ownershipKey(ns, "");
    for (const key of this.ownership.ownedBundles) {
      if (key.startsWith(prefix) && !current.has(key)) {
        this.logger.info({ bundle: key }, "bundle split: unloading the old bundle");
        await this.unloadBundle(ns, key.slice(prefix.length)).catch(() => undefined);
      }
    }
  }

  /** Adds the Messaging service to a gRPC server. */
  addServices(server: grpc.Server): void {
    const v1 = magnetarV1();
    server.addService(v1.Messaging.service, messagingService(this));
  }

  newConsumerId(): number {
    return this.nextConsumerId++;
  }

  newProducerName(): string {
    return `${this.options.id}-${Date.now().toString(36)}-${this.nextProducerId++}`;
  }

  /** Parses a client's topic name; the base name of a partitioned topic is refused. */
  async parseServedTopic(input: string): Promise<TopicName> {
    const topic = parseTopicName(input);
    // A broker without a session serves nothing: say so before reading metadata that may not answer.
    this.ownership.requireSession();
    if (!isPartition(topic)) {
      const partitions = await this.namespaces.partitions(topic);
      if (partitions > 0)
        throw new InvalidArgumentError(
          `${formatTopicName(topic)} is a partitioned topic with ${partitions} partitions: use ${formatTopicName(topic)}-partition-0 .. -partition-${partitions - 1}`,
        );
    }
    return topic;
  }

  /** The loaded topic, loading it (and claiming its bundle) when needed. */
  async topic(name: TopicName, create = true): Promise<Topic> {
    const full = formatTopicName(name);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.stopping) throw new MagnetarError("UNAVAILABLE", "the broker is shutting down");
      const key = await this.ownership.ensureOwned(name);
      let loading = this.topics.get(full);
      if (!loading) {
        const started = performance.now();
        loading = this.load(name, key, create);
        this.topics.set(full, loading);
        const l = loading;
        l.then(
          (topic) => {
            this.metrics.topicLoad.observe((performance.now() - started) / 1000);
            if (this.topics.get(full) === l) this.ready.set(full, topic);
          },
          () => {
            if (this.topics.get(full) === l) this.topics.delete(full);
          },
        );
      }
      const topic = await loading;
      if (!topic.isClosed) return topic;
    }
    throw new TopicNotOwnedError(`topic ${full} is moving between brokers; look it up again`);
  }

  /** A loaded topic, without loading it. */
  loaded(full: string): Promise<Topic> | undefined {
    return this.topics.get(full);
  }

  /** The topics loaded and still open; those still loading are left out rather than waited for. */
  async loadedTopics(): Promise<Topic[]> {
    const notYet = Promise.resolve(undefined);
    // A settled promise listed before `notYet` wins the race; a pending one loses it.
    const all = await Promise.all(
      [...this.topics.values()].map((t) => Promise.race([t, notYet]).catch(() => undefined)),
    );
    return all.filter((t): t is Topic => t !== undefined && !t.isClosed);
  }

  /**
   * Loads a topic under a "topic load" span: after a takeover its child "ledger recovery" shows
   * the fencing and recovery of the previous owner's last ledger.
   */
  private async load(name: TopicName, bundleKey: string, create: boolean): Promise<Topic> {
    const span = brokerTracer.startSpan("topic load", {
      attributes: {
        "messaging.destination.name": formatTopicName(name),
        "magnetar.broker.id": this.options.id,
      },
    });
    try {
      const topic = await this.loadTopic(name, bundleKey, create, contextOf(span));
      span.end();
      return topic;
    } catch (err) {
      endWithError(span, err);
      throw err;
    }
  }

  private async loadTopic(
    name: TopicName,
    bundleKey: string,
    create: boolean,
    trace: Context,
  ): Promise<Topic> {
    const full = formatTopicName(name);
    const started = Date.now();
    const policies = await this.namespaces.resolve(name);
    const partition = name.partitionIndex;
    if (isPartition(name)) {
      const partitions = await this.namespaces.partitions(partitionedTopicOf(name));
      if (partitions > 0 && partition >= partitions)
        throw new MagnetarError(
          "TOPIC_NOT_FOUND",
          `${full}: the partitioned topic has ${partitions} partitions (0..${partitions - 1})`,
        );
    }
    const ml = await ManagedLedger.open({
      topic: full,
      store: this.options.store,
      ledgers: this.ledgerClient,
      logger: this.logger,
      quorum: () => this.quorum(policies),
      rollover: () => policies.rollover,
      create: create && policies.autoTopicCreation,
      cache: this.entryCache.forTopic(),
      trace,
    });
    const topic = await Topic.load(
      {
        name: full,
        partition,
        store: this.options.store,
        logger: this.logger,
        cursorPersistIntervalMs: Math.ceil(1000 / policies.markDeleteMaxRatePerSecond),
        maxPendingBatches: this.options.maxPendingBatches,
        saver: this.saver,
        onFenced: (t, err) => this.fenced(t, err),
      },
      ml,
    );
    if (!this.ownership.ownsKey(bundleKey)) {
      await topic.close(new TopicNotOwnedError(`topic ${full} moved while loading`), false);
      throw new TopicNotOwnedError(`topic ${full} moved while loading; look it up again`);
    }
    let set = this.bundleTopics.get(bundleKey);
    if (!set) {
      set = new Set();
      this.bundleTopics.set(bundleKey, set);
    }
    set.add(full);
    this.logger.info(
      { topic: full, ms: Date.now() - started, ledgers: ml.ledgerInfos().length },
      "topic loaded",
    );
    return topic;
  }

  /** E/W/A of a new ledger: the namespace's, else 3/3/2 or as many as the live bookies allow. */
  private quorum(policies: ResolvedPolicies): QuorumConfig {
    const live = this.ledgerClient.registry.live().length;
    const e = policies.ensembleSize || Math.max(1, Math.min(3, live));
    const w = policies.writeQuorum || Math.min(e, policies.ensembleSize ? e : 3);
    const a = policies.ackQuorum || Math.min(w, 2);
    return { ensembleSize: e, writeQuorum: Math.min(w, e), ackQuorum: Math.min(a, w) };
  }

  private fenced(topic: Topic, err: MagnetarError): void {
    this.logger.warn(
      { topic: topic.name, err: err.message },
      "topic stopped: storage failed or another broker owns it",
    );
    // Storage failed but the topic is still ours: the consumers' acks are saved (by compare-and-set,
    // so this is safe either way), or a reload would redeliver them. Taken over: nothing is written.
    const ours = err.code !== "TOPIC_NOT_OWNED" && err.code !== "LEDGER_FENCED";
    void (async () => {
      // Only this instance: a newer one of the same topic may be loaded by now.
      const current = await this.topics.get(topic.name)?.catch(() => undefined);
      if (current === topic) {
        this.topics.delete(topic.name);
        this.ready.delete(topic.name);
        for (const set of this.bundleTopics.values()) set.delete(topic.name);
      }
      await topic.close(new TopicNotOwnedError(err.message), false, ours);
    })();
  }

  private bundleLost(key: string): void {
    const names = this.bundleTopics.get(key);
    this.bundleTopics.delete(key);
    for (const name of names ?? [])
      void this.unloadTopic(
        name,
        false,
        new TopicNotOwnedError(`topic ${name} is no longer served by this broker`),
      );
  }

  /** Closes a loaded topic; graceful = cursors saved and ledger closed (an unload). */
  async unloadTopic(full: string, graceful: boolean, error?: MagnetarError): Promise<void> {
    const loading = this.topics.get(full);
    if (!loading) return;
    this.topics.delete(full);
    this.ready.delete(full);
    for (const set of this.bundleTopics.values()) set.delete(full);
    const topic = await loading.catch(() => undefined);
    await topic?.close(
      error ?? new TopicNotOwnedError(`topic ${full} was unloaded; look it up again`),
      graceful,
    );
  }

  /** Unloads every loaded topic of a bundle and releases the bundle. */
  async unloadBundle(ns: NamespaceName, bundle: string): Promise<void> {
    const key = ownershipKey(ns, bundle);
    // Clients closed below look up again: they must not land here while the key still exists.
    if (!(await this.ownership.beginRelease(key))) return;
    const names = [...(this.bundleTopics.get(key) ?? [])];
    this.bundleTopics.delete(key);
    await Promise.all(names.map((n) => this.unloadTopic(n, true)));
    await this.ownership.finishRelease(key);
  }

  private async reportLoad(): Promise<void> {
    let producers = 0;
    let consumers = 0;
    let msgIn = 0;
    let msgOut = 0;
    const now = Date.now();
    const topics = await Promise.all([...this.topics.values()].map((t) => t.catch(() => undefined)));
    for (const t of topics) {
      if (!t) continue;
      await t.sampleRates(now);
      producers += t.producers.size;
      msgIn += t.rates.current.msgIn;
      for (const s of await t.loadedSubscriptions()) {
        consumers += s.consumerCount;
        msgOut += s.rates.current.msgOut;
      }
    }
    await this.ownership.updateLoad({
      bundles: this.ownership.ownedBundles.length,
      topics: this.topics.size,
      producers,
      consumers,
      msgRateIn: msgIn,
      msgRateOut: msgOut,
    });
  }

  /** Graceful stop: topics unloaded (cursors saved, ledgers closed), bundles released. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopWatchingNamespaces?.();
    clearInterval(this.ticker);
    clearInterval(this.loadTimer);
    await Promise.all([...this.topics.keys()].map((n) => this.unloadTopic(n, true)));
    await this.ownership.stop();
    this.ledgers?.close();
  }
}
