import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dispatch,
  type DispatchEntry,
  Dispatcher,
  type DispatcherConfig,
  type SubscriptionType,
} from "./dispatch.js";
import { comparePositions, formatPosition } from "./message-id.js";

/** Random operations; `pick` selects among whatever exists when the op runs. */
type Op =
  | { kind: "add"; priority: number; permits: number; name: string }
  | { kind: "remove"; pick: number }
  | { kind: "flow"; pick: number; permits: number }
  | { kind: "offer"; sizes: number[]; hashes: number[] }
  | { kind: "ack"; pick: number; batchIndex: number }
  | { kind: "nack"; pick: number }
  | { kind: "redeliver"; pick: number }
  | { kind: "tick"; advanceMs: number };

const opArb = (withNacks: boolean): fc.Arbitrary<Op> => {
  const ops: fc.Arbitrary<Op>[] = [
    fc.record({
      kind: fc.constant("add" as const),
      priority: fc.integer({ min: 0, max: 2 }),
      permits: fc.integer({ min: 0, max: 6 }),
      name: fc.constantFrom("a", "b", "c", "d"),
    }),
    fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant("flow" as const),
      pick: fc.nat(),
      permits: fc.integer({ min: 1, max: 8 }),
    }),
    fc.record({
      kind: fc.constant("offer" as const),
      sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
      hashes: fc.array(fc.constantFrom(0, 7, 20_000, 40_000, 65_535), { minLength: 4, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant("ack" as const),
      pick: fc.nat(),
      batchIndex: fc.integer({ min: -1, max: 2 }),
    }),
    fc.record({ kind: fc.constant("tick" as const), advanceMs: fc.integer({ min: 0, max: 1_500 }) }),
  ];
  if (withNacks) {
    ops.push(fc.record({ kind: fc.constant("nack" as const), pick: fc.nat() }));
    ops.push(fc.record({ kind: fc.constant("redeliver" as const), pick: fc.nat() }));
  }
  return fc.oneof(...ops);
};

interface Known {
  readonly entry: DispatchEntry;
  readonly hash: number;
  readonly unackedIndexes: Set<number>;
  dispatches: number;
  /** Consumer holding it, or undefined. */
  pendingAt: number | undefined;
  deliveredAtMs: number;
  /** Nacked and not yet dispatched again: allowed to fall behind later entries of its key. */
  delayed: boolean;
}

/** Drives a Dispatcher and checks every dispatch against an independent model. */
class Harness {
  readonly d: Dispatcher;
  readonly known = new Map<string, Known>();
  readonly permits = new Map<number, number>();
  nextId = 1;
  nextEntry = 0;
  nowMs = 0;
  readonly ordered: boolean;

  /** `ordered`: the run has no nacks and no ack timeout, so Exclusive/Failover must keep order. */
  constructor(
    readonly config: DispatcherConfig,
    ordered: boolean,
  ) {
    this.d = new Dispatcher(config);
    this.ordered = ordered;
  }

  consumers(): number[] {
    return [...this.permits.keys()];
  }

  pendingKnown(): Known[] {
    return [...this.known.values()].filter((k) => k.pendingAt !== undefined);
  }

  takeBack(consumerId: number): void {
    for (const k of this.known.values()) if (k.pendingAt === consumerId) k.pendingAt = undefined;
  }

