/**
 * Log replication: the leader's sending and bookkeeping per follower, and the follower's handling
 * of AppendEntries and InstallSnapshot.
 *
 * The leader generates appends lazily, when the shell asks for a Ready (`flushAppends`): every
 * proposal, acknowledgment and commit since the previous Ready is batched into as few messages as
 * the per-follower window allows.
 */
import { invariant } from "../../../common/errors.js";
import type { Progress } from "./progress.js";
import { majorityIndex } from "./quorum.js";
import { confirmReads } from "./read-index.js";
import { nextSeq, type RaftState } from "./state.js";
import type {
  AppendEntries,
  AppendEntriesResponse,
  Entry,
  InstallSnapshot,
  InstallSnapshotResponse,
  NodeId,
} from "./types.js";

export function progressOf(s: RaftState, id: NodeId): Progress {
  const pr = s.progress.get(id);
  invariant(pr !== undefined, `replication: no progress for ${id}`);
  return pr;
}

/** Leader: send the next append (or the snapshot) to `to` if its window allows. */
export function sendAppend(s: RaftState, to: NodeId, allowEmpty: boolean): boolean {
  const pr = progressOf(s, to);
  if (pr.isPaused()) return false;
  const prevLogIndex = pr.next - 1;
  const prevLogTerm = s.log.term(prevLogIndex);
  if (prevLogTerm === undefined) return sendSnapshot(s, to, pr);
  const entries = nextBatch(s, prevLogIndex + 1);
  if (entries.length === 0 && !allowEmpty) return false;
  s.messages.push({
    type: "AppendEntries",
    from: s.id,
    to,
    term: s.term,
    prevLogIndex,
    prevLogTerm,
    entries,
    leaderCommit: s.log.committed,
    seq: nextSeq(s),
  });
  pr.sentCommit = s.log.committed;
  pr.sentAppend(prevLogIndex + entries.length, entries.length);
  return true;
}

/** Entries from `from`, capped by count and by bytes (at least one entry when any exists). */
function nextBatch(s: RaftState, from: number): Entry[] {
  const last = Math.min(s.log.lastIndex(), from - 1 + s.config.entriesPerMsgMax);
  const entries = s.log.slice(from, last);
  let bytes = 0;
  for (let k = 0; k < entries.length; k++) {
    bytes += entries[k]?.data.byteLength ?? 0;
    if (k > 0 && bytes > s.config.entryBytesPerMsgMax) return entries.slice(0, k);
  }
  return entries;
}

function sendSnapshot(s: RaftState, to: NodeId, pr: Progress): boolean {
  const snapshot = s.log.snapshot();
  invariant(snapshot !== null, "replication: entries compacted without a snapshot");
  pr.becomeSnapshot(snapshot.index);
  s.messages.push({ type: "InstallSnapshot", from: s.id, to, term: s.term, snapshot });
  return true;
}

/** Leader: an empty append at the follower's match index; carries commit (bounded by match). */
export function sendHeartbeat(s: RaftState, to: NodeId): void {
  const pr = progressOf(s, to);
  const matchTerm = s.log.term(pr.match);
  s.messages.push({
    type: "AppendEntries",
    from: s.id,
    to,
    term: s.term,
    prevLogIndex: matchTerm === undefined ? 0 : pr.match,
    prevLogTerm: matchTerm ?? 0,
    entries: [],
    leaderCommit: s.log.committed,
    seq: nextSeq(s),
  });
}

export function bcastHeartbeat(s: RaftState): void {
  for (const to of s.peers) sendHeartbeat(s, to);
  s.readHeartbeatDue = false;
}

export function sendTimeoutNow(s: RaftState, to: NodeId): void {
  s.messages.push({ type: "TimeoutNow", from: s.id, to, term: s.term });
}

/** Leader, when a Ready is prepared: everything owed to each follower, batched. */
export function flushAppends(s: RaftState): void {
  for (const to of s.peers) {
    const pr = progressOf(s, to);
    let sent = 0;
    while (sendAppend(s, to, false)) {
      sent++;
      invariant(sent <= s.config.inflightMsgsMax + 1, "replication: send loop exceeded the window");
    }
    if (pr.resendDue || pr.sentCommit < s.log.committed) sendAppend(s, to, true);
    pr.resendDue = false;
  }
  if (s.readHeartbeatDue) bcastHeartbeat(s);
}

/** Leader: a follower answered an append. */
export function handleAppendResponse(s: RaftState, m: AppendEntriesResponse): void {
  const pr = progressOf(s, m.from);
  pr.recentActive = true;
  if (m.seq > pr.ackedSeq) {
    pr.ackedSeq = m.seq;
    confirmReads(s);
  }
  if (!m.success) {
    // A snapshot is in flight: its answer, not a stale rejection, decides what comes next.
    if (pr.state !== "snapshot") pr.becomeProbe(Math.min(nextFromHint(s, m), s.log.lastIndex() + 1));
    return;
  }
  if (!pr.maybeUpdate(m.matchIndex)) {
    noProgress(s, pr);
    return;
  }
  progressMade(s, m.from, pr);
}

