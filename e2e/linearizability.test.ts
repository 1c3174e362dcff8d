import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkKvHistory,
  checkOperations,
  type KvInput,
  type KvOperation,
  type KvOutput,
  registerModel,
} from "./linearizability.js";

const op = (
  client: string,
  call: number,
  ret: number,
  input: KvInput,
  output: KvOutput | undefined,
  key = "k",
): KvOperation => ({ client, key, call, ret, input, output });

describe("linearizability - checker", () => {
  it("accepts a sequential history", () => {
    const h = [
      op("a", 0, 1, { kind: "put", value: "x" }, { kind: "put", version: 1 }),
      op("a", 2, 3, { kind: "get" }, { kind: "get", value: "x", version: 1 }),
      op("a", 4, 5, { kind: "cas", expectedVersion: 1, value: "y" }, { kind: "cas", ok: true }),
      op("a", 6, 7, { kind: "get" }, { kind: "get", value: "y", version: 2 }),
    ];
    expect(checkKvHistory(h).linearizable).toBe(true);
  });

  it("rejects a stale read after a completed write", () => {
    const h = [
      op("a", 0, 1, { kind: "put", value: "x" }, { kind: "put", version: 1 }),
      op("b", 2, 3, { kind: "get" }, { kind: "get", value: null, version: 0 }),
    ];
    expect(checkKvHistory(h)).toMatchObject({ linearizable: false, key: "k" });
  });

  it("accepts either order for concurrent operations", () => {
    const h = [
      op("a", 0, 10, { kind: "put", value: "x" }, { kind: "put", version: 1 }),
      op("b", 1, 2, { kind: "get" }, { kind: "get", value: null, version: 0 }),
      op("c", 3, 4, { kind: "get" }, { kind: "get", value: "x", version: 1 }),
    ];
    expect(checkKvHistory(h).linearizable).toBe(true);
  });

  it("rejects a read that goes back in time (new value, then old value)", () => {
    const h = [
      op("a", 0, 10, { kind: "put", value: "x" }, { kind: "put", version: 1 }),
      op("b", 1, 2, { kind: "get" }, { kind: "get", value: "x", version: 1 }),
      op("c", 3, 4, { kind: "get" }, { kind: "get", value: null, version: 0 }),
    ];
    expect(checkKvHistory(h).linearizable).toBe(false);
  });

  it("rejects two successful compare-and-sets from the same version", () => {
    const h = [
      op("a", 0, 1, { kind: "put", value: "x" }, { kind: "put", version: 1 }),
      op("b", 2, 5, { kind: "cas", expectedVersion: 1, value: "b" }, { kind: "cas", ok: true }),
      op("c", 2, 5, { kind: "cas", expectedVersion: 1, value: "c" }, { kind: "cas", ok: true }),
    ];
    expect(checkKvHistory(h).linearizable).toBe(false);
  });

  it("lets an operation with unknown outcome take effect late or never", () => {
    const lost = [
      op("a", 0, Number.POSITIVE_INFINITY, { kind: "put", value: "x" }, undefined),
      op("b", 5, 6, { kind: "get" }, { kind: "get", value: null, version: 0 }),
    ];
    expect(checkKvHistory(lost).linearizable).toBe(true);
    const late = [...lost, op("b", 7, 8, { kind: "get" }, { kind: "get", value: "x", version: 1 })];
    expect(checkKvHistory(late).linearizable).toBe(true);
    // ...but it cannot take effect twice (a retried put applied twice shows as version 2).
    const twice = [...late, op("b", 9, 10, { kind: "get" }, { kind: "get", value: "x", version: 2 })];
    expect(checkKvHistory(twice).linearizable).toBe(false);
  });

  it("checks keys independently", () => {
    const h = [
      op("a", 0, 1, { kind: "put", value: "x" }, { kind: "put", version: 1 }, "k1"),
      op("b", 2, 3, { kind: "get" }, { kind: "get", value: null, version: 0 }, "k2"),
      op("b", 4, 5, { kind: "get" }, { kind: "get", value: null, version: 0 }, "k1"),
    ];
    expect(checkKvHistory(h)).toMatchObject({ linearizable: false, key: "k1" });
  });

  it("accepts every history produced by a real sequential register (property)", () => {
    // Random operations applied atomically at random points inside their [call, ret] windows must
    // always check as linearizable.
    const opArb = fc.record({
      kind: fc.constantFrom("get", "put", "cas", "delete"),
      value: fc.constantFrom("a", "b", "c"),
      expectedVersion: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: 0, max: 50 }),
      length: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (specs) => {
        // Linearization point = start + length/2, distinct per op by index tie-break.
        const order = specs
          .map((s, i) => ({ s, i, point: s.start * 100 + Math.floor((s.length * 100) / 2) + i }))
          .sort((a, b) => a.point - b.point);
        let state = registerModel.init();
        const ops: KvOperation[] = [];
        for (const { s, i } of order) {
          const input: KvInput =
            s.kind === "get"
              ? { kind: "get" }
              : s.kind === "put"
                ? { kind: "put", value: s.value }
                : s.kind === "cas"
                  ? { kind: "cas", expectedVersion: s.expectedVersion, value: s.value }
                  : { kind: "delete" };
          const before = state;
          state = registerModel.step(state, input, undefined).state;
          const output: KvOutput =
            input.kind === "get"
              ? { kind: "get", value: before.value, version: before.version }
              : input.kind === "put"
                ? { kind: "put", version: state.version }
                : input.kind === "cas"
                  ? { kind: "cas", ok: before.version === input.expectedVersion }
                  : { kind: "delete", deleted: before.version > 0 };
          ops.push(op(`c${i}`, s.start * 100 + i, s.start * 100 + s.length * 100 + i, input, output));
        }
        expect(checkOperations(registerModel, ops).linearizable).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