  /** Runs one op; take-backs happen before the op's dispatches, as the Dispatcher documents. */
  step(op: Op): void {
    const ids = this.consumers();
    const before = this.d.activeConsumerId();
    switch (op.kind) {
      case "add": {
        if (this.config.type === "Exclusive" && ids.length > 0) {
          expect(() => this.d.addConsumer({ id: 999, name: op.name, priority: 0, permits: 0 })).toThrow(
            expect.objectContaining({ code: "CONSUMER_BUSY" }),
          );
          return;
        }
        const id = this.nextId++;
        this.permits.set(id, op.permits);
        this.run(
          () => this.d.addConsumer({ id, name: op.name, priority: op.priority, permits: op.permits }),
          before,
        );
        return;
      }
      case "remove": {
        const id = ids[op.pick % Math.max(1, ids.length)];
        if (id === undefined) return;
        this.takeBack(id);
        this.permits.delete(id);
        this.run(() => this.d.removeConsumer(id), undefined);
        return;
      }
      case "flow": {
        const id = ids[op.pick % Math.max(1, ids.length)];
        if (id === undefined) return;
        this.permits.set(id, (this.permits.get(id) ?? 0) + op.permits);
        this.run(() => this.d.flow(id, op.permits), before);
        return;
      }
      case "offer": {
        const entries = op.sizes.map((messageCount, i) => {
          const position = { ledgerId: 1 + Math.floor(this.nextEntry / 5), entryId: this.nextEntry % 5 };
          this.nextEntry++;
          return { position, messageCount, keyHash: op.hashes[i] ?? 0 };
        });
        for (const entry of entries) {
          const unackedIndexes = new Set(Array.from({ length: entry.messageCount }, (_, i) => i));
          this.known.set(formatPosition(entry.position), {
            entry,
            hash: entry.keyHash,
            unackedIndexes,
            dispatches: 0,
            pendingAt: undefined,
            deliveredAtMs: 0,
            delayed: false,
          });
        }
        this.run(() => this.d.offer(entries), before);
        return;
      }
      case "ack": {
        const pending = this.pendingKnown();
        const k = pending[op.pick % Math.max(1, pending.length)];
        if (k === undefined) return;
        this.ackKnown(k, op.batchIndex < k.entry.messageCount ? op.batchIndex : -1, before);
        return;
      }
      case "nack": {
        const pending = this.pendingKnown();
        const k = pending[op.pick % Math.max(1, pending.length)];
        if (k === undefined || k.pendingAt === undefined) return;
        const consumerId = k.pendingAt;
        k.pendingAt = undefined;
        k.delayed = true;
        this.run(() => this.d.nack(consumerId, [k.entry.position], this.nowMs), before);
        return;
      }
      case "redeliver": {
        const id = ids[op.pick % Math.max(1, ids.length)];
        if (id === undefined) return;
        this.takeBack(id);
        this.run(() => this.d.redeliverUnacked(id), before);
        return;
      }
      case "tick": {
        this.nowMs += op.advanceMs;
        const timeoutMs = this.config.ackTimeoutMs;
        if (timeoutMs > 0) {
          for (const k of this.pendingKnown())
            if (k.deliveredAtMs + timeoutMs <= this.nowMs) k.pendingAt = undefined;
        }
        this.run(() => this.d.tick(this.nowMs), before);
        return;
      }
    }
  }

  ackKnown(k: Known, batchIndex: number, before: number | undefined): void {
    if (batchIndex === -1) k.unackedIndexes.clear();
    else k.unackedIndexes.delete(batchIndex);
    if (k.unackedIndexes.size === 0) {
      k.pendingAt = undefined;
      k.delayed = false;
    }
    this.run(() => this.d.ack(k.entry.position, batchIndex), before);
  }

  /** Applies a Failover change's take-back, runs the call, checks each dispatch, then syncs. */
  run(call: () => Dispatch[], activeBefore: number | undefined): void {
    const dispatches = call();
    const activeAfter = this.d.activeConsumerId();
    if (activeBefore !== undefined && activeAfter !== activeBefore) this.takeBack(activeBefore);
    for (const dispatch of dispatches) this.check(dispatch);
    this.checkState();
  }

  check(dispatch: Dispatch): void {
    const k = this.known.get(formatPosition(dispatch.position));
    if (k === undefined) throw new Error("dispatched an entry never offered");
    expect(k.unackedIndexes.size).toBeGreaterThan(0);
    expect(k.pendingAt).toBeUndefined();
    expect(dispatch.redeliveryCount).toBe(k.dispatches);
    const permits = this.permits.get(dispatch.consumerId);
    if (permits === undefined) throw new Error("dispatched to an unknown consumer");
    expect(permits).toBeGreaterThan(0);
    const all = k.unackedIndexes.size === k.entry.messageCount;
    expect(dispatch.batchIndexes).toEqual(all ? [] : [...k.unackedIndexes].sort((a, b) => a - b));
    this.permits.set(dispatch.consumerId, permits - k.unackedIndexes.size);
    this.checkType(dispatch, k);
    k.dispatches++;
    k.pendingAt = dispatch.consumerId;
    k.deliveredAtMs = this.nowMs;
    k.delayed = false;
  }

  checkType(dispatch: Dispatch, k: Known): void {
    const type = this.config.type;
    if (type === "Exclusive" || type === "Failover") {
      expect(dispatch.consumerId).toBe(this.d.activeConsumerId());
      for (const other of this.pendingKnown()) expect(other.pendingAt).toBe(dispatch.consumerId);
      if (this.ordered) {
        const waiting = [...this.known.values()]
          .filter((o) => o.unackedIndexes.size > 0 && o.pendingAt === undefined && !o.delayed)
          .map((o) => o.entry.position)
          .sort(comparePositions);
        expect(dispatch.position).toEqual(waiting[0]);
      }
    }
    if (type === "Key_Shared") {
      for (const other of this.known.values()) {
        if (other.hash !== k.hash || other.unackedIndexes.size === 0 || other === k) continue;
        if (other.pendingAt !== undefined) expect(other.pendingAt).toBe(dispatch.consumerId);
        const earlier = comparePositions(other.entry.position, k.entry.position) < 0;
        if (earlier && other.pendingAt === undefined) expect(other.delayed).toBe(true);
      }
    }
  }

