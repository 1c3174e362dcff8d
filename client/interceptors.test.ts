/**
 * Interceptors, client metrics and the loss detector's interceptors against the fake Messaging
 * server (client/testing.ts): hook order, what each hook sees, exactly-once send acknowledgements
 * including failures, errors swallowed, filtering, and the metrics snapshot and prom-client export.
 */
import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MessageTooLargeError, ProducerQueueFullError, TimeoutError } from "../common/errors.js";
import { messageBatchCodec } from "./batch.js";
import { decompress } from "./compression.js";
import {
  type ConsumerInterceptor,
  LOSS_DETECTOR_PRODUCER_PROPERTY,
  LOSS_DETECTOR_SEQUENCE_PROPERTY,
  LossDetector,
  MagnetarClient,
  type Message,
  type MessageGap,
  type MessageId,
  type ProducerInterceptor,
  type ProducerMessage,
} from "./index.js";
import { FakeBroker, type StoredBatch } from "./testing.js";

const FAST = { operationTimeoutMs: 3_000, initialBackoffMs: 5, maxBackoffMs: 50 };

let broker: FakeBroker;
let client: MagnetarClient;

beforeEach(async () => {
  broker = await new FakeBroker().start();
  client = await MagnetarClient.connect({ serviceUrl: broker.address, ...FAST });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await client.close();
  await broker.stop();
});

function storedMessages(s: StoredBatch) {
  const raw = decompress(s.batch.codec, s.batch.payload, s.batch.uncompressedSizeBytes);
  return messageBatchCodec().decode(raw).messages;
}

function session(i: number) {
  const s = broker.consumers[i];
  if (s === undefined) throw new Error(`no consumer session ${i}`);
  return s;
}

