/** MagnetarClient: the entry point. Holds the connection pool and every producer and consumer made from it. */
import type { Registry } from "prom-client";
import { Backoff } from "./backoff.js";
import { ConnectionPool, type LookupResult } from "./connection.js";
import { Consumer } from "./consumer.js";
import { ClientMetrics, type ClientMetricsSnapshot } from "./metrics.js";
import {
  type ClientOptions,
  type ConsumerOptions,
  type ProducerOptions,
  resolveClientOptions,
  resolveConsumerOptions,
  resolveProducerOptions,
} from "./options.js";
import { Producer } from "./producer.js";
import { closedError, retry } from "./stream.js";

export class MagnetarClient {
  private readonly producers = new Set<Producer>();
  private readonly consumers = new Set<Consumer>();
  private closed = false;
  private readonly recorder = new ClientMetrics({
    pendingMessages: () => {
      let n = 0;
      for (const p of this.producers) n += p.pendingMessages;
      return n;
    },
    producers: () => this.producers.size,
    consumers: () => this.consumers.size,
  });

  private constructor(private readonly pool: ConnectionPool) {}

  /**
   * Creates a client for the cluster reachable at `serviceUrl` (any broker). Connections are made
   * lazily, on the first lookup; options are validated here (InvalidArgumentError).
   */
  static async connect(options: ClientOptions): Promise<MagnetarClient> {
    return new MagnetarClient(new ConnectionPool(resolveClientOptions(options)));
  }

  private checkOpen(): void {
    if (this.closed) throw closedError("client");
  }

  /** Opens a producer (on every partition of a partitioned topic). */
  async createProducer(options: ProducerOptions): Promise<Producer> {
    this.checkOpen();
    const producer = await Producer.create(this.pool, resolveProducerOptions(options), this.recorder);
    this.producers.add(producer);
    const close = producer.close.bind(producer);
    producer.close = async () => {
      this.producers.delete(producer);
      await close();
    };
    return producer;
  }

  /** Subscribes (to every partition of a partitioned topic). Non-retriable subscribe errors reject. */
  async subscribe(options: ConsumerOptions): Promise<Consumer> {
    this.checkOpen();
    const consumer = await Consumer.create(this.pool, resolveConsumerOptions(options), this.recorder);
    this.consumers.add(consumer);
    const close = consumer.close.bind(consumer);
    consumer.close = async () => {
      this.consumers.delete(consumer);
      await close();
    };
    return consumer;
  }

  /** Which broker owns `topic` (a non-partitioned topic or one partition). */
  async lookup(topic: string): Promise<LookupResult> {
    this.checkOpen();
    return this.withRetry(() => this.pool.lookup(topic), `lookup of ${topic}`);
  }

  /** Number of partitions of `topic` (0 = not partitioned). */
  async getPartitions(topic: string): Promise<number> {
    this.checkOpen();
    const meta = await this.withRetry(() => this.pool.partitionedMetadata(topic), `metadata of ${topic}`);
    return meta.partitions;
  }

  private withRetry<T>(fn: () => Promise<T>, what: string): Promise<T> {
    const o = this.pool.options;
    return retry(fn, {
      deadline: Date.now() + o.operationTimeoutMs,
      backoff: new Backoff(o.initialBackoffMs, o.maxBackoffMs),
      signal: new AbortController().signal,
      what,
    });
  }

  /**
   * The client's metrics now: totals since it was created (messages and bytes sent and received,
   * send latency, reconnects, loss-detector findings, ...) and gauges (pending messages).
   */
  metrics(): ClientMetricsSnapshot {
    return this.recorder.snapshot();
  }

  /**
   * Exports the metrics as `magnetar_client_*` through a prom-client registry (scrape it, or push
   * it). One client per registry; the metrics leave the registry when the client closes. The
   * latency histogram counts sends from registration on.
   */
  registerMetrics(registry: Registry): void {
    this.checkOpen();
    this.recorder.register(registry);
  }

  /** Number of gRPC channels open (one per broker address in use). */
  get connectionCount(): number {
    return this.pool.channelCount;
  }

  /** Closes every producer (flushing it) and consumer, then the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([
      ...[...this.producers].map((p) => p.close()),
      ...[...this.consumers].map((c) => c.close()),
    ]);
    this.pool.close();
    this.recorder.unregister();
  }
}
