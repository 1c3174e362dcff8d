/**
 * Linearizable reads without a log entry (Raft dissertation §6.4, etcd `ReadOnlySafe`).
 *
 * The leader records the commit index when a read arrives, then confirms it is still the leader:
 * every AppendEntries carries a per-term `seq`, and the read is confirmed once a majority
 * (counting the leader) answered an append with seq >= the seq of the first heartbeat sent after
 * the read arrived. Only a leader that has committed an entry of its own term serves reads: before
 * that its commit index may lag entries committed by earlier leaders.
 *
 * A follower forwards the read to the leader it knows (a ReadIndex message) and turns the answer
 * into a ReadState; with no known leader it answers not-leader. Lost messages or a leader change
 * leave a read unanswered: the shell's deadline covers them.
 */
import { invariant } from "../../../common/errors.js";
import { hasQuorum } from "./quorum.js";
import { committedInCurrentTerm, type PendingRead, type RaftState } from "./state.js";
import type { NodeId, ReadIndex, ReadIndexResponse, ReadIndexResult } from "./types.js";

/** Leader: queue (or, alone, answer) a read for `from` (this node or a follower). */
export function leaderReadIndex(s: RaftState, ctx: string, from: NodeId): ReadIndexResult {
  invariant(s.role === "leader", "read index: not the leader");
  if (!committedInCurrentTerm(s)) return { type: "unavailable", reason: "no-commit-in-term" };
  const read: PendingRead = { ctx, index: s.log.committed, seq: s.seq, from };
  if (s.voters.length === 1) {
    release(s, read);
    return { type: "pending" };
  }
  if (s.pendingReads.length >= s.config.pendingReadsMax) {
    return { type: "unavailable", reason: "pending-reads-limit" };
  }
  s.pendingReads.push(read);
  s.readHeartbeatDue = true;
  return { type: "pending" };
}

/** Leader: release every queued read whose heartbeat round a majority acknowledged. */
export function confirmReads(s: RaftState): void {
  while (s.pendingReads.length > 0) {
    const read = s.pendingReads[0];
    invariant(read !== undefined, "read index: hole in pending reads");
    const confirmed = hasQuorum(
      s.voters,
      (id) => id === s.id || (s.progress.get(id)?.ackedSeq ?? 0) >= read.seq,
    );
    if (!confirmed) return;
    s.pendingReads.shift();
    release(s, read);
  }
}

function release(s: RaftState, read: PendingRead): void {
  if (read.from === s.id) {
    s.readStates.push({ ctx: read.ctx, index: read.index });
    return;
  }
  s.messages.push({
    type: "ReadIndexResponse",
    from: s.id,
    to: read.from,
    term: s.term,
    context: read.ctx,
    status: "ok",
    readIndex: read.index,
  });
}

/** Leader: a follower forwarded a read. */
export function handleReadIndexRequest(s: RaftState, m: ReadIndex): void {
  const result = leaderReadIndex(s, m.context, m.from);
  if (result.type !== "pending") rejectReadIndex(s, m, "unavailable");
}

/** Not the leader, or cannot serve now: tell the asker so it can retry elsewhere or later. */
export function rejectReadIndex(s: RaftState, m: ReadIndex, status: "not-leader" | "unavailable"): void {
  s.messages.push({
    type: "ReadIndexResponse",
    from: s.id,
    to: m.from,
    term: s.term,
    context: m.context,
    status,
    readIndex: 0,
  });
}

/** Follower: forward a read to the known leader. */
export function forwardReadIndex(s: RaftState, ctx: string): ReadIndexResult {
  if (s.leader === null || s.role !== "follower") return { type: "not-leader", leader: s.leader };
  s.messages.push({ type: "ReadIndex", from: s.id, to: s.leader, term: s.term, context: ctx });
  return { type: "forwarded", leader: s.leader };
}

/** Any role: the leader's answer to a forwarded read. A failure is dropped (the caller retries). */
export function handleReadIndexResponse(s: RaftState, m: ReadIndexResponse): void {
  if (m.status !== "ok") return;
  s.readStates.push({ ctx: m.context, index: m.readIndex });
}