  /** The model's pending sets equal the dispatcher's; permits agree. */
  checkState(): void {
    for (const id of this.consumers()) {
      const real = this.d.pendingOf(id).map(formatPosition).sort();
      const model = this.pendingKnown()
        .filter((k) => k.pendingAt === id)
        .map((k) => formatPosition(k.entry.position))
        .sort();
      expect(real).toEqual(model);
      expect(this.d.permitsOf(id)).toBe(this.permits.get(id));
    }
    const unacked = [...this.known.values()].filter((k) => k.unackedIndexes.size > 0).length;
    expect(this.d.unackedCount()).toBe(unacked);
  }

  /** Gives everything time and permits and acks whatever arrives: every offered entry gets acked. */
  drain(): void {
    if (this.consumers().length === 0) this.step({ kind: "add", priority: 0, permits: 0, name: "z" });
    for (const id of this.consumers())
      this.step({ kind: "flow", pick: this.consumers().indexOf(id), permits: 1e6 });
    this.step({ kind: "tick", advanceMs: 100_000 });
    for (let round = 0; round < 1_000 && this.d.unackedCount() > 0; round++) {
      const pending = this.pendingKnown();
      expect(pending.length).toBeGreaterThan(0);
      for (const k of pending) if (k.pendingAt !== undefined) this.ackKnown(k, -1, this.d.activeConsumerId());
    }
    expect(this.d.unackedCount()).toBe(0);
    for (const k of this.known.values()) {
      expect(k.unackedIndexes.size).toBe(0);
      expect(k.dispatches).toBeGreaterThan(0);
    }
  }
}

const TYPES: SubscriptionType[] = ["Exclusive", "Failover", "Shared", "Key_Shared"];

describe("broker - dispatch model", () => {
  for (const type of TYPES) {
    it(`broker - dispatch ${type}: exactly once until acked, counts, permits, pending agree with a model`, () => {
      fc.assert(
        fc.property(fc.array(opArb(true), { maxLength: 60 }), fc.boolean(), (ops, timeout) => {
          const h = new Harness(
            { type, negativeAckDelayMs: 1_000, ackTimeoutMs: timeout ? 2_000 : 0 },
            false,
          );
          for (const op of ops) h.step(op);
          h.drain();
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const type of ["Exclusive", "Failover"] as const) {
    it(`broker - dispatch ${type}: one consumer at a time, oldest unacked first, in order`, () => {
      fc.assert(
        fc.property(fc.array(opArb(false), { maxLength: 60 }), (ops) => {
          const h = new Harness({ type, negativeAckDelayMs: 1_000, ackTimeoutMs: 0 }, true);
          for (const op of ops) h.step(op);
          h.drain();
        }),
        { numRuns: 300 },
      );
    });
  }

  it("broker - dispatch Key_Shared: one consumer per key and per-key order across joins and leaves", () => {
    fc.assert(
      fc.property(fc.array(opArb(false), { maxLength: 80 }), (ops) => {
        const h = new Harness({ type: "Key_Shared", negativeAckDelayMs: 1_000, ackTimeoutMs: 0 }, true);
        for (const op of ops) h.step(op);
        h.drain();
      }),
      { numRuns: 300 },
    );
  });

  it("broker - dispatch Shared: spreads round-robin across consumers with permits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 60 }), (consumers, entries) => {
        const d = new Dispatcher({ type: "Shared", negativeAckDelayMs: 1_000, ackTimeoutMs: 0 });
        for (let id = 1; id <= consumers; id++)
          d.addConsumer({ id, name: `c${id}`, priority: 0, permits: 1_000 });
        const out = d.offer(
          Array.from({ length: entries }, (_, i) => ({
            position: { ledgerId: 1, entryId: i },
            messageCount: 1,
          })),
        );
        expect(out).toHaveLength(entries);
        const counts = new Map<number, number>();
        for (const x of out) counts.set(x.consumerId, (counts.get(x.consumerId) ?? 0) + 1);
        for (let id = 1; id <= consumers; id++) {
          const n = counts.get(id) ?? 0;
          expect(n).toBeGreaterThanOrEqual(Math.floor(entries / consumers));
          expect(n).toBeLessThanOrEqual(Math.ceil(entries / consumers));
        }
      }),
    );
  });
});
