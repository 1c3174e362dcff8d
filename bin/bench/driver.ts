/**
 * The benchmark engine, after the OpenMessaging Benchmark's local worker: it creates a namespace
 * (with the workload's E/W/A) and the topics, subscribes the consumers (so subscriptions exist
 * before the first message), opens the producers, then runs the phases:
 *
 *   warmup  -> (catch-up only: build a backlog with consumers away, then drain it) -> measure
 *
 * Producers are driven by a few "lanes", each sending round-robin over its share of the producers
 * at its share of the rate (or as fast as the window of sends in flight allows), so 10,000
 * producers cost a handful of loops, not 10,000 timers. Each send carries its send time as the
 * message's event time; a consumer's receipt time minus it is the end-to-end latency.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleepFor, setImmediate as yieldToLoop } from "node:timers/promises";
import * as grpc from "@grpc/grpc-js";
import { type Consumer, MagnetarClient, MagnetarError, type Producer } from "../../client/index.js";
import { callUnary, channelOptions } from "../../common/grpc.js";
import type { AdminClient } from "../../proto/gen/magnetar/v1/Admin.js";
import type { PersistencePolicy } from "../../proto/gen/magnetar/v1/PersistencePolicy.js";
import { magnetarV1 } from "../../proto/index.js";
import { type Mark, ProcessMeter, type WatchedProcess } from "./process-stats.js";
import type { CatchUpReport, Phase, Rates, Snapshot, Summary } from "./report.js";
import { Counters, type CounterValues, Latency, minus, type Percentiles } from "./stats.js";
import type { Workload } from "./workload.js";

export interface DriverOptions {
  readonly workload: Workload;
  readonly payload: Buffer;
  /** "host:port[,host:port...]" of the brokers. */
  readonly serviceUrl: string;
  /** Run in this namespace (created if missing, E/W/A applied); default a fresh public/bench-<run>. */
  readonly namespace?: string;
  readonly topicPrefix: string;
  /** Sends in flight per producer. */
  readonly maxInFlight: number;
  readonly reportIntervalMs: number;
  /** Every process to report CPU and RSS of (the bench process included). */
  readonly processes: readonly WatchedProcess[];
  /** Ctrl-C: end the current phase now, report what was measured, clean up. */
  readonly signal: AbortSignal;
  /** How long setup calls retry retriable errors (a cluster that just started is still settling). */
  readonly setupRetryMs: number;
  /** Delete the namespace afterwards when this run created it. */
  readonly deleteNamespace: boolean;
  readonly onSnapshot: (s: Snapshot) => void;
  /** Called once the namespace's name is known (before anything is created). */
  readonly onNamespace?: (namespace: string) => void;
  /** Once a second: a one-line status for a terminal. */
  readonly onProgress: (text: string) => void;
  readonly log: (line: string) => void;
}

export interface DriverResult {
  readonly namespace: string;
  /** The first topic (and the last, when there are several), for the report. */
  readonly topics: readonly string[];
  readonly snapshots: readonly Snapshot[];
  readonly summary: Summary;
  readonly catchUp: CatchUpReport | null;
  readonly interrupted: boolean;
  /**
   * False when the client's connections did not close within 30 s (e.g. a connection stuck
   * after the cluster collapsed): they would keep the process alive, so the caller should exit.
   */
  readonly clientClosed: boolean;
}

/** Topics, producers and consumers opened at once during setup. */
const SETUP_PARALLELISM = 64;
/** OMB's key distributors pick from this many random keys of KEY_LENGTH alphanumerics. */
const UNIQUE_KEYS = 10_000;
const UNIQUE_KEYS_BIG = BigInt(UNIQUE_KEYS);
const KEY_LENGTH = 7;
/** Most lanes (send loops); producers beyond that share a lane. */
const MAX_LANES = 16;
const ADMIN_TIMEOUT_MS = 60_000;
/** How long the bench waits for its client to close at the end. */
const CLIENT_CLOSE_MS = 30_000;
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** Runs `fn` over `items`, at most `limit` at a time, in order of start. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length && !signal.aborted) {
        const i = next++;
        await fn(items[i] as T, i);
      }
    }),
  );
}

async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await sleepFor(Math.max(0, ms), undefined, signal ? { signal } : undefined).catch(() => undefined);
}