describe("producer interceptors", () => {
  it("run in order, add properties before batching, and see each receipt once before send resolves", async () => {
    const log: string[] = [];
    const acks: { value: string; props: Record<string, string>; id: MessageId | undefined }[] = [];
    const first: ProducerInterceptor = {
      beforeSend: (_p, m, partition) => {
        log.push(`first:${String(m.value)}:${partition}`);
        return { ...m, properties: { ...m.properties, traceparent: `tp-${String(m.value)}` } };
      },
      onSendAcknowledgement: (_p, m) => log.push(`first-ack:${String(m.value)}`),
    };
    const second: ProducerInterceptor = {
      beforeSend: (_p, m) => {
        // Sees what the first one added; returning nothing keeps the message.
        log.push(`second:${m.properties?.traceparent}`);
        return undefined;
      },
      onSendAcknowledgement: (producer, m, id, err) => {
        expect(producer.topic).toBe("persistent://public/default/t");
        expect(err).toBeUndefined();
        acks.push({ value: String(m.value), props: { ...m.properties }, id });
      },
      close: () => log.push("close"),
    };
    const producer = await client.createProducer({
      topic: "t",
      batching: { maxDelayMs: 50 },
      interceptors: [first, second],
    });
    const sends = ["a", "b", "c"].map((v) => producer.send({ value: v, properties: { app: v } }));
    let acksWhenResolved = -1;
    void sends[0]?.then(() => {
      acksWhenResolved = acks.length;
    });
    const ids = await Promise.all(sends);
    // One batch: the properties were added before batching.
    expect(broker.stored).toHaveLength(1);
    const stored = broker.stored[0];
    if (stored === undefined) throw new Error("nothing stored");
    expect(storedMessages(stored).map((m) => m.properties)).toEqual(
      ["a", "b", "c"].map((v) => ({ app: v, traceparent: `tp-${v}` })),
    );
    expect(log.slice(0, 6)).toEqual([
      "first:a:-1",
      "second:tp-a",
      "first:b:-1",
      "second:tp-b",
      "first:c:-1",
      "second:tp-c",
    ]);
    expect(acks).toEqual(
      ["a", "b", "c"].map((v, i) => ({ value: v, props: { app: v, traceparent: `tp-${v}` }, id: ids[i] })),
    );
    expect(acksWhenResolved).toBe(3); // the whole batch's receipts ran before the first send resolved
    expect(log.filter((l) => l.startsWith("first-ack"))).toHaveLength(3);
    await producer.close();
    await producer.close();
    expect(log.filter((l) => l === "close")).toHaveLength(1);
  });

  it("onSendAcknowledgement runs exactly once per accepted message, with the error of a failed send", async () => {
    broker.maxMessageSizeBytes = 1000;
    broker.onBatch = (b) => {
      const value = storedMessages({
        topic: "",
        producerName: "",
        batch: b,
        entryId: 0,
      })[0]?.payload.toString();
      if (value === "refused") return { kind: "refuse", code: "MESSAGE_TOO_LARGE", message: "no" };
      if (value === "silent") return { kind: "ignore" };
      return { kind: "store" };
    };
    const calls = new Map<string, (MessageId | Error | undefined)[]>();
    const before: string[] = [];
    const interceptor: ProducerInterceptor = {
      beforeSend: (_p, m) => {
        before.push(String(m.value).slice(0, 10));
        return m;
      },
      onSendAcknowledgement: (_p, m, id, err) => {
        const key = String(m.value).slice(0, 10);
        calls.set(key, [...(calls.get(key) ?? []), err ?? id]);
      },
    };
    const producer = await client.createProducer({
      topic: "t",
      batching: { enabled: false },
      sendTimeoutMs: 300,
      maxPendingMessages: 1,
      blockIfQueueFull: false,
      interceptors: [interceptor],
    });
    await producer.send({ value: "ok" });
    await expect(producer.send({ value: "refused" })).rejects.toBeInstanceOf(MessageTooLargeError);
    await expect(producer.send({ value: "x".repeat(2000) })).rejects.toBeInstanceOf(MessageTooLargeError);
    const silent = producer.send({ value: "silent" });
    // Rejected before the producer accepted it: no hook at all.
    await expect(producer.send({ value: "full" })).rejects.toBeInstanceOf(ProducerQueueFullError);
    await expect(silent).rejects.toBeInstanceOf(TimeoutError);
    await producer.close();
    expect(before).toEqual(["ok", "refused", "xxxxxxxxxx", "silent"]);
    expect([...calls.keys()]).toEqual(["ok", "refused", "xxxxxxxxxx", "silent"]);
    for (const [, outcomes] of calls) expect(outcomes).toHaveLength(1);
    expect(calls.get("ok")?.[0]).toMatchObject({ ledgerId: 1, entryId: 0 });
    expect(calls.get("refused")?.[0]).toBeInstanceOf(MessageTooLargeError);
    expect(calls.get("xxxxxxxxxx")?.[0]).toBeInstanceOf(MessageTooLargeError);
    expect(calls.get("silent")?.[0]).toBeInstanceOf(TimeoutError);
    const m = client.metrics();
    expect(m).toMatchObject({ messagesSent: 1, sendErrors: 2, pendingMessages: 0 });
  });

  it("an interceptor that throws is skipped; the others and the send go on, and the error is counted", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const seen: ProducerMessage[] = [];
    const broken: ProducerInterceptor = {
      beforeSend: () => {
        throw new Error("boom");
      },
      onSendAcknowledgement: () => {
        throw new Error("boom again");
      },
      close: () => {
        throw new Error("and again");
      },
    };
    const producer = await client.createProducer({
      topic: "t",
      interceptors: [broken, { beforeSend: (_p, m) => void seen.push(m) }],
    });
    await expect(producer.send({ value: "v" })).resolves.toMatchObject({ ledgerId: 1 });
    expect(seen.map((m) => m.value)).toEqual(["v"]);
    await producer.close();
    expect(client.metrics().interceptorErrors).toBe(3);
    expect(warn).toHaveBeenCalledTimes(1); // the first error per client, then only counted
  });
});

