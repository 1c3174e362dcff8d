import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RaftLog } from "./log.js";
import type { Entry, Snapshot } from "./types.js";

function entries(terms: readonly number[], from = 1): Entry[] {
  return terms.map((term, k) => ({ index: from + k, term, type: "normal", data: new Uint8Array([k]) }));
}

/** Non-decreasing terms >= 1. */
const termsArb = (max: number) =>
  fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: max }).map((steps) => {
    let t = 1;
    return steps.map((s) => {
      t += s;
      return t;
    });
  });

describe("raft log", () => {
  it("raft log - term search agrees with a linear scan", () => {
    fc.assert(
      fc.property(termsArb(30), fc.integer({ min: 1, max: 10 }), (terms, term) => {
        const log = new RaftLog(null, entries(terms), 0);
        const indexes = terms.map((_, k) => k + 1).filter((i) => terms[i - 1] === term);
        expect(log.lastIndexOfTerm(term)).toBe(indexes.length === 0 ? undefined : indexes.at(-1));
        for (const i of indexes) expect(log.firstIndexOfTerm(term, i)).toBe(indexes[0]);
      }),
    );
  });

  it("raft log - after a matched append the follower holds the leader's entries and keeps its commit", () => {
    const arb = fc.record({
      shared: termsArb(10),
      leaderTail: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 }),
      followerTail: fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 8 }),
      prevBack: fc.nat({ max: 10 }),
      commitBack: fc.nat({ max: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ shared, leaderTail, followerTail, prevBack, commitBack }) => {
        const top = shared.at(-1) ?? 1;
        // The leader's own suffix has higher terms than the follower's diverging one.
        const leaderTerms = [...shared, ...[...leaderTail].sort().map((s) => top + 3 + s)];
        const followerTerms = [...shared, ...[...followerTail].sort().map((s) => top + 1 + s)];
        const leader = entries(leaderTerms);
        const commit = Math.max(0, shared.length - commitBack);
        const follower = new RaftLog(null, entries(followerTerms), commit);
        const prev = Math.max(0, shared.length - prevBack);
        const lastNew = follower.maybeAppend(
          prev,
          prev === 0 ? 0 : (leaderTerms[prev - 1] ?? 0),
          leader.slice(prev),
        );
        expect(lastNew).toBe(Math.max(leader.length, commit));
        // Up to lastNew the logs agree; a longer, non-conflicting tail is kept (Raft §5.3).
        const held = follower.view().entries.map((e) => e.term);
        expect(held.slice(0, leaderTerms.length)).toEqual(leaderTerms);
        if (leader.length > shared.length) expect(held).toEqual(leaderTerms);
        expect(follower.committed).toBe(commit);
        expect(follower.stable).toBeLessThanOrEqual(follower.lastIndex());
      }),
    );
  });

  it("raft log - a mismatched previous entry is refused and changes nothing", () => {
    const log = new RaftLog(null, entries([1, 1, 2]), 1);
    expect(log.maybeAppend(3, 3, entries([3], 4))).toBeNull();
    expect(log.maybeAppend(5, 2, [])).toBeNull();
    expect(log.lastIndex()).toBe(3);
  });

  it("raft log - a truncation makes the replaced suffix unstable again", () => {
    const log = new RaftLog(null, entries([1, 1, 1, 1]), 1);
    expect(log.hasUnstable()).toBe(false);
    log.maybeAppend(2, 1, entries([2, 2], 3));
    expect(log.stable).toBe(2);
    expect(log.unstableEntries().map((e) => [e.index, e.term])).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it("raft log - stableTo keeps only the prefix that a later truncation did not replace", () => {
    const log = new RaftLog(null, [], 0);
    log.maybeAppend(0, 0, entries([1, 1, 1]));
    const handedOut = log.unstableEntries();
    log.maybeAppend(1, 1, entries([2], 2)); // replaces 2 and 3 before the shell confirmed them
    log.stableTo(handedOut);
    expect(log.stable).toBe(1);
    expect(log.unstableEntries().map((e) => e.term)).toEqual([2]);
  });

  it("raft log - compaction keeps the suffix; restore replaces everything", () => {
    const log = new RaftLog(null, entries([1, 1, 2, 2]), 4);
    log.appliedTo(3);
    const snap: Snapshot = { index: 3, term: 2, members: ["a"], data: new Uint8Array() };
    log.compact(snap);
    expect(log.view()).toMatchObject({ snapshotIndex: 3, snapshotTerm: 2 });
    expect(log.term(2)).toBeUndefined();
    expect(log.term(3)).toBe(2);
    expect(log.slice(4, 4).map((e) => e.index)).toEqual([4]);
    const newer: Snapshot = { index: 9, term: 3, members: ["a"], data: new Uint8Array() };
    log.restore(newer);
    expect(log.lastIndex()).toBe(9);
    expect(log.committed).toBe(9);
    expect(log.pendingSnapshot).toBe(newer);
    expect(log.committedToApply(10)).toEqual([]);
    log.snapshotPersisted(newer);
    expect(log.pendingSnapshot).toBeNull();
    expect(log.applied).toBe(9);
  });

  it("raft log - up-to-date comparison follows Raft §5.4.1", () => {
    const log = new RaftLog(null, entries([1, 2, 2]), 0);
    expect(log.isUpToDate(3, 2)).toBe(true);
    expect(log.isUpToDate(2, 2)).toBe(false);
    expect(log.isUpToDate(1, 3)).toBe(true);
    expect(log.isUpToDate(9, 1)).toBe(false);
  });
});
