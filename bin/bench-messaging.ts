/**
 * `magnetar bench run`: a publish/consume workload against a running cluster, in the spirit of the
 * OpenMessaging Benchmark: producers publish fixed-size messages at a fixed or maximum rate for a
 * duration after a warm-up, consumers (one per subscription) read them, and the report gives
 * publish and consume rates, publish latency (send to receipt) and end-to-end latency (publish
 * time to receipt by the consumer) at p50/p95/p99/p99.9/max from HDR histograms.
 */
import * as grpc from "@grpc/grpc-js";
import * as hdr from "hdr-histogram-js";
import { type Compression, type Consumer, MagnetarClient, type Producer } from "../client/index.js";
import { formatHostPort, type HostPort } from "../common/config.js";
import { callUnary, channelOptions } from "../common/grpc.js";
import { magnetarV1 } from "../proto/index.js";

export interface MessagingBenchOptions {
  readonly url: HostPort[] | HostPort;
  readonly topic: string;
  readonly partitions: number;
  readonly messageSize: number;
  readonly producers: number;
  /** Messages per second over all producers; 0 = as fast as possible. */
  readonly rate: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly subscriptions: number;
  readonly compression: Compression;
  readonly batchMaxMessages: number;
  readonly batchMaxDelayMs: number;
  /** Sends in flight per producer. */
  readonly maxInFlight: number;
  readonly json?: boolean;
}

interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

export interface MessagingBenchReport {
  readonly topic: string;
  readonly messageSize: number;
  readonly seconds: number;
  readonly published: number;
  readonly consumed: number;
  readonly publishRate: number;
  readonly publishMBps: number;
  readonly consumeRate: number;
  readonly publishLatencyMs: Percentiles;
  readonly endToEndLatencyMs: Percentiles | undefined;
}

function histogram() {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

/** Microsecond histogram -> milliseconds. */
function percentiles(h: ReturnType<typeof histogram>): Percentiles {
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    p50: ms(h.getValueAtPercentile(50)),
    p95: ms(h.getValueAtPercentile(95)),
    p99: ms(h.getValueAtPercentile(99)),
    p999: ms(h.getValueAtPercentile(99.9)),
    max: ms(h.maxValue),
  };
}

export async function benchMessaging(opts: MessagingBenchOptions): Promise<MessagingBenchReport> {
  const urls = Array.isArray(opts.url) ? opts.url : [opts.url];
  const client = await MagnetarClient.connect({ serviceUrl: urls.map(formatHostPort).join(",") });
  const topic = `${opts.topic}-${Date.now().toString(36)}`;
  const payload = Buffer.alloc(opts.messageSize, 0x61);
  const publishLatency = histogram();
  const e2eLatency = histogram();
  let measuring = false;
  let published = 0;
  let consumed = 0;
  let stopped = false;
  try {
    if (opts.partitions > 0) await createPartitioned(topic, opts.partitions, urls[0] as HostPort);
    const consumers: Consumer[] = [];
    for (let i = 0; i < opts.subscriptions; i++)
      consumers.push(
        await client.subscribe({ topic, subscription: `bench-${i}`, receiverQueueSize: 10_000 }),
      );
    const producers: Producer[] = [];
    for (let i = 0; i < opts.producers; i++)
      producers.push(
        await client.createProducer({
          topic,
          compression: opts.compression,
          batching: { enabled: true, maxMessages: opts.batchMaxMessages, maxDelayMs: opts.batchMaxDelayMs },
          maxPendingMessages: Math.max(opts.maxInFlight, 1),
        }),
      );

    const consumeLoops = consumers.map(async (c) => {
      while (!stopped) {
        const m = await c.receive(200).catch(() => undefined);
        if (!m) continue;
        if (measuring) {
          consumed++;
          e2eLatency.recordValue(Math.max(1, (Date.now() - m.publishTimeMs) * 1000));
        }
        void c.ack(m).catch(() => undefined);
      }
    });

    const perProducerRate = opts.rate > 0 ? opts.rate / opts.producers : 0;
    const produceLoops = producers.map(async (p) => {
      const started = performance.now();
      let sent = 0;
      let inFlight = 0;
      let wake: (() => void) | undefined;
      while (!stopped) {
        if (perProducerRate > 0) {
          const due = started + (sent / perProducerRate) * 1000;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        }
        const t0 = performance.now();
        inFlight++;
        sent++;
        void p
          .send({ value: payload })
          .then(
            () => {
              if (measuring) {
                published++;
                publishLatency.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
              }
            },
            () => undefined,
          )
          .finally(() => {
            inFlight--;
            wake?.();
          });
        // Enough sends in flight to fill batches, without growing the producer's queue forever.
        while (inFlight >= opts.maxInFlight && !stopped)
          await new Promise<void>((r) => {
            wake = r;
          });
      }
      while (inFlight > 0)
        await new Promise<void>((r) => {
          wake = r;
        });
    });

    await new Promise((r) => setTimeout(r, opts.warmupSeconds * 1000));
    measuring = true;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, opts.seconds * 1000));
    measuring = false;
    const elapsed = (performance.now() - t0) / 1000;
    stopped = true;
    await Promise.all([...produceLoops, ...consumeLoops]);
    await Promise.all([...producers.map((p) => p.close()), ...consumers.map((c) => c.close())]);
    return {
      topic,
      messageSize: opts.messageSize,
      seconds: elapsed,
      published,
      consumed,
      publishRate: published / elapsed,
      publishMBps: (published * opts.messageSize) / elapsed / 1024 / 1024,
      consumeRate: consumed / elapsed,
      publishLatencyMs: percentiles(publishLatency),
      endToEndLatencyMs: opts.subscriptions > 0 ? percentiles(e2eLatency) : undefined,
    };
  } finally {
    stopped = true;
    await client.close().catch(() => undefined);
  }
}

async function createPartitioned(topic: string, partitions: number, url: HostPort): Promise<void> {
  const admin = new (magnetarV1().Admin)(
    formatHostPort(url),
    grpc.credentials.createInsecure(),
    channelOptions(),
  );
  try {
    await callUnary(admin, "CreateTopic", { topic, partitions }, 10_000);
  } finally {
    admin.close();
  }
}

export function printMessagingReport(r: MessagingBenchReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const pct = (p: Percentiles) =>
    `p50 ${p.p50} ms, p95 ${p.p95} ms, p99 ${p.p99} ms, p99.9 ${p.p999} ms, max ${p.max} ms`;
  const lines = [
    `topic ${r.topic}, ${r.messageSize}-byte messages, ${r.seconds.toFixed(1)} s measured`,
    `publish:  ${Math.round(r.publishRate).toLocaleString("en")} msgs/s, ${r.publishMBps.toFixed(1)} MiB/s (${r.published} messages)`,
    `consume:  ${Math.round(r.consumeRate).toLocaleString("en")} msgs/s (${r.consumed} messages)`,
    `publish latency:     ${pct(r.publishLatencyMs)}`,
  ];
  if (r.endToEndLatencyMs) lines.push(`end-to-end latency:  ${pct(r.endToEndLatencyMs)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
