/**
 * Tracing on a real cluster (1 metadata member, 3 bookies, 2 brokers, separate processes) whose
 * processes export over OTLP/gRPC to a real trace receiver, and a client in this process whose
 * application set up the SDK the way docs/tracing.md shows. One publish and one consume must form
 * one trace across client, broker and bookie processes; a takeover shows its fencing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-grpc";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LocalCluster, type NodeProcess, waitFor } from "../bin/cluster.js";
import { MagnetarClient } from "../client/index.js";
import { callUnary } from "../common/grpc.js";
import type { LookupResponse__Output } from "../proto/gen/magnetar/v1/LookupResponse.js";
import { magnetarV1 } from "../proto/index.js";
import { OtlpReceiver, type ReceivedSpan } from "./otlp-receiver.js";

let dir: string;
let receiver: OtlpReceiver;
let cluster: LocalCluster;
let provider: NodeTracerProvider;
let client: MagnetarClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "magnetar-tracing-"));
  receiver = await OtlpReceiver.start();
  cluster = await LocalCluster.start({
    dir,
    metadata: 1,
    bookies: 3,
    brokers: 2,
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: "100",
      OTEL_TRACES_SAMPLER: "parentbased_always_on",
    },
  });
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "magnetar-client" }),
    spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url: receiver.endpoint }))],
  });
  provider.register();
  client = await MagnetarClient.connect({ serviceUrl: cluster.serviceUrl });
});

afterAll(async () => {
  await client?.close().catch(() => undefined);
  await provider?.shutdown();
  trace.disable();
  await cluster?.killAll();
  await receiver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Polls the received spans until `pick` finds what it wants (exports arrive in batches). */
async function spansUntil<T>(
  what: string,
  pick: (spans: readonly ReceivedSpan[]) => T | undefined,
): Promise<T> {
  let found: T | undefined;
  await waitFor(
    what,
    () => {
      found = pick(receiver.spans);
      return found !== undefined;
    },
    20_000,
    50,
  );
  return found as T;
}

function childrenOf(parent: ReceivedSpan, name: string): ReceivedSpan[] {
  return receiver.spans.filter(
    (s) => s.traceId === parent.traceId && s.parentSpanId === parent.spanId && s.name === name,
  );
}

