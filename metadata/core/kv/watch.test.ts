import { describe, expect, it } from "vitest";
import { CompactedError, type MagnetarError } from "../../../common/errors.js";
import { RevisionCompactedError, SlowWatcherError } from "./errors.js";
import { KvStore } from "./store.js";
import { Driver, text } from "./testing.js";
import { type WatchBatch, WatchHub, type WatchSink } from "./watch.js";

/** Records batches; pauses after `pauseAfter` batches when set. */
class Recorder implements WatchSink {
  readonly batches: WatchBatch[] = [];
  readonly errors: MagnetarError[] = [];
  pauseAfter = Number.POSITIVE_INFINITY;

  onBatch(batch: WatchBatch): boolean {
    this.batches.push(batch);
    return this.batches.length < this.pauseAfter;
  }

  onCancel(error: MagnetarError): void {
    this.errors.push(error);
  }

  /** "revision:TYPE key=value" per event. */
  lines(): string[] {
    return this.batches.flatMap((b) =>
      b.events.map((e) => `${b.revision}:${e.type} ${e.kv.key}=${text(e.kv.value)}`),
    );
  }
}

/** A driver whose hub is synced after every apply, as the server does. */
function setup(limits = {}): { d: Driver; hub: WatchHub; put: (key: string, value: string) => void } {
  const d = Driver.withLimits(limits);
  const hub = new WatchHub(d.store, { behindRevisionsMax: 3 });
  const put = (key: string, value: string) => {
    d.put(key, value);
    hub.sync();
  };
  return { d, hub, put };
}

