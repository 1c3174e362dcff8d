import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KvStore } from "./store.js";
import { commandsArb, comparable, Driver, dump } from "./testing.js";
import type { KeyValue, KvCommand } from "./types.js";
import { type WatchBatch, WatchHub } from "./watch.js";

/** Small limits so that random runs reach automatic compaction and dedup eviction. */
const LIMITS = { historyEventsMax: 25, dedupClientsMax: 2 };

function allKvs(store: KvStore, revision = 0): readonly KeyValue[] {
  return store.range({ key: "", prefix: true, revision }).kvs;
}

describe("kv - properties", () => {
  it("kv - the same command sequence gives identical state, results and snapshots", () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const a = Driver.withLimits(LIMITS);
        const b = Driver.withLimits(LIMITS);
        for (const command of commands) {
          expect(comparable(a.apply(command))).toEqual(comparable(b.apply(command)));
          a.store.checkInvariants();
        }
        expect(dump(a.store)).toEqual(dump(b.store));
        expect(a.store.snapshot()).toEqual(b.store.snapshot());
      }),
      { numRuns: 200 },
    );
  });

  it("kv - snapshot and restore give an equal store that continues identically", () => {
    fc.assert(
      fc.property(commandsArb, commandsArb, (before, after) => {
        const original = Driver.withLimits(LIMITS);
        for (const command of before) original.apply(command);
        const snapshot = original.store.snapshot();
        const restored = new Driver(KvStore.restore(snapshot));
        expect(dump(restored.store)).toEqual(dump(original.store));
        expect(restored.store.snapshot()).toEqual(snapshot);
        for (const command of after) {
          expect(comparable(restored.apply(command))).toEqual(comparable(original.apply(command)));
        }
        expect(dump(restored.store)).toEqual(dump(original.store));
        expect(restored.store.snapshot()).toEqual(original.store.snapshot());
      }),
      { numRuns: 200 },
    );
  });

  it("kv - watch events replayed from revision r onto the state at r - 1 rebuild the final state", () => {
    fc.assert(
      fc.property(commandsArb, commandsArb, fc.nat(), (before, after, pick) => {
        const d = Driver.withLimits({ historyEventsMax: 1_000 });
        const hub = new WatchHub(d.store, { behindRevisionsMax: 1_000 });
        for (const command of before) d.apply(command);
        // Any start revision r whose predecessor is still readable, up to the next revision.
        const lowest = Math.max(d.store.compactRevision, 1) + 1;
        const start = lowest + (pick % (d.store.revision + 2 - lowest));
        const state = new Map(allKvs(d.store, start - 1).map((kv) => [kv.key, kv]));
        const batches: WatchBatch[] = [];
        hub.watch(
          { key: "", prefix: true, startRevision: start },
          {
            onBatch: (batch) => {
              batches.push(batch);
              for (const event of batch.events) {
                if (event.type === "PUT") state.set(event.kv.key, event.kv);
                else state.delete(event.kv.key);
              }
              return true;
            },
            onCancel: (error) => {
              throw error;
            },
          },
        );
        for (const command of after) {
          d.apply(command);
          hub.sync();
        }
        const revisions = batches.map((batch) => batch.revision);
        expect(revisions).toEqual(range(start, d.store.revision).filter((r) => r >= 2));
        for (const batch of batches)
          expect(batch.events.every((e) => e.kv.modRevision === batch.revision)).toBe(true);
        const rebuilt = Array.from(state.values()).sort((x, y) => (x.key < y.key ? -1 : 1));
        expect(rebuilt).toEqual(allKvs(d.store));
      }),
      { numRuns: 200 },
    );
  });

  it("kv - a read at any retained revision equals the state recorded at that revision", () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const d = Driver.withLimits(LIMITS);
        const seen = new Map<number, readonly KeyValue[]>([[1, []]]);
        for (const command of commands) {
          d.apply(command);
          seen.set(d.store.revision, allKvs(d.store));
        }
        for (let r = Math.max(d.store.compactRevision, 1); r <= d.store.revision; r++) {
          expect(allKvs(d.store, r)).toEqual(seen.get(r));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("kv - a failed command changes nothing but the applied index", () => {
    fc.assert(
      fc.property(commandsArb, (commands: KvCommand[]) => {
        const d = Driver.withLimits(LIMITS);
        for (const command of commands) {
          const before = dump(d.store);
          const result = d.apply(command);
          if (result.ok && !result.replayed) continue;
          expect(result.events).toEqual([]);
          expect({ ...dump(d.store), appliedIndex: before.appliedIndex }).toEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
