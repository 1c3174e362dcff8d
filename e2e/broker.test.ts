/**
 * Brokers on a real cluster (3 metadata members, 3 bookies, 2 brokers, all separate processes):
 * takeover after kill -9 and SIGSTOP of the owning broker, and the subscription types' contracts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Consumer,
  MagnetarClient,
  type Message,
  type MessageId,
  type Producer,
} from "../client/index.js";
import { parseHostPortList } from "../common/config.js";
import { MetadataStore } from "../metadata/client/index.js";
import {
  type BookieHandle,
  type BrokerHandle,
  type MetadataClusterHandle,
  runCli,
  startBookie,
  startBroker,
  startMetadataCluster,
  waitFor,
} from "./process.js";

let dir: string | undefined;
let metadata: MetadataClusterHandle | undefined;
let bookies: BookieHandle[] = [];
let brokers: BrokerHandle[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

interface Cluster {
  readonly brokers: BrokerHandle[];
  readonly serviceUrl: string;
  readonly store: MetadataStore;
}

async function cluster(brokerCount = 2, brokerArgs: readonly string[] = []): Promise<Cluster> {
  dir = await mkdtemp(join(tmpdir(), "magnetar-broker-"));
  const d = dir;
  metadata = await startMetadataCluster(d, 3);
  const m = metadata;
  bookies = await Promise.all([1, 2, 3].map((i) => startBookie(d, m.endpoints, `b${i}`)));
  brokers = [];
  for (let i = 1; i <= brokerCount; i++)
    brokers.push(await startBroker(d, m.endpoints, `br${i}`, brokerArgs));
  const store = new MetadataStore({ endpoints: parseHostPortList(m.endpoints) });
  cleanups.push(() => store.close());
  return { brokers, serviceUrl: brokers.map((b) => b.address).join(","), store };
}

async function connect(serviceUrl: string): Promise<MagnetarClient> {
  const c = await MagnetarClient.connect({ serviceUrl });
  cleanups.push(() => c.close().catch(() => undefined));
  return c;
}

afterEach(async (ctx) => {
  for (const c of cleanups.splice(0).reverse()) await c();
  if (ctx.task.result?.state === "fail") {
    for (const b of brokers) console.error(`===== ${b.id} =====\n${b.process.logs().slice(-20_000)}`);
  }
  for (const b of brokers) b.process.signal("SIGCONT");
  await Promise.all([...brokers, ...bookies].map((p) => p.process.kill()));
  await metadata?.stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The broker that owns the (only) bundle in use now, from the ownership keys. */
async function ownerOf(c: Cluster): Promise<BrokerHandle> {
  const { kvs } = await c.store.list("/ownership/public/default/");
  const owners = new Set(kvs.map((kv) => (JSON.parse(kv.value.toString()) as { brokerId: string }).brokerId));
  const found = brokers.filter((b) => owners.has(b.id));
  if (found.length !== 1)
    throw new Error(`expected one owning broker, found ${found.map((b) => b.id).join(",")}`);
  return found[0] as BrokerHandle;
}

interface Published {
  readonly acked: string[];
  readonly ackTimes: number[];
  stop(): Promise<void>;
}

/** Publishes m0, m1, ... with several sends in flight until stopped; records every acknowledged one. */
function publishLoop(producer: Producer, inFlight = 20): Published {
  const acked: string[] = [];
  const ackTimes: number[] = [];
  let stopped = false;
  let next = 0;
  const workers = Array.from({ length: inFlight }, async () => {
    while (!stopped) {
      const value = `m${next++}`;
      await producer.send({ value });
      acked.push(value);
      ackTimes.push(Date.now());
    }
  });
  return {
    acked,
    ackTimes,
    async stop() {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

interface Received {
  /** Values by first delivery, deduplicated by message id. */
  readonly values: string[];
  readonly ids: Set<string>;
  redelivered: number;
  stop(): Promise<void>;
}

function consumeLoop(consumer: Consumer): Received {
  const r: Received = { values: [], ids: new Set(), redelivered: 0, stop: async () => undefined };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      let msg: Message;
      try {
        msg = await consumer.receive(200);
      } catch {
        continue;
      }
      const key = idKey(msg.id);
      if (r.ids.has(key)) r.redelivered++;
      else {
        r.ids.add(key);
        r.values.push(msg.value.toString());
      }
      await consumer.ack(msg).catch(() => undefined);
    }
  })();
  r.stop = async () => {
    stopped = true;
    await loop;
  };
  return r;
}

function idKey(id: MessageId): string {
  return `${id.ledgerId}:${id.entryId}:${id.batchIndex}:${id.partition}`;
}

