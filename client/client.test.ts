/**
 * The client's gRPC shell against a fake Messaging server (client/testing.ts) on 127.0.0.1:
 * lookup and redirects, batching on the wire, receipts, per-batch errors, send timeouts,
 * reconnect with resend above last_sequence_id, partitions, consumer permits, acks and
 * resubscription. No sleeps: every wait is on an event or a deadline.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ConsumerBusyError,
  InvalidArgumentError,
  MessageTooLargeError,
  ProducerFencedError,
  ProducerQueueFullError,
  TimeoutError,
  TopicNotOwnedError,
  UnavailableError,
} from "../common/errors.js";
import type { DeliveredEntry } from "../proto/gen/magnetar/v1/DeliveredEntry.js";
import { messageBatchCodec, payloadBytes, sealBatch } from "./batch.js";
import { decompress } from "./compression.js";
import { MagnetarClient, type Message, type ProducerMessage } from "./index.js";
import { encodeSingleMessage } from "./message-codec.js";
import { partitionForKey } from "./routing.js";
import { FakeBroker } from "./testing.js";

const FAST = { operationTimeoutMs: 3_000, initialBackoffMs: 5, maxBackoffMs: 50 };
const T = "persistent://public/default/t";

let broker: FakeBroker;
let client: MagnetarClient;
const extra: FakeBroker[] = [];

beforeEach(async () => {
  broker = await new FakeBroker().start();
  client = await MagnetarClient.connect({ serviceUrl: broker.address, ...FAST });
});

afterEach(async () => {
  await client.close();
  await Promise.all([broker, ...extra.splice(0)].map((b) => b.stop()));
});

function storedValues(b: FakeBroker, topic = T): string[] {
  return b.stored
    .filter((s) => s.topic === topic)
    .flatMap((s) => {
      const raw = decompress(s.batch.codec, s.batch.payload, s.batch.uncompressedSizeBytes);
      return messageBatchCodec()
        .decode(raw)
        .messages.map((m) => m.payload.toString());
    });
}

function storedSequenceIds(b: FakeBroker): number[] {
  return b.stored.flatMap((s) => {
    const out: number[] = [];
    for (let q = s.batch.firstSequenceId; q <= s.batch.lastSequenceId; q++) out.push(q);
    return out;
  });
}

describe("producer", () => {
  it("batches messages, sends header fields and resolves each send with its id", async () => {
    const producer = await client.createProducer({ topic: "t", batching: { maxDelayMs: 50 } });
    expect(producer.topic).toBe(T);
    expect(producer.producerName).toBe("fake-producer-1");
    const ids = await Promise.all(
      ["a", "b", "c"].map((v) => producer.send({ value: v, key: "k", properties: { p: v } })),
    );
    expect(broker.stored).toHaveLength(1);
    const batch = broker.stored[0]?.batch;
    expect(batch).toMatchObject({ firstSequenceId: 0, lastSequenceId: 2, messageCount: 3, requestId: 1 });
    expect(batch?.batchKey?.toString()).toBe("k");
    expect(batch?.publishTimeMs).toBeGreaterThan(0);
    expect(ids).toEqual([0, 1, 2].map((i) => ({ ledgerId: 1, entryId: 0, batchIndex: i, partition: -1 })));
    const decoded = messageBatchCodec().decode(batch?.payload ?? Buffer.alloc(0));
    expect(decoded.messages.map((m) => [m.payload.toString(), m.key, m.properties, m.sequenceId])).toEqual([
      ["a", "k", { p: "a" }, 0],
      ["b", "k", { p: "b" }, 1],
      ["c", "k", { p: "c" }, 2],
    ]);
    await producer.close();
  });

  for (const compression of ["lz4", "zstd"] as const) {
    it(`compresses batches with ${compression}`, async () => {
      const producer = await client.createProducer({ topic: "t", compression });
      const values = Array.from({ length: 50 }, (_, i) => `value-${i}-${"x".repeat(100)}`);
      await Promise.all(values.map((value) => producer.send({ value })));
      expect(broker.stored.every((s) => s.batch.codec !== "COMPRESSION_CODEC_NONE")).toBe(true);
      expect(storedValues(broker)).toEqual(values);
      await producer.close();
    });
  }

  it("without batching sends one message per batch and pipelines up to max_pending_batches", async () => {
    broker.maxPendingBatches = 2;
    let answered = 0;
    let maxInFlight = 0;
    broker.onBatch = () => {
      maxInFlight = Math.max(maxInFlight, broker.stored.length - answered + 1);
      return { kind: "storeSilently" };
    };
    const producer = await client.createProducer({ topic: "t", batching: { enabled: false } });
    const sends = Array.from({ length: 6 }, (_, i) => producer.send({ value: `m${i}` }));
    const session = broker.producers[0];
    // Answer one receipt at a time, only once the broker holds an unanswered batch.
    while (answered < 6) {
      // Wait until the broker holds as many unanswered batches as the client may pipeline.
      await broker.waitFor(() => broker.stored.length >= Math.min(answered + 2, 6), 5_000, "batches");
      const s = broker.stored[answered];
      if (!s) throw new Error("no batch");
      session?.call.write({
        receipt: {
          requestId: s.batch.requestId,
          firstSequenceId: s.batch.firstSequenceId,
          lastSequenceId: s.batch.lastSequenceId,
          messageId: { ledgerId: 1, entryId: s.entryId, batchIndex: -1, partition: -1 },
        },
      });
      answered++;
    }
    const ids = await Promise.all(sends);
    expect(maxInFlight).toBe(2);
    expect(ids.map((id) => id.entryId)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(broker.stored.map((s) => s.batch.requestId)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(storedValues(broker)).toEqual(["m0", "m1", "m2", "m3", "m4", "m5"]);
    await producer.close();
  });

  it("rejects a batch refused in its receipt with the typed error and stays usable", async () => {
    broker.onBatch = (b) =>
      b.firstSequenceId === 1
        ? { kind: "refuse", code: "MESSAGE_TOO_LARGE", message: "too big" }
        : { kind: "store" };
    const producer = await client.createProducer({ topic: "t", batching: { enabled: false } });
    const first = await producer.send({ value: "ok-0" });
    await expect(producer.send({ value: "refused" })).rejects.toBeInstanceOf(MessageTooLargeError);
    const third = await producer.send({ value: "ok-2" });
    expect([first.entryId, third.entryId]).toEqual([0, 1]);
    await producer.close();
  });

  it("refuses a single message over max_message_size before sending it", async () => {
    broker.maxMessageSizeBytes = 1000;
    const producer = await client.createProducer({ topic: "t" });
    await expect(producer.send({ value: Buffer.alloc(2000) })).rejects.toBeInstanceOf(MessageTooLargeError);
    // Compressible data that fits once compressed is accepted.
    const zproducer = await client.createProducer({ topic: "t", compression: "zstd" });
    await zproducer.send({ value: Buffer.alloc(2000) });
    expect(broker.stored).toHaveLength(1);
    await producer.close();
    await zproducer.close();
  });

  it("refuses a non-string key or property value with InvalidArgumentError and stays usable", async () => {
    const producer = await client.createProducer({ topic: "t" });
    // What a JavaScript caller can pass despite the types.
    const bad = [
      { value: "x", properties: { n: 5 } },
      { value: "x", properties: { n: undefined } },
      { value: "x", key: 7 },
    ] as unknown as ProducerMessage[];
    for (const m of bad) await expect(producer.send(m)).rejects.toBeInstanceOf(InvalidArgumentError);
    await producer.send({ value: "ok", key: "k", properties: { n: "5" } });
    expect(broker.stored).toHaveLength(1);
    await producer.close();
  });

  it("send rejects with TimeoutError after sendTimeoutMs when no receipt comes", async () => {
    broker.onBatch = () => ({ kind: "ignore" });
    const producer = await client.createProducer({ topic: "t", sendTimeoutMs: 200 });
    const started = Date.now();
    await expect(producer.send({ value: "lost" })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    // Still usable.
    broker.onBatch = () => ({ kind: "store" });
    await expect(producer.send({ value: "next" })).resolves.toMatchObject({ ledgerId: 1 });
    await producer.close();
  });

  it("maxPendingMessages with blockIfQueueFull false rejects with ProducerQueueFullError", async () => {
    broker.onBatch = () => ({ kind: "ignore" });
    const producer = await client.createProducer({
      topic: "t",
      maxPendingMessages: 2,
      blockIfQueueFull: false,
      sendTimeoutMs: 300,
    });
    const a = producer.send({ value: "1" });
    const b = producer.send({ value: "2" });
    await expect(producer.send({ value: "3" })).rejects.toBeInstanceOf(ProducerQueueFullError);
    await expect(a).rejects.toBeInstanceOf(TimeoutError);
    await expect(b).rejects.toBeInstanceOf(TimeoutError);
    await producer.close();
  });

  it("blockIfQueueFull makes send wait for room", async () => {
    broker.maxPendingBatches = 1;
    const producer = await client.createProducer({
      topic: "t",
      maxPendingMessages: 3,
      batching: { enabled: false },
    });
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => producer.send({ value: `v${i}` })));
    expect(ids).toHaveLength(20);
    expect(storedValues(broker)).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    await producer.close();
  });

  it("reconnects after a disconnect and resends only batches above last_sequence_id, exactly once, in order", async () => {
    // Batch with sequence 3 is stored but its stream dies before the receipt; 4..9 are in flight.
    let killed = false;
    broker.onBatch = (b) => {
      if (!killed && b.firstSequenceId === 3) {
        killed = true;
        return { kind: "storeThenFail", error: new UnavailableError("broker crashed") };
      }
      return { kind: "store" };
    };
    const producer = await client.createProducer({ topic: "t", batching: { enabled: false } });
    const sends = Array.from({ length: 10 }, (_, i) => producer.send({ value: `m${i}` }));
    const ids = await Promise.all(sends);
    expect(broker.opens).toHaveLength(2);
    expect(broker.opens[1]?.producerName).toBe("fake-producer-1"); // the assigned name is kept
    expect(broker.lookups.length).toBeGreaterThanOrEqual(2); // looked up again
    expect(storedSequenceIds(broker)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(storedValues(broker)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
    // Sequence 3 was confirmed by last_sequence_id without an id; the others carry theirs.
    expect(ids[3]?.ledgerId).toBe(-1);
    expect(ids.filter((id) => id.ledgerId === 1)).toHaveLength(9);
    // New messages continue the numbering.
    await producer.send({ value: "after" });
    expect(broker.stored.at(-1)?.batch.firstSequenceId).toBe(10);
    expect(producer.partitionProducers[0]?.reconnects).toBe(1);
    await producer.close();
  });

  it("follows lookup redirects and moves when closed with TOPIC_NOT_OWNED", async () => {
    const b2 = await new FakeBroker().start();
    extra.push(b2);
    let owner = b2;
    // The service broker redirects to the owner, authoritatively.
    broker.onLookup = (req) => ({
      broker: { brokerId: "b2", serviceAddress: owner.address, httpAddress: "" },
      topic: req.topic,
      redirect: owner !== broker,
      authoritative: true,
      bundle: "",
    });
    const producer = await client.createProducer({ topic: "t", batching: { enabled: false } });
    expect(b2.lookups.map((l) => l.authoritative)).toEqual([true]);
    expect(b2.opens).toHaveLength(1);
    await producer.send({ value: "on-b2" });
    // b2 gives the topic away: the next batch is answered with `closed` TOPIC_NOT_OWNED.
    owner = broker;
    b2.onBatch = () => ({ kind: "close", code: "TOPIC_NOT_OWNED" });
    await producer.send({ value: "moved" });
    expect(storedValues(b2)).toEqual(["on-b2"]);
    expect(storedValues(broker)).toEqual(["moved"]);
    expect(client.connectionCount).toBe(2); // one channel per broker
    await producer.close();
  });

  it("gives up after 5 redirects with UnavailableError", async () => {
    broker.onLookup = (req) => ({
      broker: { brokerId: "self", serviceAddress: broker.address, httpAddress: "" },
      topic: req.topic,
      redirect: true,
      authoritative: false,
      bundle: "",
    });
    const c = await MagnetarClient.connect({ serviceUrl: broker.address, ...FAST, operationTimeoutMs: 100 });
    await expect(c.createProducer({ topic: "t" })).rejects.toBeInstanceOf(UnavailableError);
    expect(broker.lookups.length % 6).toBe(0);
    await c.close();
  });

  it("re-looks up after TOPIC_NOT_OWNED on open; a non-retriable close fails the producer", async () => {
    let refusals = 0;
    broker.onOpen = () => (refusals++ < 2 ? new TopicNotOwnedError("not mine") : undefined);
    const producer = await client.createProducer({ topic: "t" });
    expect(broker.opens).toHaveLength(3);
    expect(broker.lookups).toHaveLength(3);
    broker.onBatch = () => ({ kind: "close", code: "PRODUCER_FENCED" });
    await expect(producer.send({ value: "x" })).rejects.toBeInstanceOf(ProducerFencedError);
    await expect(producer.send({ value: "y" })).rejects.toBeInstanceOf(ProducerFencedError);
    expect(broker.opens).toHaveLength(3); // not retried
  });

  it("routes keyed messages of a partitioned topic by murmur3 and keyless ones round robin", async () => {
    broker.partitions.set("pt", 3);
    const producer = await client.createProducer({ topic: "pt", batching: { enabled: false } });
    expect(producer.partitions).toBe(3);
    expect(broker.opens.map((o) => o.topic).sort()).toEqual(
      [0, 1, 2].map((i) => `persistent://public/default/pt-partition-${i}`),
    );
    const keys = ["user-1", "user-2", "user-3", "user-4"];
    for (const key of keys) {
      const id = await producer.send({ value: key, key });
      const p = partitionForKey(key, 3);
      expect(broker.stored.at(-1)?.topic).toBe(`persistent://public/default/pt-partition-${p}`);
      expect(id.entryId).toBe(broker.stored.length - 1);
    }
    const before = broker.stored.length;
    for (let i = 0; i < 6; i++) await producer.send({ value: `rr${i}` });
    const counts = [0, 1, 2].map(
      (p) => broker.stored.slice(before).filter((s) => s.topic.endsWith(`-partition-${p}`)).length,
    );
    expect(counts).toEqual([2, 2, 2]);
    await producer.close();
  });

  it("keyless sends skip a partition whose share of the window is full", async () => {
    broker.partitions.set("pt", 3);
    // Partition 0 never answers: two pending messages fill its share (6 / 3 partitions).
    broker.onBatch = (_b, session) =>
      session.open.topic.endsWith("-partition-0") ? { kind: "storeSilently" } : { kind: "store" };
    // A short operation timeout: closing does not wait long for partition 0's receipts.
    const c = await MagnetarClient.connect({ serviceUrl: broker.address, ...FAST, operationTimeoutMs: 300 });
    const producer = await c.createProducer({
      topic: "pt",
      batching: { enabled: false },
      maxPendingMessages: 6,
      sendTimeoutMs: 0,
    });
    const stuck = () => producer.partitionProducers[0]?.pendingMessages ?? 0;
    let confirmed = 0;
    for (let i = 0; i < 9; i++) {
      void producer.send({ value: `m${i}` }).then(
        () => confirmed++,
        () => undefined,
      );
      // Each send is either confirmed or pending on partition 0, never waiting for room there.
      await vi.waitFor(() => expect(confirmed + stuck()).toBe(i + 1), { timeout: 2_000, interval: 5 });
    }
    expect(stuck()).toBe(2);
    expect(confirmed).toBe(7);
    await c.close();
  });

  it("keyless sends move off a partition whose producer failed", async () => {
    broker.partitions.set("pt", 3);
    broker.onBatch = (_b, session) =>
      session.open.topic.endsWith("-partition-1")
        ? { kind: "close", code: "PRODUCER_FENCED" }
        : { kind: "store" };
    const producer = await client.createProducer({ topic: "pt", batching: { enabled: false } });
    const outcomes: string[] = [];
    for (let i = 0; i < 9; i++)
      outcomes.push(
        await producer.send({ value: `m${i}` }).then(
          () => "ok",
          (err: unknown) => (err as Error).name,
        ),
      );
    // Only the one send that reached partition 1 fails; round robin then passes over it.
    expect(outcomes.filter((o) => o !== "ok")).toEqual(["ProducerFencedError"]);
    expect(producer.partitionProducers[1]?.pendingMessages).toBe(0);
    await producer.close();
  });

  it("closes gracefully and rejects sends after close", async () => {
    const producer = await client.createProducer({ topic: "t" });
    await producer.send({ value: "x" });
    await producer.close();
    await expect(producer.send({ value: "y" })).rejects.toMatchObject({ code: "CANCELLED" });
  });
});

function entryOf(
  values: string[],
  entryId: number,
  batchIndexes: number[] = [],
  compression: "none" | "lz4" = "none",
): DeliveredEntry {
  const sealed = sealBatch(
    values.map((v, i) => ({
      sequenceId: i,
      encoded: encodeSingleMessage({ payload: Buffer.from(v), key: `k-${v}`, sequenceId: i }),
      batchKey: undefined,
      deliverAtMs: 0,
    })),
    undefined,
    compression,
    Date.now(),
  );
  return {
    id: { ledgerId: 5, entryId, batchIndex: -1, partition: -1 },
    redeliveryCount: 0,
    header: {
      producerName: "p",
      firstSequenceId: sealed.firstSequenceId,
      lastSequenceId: sealed.lastSequenceId,
      publishTimeMs: sealed.publishTimeMs,
      codec: sealed.codec,
      messageCount: sealed.messageCount,
      uncompressedSizeBytes: sealed.uncompressedSizeBytes,
      partition: -1,
    },
    payload: Buffer.from(payloadBytes(sealed)),
    batchIndexes,
  };
}

describe("consumer", () => {
  it("subscribes with its options, decodes entries, grants permits back and acks with receipts", async () => {
    const consumer = await client.subscribe({
      topic: "t",
      subscription: "sub",
      type: "Shared",
      subscriptionInitialPosition: "Earliest",
      receiverQueueSize: 4,
      negativeAckRedeliveryDelayMs: 100,
    });
    expect(broker.subscribes[0]).toMatchObject({
      topic: T,
      subscription: "sub",
      subscriptionType: "SUBSCRIPTION_TYPE_SHARED",
      initialPosition: "INITIAL_POSITION_EARLIEST",
      receiverQueueSize: 4,
      negativeAckRedeliveryDelayMs: 100,
    });
    const session = broker.consumers[0];
    if (!session) throw new Error("no consumer session");
    broker.deliver(session, entryOf(["a", "b", "c"], 0, [0, 2]));
    broker.deliver(session, entryOf(["d", "e"], 1, [], "lz4"));
    const got = [];
    for (let i = 0; i < 4; i++) got.push(await consumer.receive(2_000));
    expect(got.map((m) => [m.valueString(), m.id.entryId, m.id.batchIndex, m.key])).toEqual([
      ["a", 0, 0, "k-a"],
      ["c", 0, 2, "k-c"],
      ["d", 1, 0, "k-d"],
      ["e", 1, 1, "k-e"],
    ]);
    // Half the queue (2) consumed twice: two Flow{2}.
    await broker.waitFor(() => session.requests.filter((r) => r.flow).length === 2, 2_000, "flows");
    expect(session.requests.filter((r) => r.flow).map((r) => r.flow?.permits)).toEqual([2, 2]);
    expect(session.permits).toBe(4);

    const first = got[0];
    if (!first) throw new Error("no message");
    await consumer.ack(first);
    const ack = session.requests.find((r) => r.ack)?.ack;
    expect(ack).toMatchObject({
      ackType: "ACK_TYPE_INDIVIDUAL",
      messageIds: [{ ledgerId: 5, entryId: 0, batchIndex: 0, partition: -1 }],
    });
    expect(ack?.requestId).toBeGreaterThan(0);
    // Acks of one event-loop turn go as one Ack; a wrong id fails only its own ack.
    const acksBefore = session.requests.filter((r) => r.ack).length;
    broker.onAck = (req) =>
      req.ack?.messageIds.some((id) => id.ledgerId === 99)
        ? { code: "INVALID_MESSAGE_ID", message: "never delivered" }
        : undefined;
    const results = await Promise.allSettled([
      consumer.ack(got[1] as Message),
      consumer.ack({ ledgerId: 99, entryId: 0, batchIndex: 0, partition: -1 }),
      consumer.ack(got[2] as Message),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: "INVALID_MESSAGE_ID" });
    const acks = session.requests.filter((r) => r.ack).slice(acksBefore);
    expect(acks[0]?.ack?.messageIds).toHaveLength(3);
    expect(acks).toHaveLength(4); // the group, then each id alone to find the wrong one
    consumer.nack(first);
    await broker.waitFor(() => session.requests.some((r) => r.nack), 2_000, "nack");
    await expect(consumer.receive(50)).rejects.toBeInstanceOf(TimeoutError);
    await consumer.close();
  });

  it("acks of every message of an entry go as the entry's one id; a partial delivery's as message ids", async () => {
    const consumer = await client.subscribe({ topic: "t", subscription: "sub", type: "Shared" });
    const session = broker.consumers[0];
    if (!session) throw new Error("no consumer session");
    broker.deliver(session, entryOf(["a", "b", "c"], 3));
    broker.deliver(session, entryOf(["d", "e", "f"], 4, [0, 2]));
    const got: Message[] = [];
    for (let i = 0; i < 5; i++) got.push(await consumer.receive(2_000));
    await Promise.all(got.map((m) => consumer.ack(m)));
    const ids = session.requests.flatMap((r) => r.ack?.messageIds ?? []);
    // One Ack, in no particular order.
    expect(session.requests.filter((r) => r.ack)).toHaveLength(1);
    expect(ids.map((id) => [id.entryId, id.batchIndex]).sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual([
      [3, -1],
      [4, 0],
      [4, 2],
    ]);
    await consumer.close();
  });

  it("batchReceive takes what is queued (at most maxMessages); ack(list) acks them under one promise", async () => {
    broker.partitions.set("pt", 2);
    const consumer = await client.subscribe({ topic: "pt", subscription: "s", type: "Failover" });
    await expect(consumer.batchReceive({ timeoutMs: 50 })).rejects.toBeInstanceOf(TimeoutError);
    await expect(consumer.batchReceive({ maxMessages: 0 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(consumer.batchReceive({ maxMessages: 1.5 })).rejects.toThrowError(
      /maxMessages must be an integer >= 1, got 1.5/,
    );
    // It waits for the first message, then takes what arrived with it, up to maxMessages.
    const waiting = consumer.batchReceive({ maxMessages: 2 });
    const [s0, s1] = [...broker.consumers].sort((a, b) => a.subscribe.topic.localeCompare(b.subscribe.topic));
    if (!s0 || !s1) throw new Error("no sessions");
    const withPartition = (e: DeliveredEntry, partition: number): DeliveredEntry => ({
      ...e,
      id: { ...e.id, partition },
    });
    broker.deliver(s0, withPartition(entryOf(["a", "b", "c"], 0), 0));
    const first = await waiting;
    expect(first.map((m) => m.valueString())).toEqual(["a", "b"]);
    const rest = await consumer.batchReceive();
    expect(rest.map((m) => m.valueString())).toEqual(["c"]);
    broker.deliver(s1, withPartition(entryOf(["d", "e"], 0), 1));
    const second = await consumer.batchReceive({ timeoutMs: 2_000 });
    expect(second.map((m) => m.valueString())).toEqual(["d", "e"]);
    const all = [...first, ...rest, ...second];

    const before = client.metrics().acknowledgements;
    await consumer.ack(all);
    expect(client.metrics().acknowledgements - before).toBe(5);
    // Each partition got its own Ack; partition 0's whole entry went as its one id.
    const acked = (s: typeof s0) => s.requests.flatMap((r) => r.ack?.messageIds ?? []);
    expect(acked(s0).map((id) => [id.partition, id.entryId, id.batchIndex])).toEqual([[0, 0, -1]]);
    expect(acked(s1).map((id) => [id.partition, id.entryId, id.batchIndex])).toEqual([[1, 0, -1]]);
    await expect(consumer.ack([])).resolves.toBeUndefined();
    // Not a message at all: a rejection, never a synchronous throw.
    const notAMessage = null as unknown as Message;
    await expect(consumer.ack(notAMessage)).rejects.toBeInstanceOf(Error);
    await expect(consumer.ack([notAMessage])).rejects.toBeInstanceOf(Error);
    await expect(consumer.ackCumulative(notAMessage)).rejects.toBeInstanceOf(Error);

    // One refused id rejects the list's promise with that error.
    broker.onAck = (req) =>
      req.ack?.messageIds.some((id) => id.ledgerId === 99)
        ? { code: "INVALID_MESSAGE_ID", message: "never delivered" }
        : undefined;
    await expect(
      consumer.ack([
        { ledgerId: 5, entryId: 7, batchIndex: -1, partition: 1 },
        { ledgerId: 99, entryId: 0, batchIndex: 0, partition: 0 },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_MESSAGE_ID" });
    await expect(
      consumer.ack([{ ledgerId: 5, entryId: 0, batchIndex: 0, partition: 7 }]),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await consumer.close();
    await expect(consumer.ack(all)).rejects.toMatchObject({ code: "CANCELLED" });
  });

  it("resubscribes after a disconnect: acks go to the new stream, queued copies are dropped", async () => {
    const consumer = await client.subscribe({ topic: "t", subscription: "sub", receiverQueueSize: 10 });
    const s1 = broker.consumers[0];
    if (!s1) throw new Error("no session");
    broker.deliver(s1, entryOf(["x", "y"], 0));
    const x = await consumer.receive(2_000);
    s1.call.emit("error", { code: 14, details: "broker went away" });
    await broker.waitFor(() => broker.consumers.length === 2, 3_000, "resubscribe");
    const s2 = broker.consumers[1];
    if (!s2) throw new Error("no session");
    expect(s2.subscribe.consumerName).toBe("fake-consumer-1"); // the assigned name is kept
    await consumer.ack(x);
    expect(s2.requests.some((r) => r.ack)).toBe(true);
    // "y" was queued but not received: the queued copy is dropped, the broker redelivers it.
    await expect(consumer.receive(200)).rejects.toMatchObject({ code: "TIMEOUT" });
    broker.deliver(s2, entryOf(["x", "y"], 0));
    expect((await consumer.receive(2_000)).valueString()).toBe("x");
    expect((await consumer.receive(2_000)).valueString()).toBe("y");
    broker.deliver(s2, entryOf(["z"], 1));
    expect((await consumer.receive(2_000)).valueString()).toBe("z");
    expect(consumer.partitionConsumers[0]?.reconnects).toBe(1);
    await consumer.close();
  });

  it("after a reconnect (a cursor reset closes consumers), earlier acks do not complete an entry", async () => {
    const consumer = await client.subscribe({ topic: "t", subscription: "sub", type: "Shared" });
    const s1 = broker.consumers[0];
    if (!s1) throw new Error("no session");
    broker.deliver(s1, entryOf(["a", "b", "c"], 3));
    const first = [
      await consumer.receive(2_000),
      await consumer.receive(2_000),
      await consumer.receive(2_000),
    ];
    await consumer.ack(first[1] as Message);
    s1.call.emit("error", { code: 14, details: "subscription reset" });
    await broker.waitFor(() => broker.consumers.length === 2, 3_000, "resubscribe");
    const s2 = broker.consumers[1];
    if (!s2) throw new Error("no session");
    broker.deliver(s2, entryOf(["a", "b", "c"], 3));
    const again = [
      await consumer.receive(2_000),
      await consumer.receive(2_000),
      await consumer.receive(2_000),
    ];
    // Only a and c acked after the reset: b must not be covered by an entry id.
    await Promise.all([consumer.ack(again[0] as Message), consumer.ack(again[2] as Message)]);
    const ids = s2.requests.flatMap((r) => r.ack?.messageIds ?? []);
    expect(ids.map((id) => id.batchIndex).sort()).toEqual([0, 2]);
    await consumer.close();
  });

  it("rejects subscribe with a non-retriable error at once, retries retriable ones", async () => {
    broker.onSubscribe = () => new ConsumerBusyError("exclusive subscription taken");
    await expect(client.subscribe({ topic: "t", subscription: "s" })).rejects.toBeInstanceOf(
      ConsumerBusyError,
    );
    expect(broker.subscribes).toHaveLength(1);
    let n = 0;
    broker.onSubscribe = () => (n++ < 2 ? new UnavailableError("loading") : undefined);
    const consumer = await client.subscribe({ topic: "t", subscription: "s" });
    expect(broker.subscribes).toHaveLength(4);
    await consumer.close();
    await expect(client.subscribe({ topic: "t", subscription: "" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it("merges the partitions of a partitioned topic; acks go to the right partition", async () => {
    broker.partitions.set("pt", 2);
    const consumer = await client.subscribe({ topic: "pt", subscription: "s", type: "Failover" });
    expect(broker.subscribes.map((s) => s.topic).sort()).toEqual([
      "persistent://public/default/pt-partition-0",
      "persistent://public/default/pt-partition-1",
    ]);
    for (const s of broker.consumers) {
      const p = Number(s.subscribe.topic.slice(-1));
      const e = entryOf([`from-${p}`], 0);
      broker.deliver(s, { ...e, id: { ledgerId: 5, entryId: 0, batchIndex: -1, partition: p } });
    }
    const msgs = [await consumer.receive(2_000), await consumer.receive(2_000)];
    expect(msgs.map((m) => m.valueString()).sort()).toEqual(["from-0", "from-1"]);
    for (const m of msgs) await consumer.ack(m);
    for (const s of broker.consumers) {
      const p = Number(s.subscribe.topic.slice(-1));
      expect(s.requests.filter((r) => r.ack).map((r) => r.ack?.messageIds[0]?.partition)).toEqual([p]);
    }
    await consumer.close();
  });

  it("async iteration ends when the consumer is closed; a fatal close makes it throw", async () => {
    const consumer = await client.subscribe({ topic: "t", subscription: "s" });
    const session = broker.consumers[0];
    if (!session) throw new Error("no session");
    broker.deliver(session, entryOf(["1", "2"], 0));
    const seen: string[] = [];
    for await (const m of consumer) {
      seen.push(m.valueString());
      await consumer.ack(m);
      if (seen.length === 2) void consumer.close();
    }
    expect(seen).toEqual(["1", "2"]);

    const c2 = await client.subscribe({ topic: "t", subscription: "s2" });
    const s2 = broker.consumers[1];
    s2?.call.write({ closed: { error: { code: "SUBSCRIPTION_NOT_FOUND", message: "deleted" } } });
    s2?.call.end();
    await expect(c2.receive()).rejects.toMatchObject({ code: "SUBSCRIPTION_NOT_FOUND" });
  });

  it("unsubscribe waits for the receipt and closes", async () => {
    const consumer = await client.subscribe({ topic: "t", subscription: "s" });
    await consumer.unsubscribe();
    expect(broker.consumers[0]?.requests.some((r) => r.unsubscribe)).toBe(true);
    await expect(consumer.receive()).rejects.toMatchObject({ code: "CANCELLED" });
  });
});