it("one publish and its consumption form one trace across client, broker and bookies", async () => {
  const topic = "persistent://public/default/traced";
  const producer = await client.createProducer({ topic, batching: { enabled: false } });
  const consumer = await client.subscribe({
    topic,
    subscription: "s",
    subscriptionInitialPosition: "Earliest",
  });
  const id = await producer.send({ value: Buffer.from("hello") });
  const msg = await consumer.receive();
  await consumer.ack(msg);
  expect(msg.value.toString()).toBe("hello");

  const send = await spansUntil("the client's send span", (spans) =>
    spans.find((s) => s.service === "magnetar-client" && s.name === `send ${topic}`),
  );
  expect(send.kind).toBe("SPAN_KIND_PRODUCER");
  expect(send.parentSpanId).toBe("");
  expect(send.attributes["messaging.destination.name"]).toBe(topic);

  // client send -> broker produce -> managed-ledger append -> one bookie write per bookie
  const produce = await spansUntil(
    "the broker's produce span",
    () => childrenOf(send, `produce ${topic}`)[0],
  );
  expect(produce.service).toBe("magnetar-broker");
  expect(produce.kind).toBe("SPAN_KIND_SERVER");
  expect(produce.attributes["messaging.batch.message_count"]).toBe(1);
  const append = await spansUntil("the append span", () => childrenOf(produce, "managed-ledger append")[0]);
  expect(append.attributes["magnetar.ledger.id"]).toBe(produce.attributes["magnetar.ledger.id"]);
  expect(append.attributes["magnetar.entry.id"]).toBe(produce.attributes["magnetar.entry.id"]);
  expect(`${append.attributes["magnetar.ledger.id"]}:${append.attributes["magnetar.entry.id"]}`).toBe(
    `${id.ledgerId}:${id.entryId}`,
  );

  // E3/W3: three writes, each answered by its bookie's server span with a journal sync under it.
  const writes = await spansUntil("three bookie writes", () => {
    const w = childrenOf(append, "bookie AddEntry");
    return w.length === 3 ? w : undefined;
  });
  expect(new Set(writes.map((w) => w.attributes["magnetar.bookie.id"]))).toEqual(new Set(["b1", "b2", "b3"]));
  for (const w of writes) {
    expect(w.kind).toBe("SPAN_KIND_CLIENT");
    expect(w.attributes["magnetar.entry.id"]).toBe(id.entryId);
    const served = await spansUntil(
      `bookie ${w.attributes["magnetar.bookie.id"]}'s AddEntry`,
      () => childrenOf(w, "AddEntry")[0],
    );
    expect(served.service).toBe("magnetar-bookie");
    expect(served.instance).toBe(w.attributes["magnetar.bookie.id"]);
    expect(served.kind).toBe("SPAN_KIND_SERVER");
    expect(served.attributes["magnetar.ledger.id"]).toBe(id.ledgerId);
    const sync = await spansUntil("its journal sync", () => childrenOf(served, "journal sync")[0]);
    expect(Number(sync.attributes["magnetar.journal.batch_records"])).toBeGreaterThanOrEqual(1);
    expect(sync.startNs).toBeGreaterThanOrEqual(served.startNs);
  }

  // Delivery: the broker's hand-over and the consumer's receive (child of and linked to the send), then the ack.
  const deliver = await spansUntil("the broker's deliver span", () => childrenOf(send, "deliver s")[0]);
  expect(deliver.service).toBe("magnetar-broker");
  expect(deliver.attributes["messaging.destination.subscription.name"]).toBe("s");
  const receive = await spansUntil(
    "the consumer's receive span",
    () => childrenOf(send, `receive ${topic}`)[0],
  );
  expect(receive.service).toBe("magnetar-client");
  expect(receive.kind).toBe("SPAN_KIND_CONSUMER");
  expect(receive.links).toContainEqual({ traceId: send.traceId, spanId: send.spanId });
  expect(receive.attributes["messaging.destination.subscription.name"]).toBe("s");
  await spansUntil("the ack span", () => childrenOf(receive, `ack ${topic}`)[0]);
  await producer.close();
  await consumer.close();
});

it("a takeover shows the successor fencing and recovering the dead owner's ledger", async () => {
  const topic = "persistent://public/default/takeover-traced";
  const producer = await client.createProducer({ topic, batching: { enabled: false } });
  await producer.send({ value: Buffer.from("before") });
  const owner = await ownerOf(topic);
  await owner.kill();
  await producer.send({ value: Buffer.from("after") });

  const load = await spansUntil("the successor's topic load", (spans) =>
    spans.find(
      (s) =>
        s.name === "topic load" &&
        s.attributes["messaging.destination.name"] === topic &&
        s.instance !== owner.spec.id,
    ),
  );
  expect(load.service).toBe("magnetar-broker");
  const recovery = await spansUntil("its ledger recovery", () => childrenOf(load, "ledger recovery")[0]);
  expect(recovery.events.map((e) => e.name)).toContain("marked in recovery");
  expect(recovery.events.filter((e) => e.name === "fenced").length).toBeGreaterThanOrEqual(2);
  expect(recovery.status.code).not.toBe("STATUS_CODE_ERROR");
  await producer.close();
});

it("the metadata member's election is a span", async () => {
  const election = await spansUntil("an election span", (spans) =>
    spans.find((s) => s.service === "magnetar-metadata" && s.name === "raft election"),
  );
  expect(election.attributes["raft.outcome"]).toBe("won");
  expect(election.instance).toBe("m1");
});

/** The broker that owns `topic` now, by a Lookup on any broker. */
async function ownerOf(topic: string): Promise<NodeProcess> {
  const stub = new (magnetarV1().Messaging)(
    cluster.brokers[0]?.spec.address ?? "",
    grpc.credentials.createInsecure(),
  );
  try {
    const res = (await callUnary(stub, "Lookup", { topic }, 5_000)) as LookupResponse__Output;
    return cluster.byId(res.broker?.brokerId ?? "");
  } finally {
    stub.close();
  }
}