/** The follower's conflict hint turned into the next index to probe (proto AppendEntriesResponse). */
function nextFromHint(s: RaftState, m: AppendEntriesResponse): number {
  if (m.conflictTerm === 0) return m.conflictIndex;
  const last = s.log.lastIndexOfTerm(m.conflictTerm);
  return last === undefined ? m.conflictIndex : last + 1;
}

/** A heartbeat answer or a stale duplicate: unpause, and look for lost appends. */
function noProgress(s: RaftState, pr: Progress): void {
  if (pr.state === "probe") pr.probeSent = false;
  if (pr.state === "replicate" && pr.inflights.full()) pr.inflights.freeFirstOne();
  // An empty append at `next` makes a follower that lost appends reject, which resets to probe.
  if (pr.state !== "snapshot" && pr.match < s.log.lastIndex()) pr.resendDue = true;
}

function progressMade(s: RaftState, from: NodeId, pr: Progress): void {
  switch (pr.state) {
    case "probe":
      pr.becomeReplicate();
      break;
    case "replicate":
      pr.inflights.freeLE(pr.match);
      break;
    case "snapshot":
      if (pr.match >= pr.pendingSnapshot) pr.becomeReplicate();
      break;
  }
  maybeCommit(s);
  if (s.transferee === from && pr.match === s.log.lastIndex()) sendTimeoutNow(s, from);
}

/** Leader: a follower answered a snapshot. */
export function handleSnapshotResponse(s: RaftState, m: InstallSnapshotResponse): void {
  const pr = progressOf(s, m.from);
  pr.recentActive = true;
  if (!m.success) {
    if (pr.state === "snapshot") pr.becomeProbe(pr.match + 1);
    return;
  }
  if (pr.maybeUpdate(m.index)) progressMade(s, m.from, pr);
}

/** Leader tick: a snapshot unanswered for an election timeout is presumed lost; probe again. */
export function tickSnapshots(s: RaftState): void {
  for (const pr of s.progress.values()) {
    if (pr.state !== "snapshot") continue;
    pr.snapshotElapsedTicks++;
    if (pr.snapshotElapsedTicks >= s.config.electionTicks) pr.becomeProbe(pr.match + 1);
  }
}

/**
 * Leader: advance commit to the highest index a majority stored durably, if it is of the current
 * term (Raft §5.4.2). The leader's own entries count only once advance() confirmed them stable.
 */
export function maybeCommit(s: RaftState): boolean {
  const matches = s.voters.map((id) => (id === s.id ? s.log.stable : progressOf(s, id).match));
  const index = majorityIndex(matches);
  if (index <= s.log.committed || s.log.term(index) !== s.term) return false;
  s.log.commitTo(index);
  return true;
}

/** Follower: append (or reject with a conflict hint) and answer. */
export function handleAppendEntries(s: RaftState, m: AppendEntries): void {
  const lastNew = s.log.maybeAppend(m.prevLogIndex, m.prevLogTerm, m.entries);
  const base = { from: s.id, to: m.from, term: s.term, lastLogIndex: s.log.lastIndex(), seq: m.seq };
  if (lastNew === null) {
    const hint = conflictHint(s, m.prevLogIndex);
    s.messages.push({ type: "AppendEntriesResponse", ...base, success: false, matchIndex: 0, ...hint });
    return;
  }
  s.log.commitTo(Math.min(m.leaderCommit, lastNew));
  s.messages.push({
    type: "AppendEntriesResponse",
    ...base,
    success: true,
    matchIndex: lastNew,
    conflictIndex: 0,
    conflictTerm: 0,
  });
}

function conflictHint(s: RaftState, prevIndex: number): { conflictIndex: number; conflictTerm: number } {
  if (prevIndex > s.log.lastIndex()) return { conflictIndex: s.log.lastIndex() + 1, conflictTerm: 0 };
  const term = s.log.term(prevIndex);
  invariant(term !== undefined, "replication: mismatch inside the compacted prefix");
  return { conflictIndex: s.log.firstIndexOfTerm(term, prevIndex), conflictTerm: term };
}

/**
 * Follower: install a snapshot unless the log already covers it. Committed entries are identical
 * everywhere, and a log holding (index, term) matches the leader's up to there: in both cases the
 * follower keeps its log and only moves commit.
 */
export function handleInstallSnapshot(s: RaftState, m: InstallSnapshot): void {
  const snap = m.snapshot;
  if (snap.index > s.log.committed) {
    if (s.log.matchTerm(snap.index, snap.term)) s.log.commitTo(snap.index);
    else s.log.restore(snap);
  }
  s.messages.push({
    type: "InstallSnapshotResponse",
    from: s.id,
    to: m.from,
    term: s.term,
    success: true,
    index: snap.index,
  });
}
