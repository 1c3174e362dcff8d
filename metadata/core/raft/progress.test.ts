import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvariantViolation } from "../../../common/errors.js";
import { Inflights, Progress } from "./progress.js";

type Op = { type: "add"; gap: number } | { type: "freeLE"; back: number } | { type: "freeFirstOne" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant("add" as const), gap: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant("freeLE" as const), back: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ type: fc.constant("freeFirstOne" as const) }),
);

describe("raft progress", () => {
  it("raft progress - the inflight window behaves like a bounded FIFO of increasing indexes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(opArb, { maxLength: 60 }), (capacity, ops) => {
        const inflights = new Inflights(capacity);
        let model: number[] = [];
        let last = 0;
        for (const op of ops) {
          if (op.type === "add") {
            if (model.length === capacity) {
              expect(() => inflights.add(last + op.gap)).toThrow(InvariantViolation);
              continue;
            }
            last += op.gap;
            inflights.add(last);
            model.push(last);
          } else if (op.type === "freeLE") {
            const upTo = last - op.back;
            inflights.freeLE(upTo);
            model = model.filter((i) => i > upTo);
          } else {
            inflights.freeFirstOne();
            model = model.slice(1);
          }
          expect(inflights.size).toBe(model.length);
          expect(inflights.full()).toBe(model.length === capacity);
        }
      }),
    );
  });

  it("raft progress - match only grows and next stays above it", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100 }), { maxLength: 30 }), (acks) => {
        const pr = new Progress(1, 4);
        let match = 0;
        for (const a of acks) {
          expect(pr.maybeUpdate(a)).toBe(a > match);
          match = Math.max(match, a);
          expect(pr.match).toBe(match);
          expect(pr.next).toBeGreaterThan(pr.match);
        }
      }),
    );
  });

  it("raft progress - probe sends one append at a time, replicate fills the window, snapshot pauses", () => {
    const pr = new Progress(5, 2);
    expect(pr.state).toBe("probe");
    pr.sentAppend(7, 3);
    expect(pr.isPaused()).toBe(true);
    pr.maybeUpdate(7);
    pr.becomeReplicate();
    expect(pr.next).toBe(8);
    pr.sentAppend(9, 2);
    pr.sentAppend(10, 1);
    expect(pr.isPaused()).toBe(true);
    expect(pr.next).toBe(11);
    pr.maybeUpdate(9);
    pr.inflights.freeLE(9);
    expect(pr.isPaused()).toBe(false);
    pr.becomeSnapshot(20);
    expect(pr.isPaused()).toBe(true);
    pr.becomeProbe(3);
    expect(pr.next).toBe(10); // never at or below match
  });
});
