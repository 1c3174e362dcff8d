import { describe, expect, it } from "vitest";
import { PermitAccounting } from "./permits.js";

describe("receiver queue permit accounting", () => {
  it("grants the queue size at subscribe and returns permits once half is consumed", () => {
    const p = new PermitAccounting(10);
    expect(p.initialPermits()).toBe(10);
    const g = p.generation;
    const grants = Array.from({ length: 12 }, () => p.consumed(1, g));
    expect(grants).toEqual([0, 0, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0]);
  });

  it("counts several at once and grants everything freed", () => {
    const p = new PermitAccounting(100);
    expect(p.consumed(30, p.generation)).toBe(0);
    expect(p.consumed(30, p.generation)).toBe(60);
  });

  it("queue size 1 flows after every message", () => {
    const p = new PermitAccounting(1);
    expect(p.consumed(1, p.generation)).toBe(1);
    expect(p.consumed(1, p.generation)).toBe(1);
  });

  it("after a reset (reconnect, cursor reset) old messages no longer count", () => {
    const p = new PermitAccounting(4);
    const old = p.generation;
    expect(p.consumed(1, old)).toBe(0);
    expect(p.reset()).toBe(4);
    expect(p.consumed(1, old)).toBe(0);
    expect(p.consumed(1, old)).toBe(0);
    expect(p.consumed(1, p.generation)).toBe(0);
    expect(p.consumed(1, p.generation)).toBe(2);
  });

  it("rejects a queue size below 1", () => {
    expect(() => new PermitAccounting(0)).toThrow(RangeError);
  });
});
