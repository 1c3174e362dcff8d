/**
 * Majority arithmetic over a fixed voter set. Pure functions; the only place that knows what a
 * quorum is.
 */
import type { NodeId } from "./types.js";

/** Votes needed out of `voterCount`: a strict majority. */
export function quorumSize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** The largest index that a majority of `matches` (one per voter) has reached. */
export function majorityIndex(matches: readonly number[]): number {
  const sorted = [...matches].sort((a, b) => b - a);
  return sorted[quorumSize(matches.length) - 1] ?? 0;
}

export type VoteOutcome = "won" | "lost" | "pending";

/** An election's outcome from the answers so far (absent voters have not answered). */
export function voteOutcome(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteOutcome {
  let granted = 0;
  let rejected = 0;
  for (const v of voters) {
    const vote = votes.get(v);
    if (vote === true) granted++;
    else if (vote === false) rejected++;
  }
  const q = quorumSize(voters.length);
  if (granted >= q) return "won";
  if (rejected > voters.length - q) return "lost";
  return "pending";
}

/** Whether the voters for which `acked` holds form a majority. */
export function hasQuorum(voters: readonly NodeId[], acked: (id: NodeId) => boolean): boolean {
  let count = 0;
  for (const v of voters) if (acked(v)) count++;
  return count >= quorumSize(voters.length);
}
