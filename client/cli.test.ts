/** `magnetar produce` / `magnetar consume` (bin/produce-consume.ts) against the fake broker. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runConsume, runProduce } from "../bin/produce-consume.js";
import { ConfigError, parseHostPort } from "../common/config.js";
import { payloadBytes, sealBatch } from "./batch.js";
import { encodeSingleMessage } from "./message-codec.js";
import { FakeBroker } from "./testing.js";

let broker: FakeBroker;
let out: string[];

beforeEach(async () => {
  broker = await new FakeBroker().start();
  out = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await broker.stop();
});

describe("magnetar produce / consume", () => {
  it("produce sends the message COUNT times and prints a summary", async () => {
    await runProduce("orders", { message: "hi", count: "3", key: "k", url: parseHostPort(broker.address) });
    expect(broker.stored.reduce((n, s) => n + s.batch.messageCount, 0)).toBe(3);
    expect(out.join("")).toMatch(
      /^sent 3 messages to persistent:\/\/public\/default\/orders \(last id 1:\d+:\d+:-1\)\n$/,
    );
  });

  it("consume prints values, acks each and stops after COUNT", async () => {
    const done = runConsume("orders", {
      subscription: "s",
      count: "2",
      type: "shared",
      position: "Earliest",
      url: parseHostPort(broker.address),
    });
    await broker.waitFor(() => broker.consumers.length === 1, 5_000, "subscribe");
    const session = broker.consumers[0];
    if (!session) throw new Error("no session");
    expect(session.subscribe).toMatchObject({
      subscriptionType: "SUBSCRIPTION_TYPE_SHARED",
      initialPosition: "INITIAL_POSITION_EARLIEST",
    });
    const sealed = sealBatch(
      ["one", "two", "three"].map((v, i) => ({
        sequenceId: i,
        encoded: encodeSingleMessage({ payload: Buffer.from(v), sequenceId: i }),
        batchKey: undefined,
        deliverAtMs: 0,
      })),
      undefined,
      "none",
      1,
    );
    broker.deliver(session, {
      id: { ledgerId: 1, entryId: 0, batchIndex: -1, partition: -1 },
      header: {
        codec: sealed.codec,
        messageCount: sealed.messageCount,
        uncompressedSizeBytes: sealed.uncompressedSizeBytes,
      },
      payload: Buffer.from(payloadBytes(sealed)),
    });
    await done;
    expect(out.join("")).toBe("one\ntwo\n");
    expect(session.requests.filter((r) => r.ack).map((r) => r.ack?.messageIds[0]?.batchIndex)).toEqual([
      0, 1,
    ]);
  });

  it("bad flags name the flag and the allowed values", async () => {
    const url = parseHostPort(broker.address);
    await expect(runProduce("t", { message: "m", count: "x", url })).rejects.toThrow(
      /option '-n, --count <N>': expected an integer >= 1, got "x"/,
    );
    const consume = (o: { count?: string; type?: string; position?: string }) =>
      runConsume("t", { subscription: "s", count: "0", type: "Exclusive", position: "Latest", url, ...o });
    await expect(consume({ count: "-1" })).rejects.toBeInstanceOf(ConfigError);
    await expect(consume({ type: "Queue" })).rejects.toThrow(
      /option '--type <TYPE>': expected one of Exclusive, Failover, Shared, Key_Shared, got "Queue"/,
    );
    await expect(consume({ position: "Middle" })).rejects.toThrow(/expected one of Earliest, Latest/);
    expect(broker.subscribes).toHaveLength(0);
  });
});