describe("kv - watch", () => {
  it("kv - watch from an old revision receives exactly the events in order, then live events", () => {
    const { d, hub, put } = setup();
    put("/a", "1"); // 2
    put("/b", "1"); // 3
    put("/a", "2"); // 4
    const sink = new Recorder();
    hub.watch({ key: "", prefix: true, startRevision: 3 }, sink);
    expect(sink.lines()).toEqual(["3:PUT /b=1", "4:PUT /a=2"]);
    d.ok({ type: "delete", key: "", prefix: true }); // 5: two deletes in one revision
    hub.sync();
    put("/c", "1"); // 6
    expect(sink.lines()).toEqual(["3:PUT /b=1", "4:PUT /a=2", "5:DELETE /a=", "5:DELETE /b=", "6:PUT /c=1"]);
    expect(sink.batches.map((b) => b.revision)).toEqual([3, 4, 5, 6]);
    expect(sink.errors).toEqual([]);
  });

  it("kv - watch with start revision 0 sees only the next revisions", () => {
    const { hub, put } = setup();
    put("/a", "1");
    const sink = new Recorder();
    const handle = hub.watch({ key: "/a" }, sink);
    expect(handle.nextRevision).toBe(3);
    expect(sink.batches).toEqual([]);
    put("/a", "2");
    expect(sink.lines()).toEqual(["3:PUT /a=2"]);
  });

  it("kv - a watcher sees only its key or prefix, and prevKv only when asked", () => {
    const { hub, put } = setup();
    const exact = new Recorder();
    const prefix = new Recorder();
    hub.watch({ key: "/ledgers/1" }, exact);
    hub.watch({ key: "/ledgers/", prefix: true, prevKv: true }, prefix);
    put("/ledgers/1", "a");
    put("/ledgers/10", "b");
    put("/ledgers", "c");
    put("/ledgers/1", "d");
    expect(exact.lines()).toEqual(["2:PUT /ledgers/1=a", "5:PUT /ledgers/1=d"]);
    expect(exact.batches[1]?.events[0]?.prevKv).toBeUndefined();
    expect(prefix.lines()).toEqual(["2:PUT /ledgers/1=a", "3:PUT /ledgers/10=b", "5:PUT /ledgers/1=d"]);
    expect(text(prefix.batches[2]?.events[0]?.prevKv?.value ?? new Uint8Array())).toBe("a");
  });

  it("kv - watch from a compacted revision gets COMPACTED with the compact revision", () => {
    const { d, hub, put } = setup();
    for (let i = 0; i < 5; i++) put("/a", String(i)); // 2..6
    d.ok({ type: "compact", revision: 5 });
    let caught: unknown;
    try {
      hub.watch({ key: "/a", startRevision: 4 }, new Recorder());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CompactedError);
    expect((caught as RevisionCompactedError).compactRevision).toBe(5);
    expect((caught as Error).message).toBe(
      "watch at revision 4: history before revision 5 was compacted; restart from revision 5 or later",
    );
    const sink = new Recorder();
    hub.watch({ key: "/a", startRevision: 5 }, sink);
    expect(sink.lines()).toEqual(["5:PUT /a=3", "6:PUT /a=4"]);
    expect(hub.size).toBe(1);
  });

  it("kv - a paused watcher resumes exactly where it stopped", () => {
    const { hub, put } = setup();
    for (let i = 0; i < 3; i++) put("/a", String(i)); // 2..4
    const sink = new Recorder();
    sink.pauseAfter = 1;
    const handle = hub.watch({ key: "/a", startRevision: 2 }, sink);
    expect(sink.lines()).toEqual(["2:PUT /a=0"]);
    expect(handle.paused).toBe(true);
    put("/a", "3"); // 5, while paused
    expect(sink.batches).toHaveLength(1);
    sink.pauseAfter = Number.POSITIVE_INFINITY;
    handle.resume();
    expect(sink.lines()).toEqual(["2:PUT /a=0", "3:PUT /a=1", "4:PUT /a=2", "5:PUT /a=3"]);
    put("/a", "4");
    expect(sink.batches.map((b) => b.revision)).toEqual([2, 3, 4, 5, 6]);
  });

  it("kv - a paused watcher that falls too far behind is ended as slow with its restart revision", () => {
    const { hub, put } = setup();
    const sink = new Recorder();
    sink.pauseAfter = 1;
    const handle = hub.watch({ key: "/a" }, sink);
    put("/a", "0"); // 2: delivered, then paused
    for (let i = 1; i <= 3; i++) put("/a", String(i)); // 3..5: three behind, the bound
    expect(sink.errors).toEqual([]);
    put("/a", "4"); // 6: four behind
    expect(sink.errors).toHaveLength(1);
    const error = sink.errors[0] as SlowWatcherError;
    expect(error).toBeInstanceOf(SlowWatcherError);
    expect(error.retriable).toBe(true);
    expect(error.restartRevision).toBe(3);
    expect(error.message).toBe(
      `watch ${handle.id} was paused and fell more than 3 revisions behind; watch again from revision 3`,
    );
    expect(hub.size).toBe(0);
    // The client restarts from the revision it did not get.
    const again = new Recorder();
    hub.watch({ key: "/a", startRevision: error.restartRevision }, again);
    expect(again.batches.map((b) => b.revision)).toEqual([3, 4, 5, 6]);
  });

  it("kv - a paused watcher whose history is compacted away is ended with COMPACTED", () => {
    const { d, hub, put } = setup();
    const sink = new Recorder();
    sink.pauseAfter = 1;
    hub.watch({ key: "/a" }, sink);
    put("/a", "0"); // 2, paused after it
    put("/a", "1"); // 3
    d.ok({ type: "compact", revision: 3 });
    hub.sync();
    expect(sink.errors).toEqual([]); // next revision 3 is still held
    put("/b", "x"); // 4
    d.ok({ type: "compact", revision: 4 });
    hub.sync();
    expect(sink.errors).toHaveLength(1);
    expect(sink.errors[0]).toBeInstanceOf(RevisionCompactedError);
    expect((sink.errors[0] as RevisionCompactedError).compactRevision).toBe(4);
  });

  it("kv - cancel stops delivery without calling the sink", () => {
    const { hub, put } = setup();
    const sink = new Recorder();
    const handle = hub.watch({ key: "/a" }, sink);
    put("/a", "1");
    handle.cancel();
    handle.cancel();
    put("/a", "2");
    expect(sink.batches).toHaveLength(1);
    expect(sink.errors).toEqual([]);
    expect(hub.size).toBe(0);
  });

  it("kv - watchers continue across a snapshot restore", () => {
    const { d, hub, put } = setup();
    const sink = new Recorder();
    sink.pauseAfter = 1;
    const handle = hub.watch({ key: "/a" }, sink);
    put("/a", "1"); // 2, then paused
    put("/a", "2"); // 3
    const restored = new Driver(KvStore.restore(d.store.snapshot()));
    restored.put("/a", "3"); // 4, applied on the restored store only
    hub.attach(restored.store);
    sink.pauseAfter = Number.POSITIVE_INFINITY;
    handle.resume();
    expect(sink.lines()).toEqual(["2:PUT /a=1", "3:PUT /a=2", "4:PUT /a=3"]);
  });

  it("kv - a sink may cancel its own watch or sync the hub from inside onBatch", () => {
    const { hub, put } = setup();
    put("/a", "1");
    put("/a", "2");
    const seen: number[] = [];
    hub.watch(
      { key: "/a", startRevision: 2 },
      {
        onBatch: (batch) => {
          seen.push(batch.revision);
          hub.sync(); // must not deliver twice or out of order
          hub.cancel(batch.watchId);
          return true;
        },
        onCancel: () => {},
      },
    );
    put("/a", "3");
    expect(seen).toEqual([2]);
    expect(hub.size).toBe(0);
  });

  it("kv - invalid watch requests are refused", () => {
    const { hub } = setup();
    expect(() => hub.watch({ key: "" }, new Recorder())).toThrow("watch: key must not be empty");
    expect(() => hub.watch({ key: "/a", startRevision: -1 }, new Recorder())).toThrow(
      "watch: startRevision must be a non-negative integer, got -1",
    );
  });
});
