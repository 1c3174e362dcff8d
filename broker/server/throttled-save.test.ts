import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThrottledSave } from "./throttled-save.js";

/** A save that takes `ms` of (fake) time and records when each one started. */
function slowSave(ms: number, fail?: () => boolean) {
  const starts: number[] = [];
  const save = async () => {
    starts.push(Date.now());
    await new Promise((r) => setTimeout(r, ms));
    if (fail?.()) throw new Error("store unavailable");
  };
  return { starts, save };
}

describe("ThrottledSave", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves at most once per interval while changes keep coming, even when saves are slow", async () => {
    const { starts, save } = slowSave(5);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    // A change every millisecond for 2 s: the old loop saved back to back (every 5 ms).
    for (let ms = 0; ms < 2_000; ms++) {
      t.changed();
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(starts.length).toBeGreaterThanOrEqual(19);
    expect(starts.length).toBeLessThanOrEqual(21);
    for (let i = 1; i < starts.length; i++)
      expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(100);
    expect(t.pending).toBe(false);
  });

  it("saves the first change at once and a quiet state never", async () => {
    const { starts, save } = slowSave(1);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    t.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([1_000_000]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts.length).toBe(1);
    t.soon();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts.length).toBe(1);
  });

  it("flush saves a change made while a save was running", async () => {
    const { starts, save } = slowSave(10);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    t.changed();
    await vi.advanceTimersByTimeAsync(1); // the first save is running
    t.changed();
    const flushed = t.flush();
    await vi.advanceTimersByTimeAsync(30);
    await flushed;
    expect(starts.length).toBe(2);
    expect(t.pending).toBe(false);
  });

  it("retries a failed save at the next slot, and flush reports the failure", async () => {
    let failing = true;
    const { starts, save } = slowSave(1, () => failing);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    t.changed();
    await vi.advanceTimersByTimeAsync(50);
    expect(starts.length).toBe(1);
    expect(t.pending).toBe(true);
    const flushed = t.flush();
    const outcome = expect(flushed).rejects.toThrow("store unavailable");
    await vi.advanceTimersByTimeAsync(5);
    await outcome;
    failing = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(starts.length).toBe(3);
    expect(t.pending).toBe(false);
  });

  it("tells the save whether someone waits for it: a flush is urgent, a timed save is not", async () => {
    const urgent: boolean[] = [];
    const t = new ThrottledSave({
      save: async (u) => {
        urgent.push(u);
      },
      intervalMs: 100,
    });
    t.changed();
    await vi.advanceTimersByTimeAsync(0);
    t.changed();
    await t.flush();
    expect(urgent).toEqual([false, true]);
  });

  it("idle waits for the save that is running", async () => {
    const { starts, save } = slowSave(50);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    t.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.length).toBe(1);
    t.stop();
    let idle = false;
    const waiting = t.idle().then(() => {
      idle = true;
    });
    await vi.advanceTimersByTimeAsync(49);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(idle).toBe(true);
  });

  it("stop ends timed saves; flush still saves", async () => {
    const { starts, save } = slowSave(1);
    const t = new ThrottledSave({ save, intervalMs: 100 });
    t.stop();
    t.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(starts.length).toBe(0);
    const flushed = t.flush();
    await vi.advanceTimersByTimeAsync(5);
    await flushed;
    expect(starts.length).toBe(1);
  });
});