describe("consumer interceptors", () => {
  it("run in order on receive and iteration; null filters a message out; ack hooks get the id", async () => {
    const producer = await client.createProducer({ topic: "t", batching: { maxDelayMs: 20 } });
    await Promise.all(["a", "b", "c", "d"].map((v) => producer.send({ value: v, properties: { v } })));
    const log: string[] = [];
    const ackIds: { id: MessageId; err: Error | undefined; cumulative: boolean }[] = [];
    const nacked: MessageId[][] = [];
    let filterAck: Promise<void> | undefined;
    const filter: ConsumerInterceptor = {
      beforeConsume: (consumer, m) => {
        log.push(`filter:${m.valueString()}`);
        if (m.valueString() !== "b") return m;
        filterAck = consumer.ack(m);
        return null;
      },
    };
    const recorder: ConsumerInterceptor = {
      beforeConsume: (_c, m) => {
        log.push(`recorder:${m.properties.v}`);
      },
      onAcknowledge: (_c, id, err) => ackIds.push({ id, err, cumulative: false }),
      onAcknowledgeCumulative: (_c, id, err) => ackIds.push({ id, err, cumulative: true }),
      onNegativeAcksSend: (_c, ids) => nacked.push([...ids]),
      close: () => log.push("close"),
    };
    const consumer = await client.subscribe({
      topic: "t",
      subscription: "s",
      interceptors: [filter, recorder],
    });
    const stored = broker.stored[0];
    if (stored === undefined) throw new Error("nothing stored");
    broker.deliverStored(session(0), stored);
    const a = await consumer.receive(2_000);
    const got: Message[] = [a];
    for await (const m of consumer) {
      got.push(m);
      if (got.length === 3) break;
    }
    expect(got.map((m) => m.valueString())).toEqual(["a", "c", "d"]);
    expect(log).toEqual([
      "filter:a",
      "recorder:a",
      "filter:b",
      "filter:c",
      "recorder:c",
      "filter:d",
      "recorder:d",
    ]);
    // The filter acked "b" itself; the hook saw it.
    await filterAck;
    expect(ackIds).toHaveLength(1);
    expect(ackIds[0]).toMatchObject({ id: { entryId: 0, batchIndex: 1 }, err: undefined });

    await consumer.ack(a);
    expect(ackIds[1]?.id).toBe(a.id); // the same object: a WeakMap keyed by it works
    broker.onAck = () => ({ code: "INVALID_MESSAGE_ID", message: "no" });
    await expect(consumer.ackCumulative(got[1] as Message)).rejects.toMatchObject({
      code: "INVALID_MESSAGE_ID",
    });
    expect(ackIds[2]).toMatchObject({ id: got[1]?.id, cumulative: true });
    expect(ackIds[2]?.err).toMatchObject({ code: "INVALID_MESSAGE_ID" });
    consumer.nack(got[2] as Message);
    expect(nacked).toEqual([[got[2]?.id]]);
    await consumer.close();
    expect(log.at(-1)).toBe("close");
    expect(client.metrics()).toMatchObject({
      messagesReceived: 4,
      bytesReceived: 4,
      acknowledgements: 2,
      negativeAcknowledgements: 1,
    });
  });

  it("a throwing beforeConsume leaves the message as it was", async () => {
    vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const producer = await client.createProducer({ topic: "t" });
    await producer.send({ value: "x" });
    const consumer = await client.subscribe({
      topic: "t",
      subscription: "s",
      interceptors: [
        {
          beforeConsume: () => {
            throw new Error("boom");
          },
        },
      ],
    });
    broker.deliverStored(session(0), broker.stored[0] as StoredBatch);
    expect((await consumer.receive(2_000)).valueString()).toBe("x");
    expect(client.metrics().interceptorErrors).toBe(1);
  });
});

describe("client metrics", () => {
  it("counts sends, latency, pending messages and reconnects, and exports them through prom-client", async () => {
    const registry = new Registry();
    client.registerMetrics(registry);
    const producer = await client.createProducer({ topic: "t", batching: { enabled: false } });
    for (let i = 0; i < 5; i++) await producer.send({ value: "12345" });
    let m = client.metrics();
    expect(m).toMatchObject({ messagesSent: 5, bytesSent: 25, producers: 1, consumers: 0, reconnects: 0 });
    expect(m.sendLatencyMs.count).toBe(5);
    expect(m.sendLatencyMs.max).toBeGreaterThan(0);
    expect(m.sendLatencyMs.p50).toBeLessThanOrEqual(m.sendLatencyMs.max);

    broker.onBatch = () => ({ kind: "ignore" });
    const pending = producer.send({ value: "pending" });
    expect(client.metrics().pendingMessages).toBe(1);
    // The stream dies: the producer reconnects and resends.
    broker.onBatch = () => ({ kind: "store" });
    broker.producers[0]?.call.emit("error", { code: 14, details: "gone" });
    await pending;
    m = client.metrics();
    expect(m).toMatchObject({ messagesSent: 6, pendingMessages: 0, reconnects: 1 });

    const text = await registry.metrics();
    expect(text).toContain("magnetar_client_messages_sent_total 6");
    expect(text).toContain("magnetar_client_bytes_sent_total 32");
    expect(text).toContain("magnetar_client_send_latency_seconds_count 6");
    expect(text).toContain("magnetar_client_pending_messages 0");
    expect(text).toContain("magnetar_client_reconnects_total 1");
    expect(text).toContain("magnetar_client_lost_messages_total 0");
    expect(text).toContain("magnetar_client_duplicate_messages_total 0");
    // One client per registry; closing the client frees it.
    const other = await MagnetarClient.connect({ serviceUrl: broker.address, ...FAST });
    expect(() => other.registerMetrics(registry)).toThrow(/already been registered/);
    expect(await registry.metrics()).toContain("magnetar_client_messages_sent_total 6");
    await client.close();
    expect(await registry.metrics()).not.toContain("magnetar_client");
    other.registerMetrics(registry);
    await other.close();
  });
});