/** A bound on a wait that must not itself keep the process alive once the wait is over. */
function deadline(ms: number): Promise<void> {
  return sleepFor(ms, undefined, { ref: false });
}

function randomKeys(): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(UNIQUE_KEYS * KEY_LENGTH);
  return Array.from({ length: UNIQUE_KEYS }, (_, i) =>
    Array.from(
      bytes.subarray(i * KEY_LENGTH, (i + 1) * KEY_LENGTH),
      (b) => alphabet[b % alphabet.length],
    ).join(""),
  );
}

class BenchProducer {
  inFlight = 0;
  nextKey = 0;
  private waiter: (() => void) | undefined;

  constructor(readonly producer: Producer) {}

  /** Resolves once fewer than `max` sends are in flight. */
  room(max: number): Promise<void> | undefined {
    if (this.inFlight < max) return undefined;
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** Stopping: a send loop waiting for room must not wait for receipts that may never come. */
  release(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  settled(): void {
    this.inFlight--;
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }
}

interface ConsumerSlot {
  readonly topic: string;
  readonly subscription: string;
  consumer?: Consumer;
  loop?: Promise<void>;
}

type PhaseEnd = "time" | "condition" | "timeout" | "interrupted";

interface PhaseResult extends Rates {
  readonly phase: Phase;
  readonly end: PhaseEnd;
  readonly startMark: Mark;
  readonly endMark: Mark;
}

type AdminCall = <K extends keyof AdminClient & string>(
  method: K,
  request: Parameters<typeof callUnary<AdminClient, K>>[2],
) => ReturnType<typeof callUnary<AdminClient, K>>;

export async function runBenchmark(o: DriverOptions): Promise<DriverResult> {
  const w = o.workload;
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const ownNamespace = o.namespace === undefined;
  const namespace = o.namespace ?? `public/bench-${runId}`;
  const topicNames = Array.from(
    { length: w.topics },
    (_, i) => `persistent://${namespace}/${o.topicPrefix}${ownNamespace ? "" : `-${runId}`}-${i}`,
  );
  const firstBroker = o.serviceUrl.split(",")[0] as string;
  const adminClient = new (magnetarV1().Admin)(
    firstBroker,
    grpc.credentials.createInsecure(),
    channelOptions(),
  );
  const admin: AdminCall = (method, request) => callUnary(adminClient, method, request, ADMIN_TIMEOUT_MS);
  const client = await MagnetarClient.connect({ serviceUrl: o.serviceUrl, operationTimeoutMs: 60_000 });

  const counters = new Counters();
  const publishLatency = new Latency();
  const publishDelay = new Latency();
  const endToEnd = new Latency();
  const meter = new ProcessMeter(o.processes);
  const snapshots: Snapshot[] = [];
  const producers: BenchProducer[] = [];
  const slots: ConsumerSlot[] = [];
  const keys = w.keyDistributor === "NO_KEY" ? [] : randomKeys();
  let stopping = false;
  let namespaceCreated = false;
  let firstError: string | undefined;

  const noteError = (what: string, err: unknown) => {
    if (firstError !== undefined) return;
    firstError = `${what}: ${err instanceof Error ? err.message : String(err)}`;
    o.log(`warning: ${firstError} (further errors are only counted)`);
  };

  /** Confirmed messages not yet received, summed over every subscription. */
  const backlog = (c: CounterValues = counters) =>
    Math.max(0, w.subscriptionsPerTopic * c.published - c.consumed);

  const setupProgress = (() => {
    let lastLine = 0;
    return (what: string, done: number, total: number) => {
      o.onProgress(`${what} ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
      if (total >= 1000 && performance.now() - lastLine > 10_000 && done < total) {
        lastLine = performance.now();
        o.log(`${what} ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
      }
    };
  })();

  // --- setup ---

  async function retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + o.setupRetryMs;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        // A broker that just started may not have created tenant `public` yet.
        const transient = err instanceof MagnetarError && (err.retriable || err.code === "TENANT_NOT_FOUND");
        if (!transient || Date.now() > deadline || o.signal.aborted) {
          const hint =
            err instanceof MagnetarError && err.code === "UNAVAILABLE"
              ? ` (is a broker listening on ${firstBroker}?)`
              : "";
          throw new Error(`${what}: ${err instanceof Error ? err.message : String(err)}${hint}`, {
            cause: err,
          });
        }
        await sleep(250, o.signal);
      }
    }
  }

  async function setUpNamespace(): Promise<void> {
    const persistence: PersistencePolicy = {
      ...(w.ensembleSize !== undefined ? { ensembleSize: w.ensembleSize } : {}),
      ...(w.writeQuorum !== undefined ? { writeQuorum: w.writeQuorum } : {}),
      ...(w.ackQuorum !== undefined ? { ackQuorum: w.ackQuorum } : {}),
    };
    const replication = Object.keys(persistence).length > 0;
    try {
      await retrying(`cannot create namespace ${namespace}`, () =>
        admin("CreateNamespace", { namespace, policies: replication ? { persistence } : {} }),
      );
      namespaceCreated = true;
      return;
    } catch (err) {
      const cause = (err as Error).cause;
      if (ownNamespace || !(cause instanceof MagnetarError && cause.code === "ALREADY_EXISTS")) throw err;
    }
    if (!replication) return;
    // An existing namespace: read, change persistence, write back with the version read.
    const current = await admin("GetNamespace", { namespace });
    await admin("SetPolicies", {
      namespace,
      policies: { ...current.policies, persistence: { ...current.policies?.persistence, ...persistence } },
      expectedVersion: current.version,
    });
  }

  async function createTopics(): Promise<void> {
    if (w.partitionsPerTopic <= 1) return; // producers and consumers create non-partitioned topics
    let done = 0;
    await pool(topicNames, SETUP_PARALLELISM, o.signal, async (topic) => {
      await retrying(`cannot create topic ${topic}`, () =>
        admin("CreateTopic", { topic, partitions: w.partitionsPerTopic }),
      );
      setupProgress("topics created", ++done, topicNames.length);
    });
  }

  // Deep queues for throughput, but bounded in total: 10,000 consumers of 10,000 each would let
  // the brokers push 10^8 messages into this process.
  const receiverQueueSize = Math.min(
    10_000,
    Math.max(
      100,
      Math.floor(
        200_000 /
          (w.topics *
            w.subscriptionsPerTopic *
            w.consumerPerSubscription *
            Math.max(1, w.partitionsPerTopic)),
      ),
    ),
  );

  // Takes what is queued and acks it as one list: a few promises per batch instead of several per
  // message, so the bench's own cost per message stays small next to the cluster's.
  async function consumeLoop(slot: ConsumerSlot, consumer: Consumer): Promise<void> {
    for (;;) {
      let batch: Awaited<ReturnType<Consumer["batchReceive"]>>;
      try {
        batch = await consumer.batchReceive();
      } catch (err) {
        if (slot.consumer === consumer && !stopping) noteError(`consumer of ${slot.topic} failed`, err);
        return;
      }
      const now = Date.now();
      for (const m of batch) {
        counters.consumed++;
        counters.consumedBytes += m.value.length;
        if (m.eventTimeMs > 0) endToEnd.recordUs((now - m.eventTimeMs) * 1000);
      }
      consumer.ack(batch).catch(() => undefined);
    }
  }

  /** Subscribes every consumer (subscriptions that exist carry on from their cursor). */
  async function startConsumers(): Promise<void> {
    let done = 0;
    await pool(slots, SETUP_PARALLELISM, o.signal, async (slot) => {
      const consumer = await client.subscribe({
        topic: slot.topic,
        subscription: slot.subscription,
        type: w.subscriptionType,
        subscriptionInitialPosition: "Earliest",
        receiverQueueSize,
      });
      slot.consumer = consumer;
      slot.loop = consumeLoop(slot, consumer);
      setupProgress("consumers subscribed", ++done, slots.length);
    });
  }

  /** Consumers leave (their subscriptions stay): the backlog grows from here. */
  async function stopConsumers(): Promise<void> {
    await pool(slots, SETUP_PARALLELISM, new AbortController().signal, async (slot) => {
      const c = slot.consumer;
      slot.consumer = undefined;
      await c?.close().catch(() => undefined);
      await slot.loop;
    });
  }

  async function openProducers(): Promise<void> {
    const specs = topicNames.flatMap((topic) => Array.from({ length: w.producersPerTopic }, () => topic));
    let done = 0;
    await pool(specs, SETUP_PARALLELISM, o.signal, async (topic) => {
      const p = await client.createProducer({
        topic,
        compression: w.compression,
        batching: {
          enabled: true,
          maxMessages: w.batchingMaxMessages,
          maxDelayMs: w.batchingMaxPublishDelayMs,
        },
        maxPendingMessages: o.maxInFlight,
      });
      producers.push(new BenchProducer(p));
      setupProgress("producers opened", ++done, specs.length);
    });
  }

  // --- traffic ---

  function keyFor(p: BenchProducer): string | undefined {
    switch (w.keyDistributor) {
      case "NO_KEY":
        return undefined;
      case "KEY_ROUND_ROBIN":
        p.nextKey = (p.nextKey + 1) % UNIQUE_KEYS;
        return keys[p.nextKey];
      case "RANDOM_NANO":
        return keys[Number(process.hrtime.bigint() % UNIQUE_KEYS_BIG)];
    }
  }

  function send(p: BenchProducer, intendedAt: number | undefined): void {
    const sentAt = performance.now();
    if (intendedAt !== undefined) publishDelay.recordUs((sentAt - intendedAt) * 1000);
    p.inFlight++;
    p.producer.send({ value: o.payload, eventTimeMs: Date.now(), key: keyFor(p) }).then(
      () => {
        counters.published++;
        counters.publishedBytes += o.payload.length;
        publishLatency.recordUs((performance.now() - sentAt) * 1000);
        p.settled();
      },
      (err: unknown) => {
        counters.publishErrors++;
        if (!stopping) noteError("send failed", err);
        p.settled();
      },
    );
  }

  /** Sends round-robin over `lane` at `rate` msgs/s (0 = as fast as the in-flight window allows). */
  async function runLane(lane: readonly BenchProducer[], rate: number): Promise<void> {
    const start = performance.now();
    let n = 0;
    let sinceYield = 0;
    while (!stopping) {
      let intendedAt: number | undefined;
      if (rate > 0) {
        intendedAt = start + (n / rate) * 1000;
        const wait = intendedAt - performance.now();
        // Timers fire no finer than ~1 ms: sends due within it go now, a little early.
        if (wait > 1) {
          await sleep(Math.min(wait, 200));
          continue;
        }
      }
      const p = lane[n % lane.length] as BenchProducer;
      const room = p.room(o.maxInFlight);
      if (room) {
        await room;
        continue;
      }
      send(p, intendedAt);
      n++;
      // Receipts arrive on the event loop: let them in even when the window never fills.
      if (++sinceYield >= 1000) {
        sinceYield = 0;
        await yieldToLoop();
      }
    }
  }

  function startLanes(): Promise<void>[] {
    const count = Math.min(MAX_LANES, producers.length);
    const lanes: BenchProducer[][] = Array.from({ length: count }, () => []);
    for (const [i, p] of producers.entries()) lanes[i % count]?.push(p);
    return lanes.map((lane) => runLane(lane, (w.producerRate * lane.length) / producers.length));
  }

  // --- phases and reports ---

  let trafficStart = performance.now();
  let last = { at: trafficStart, counters: counters.copy(), mark: meter.mark() };

  function rates(d: CounterValues, seconds: number, atEnd: CounterValues) {
    const per = (n: number) => (seconds > 0 ? n / seconds : 0);
    return {
      seconds: Math.round(seconds * 1000) / 1000,
      published: d.published,
      publishRate: per(d.published),
      publishMBps: per(d.publishedBytes) / MiB,
      publishErrors: d.publishErrors,
      consumed: d.consumed,
      consumeRate: per(d.consumed),
      consumeMBps: per(d.consumedBytes) / MiB,
      backlog: backlog(atEnd),
    };
  }

  function snapshot(phase: Phase): void {
    const now = performance.now();
    const c = counters.copy();
    const mark = meter.mark();
    const s: Snapshot = {
      phase,
      elapsedSeconds: Math.round(now - trafficStart) / 1000,
      ...rates(minus(c, last.counters), (now - last.at) / 1000, c),
      publishLatencyMs: publishLatency.rollInterval(),
      publishDelayLatencyMs: publishDelay.rollInterval(),
      endToEndLatencyMs: endToEnd.rollInterval(),
      processes: meter.between(last.mark, mark),
    };
    last = { at: now, counters: c, mark };
    snapshots.push(s);
    o.onSnapshot(s);
  }

  async function runPhase(
    phase: Phase,
    end: { durationMs?: number; until?: () => boolean; timeoutMs?: number },
  ): Promise<PhaseResult> {
    // The previous phase's last interval was reported; this one starts clean.
    const start = performance.now();
    const startCounters = counters.copy();
    const startMark = last.mark;
    let nextReport = start + o.reportIntervalMs;
    let second = { at: start, counters: startCounters };
    let ended: PhaseEnd;
    for (;;) {
      const now = performance.now();
      if (o.signal.aborted) {
        ended = "interrupted";
        break;
      }
      if (end.durationMs !== undefined && now - start >= end.durationMs) {
        ended = "time";
        break;
      }
      if (end.until?.()) {
        ended = "condition";
        break;
      }
      if (end.timeoutMs !== undefined && now - start >= end.timeoutMs) {
        ended = "timeout";
        break;
      }
      if (now >= nextReport) {
        snapshot(phase);
        nextReport += o.reportIntervalMs;
      }
      if (now - second.at >= 1000) {
        const c = counters.copy();
        const d = minus(c, second.counters);
        const secs = (now - second.at) / 1000;
        const total = end.durationMs !== undefined ? `/${Math.round(end.durationMs / 1000)}` : "";
        o.onProgress(
          `[${phase} ${Math.floor((now - start) / 1000)}${total}s] pub ${Math.round(d.published / secs).toLocaleString("en")} msg/s · cons ${Math.round(d.consumed / secs).toLocaleString("en")} msg/s · backlog ${backlog(c).toLocaleString("en")}`,
        );
        second = { at: now, counters: c };
      }
      const wake = Math.min(
        nextReport,
        end.durationMs !== undefined ? start + end.durationMs : Number.POSITIVE_INFINITY,
        now + (end.until ? 100 : 250),
      );
      await sleep(wake - now, o.signal);
    }
    snapshot(phase);
    const c = counters.copy();
    return {
      phase,
      end: ended,
      startMark,
      endMark: last.mark,
      ...rates(minus(c, startCounters), (performance.now() - start) / 1000, c),
      publishLatencyMs: publishLatency.rollPhase(),
      publishDelayLatencyMs: publishDelay.rollPhase(),
      endToEndLatencyMs: endToEnd.rollPhase(),
    };
  }

  function toSummary(r: PhaseResult): Summary {
    const { end: _end, startMark, endMark, ...figures } = r;
    return { ...figures, processes: meter.summary(startMark, endMark) };
  }

  async function catchUpPhases(): Promise<CatchUpReport> {
    const targetBytes = Math.round(w.consumerBacklogSizeGB * GiB);
    const targetMessages = Math.ceil(targetBytes / o.payload.length);
    if (slots.some((s) => s.consumer)) await stopConsumers();
    const expectedS =
      w.producerRate > 0 ? targetMessages / (w.producerRate * w.subscriptionsPerTopic) : Number.NaN;
    o.log(
      `building a backlog of ${(targetBytes / GiB).toFixed(3)} GiB (${targetMessages.toLocaleString("en")} messages)`,
    );
    const build = await runPhase("build", {
      until: () => backlog() >= targetMessages,
      timeoutMs: Number.isNaN(expectedS) ? 3_600_000 : Math.max(120_000, 3 * expectedS * 1000),
    });
    const built = backlog();
    o.log(`backlog built in ${build.seconds.toFixed(1)} s: ${built.toLocaleString("en")} messages; draining`);
    const drainStart = performance.now();
    const before = counters.copy();
    const doneBelow = Math.max(100, built * 0.01, w.subscriptionsPerTopic * w.producerRate * 0.1);
    if (!o.signal.aborted) await startConsumers();
    const drain = await runPhase("drain", {
      until: () => backlog() <= doneBelow,
      timeoutMs: Math.max(60_000, 5 * build.seconds * 1000),
    });
    const seconds = (performance.now() - drainStart) / 1000;
    const d = minus(counters.copy(), before);
    o.log(`${drain.end === "condition" ? "drained" : "not drained"} in ${seconds.toFixed(1)} s`);
    return {
      targetBytes,
      backlogMessages: built,
      backlogBytes: built * o.payload.length,
      buildSeconds: build.seconds,
      backlogReached: build.end === "condition",
      drainSeconds: Math.round(seconds * 1000) / 1000,
      drained: drain.end === "condition",
      drainConsumed: d.consumed,
      drainRate: seconds > 0 ? d.consumed / seconds : 0,
      drainMBps: seconds > 0 ? d.consumedBytes / seconds / MiB : 0,
      netDrainRate: seconds > 0 ? (built - backlog()) / seconds : 0,
    };
  }

  let lanes: Promise<void>[] = [];
  let outcome: Omit<DriverResult, "clientClosed">;
  let clientClosed = false;
  try {
    o.onNamespace?.(namespace);
    o.log(
      `namespace ${namespace}: ${topicNames.length.toLocaleString("en")} topic${topicNames.length === 1 ? "" : "s"}`,
    );
    await setUpNamespace();
    await createTopics();
    for (const topic of topicNames)
      for (let s = 0; s < w.subscriptionsPerTopic; s++)
        for (let c = 0; c < w.consumerPerSubscription; c++) slots.push({ topic, subscription: `sub-${s}` });
    await startConsumers();
    await openProducers();
    if (o.signal.aborted) throw new Error("interrupted during setup");

    // A catch-up run without warm-up builds its backlog from the very first message.
    if (w.consumerBacklogSizeGB > 0 && w.warmupDurationMinutes === 0) await stopConsumers();
    o.log(
      `traffic started (${producers.length.toLocaleString("en")} producers, ${slots.length.toLocaleString("en")} consumers)`,
    );
    trafficStart = performance.now();
    last = { at: trafficStart, counters: counters.copy(), mark: meter.mark() };
    lanes = startLanes();

    let result: PhaseResult | undefined;
    if (w.warmupDurationMinutes > 0)
      result = await runPhase("warmup", { durationMs: w.warmupDurationMinutes * 60_000 });
    let catchUp: CatchUpReport | null = null;
    if (w.consumerBacklogSizeGB > 0 && !o.signal.aborted) catchUp = await catchUpPhases();
    if (!o.signal.aborted) result = await runPhase("measure", { durationMs: w.testDurationMinutes * 60_000 });
    // Interrupted before measuring: the summary covers the phase that was running.
    const summary = result ? toSummary(result) : emptySummary(meter, last.mark);
    const topics = topicNames.length > 1 ? [topicNames[0], topicNames.at(-1)] : topicNames;
    outcome = {
      namespace,
      topics: topics as string[],
      snapshots,
      summary,
      catchUp,
      interrupted: o.signal.aborted,
    };
  } finally {
    stopping = true;
    for (const p of producers) p.release();
    await Promise.all(lanes);
    // Let the last sends settle (bounded) so closing does not count them as errors.
    const settleBy = performance.now() + 10_000;
    while (producers.some((p) => p.inFlight > 0) && performance.now() < settleBy) await sleep(20);
    clientClosed = await Promise.race([
      client.close().then(
        () => true,
        () => true,
      ),
      deadline(CLIENT_CLOSE_MS).then(() => false),
    ]);
    if (!clientClosed)
      o.log(`note: the client's connections did not close within ${CLIENT_CLOSE_MS / 1000} s`);
    if (namespaceCreated && ownNamespace && o.deleteNamespace)
      await admin("DeleteNamespace", { namespace, force: true }).catch((err: unknown) =>
        o.log(
          `note: namespace ${namespace} was left behind: ${err instanceof Error ? err.message : String(err)}`,
        ),
      );
    adminClient.close();
  }
  return { ...outcome, clientClosed };
}

function emptySummary(meter: ProcessMeter, mark: Mark): Summary {
  const none: Percentiles | null = null;
  return {
    phase: "measure",
    seconds: 0,
    published: 0,
    publishRate: 0,
    publishMBps: 0,
    publishErrors: 0,
    consumed: 0,
    consumeRate: 0,
    consumeMBps: 0,
    backlog: 0,
    publishLatencyMs: none,
    publishDelayLatencyMs: none,
    endToEndLatencyMs: none,
    processes: meter.summary(mark, mark),
  };
}
