import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../common/errors.js";
import {
  AckSet,
  DistributionSchedule,
  ENSEMBLE_SIZE_MAX,
  fenceQuorum,
  isEntryDurable,
  notFoundQuorum,
  type QuorumConfig,
} from "./distribution.js";
import { quorumArb } from "./testing.js";

const quorum = quorumArb();
const entryIdArb = fc.nat({ max: 1_000_000 });

describe("ledger distribution", () => {
  it("ledger - E >= W >= A >= 1 is required, with a message naming the broken rule", () => {
    const bad: [QuorumConfig, string][] = [
      [{ ensembleSize: 2, writeQuorum: 3, ackQuorum: 2 }, "ensembleSize (E=2) must be >= writeQuorum (W=3)"],
      [{ ensembleSize: 3, writeQuorum: 2, ackQuorum: 3 }, "writeQuorum (W=2) must be >= ackQuorum (A=3)"],
      [{ ensembleSize: 3, writeQuorum: 3, ackQuorum: 0 }, "ackQuorum must be an integer >= 1, got 0"],
      [{ ensembleSize: 3, writeQuorum: 2.5, ackQuorum: 1 }, "writeQuorum must be an integer >= 1, got 2.5"],
      [{ ensembleSize: Number.NaN, writeQuorum: 1, ackQuorum: 1 }, "ensembleSize must be an integer >= 1"],
      [{ ensembleSize: ENSEMBLE_SIZE_MAX + 1, writeQuorum: 1, ackQuorum: 1 }, "exceeds ENSEMBLE_SIZE_MAX"],
    ];
    for (const [config, message] of bad) {
      expect(() => new DistributionSchedule(config)).toThrow(InvalidArgumentError);
      expect(() => new DistributionSchedule(config)).toThrow(message);
    }
    expect(() => new DistributionSchedule({ ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 })).not.toThrow();
  });

  it("ledger - write sets are the E rotations of the ensemble with W distinct members", () => {
    fc.assert(
      fc.property(quorum, entryIdArb, (q, entryId) => {
        const s = new DistributionSchedule(q);
        const ws = s.writeSet(entryId);
        expect(ws).toHaveLength(q.writeQuorum);
        expect(new Set(ws).size).toBe(q.writeQuorum);
        // A rotation: starts at entryId mod E and steps by one around the ring.
        ws.forEach((index, i) => {
          expect(index).toBe((entryId + i) % q.ensembleSize);
        });
        expect(s.writeSet(entryId + q.ensembleSize)).toEqual(ws);
        for (let i = 0; i < q.ensembleSize; i++) expect(s.isInWriteSet(entryId, i)).toBe(ws.includes(i));
        expect(s.isInWriteSet(entryId, q.ensembleSize)).toBe(false);
        expect(s.isInWriteSet(entryId, -1)).toBe(false);
      }),
    );
  });

  it("ledger - over E consecutive entries every bookie is in exactly W write sets", () => {
    fc.assert(
      fc.property(quorum, entryIdArb, (q, first) => {
        const s = new DistributionSchedule(q);
        const counts = new Array<number>(q.ensembleSize).fill(0);
        const distinct = new Set<string>();
        for (let e = first; e < first + q.ensembleSize; e++) {
          const ws = s.writeSet(e);
          distinct.add(ws.join(","));
          for (const i of ws) counts[i] = (counts[i] ?? 0) + 1;
        }
        expect(counts.every((c) => c === q.writeQuorum)).toBe(true);
        // E distinct rotations (as ordered lists: with W = E they cover the same set).
        expect(distinct.size).toBe(q.ensembleSize);
      }),
    );
  });

  it("ledger - an entry is durable exactly when A distinct write-set members acked", () => {
    fc.assert(
      fc.property(
        quorum,
        entryIdArb,
        fc.array(fc.integer({ min: -2, max: 10 }), { maxLength: 30 }),
        (q, e, acks) => {
          const s = new DistributionSchedule(q);
          const ackSet = s.ackSet(e);
          const ws = s.writeSet(e);
          const seen = new Set<number>();
          for (const index of acks) {
            const durable = ackSet.completeBookieAndCheck(index);
            if (ws.includes(index)) seen.add(index);
            expect(durable).toBe(seen.size >= q.ackQuorum);
            expect(ackSet.ackCount).toBe(seen.size);
          }
          expect(isEntryDurable(ws, acks, q.ackQuorum)).toBe(seen.size >= q.ackQuorum);
          expect(ackSet.ackedIndexes()).toEqual([...seen].sort((a, b) => a - b));
        },
      ),
    );
  });

  it("ledger - removing a replaced bookie's ack can make an entry not durable again", () => {
    const ackSet = new AckSet([0, 1, 2], 2);
    expect(ackSet.completeBookieAndCheck(0)).toBe(false);
    expect(ackSet.completeBookieAndCheck(0)).toBe(false);
    expect(ackSet.completeBookieAndCheck(2)).toBe(true);
    ackSet.removeBookie(2);
    expect(ackSet.isDurable()).toBe(false);
    expect(ackSet.has(2)).toBe(false);
  });

  it("ledger - (E - A) + 1 fenced bookies leave at most A - 1 unfenced in every write set", () => {
    fc.assert(
      fc.property(
        quorum.chain((q) =>
          fc
            .shuffledSubarray([...Array(q.ensembleSize).keys()], {
              minLength: fenceQuorum(q),
              maxLength: fenceQuorum(q),
            })
            .map((fenced) => [q, fenced] as const),
        ),
        ([q, fenced]) => {
          const s = new DistributionSchedule(q);
          for (let e = 0; e < q.ensembleSize; e++) {
            const ws = s.writeSet(e);
            const fencedInWs = ws.filter((i) => fenced.includes(i)).length;
            expect(fencedInWs).toBeGreaterThanOrEqual(notFoundQuorum(q)); // BookKeeper: (W - A) + 1 per write set
            expect(ws.length - fencedInWs).toBeLessThanOrEqual(q.ackQuorum - 1);
          }
        },
      ),
    );
  });

  it("ledger - an acknowledged entry can never collect (W - A) + 1 not-found answers", () => {
    fc.assert(
      fc.property(quorum, (q) => {
        // A bookies have it, so at most W - A can say it does not exist.
        expect(q.writeQuorum - q.ackQuorum).toBeLessThan(notFoundQuorum(q));
        expect(q.ackQuorum + notFoundQuorum(q)).toBeGreaterThan(q.writeQuorum);
      }),
    );
  });
});