describe("loss detector interceptors", () => {
  it("stamp a unique producer id and a sequence from 0 per partition", async () => {
    broker.partitions.set("pt", 2);
    const detector = new LossDetector();
    const p1 = await client.createProducer({
      topic: "pt",
      batching: { enabled: false },
      interceptors: [detector.producerInterceptor()],
    });
    const p2 = await client.createProducer({
      topic: "pt",
      batching: { enabled: false },
      interceptors: [detector.producerInterceptor()],
    });
    for (let i = 0; i < 6; i++) await p1.send({ value: `v${i}` });
    await p2.send({ value: "other" });
    const id1 = detector.producerId(p1);
    const id2 = detector.producerId(p2);
    expect(id1).toMatch(/^[0-9a-f-]{36}$/);
    expect(id2).not.toBe(id1);
    const props = broker.stored.map(
      (s): Record<string, string> => ({
        partition: s.topic.slice(-1),
        ...storedMessages(s)[0]?.properties,
      }),
    );
    const of = (id: string | undefined, partition: string) =>
      props
        .filter((p) => p[LOSS_DETECTOR_PRODUCER_PROPERTY] === id && p.partition === partition)
        .map((p) => p[LOSS_DETECTOR_SEQUENCE_PROPERTY]);
    // Keyless messages go round robin: three per partition, numbered 0, 1, 2 on each.
    expect(of(id1, "0")).toEqual(["0", "1", "2"]);
    expect(of(id1, "1")).toEqual(["0", "1", "2"]);
    expect([...of(id2, "0"), ...of(id2, "1")]).toEqual(["0"]);
  });

  it("report a message filtered out in front of the detector as a gap, in the client metrics too", async () => {
    const detector = new LossDetector();
    const producer = await client.createProducer({
      topic: "t",
      batching: { enabled: false },
      interceptors: [detector.producerInterceptor()],
    });
    for (let i = 0; i < 5; i++) await producer.send({ value: `m${i}` });
    const gaps: MessageGap[] = [];
    detector.on("gap", (g) => gaps.push(g));
    const dropThird: ConsumerInterceptor = {
      beforeConsume: (_c, m) => (m.properties[LOSS_DETECTOR_SEQUENCE_PROPERTY] === "2" ? null : m),
    };
    const consumer = await client.subscribe({
      topic: "t",
      subscription: "s",
      interceptors: [dropThird, detector.consumerInterceptor()],
    });
    for (const s of broker.stored) broker.deliverStored(session(0), s);
    const got: string[] = [];
    for (let i = 0; i < 4; i++) got.push((await consumer.receive(2_000)).valueString());
    expect(got).toEqual(["m0", "m1", "m3", "m4"]);
    expect(gaps).toEqual([
      {
        subscription: "s",
        topic: "persistent://public/default/t",
        producer: detector.producerId(producer),
        producerName: "fake-producer-1",
        from: 2,
        to: 2,
        count: 1,
      },
    ]);
    // The broker redelivers the first entry: a redelivery, not a duplicate.
    broker.deliverStored(session(0), broker.stored[0] as StoredBatch, { redeliveryCount: 1 });
    await consumer.receive(2_000);
    expect(detector.stats()).toMatchObject({ gaps: 1, lostMessages: 1, duplicates: 0, redeliveries: 1 });
    expect(client.metrics()).toMatchObject({
      gaps: 1,
      lostMessages: 1,
      duplicateMessages: 0,
      redeliveredMessages: 1,
    });
  });
});