describe("broker takeover", () => {
  it("kill -9 of the owning broker: the other takes over, nothing acknowledged is lost or duplicated", async () => {
    const c = await cluster();
    const client = await connect(c.serviceUrl);
    const consumer = await client.subscribe({
      topic: "payments",
      subscription: "ledger",
      type: "Exclusive",
      subscriptionInitialPosition: "Earliest",
    });
    const producer = await client.createProducer({ topic: "payments", producerName: "payments-writer" });
    const received = consumeLoop(consumer);
    const published = publishLoop(producer);
    await waitFor("some messages published", () => published.acked.length >= 500, 20_000);

    const owner = await ownerOf(c);
    const killedAt = Date.now();
    await owner.process.kill();
    // Receipts read after the process is gone come from its successor.
    const exitedAt = Date.now();
    const ackedBefore = published.acked.length;
    await waitFor("publishing to resume", () => published.acked.length >= ackedBefore + 50, 20_000);
    const firstAfter = published.ackTimes.find((t) => t > exitedAt) ?? Number.NaN;
    await waitFor("more messages after takeover", () => published.acked.length >= ackedBefore + 500, 30_000);
    await published.stop();
    await waitFor(
      "every acknowledged message delivered",
      () => published.acked.every((v) => received.values.includes(v)),
      30_000,
    );
    await received.stop();

    const survivor = brokers.find((b) => b !== owner) as BrokerHandle;
    expect(await ownerOf(c)).toBe(survivor);
    // Exactly once per subscription (after deduplicating redeliveries by id), in publish order.
    const sentOrder = new Map(published.acked.map((v) => [v, Number(v.slice(1))]));
    const deliveredAcked = received.values.filter((v) => sentOrder.has(v));
    expect(new Set(received.values).size).toBe(received.values.length);
    expect(deliveredAcked.length).toBe(published.acked.length);
    const numbers = received.values.map((v) => Number(v.slice(1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    console.log(
      `takeover: kill -9 -> first publish acknowledged after ${firstAfter - killedAt} ms; ` +
        `${published.acked.length} acked, ${received.values.length} delivered, ${received.redelivered} redelivered`,
    );
    expect(firstAfter - killedAt).toBeLessThan(2_000);
  });

  it("SIGSTOP of the owner past its lease: it is fenced and drops ownership when resumed", async () => {
    const c = await cluster(2, ["--session-timeout", "2s"]);
    const client = await connect(c.serviceUrl);
    const producer = await client.createProducer({ topic: "zombie", producerName: "z" });
    await producer.send({ value: "before" });
    const owner = await ownerOf(c);
    const survivor = brokers.find((b) => b !== owner) as BrokerHandle;

    owner.process.signal("SIGSTOP");
    // The paused broker's lease expires; the producer's sends reach the survivor.
    const sends = Array.from({ length: 20 }, (_, i) => producer.send({ value: `during-${i}` }));
    await Promise.all(sends);
    expect(await ownerOf(c)).toBe(survivor);

    owner.process.signal("SIGCONT");
    await waitFor(
      "the resumed broker to drop its bundles",
      async () => ((await owner.process.health())?.bundles as number | undefined) === 0,
      20_000,
    );
    // Everything is in the topic once, in order, and nothing came from the zombie afterwards.
    const consumer = await client.subscribe({
      topic: "zombie",
      subscription: "check",
      subscriptionInitialPosition: "Earliest",
    });
    const values: string[] = [];
    for (let i = 0; i < 21; i++) {
      const m = await consumer.receive(10_000);
      values.push(m.value.toString());
      await consumer.ack(m);
    }
    expect(values).toEqual(["before", ...Array.from({ length: 20 }, (_, i) => `during-${i}`)]);
    await expect(consumer.receive(500)).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("a broker cut off from metadata answers lookups UNAVAILABLE at once when its lease is gone", async () => {
    const c = await cluster(1, ["--session-timeout", "2s"]);
    const client = await connect(c.serviceUrl);
    const producer = await client.createProducer({ topic: "cut-off" });
    await producer.send({ value: "x" });
    await metadata?.stopAll();
    const [broker] = c.brokers;
    await waitFor(
      "the broker to drop its bundles with its lease",
      async () => ((await broker?.process.health())?.bundles as number | undefined) === 0,
      20_000,
    );
    // One attempt: the broker says why instead of waiting on the dead quorum.
    const once = await MagnetarClient.connect({
      serviceUrl: c.serviceUrl,
      operationTimeoutMs: 5_000,
      initialBackoffMs: 10_000, // past the deadline: no second attempt
      maxBackoffMs: 10_000,
    });
    cleanups.push(() => once.close().catch(() => undefined));
    await expect(once.lookup("persistent://public/default/cut-off")).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/no metadata session/),
    });
  });

  it("a broker added later gets an unloaded bundle; producers and consumers follow it", async () => {
    const c = await cluster(1);
    const client = await connect(c.serviceUrl);
    const producer = await client.createProducer({ topic: "moving" });
    const consumer = await client.subscribe({
      topic: "moving",
      subscription: "s",
      subscriptionInitialPosition: "Earliest",
    });
    await producer.send({ value: "on-br1" });
    const m = metadata as MetadataClusterHandle;
    brokers.push(await startBroker(dir as string, m.endpoints, "br2"));
    // As an operator would: unload once the new broker is registered (else br1 has nowhere to send it).
    await waitFor("br2 registered", async () => (await c.store.get("/brokers/br2")) !== undefined);
    const { kvs } = await c.store.list("/ownership/public/default/");
    const bundle = kvs[0]?.key.split("/").pop() as string;
    const unload = await runCli([
      "admin",
      "bundles",
      "unload",
      "public/default",
      bundle,
      "--url",
      (brokers[0] as BrokerHandle).address,
    ]);
    expect(unload.code, unload.stderr).toBe(0);
    await producer.send({ value: "on-br2" });
    expect((await ownerOf(c)).id).toBe("br2");
    const values: string[] = [];
    for (let i = 0; i < 2; i++) {
      const msg = await consumer.receive(10_000);
      values.push(msg.value.toString());
      await consumer.ack(msg);
    }
    expect(values).toEqual(["on-br1", "on-br2"]);
  });
});
