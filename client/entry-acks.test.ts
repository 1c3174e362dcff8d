import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntryAcks, TRACKED_ENTRIES_MAX } from "./entry-acks.js";
import { type MessageId, messageId } from "./message-id.js";

interface Ack {
  readonly id: MessageId;
  readonly n: number;
}

let next = 0;
function ack(entryId: number, batchIndex: number, ledgerId = 1): Ack {
  return { id: messageId(ledgerId, entryId, batchIndex, 0), n: next++ };
}

describe("whole-entry acks", () => {
  it("an entry whose every message is acked goes as one id answering all its acks", () => {
    const acks = new EntryAcks<Ack>();
    const a = [ack(5, 0), ack(5, 2), ack(5, 1)];
    expect(acks.take(a[0] as Ack, 3)).toBe("held");
    expect(acks.take(a[1] as Ack, 3)).toBe("held");
    expect(acks.take(a[2] as Ack, 3)).toEqual({ id: messageId(1, 5, -1, 0), acks: a });
    expect(acks.release()).toEqual([]);
    expect(acks.trackedEntries).toBe(0);
  });

  it("acks of an entry not complete by the flush go as message ids; the entry completes later", () => {
    const acks = new EntryAcks<Ack>();
    const first = [ack(1, 0), ack(1, 1)];
    for (const a of first) expect(acks.take(a, 3)).toBe("held");
    expect(acks.release()).toEqual(first);
    expect(acks.release()).toEqual([]);
    const last = ack(1, 2);
    expect(acks.take(last, 3)).toEqual({ id: messageId(1, 1, -1, 0), acks: [last] });
  });

  it("passes what it cannot hold: single messages, whole ids, repeats, a different batch size", () => {
    const acks = new EntryAcks<Ack>();
    expect(acks.take(ack(1, 0), 1)).toBe("pass");
    expect(acks.take(ack(1, -1), 4)).toBe("pass");
    expect(acks.take(ack(1, 4), 4)).toBe("pass");
    expect(acks.take(ack(2, 0), 0)).toBe("pass");
    expect(acks.take(ack(3, 1), 4)).toBe("held");
    expect(acks.take(ack(3, 1), 4)).toBe("pass");
    expect(acks.take(ack(3, 2), 5)).toBe("pass");
    expect(acks.take(ack(4, 0.5), 4)).toBe("pass");
    expect(acks.take(ack(4, Number.NaN), 4)).toBe("pass");
    expect(acks.take(ack(4, 1), 2.5)).toBe("pass");
  });

  it("a failed ack no longer counts towards its entry", () => {
    const acks = new EntryAcks<Ack>();
    expect(acks.take(ack(2, 0), 2)).toBe("held");
    acks.release();
    acks.unmark(messageId(1, 2, 0, 0));
    expect(acks.take(ack(2, 1), 2)).toBe("held");
    expect(acks.take(ack(2, 0), 2)).toMatchObject({ id: { entryId: 2, batchIndex: -1 } });
  });

  it("after clear (a cursor reset) earlier acks no longer count towards an entry", () => {
    const acks = new EntryAcks<Ack>();
    const before = ack(9, 0);
    expect(acks.take(before, 2)).toBe("held");
    acks.clear();
    expect(acks.release()).toEqual([before]);
    expect(acks.take(ack(9, 1), 2)).toBe("held");
  });

  it(`tracks at most ${TRACKED_ENTRIES_MAX} entries, forgetting the oldest`, () => {
    const acks = new EntryAcks<Ack>();
    for (let e = 0; e <= TRACKED_ENTRIES_MAX; e++) acks.take(ack(e, 0), 2);
    expect(acks.trackedEntries).toBe(TRACKED_ENTRIES_MAX);
    expect(acks.release()).toHaveLength(TRACKED_ENTRIES_MAX + 1);
    // Entry 0 was forgotten: acking its other message no longer completes it.
    expect(acks.take(ack(0, 1), 2)).toBe("held");
    expect(acks.take(ack(TRACKED_ENTRIES_MAX, 1), 2)).toMatchObject({ id: { batchIndex: -1 } });
  });

  it("property: every ack is answered exactly once, and an entry id goes only once all its messages were acked", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("ack" as const), entry: fc.nat(3), index: fc.nat(4) }),
      fc.record({ kind: fc.constant("flush" as const) }),
      fc.record({ kind: fc.constant("clear" as const) }),
      fc.record({ kind: fc.constant("fail" as const), entry: fc.nat(3), index: fc.nat(4) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), fc.integer({ min: 2, max: 5 }), (ops, size) => {
        const acks = new EntryAcks<Ack>();
        const answered = new Map<number, number>();
        const answer = (a: Ack) => answered.set(a.n, (answered.get(a.n) ?? 0) + 1);
        /** Indexes acked per entry since the last clear: what a whole-entry id may cover. */
        const ackedSinceClear = new Map<number, Set<number>>();
        let taken = 0;
        for (const o of ops) {
          if (o.kind === "flush") acks.release().forEach(answer);
          else if (o.kind === "clear") {
            acks.clear();
            ackedSinceClear.clear();
          } else if (o.kind === "fail") {
            // The ack of that message failed: it no longer counts.
            acks.unmark(messageId(1, o.entry, o.index, 0));
            ackedSinceClear.get(o.entry)?.delete(o.index);
          } else {
            const a = ack(o.entry, o.index);
            taken++;
            if (o.index < size) {
              const seen = ackedSinceClear.get(o.entry) ?? new Set<number>();
              seen.add(o.index);
              ackedSinceClear.set(o.entry, seen);
            }
            const r = acks.take(a, size);
            if (r === "pass") answer(a);
            else if (r !== "held") {
              expect(r.id).toEqual(messageId(1, o.entry, -1, 0));
              expect(ackedSinceClear.get(o.entry)?.size).toBe(size);
              // A completed entry is forgotten: covering it again takes every message again.
              ackedSinceClear.delete(o.entry);
              r.acks.forEach(answer);
            }
          }
        }
        acks.release().forEach(answer);
        expect(answered.size).toBe(taken);
        expect([...answered.values()].every((times) => times === 1)).toBe(true);
      }),
    );
  });
});
