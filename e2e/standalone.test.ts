/**
 * `magnetar standalone` as a user runs it: publish, consume, kill -9, restart, read it all again.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  ConsumerBusyError,
  InvalidArgumentError,
  MagnetarClient,
  type MagnetarError,
  MessageTooLargeError,
} from "../client/index.js";
import { runCli, type StandaloneHandle, startStandalone } from "./process.js";

let dir: string | undefined;
let standalone: StandaloneHandle | undefined;
const clients: MagnetarClient[] = [];

async function start(): Promise<StandaloneHandle> {
  dir = await mkdtemp(join(tmpdir(), "magnetar-standalone-"));
  standalone = await startStandalone(dir);
  return standalone;
}

async function connect(address: string): Promise<MagnetarClient> {
  const c = await MagnetarClient.connect({ serviceUrl: address });
  clients.push(c);
  return c;
}

/** Closes the test's clients, kills the process (SIGKILL), restarts it; a client of the new one. */
async function crashAndRestart(sa: StandaloneHandle): Promise<MagnetarClient> {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sa.process.kill();
  await sa.process.start();
  await sa.process.waitHealthy(30_000);
  return connect(sa.address);
}

afterEach(async (ctx) => {
  await Promise.all(clients.splice(0).map((c) => c.close().catch(() => undefined)));
  if (ctx.task.result?.state === "fail") console.error(standalone?.process.logs());
  await standalone?.process.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("standalone", () => {
  it("keeps 10,000 messages across kill -9: a new subscription reads them all, the old one gets nothing again", async () => {
    const sa = await start();
    const client = await connect(sa.address);
    const consumer = await client.subscribe({
      topic: "orders",
      subscription: "billing",
      subscriptionInitialPosition: "Earliest",
    });
    const producer = await client.createProducer({ topic: "orders" });
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < 10_000; i++) sends.push(producer.send({ value: `m${i}`, key: `k${i % 10}` }));
    await Promise.all(sends);

    for (let i = 0; i < 10_000; i++) {
      const msg = await consumer.receive(10_000);
      expect(msg.value.toString()).toBe(`m${i}`);
      await consumer.ack(msg);
    }
    await consumer.close();

    // Closing the last consumer saved its cursor at once; the receipts were durable before they arrived.
    const again = await crashAndRestart(sa);
    const fresh = await again.subscribe({
      topic: "orders",
      subscription: "audit",
      subscriptionInitialPosition: "Earliest",
    });
    for (let i = 0; i < 10_000; i++) {
      const msg = await fresh.receive(10_000);
      expect(msg.value.toString()).toBe(`m${i}`);
      await fresh.ack(msg);
    }
    const old = await again.subscribe({ topic: "orders", subscription: "billing" });
    await expect(old.receive(1_000)).rejects.toMatchObject({ code: "TIMEOUT" });
    // New messages still reach the old subscription.
    const p2 = await again.createProducer({ topic: "orders" });
    await p2.send({ value: "after-restart" });
    expect((await old.receive(10_000)).value.toString()).toBe("after-restart");
  });

  it("cursors of many subscriptions saved together survive kill -9, and later saves still apply", async () => {
    const sa = await start();
    const client = await connect(sa.address);
    const topics = Array.from({ length: 40 }, (_, i) => `many-${i}`);
    const producers = await Promise.all(topics.map((topic) => client.createProducer({ topic })));
    const subscribe = () =>
      Promise.all(
        topics.map((topic) =>
          client.subscribe({ topic, subscription: "s", subscriptionInitialPosition: "Earliest" }),
        ),
      );
    /** Each consumer receives exactly `values` of its topic, acks them, and they all close at once. */
    const consumeAll = async (values: (i: number) => string[]) => {
      const consumers = await subscribe();
      await Promise.all(
        consumers.map(async (c, i) => {
          const got: string[] = [];
          while (got.length < values(i).length) {
            const batch = await c.batchReceive({ timeoutMs: 10_000 });
            got.push(...batch.map((m) => m.valueString()));
            await c.ack(batch);
          }
          expect(got).toEqual(values(i));
        }),
      );
      // 40 cursor saves at once: most of them go in shared metadata transactions.
      await Promise.all(consumers.map((c) => c.close()));
    };
    await Promise.all(producers.flatMap((p, i) => [0, 1, 2].map((n) => p.send({ value: `${i}-${n}` }))));
    await consumeAll((i) => [0, 1, 2].map((n) => `${i}-${n}`));
    // A second round: each save expects the version the first round's transaction answered.
    await Promise.all(producers.map((p, i) => p.send({ value: `${i}-3` })));
    await consumeAll((i) => [`${i}-3`]);

    const again = await crashAndRestart(sa);
    const after = await Promise.all(topics.map((topic) => again.createProducer({ topic })));
    await Promise.all(after.map((p, i) => p.send({ value: `${i}-after` })));
    const consumers = await Promise.all(topics.map((topic) => again.subscribe({ topic, subscription: "s" })));
    // Nothing acknowledged comes again: the first message each subscription gets is the new one.
    const first = await Promise.all(consumers.map((c) => c.receive(10_000)));
    expect(first.map((m) => m.valueString())).toEqual(topics.map((_, i) => `${i}-after`));
  });

  it("answers bad input with typed errors and keeps serving", async () => {
    const sa = await start();
    const client = await connect(sa.address);

    await expect(client.createProducer({ topic: "persistent://public/default/" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(
      client.createProducer({ topic: "non-persistent://public/default/x" }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(client.createProducer({ topic: "nosuchtenant/ns/t" })).rejects.toMatchObject({
      code: "TENANT_NOT_FOUND",
    });
    await expect(client.createProducer({ topic: "public/nosuchns/t" })).rejects.toMatchObject({
      code: "NAMESPACE_NOT_FOUND",
    });

    const producer = await client.createProducer({ topic: "bad-input", batching: { enabled: false } });
    await expect(producer.send({ value: Buffer.alloc(6 * 1024 * 1024) })).rejects.toBeInstanceOf(
      MessageTooLargeError,
    );
    await producer.send({ value: "still works" });

    const consumer = await client.subscribe({
      topic: "bad-input",
      subscription: "only",
      type: "Exclusive",
      subscriptionInitialPosition: "Earliest",
    });
    const err = await client.subscribe({ topic: "bad-input", subscription: "only", type: "Exclusive" }).then(
      () => undefined,
      (e: MagnetarError) => e,
    );
    expect(err).toBeInstanceOf(ConsumerBusyError);

    await expect(
      consumer.ack({ ledgerId: 999_999, entryId: 1, batchIndex: -1, partition: -1 }),
    ).rejects.toMatchObject({ code: "INVALID_MESSAGE_ID" });
    const msg = await consumer.receive(10_000);
    expect(msg.value.toString()).toBe("still works");
    await consumer.ack(msg);
  });

  it("partitioned topic: created by admin, producers route by key, a consumer reads every partition", async () => {
    const sa = await start();
    const created = await runCli([
      "admin",
      "topics",
      "create",
      "clicks",
      "--partitions",
      "4",
      "--url",
      sa.address,
    ]);
    expect(created.code, created.stderr).toBe(0);
    const client = await connect(sa.address);
    const consumer = await client.subscribe({
      topic: "clicks",
      subscription: "all",
      subscriptionInitialPosition: "Earliest",
    });
    const producer = await client.createProducer({ topic: "clicks", batcherType: "KeyBased" });
    const sends: Promise<{ partition: number }>[] = [];
    for (let i = 0; i < 400; i++) sends.push(producer.send({ value: `${i}`, key: `user-${i % 16}` }));
    const ids = await Promise.all(sends);
    // Every key lands in one partition, and the keys spread over several.
    expect(new Set(ids.map((id) => id.partition)).size).toBeGreaterThan(1);
    const byKey = new Map<string, number[]>();
    for (let i = 0; i < 400; i++) {
      const m = await consumer.receive(10_000);
      const list = byKey.get(m.key ?? "") ?? [];
      list.push(Number(m.value.toString()));
      byKey.set(m.key ?? "", list);
      expect(m.id.partition).toBe(ids[Number(m.value.toString())]?.partition);
      await consumer.ack(m);
    }
    expect(byKey.size).toBe(16);
    for (const values of byKey.values()) expect(values).toEqual([...values].sort((a, b) => a - b));
    const stats = await runCli(["admin", "topics", "stats", "clicks", "--json", "--url", sa.address]);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ msgsInTotal: 400, msgsOutTotal: 400 });
  });

  it("produce and consume from the CLI", async () => {
    const sa = await start();
    const produced = await runCli(["produce", "cli-topic", "-m", "hello", "-n", "3", "--url", sa.address]);
    expect(produced.code, produced.stderr).toBe(0);
    const consumed = await runCli([
      "consume",
      "cli-topic",
      "-s",
      "cli-sub",
      "-n",
      "3",
      "--position",
      "Earliest",
      "--url",
      sa.address,
    ]);
    expect(consumed.code, consumed.stderr).toBe(0);
    expect(consumed.stdout.trim().split("\n")).toEqual(["hello", "hello", "hello"]);
    const bad = await runCli(["consume", "cli-topic", "-s", "x", "--type", "Nope", "--url", sa.address]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Exclusive.*Failover.*Shared.*Key_Shared/);
  });
});
