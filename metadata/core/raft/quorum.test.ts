import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasQuorum, majorityIndex, quorumSize, voteOutcome } from "./quorum.js";

const matchesArb = fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 7 });

describe("raft quorum", () => {
  it("raft quorum - a quorum is a strict majority", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(quorumSize)).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });

  it("raft quorum - majorityIndex is the largest index a majority reached", () => {
    fc.assert(
      fc.property(matchesArb, (matches) => {
        const index = majorityIndex(matches);
        const q = quorumSize(matches.length);
        expect(matches.filter((m) => m >= index).length).toBeGreaterThanOrEqual(q);
        expect(matches.filter((m) => m >= index + 1).length).toBeLessThan(q);
      }),
    );
  });

  it("raft quorum - an election is won, lost or pending exactly by counting", () => {
    const votesArb = fc.array(fc.constantFrom<boolean | undefined>(true, false, undefined), {
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(votesArb, (answers) => {
        const voters = answers.map((_, i) => `n${i}`);
        const votes = new Map<string, boolean>();
        answers.forEach((a, i) => {
          if (a !== undefined) votes.set(`n${i}`, a);
        });
        const q = quorumSize(voters.length);
        const granted = answers.filter((a) => a === true).length;
        const rejected = answers.filter((a) => a === false).length;
        const expected = granted >= q ? "won" : voters.length - rejected < q ? "lost" : "pending";
        expect(voteOutcome(voters, votes)).toBe(expected);
        expect(hasQuorum(voters, (id) => votes.get(id) === true)).toBe(granted >= q);
      }),
    );
  });
});
