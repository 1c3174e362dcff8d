/** MagnetarClient: the entry point. Holds the connection pool and every producer and consumer made from it. */
import { Backoff } from "./backoff.js";
import { ConnectionPool, type LookupResult } from "./connection.js";
import { Consumer } from "./consumer.js";
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
    const producer = await Producer.create(this.pool, resolveProducerOptions(options));
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
    const consumer = await Consumer.create(this.pool, resolveConsumerOptions(options));
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
  }
}
