/** The chaos checker catches each kind of violation, and accepts what the guarantees allow. */
import { describe, expect, it } from "vitest";
import { check, type Delivery, type Sent } from "./checker.js";

function sent(n: number, acked = true): Sent[] {
  return Array.from({ length: n }, (_, seq) => ({
    producer: "p",
    seq,
    key: `k${seq % 2}`,
    sentAt: seq,
    ...(acked ? { ackedAt: seq + 1 } : {}),
  }));
}

function delivery(seq: number, at: number, extra: Partial<Delivery> = {}): Delivery {
  return {
    producer: "p",
    seq,
    key: `k${seq % 2}`,
    id: `1:${seq}`,
    redeliveryCount: 0,
    at,
    consumer: "c",
    ackedAt: at + 1,
    ...extra,
  };
}

describe("chaos checker", () => {
  it("accepts a clean history", () => {
    const r = check(
      sent(3),
      [{ name: "s", type: "Exclusive", deliveries: [0, 1, 2].map((s) => delivery(s, 10 + s)) }],
      [],
    );
    expect(r.violations).toEqual([]);
    expect(r.subscriptions[0]).toMatchObject({ delivered: 3, lost: 0, duplicated: 0 });
  });

  it("reports a lost acknowledged message, but not an unacknowledged one", () => {
    const all = [...sent(2), { producer: "p", seq: 2, key: "k0", sentAt: 2 }];
    const r = check(all, [{ name: "s", type: "Shared", deliveries: [delivery(0, 10)] }], []);
    expect(r.subscriptions[0]?.lost).toBe(1);
    expect(r.violations.join("\n")).toMatch(/p#1 was never delivered/);
  });

  it("reports a message stored twice (two ids)", () => {
    const r = check(
      sent(1),
      [{ name: "s", type: "Shared", deliveries: [delivery(0, 10), delivery(0, 11, { id: "2:0" })] }],
      [],
    );
    expect(r.subscriptions[0]?.duplicated).toBe(1);
  });

  it("allows redelivery of an unacked message or near a fault, not after a persisted ack", () => {
    const unacked = check(
      sent(1),
      [
        {
          name: "s",
          type: "Shared",
          deliveries: [delivery(0, 10, { ackedAt: undefined }), delivery(0, 5_000)],
        },
      ],
      [],
    );
    expect(unacked.violations).toEqual([]);
    expect(unacked.subscriptions[0]?.redeliveredUnacked).toBe(1);
    const nearFault = check(
      sent(1),
      [{ name: "s", type: "Shared", deliveries: [delivery(0, 10), delivery(0, 5_000)] }],
      [{ kind: "kill-broker", at: 500 }],
    );
    expect(nearFault.violations).toEqual([]);
    const late = check(
      sent(1),
      [{ name: "s", type: "Shared", deliveries: [delivery(0, 10), delivery(0, 10_000)] }],
      [{ kind: "kill-broker", at: 9_000 }],
    );
    expect(late.subscriptions[0]?.redeliveredAfterAck).toBe(1);
  });

  it("checks order per producer (Exclusive) and per key (Key_Shared), not for Shared", () => {
    const deliveries = [delivery(0, 10), delivery(2, 11), delivery(1, 12)];
    expect(
      check(sent(3), [{ name: "e", type: "Exclusive", deliveries }], []).subscriptions[0]?.outOfOrder,
    ).toBe(1);
    // 0 and 2 share key k0; 1 is alone on k1: in order per key.
    expect(check(sent(3), [{ name: "k", type: "Key_Shared", deliveries }], []).violations).toEqual([]);
    expect(check(sent(3), [{ name: "s", type: "Shared", deliveries }], []).violations).toEqual([]);
  });

  it("reports a delivery of something never sent", () => {
    const r = check(
      sent(1),
      [{ name: "s", type: "Shared", deliveries: [delivery(0, 1), delivery(7, 2)] }],
      [],
    );
    expect(r.violations.join("\n")).toMatch(/never sent/);
  });
});
