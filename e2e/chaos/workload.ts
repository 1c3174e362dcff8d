/**
 * The chaos workload: producers (deduplication on, keyed messages, fixed names so a producer's
 * resends after a failover are deduplicated) and consumers on Exclusive, Failover, Shared and
 * Key_Shared subscriptions, recording everything the checker needs.
 */
import { type Consumer, MagnetarClient, type Producer } from "../../client/index.js";
import type { Delivery, Sent, SubscriptionHistory, SubscriptionKind } from "./checker.js";

export const KEYS = 16;

export class ProducerWorker {
  readonly sent: Sent[] = [];
  private stopped = false;
  private loop: Promise<void> | undefined;
  private producer: Producer | undefined;

  constructor(
    private readonly client: MagnetarClient,
    private readonly topic: string,
    readonly name: string,
    /** Messages per second. */
    private readonly rate: number,
    private readonly inFlightMax = 64,
  ) {}

  async start(): Promise<void> {
    this.producer = await this.client.createProducer({
      topic: this.topic,
      producerName: this.name,
      batcherType: "KeyBased",
      sendTimeoutMs: 60_000,
      deduplication: true,
    });
    const producer = this.producer;
    this.loop = (async () => {
      const started = Date.now();
      let inFlight = 0;
      let wake: (() => void) | undefined;
      for (let seq = 0; !this.stopped; seq++) {
        const due = started + (seq * 1000) / this.rate;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        while (inFlight >= this.inFlightMax && !this.stopped) await new Promise<void>((r) => (wake = r));
        if (this.stopped) break;
        const record: Sent = { producer: this.name, seq, key: `k${seq % KEYS}`, sentAt: Date.now() };
        this.sent.push(record);
        inFlight++;
        producer
          .send({ value: `${this.name}:${seq}`, key: record.key })
          .then(
            () => {
              record.ackedAt = Date.now();
            },
            () => undefined, // outcome unknown: the checker only requires acknowledged messages
          )
          .finally(() => {
            inFlight--;
            wake?.();
          });
      }
      while (inFlight > 0) await new Promise<void>((r) => (wake = r));
    })();
  }

  /** Stops sending and waits for every send in flight to settle. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    await this.producer?.close().catch(() => undefined);
  }
}

export class ConsumerWorker {
  readonly deliveries: Delivery[] = [];
  private stopped = false;
  private loop: Promise<void> | undefined;
  private consumer: Consumer | undefined;

  constructor(
    private readonly client: MagnetarClient,
    private readonly topic: string,
    readonly subscription: string,
    readonly type: SubscriptionKind,
    readonly name: string,
  ) {}

  async start(): Promise<void> {
    this.consumer = await this.client.subscribe({
      topic: this.topic,
      subscription: this.subscription,
      type: this.type,
      consumerName: this.name,
      subscriptionInitialPosition: "Earliest",
      receiverQueueSize: 200,
    });
    const consumer = this.consumer;
    this.loop = (async () => {
      while (!this.stopped) {
        const m = await consumer.receive(100).catch(() => undefined);
        if (!m) continue;
        const [producer, seq] = m.value.toString().split(":");
        const d: Delivery = {
          producer: producer ?? "",
          seq: Number(seq),
          key: m.key ?? "",
          id: `${m.id.ledgerId}:${m.id.entryId}:${m.id.batchIndex}:${m.id.partition}`,
          redeliveryCount: m.redeliveryCount,
          at: Date.now(),
          consumer: this.name,
        };
        this.deliveries.push(d);
        consumer.ack(m).then(
          () => {
            d.ackedAt = Date.now();
          },
          () => undefined,
        );
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    await this.consumer?.close().catch(() => undefined);
  }
}

/** The four subscriptions: one Exclusive consumer, two each for Failover, Shared, Key_Shared. */
export const SUBSCRIPTIONS: readonly { name: string; type: SubscriptionKind; consumers: number }[] = [
  { name: "exclusive", type: "Exclusive", consumers: 1 },
  { name: "failover", type: "Failover", consumers: 2 },
  { name: "shared", type: "Shared", consumers: 2 },
  { name: "key-shared", type: "Key_Shared", consumers: 2 },
];

export class Workload {
  readonly producers: ProducerWorker[] = [];
  readonly consumers: ConsumerWorker[] = [];
  private clients: MagnetarClient[] = [];

  constructor(
    private readonly serviceUrl: string,
    readonly topic: string,
    private readonly producerCount: number,
    private readonly ratePerProducer: number,
  ) {}

  async start(): Promise<void> {
    const consumerClient = await MagnetarClient.connect({ serviceUrl: this.serviceUrl });
    const producerClient = await MagnetarClient.connect({ serviceUrl: this.serviceUrl });
    this.clients = [consumerClient, producerClient];
    for (const s of SUBSCRIPTIONS)
      for (let i = 1; i <= s.consumers; i++)
        this.consumers.push(new ConsumerWorker(consumerClient, this.topic, s.name, s.type, `${s.name}-${i}`));
    // Subscriptions exist (from Earliest) before the first message.
    for (const c of this.consumers) await c.start();
    for (let i = 1; i <= this.producerCount; i++)
      this.producers.push(new ProducerWorker(producerClient, this.topic, `p${i}`, this.ratePerProducer));
    for (const p of this.producers) await p.start();
  }

  async stopProducers(): Promise<void> {
    await Promise.all(this.producers.map((p) => p.stop()));
  }

  sent(): Sent[] {
    return this.producers.flatMap((p) => p.sent);
  }

  histories(): SubscriptionHistory[] {
    return SUBSCRIPTIONS.map((s) => ({
      name: s.name,
      type: s.type,
      deliveries: this.consumers.filter((c) => c.subscription === s.name).flatMap((c) => c.deliveries),
    }));
  }

  /** Every acknowledged message delivered to every subscription. */
  allDelivered(): boolean {
    const acked = this.sent().filter((s) => s.ackedAt !== undefined);
    return this.histories().every((h) => {
      const got = new Set(h.deliveries.map((d) => `${d.producer}#${d.seq}`));
      return acked.every((s) => got.has(`${s.producer}#${s.seq}`));
    });
  }

  async stop(): Promise<void> {
    await this.stopProducers();
    await Promise.all(this.consumers.map((c) => c.stop()));
    await Promise.all(this.clients.map((c) => c.close().catch(() => undefined)));
  }
}
