/**
 * Roles and elections. Each role is a pair of swapped functions (`s.step`, `s.tick`), installed
 * by the become* transitions, as in etcd-raft.
 *
 * Elections use pre-vote (§9.6 of the Raft dissertation): a node first asks whether it would win
 * at term + 1 without changing its term, and only a majority of yes starts a real election. With
 * check-quorum a leader that has not heard from a majority within an election timeout steps down,
 * and a node that heard from a leader within the election timeout refuses (pre-)votes: a working
 * leader is never disrupted, except by a leader transfer it started itself.
 */
import { invariant, unreachable } from "../../../common/errors.js";
import { Progress } from "./progress.js";
import { hasQuorum, voteOutcome } from "./quorum.js";
import { handleReadIndexRequest, handleReadIndexResponse, rejectReadIndex } from "./read-index.js";
import {
  bcastHeartbeat,
  handleAppendEntries,
  handleAppendResponse,
  handleInstallSnapshot,
  handleSnapshotResponse,
  tickSnapshots,
} from "./replication.js";
import { inLeaderLease, isVoter, type RaftState, randomizedElectionTimeout } from "./state.js";
import type { Message, NodeId, RequestVote, RequestVoteResponse, TimeoutNow } from "./types.js";

const EMPTY = new Uint8Array(0);

function resetRole(s: RaftState): void {
  s.electionElapsedTicks = 0;
  s.heartbeatElapsedTicks = 0;
  s.electionTimeoutTicks = randomizedElectionTimeout(s);
  s.votes.clear();
  s.progress.clear();
  s.transferee = null;
  s.transferElapsedTicks = 0;
  s.pendingReads = [];
  s.readHeartbeatDue = false;
}

export function becomeFollower(s: RaftState, term: number, leader: NodeId | null): void {
  invariant(term >= s.term, "roles: the term never decreases");
  if (term > s.term) {
    s.term = term;
    s.vote = null;
  }
  resetRole(s);
  s.role = "follower";
  s.leader = leader;
  s.step = stepFollower;
  s.tick = tickElection;
}

function becomePreCandidate(s: RaftState): void {
  invariant(s.role !== "leader", "roles: a leader does not campaign");
  resetRole(s);
  s.role = "pre-candidate";
  s.leader = null;
  s.step = stepCandidate;
  s.tick = tickElection;
}

function becomeCandidate(s: RaftState): void {
  invariant(s.role !== "leader", "roles: a leader does not campaign");
  resetRole(s);
  s.term += 1;
  s.vote = s.id;
  s.role = "candidate";
  s.leader = null;
  s.step = stepCandidate;
  s.tick = tickElection;
}

function becomeLeader(s: RaftState): void {
  invariant(s.role === "candidate", "roles: only a candidate becomes leader");
  invariant(s.vote === s.id, "roles: a leader voted for itself");
  resetRole(s);
  s.role = "leader";
  s.leader = s.id;
  s.step = stepLeader;
  s.tick = tickLeader;
  s.seq = 1;
  const next = s.log.lastIndex() + 1;
  for (const peer of s.peers) s.progress.set(peer, new Progress(next, s.config.inflightMsgsMax));
  // The no-op lets the leader commit (and learn the commit index of) earlier terms' entries.
  s.log.append([{ index: next, term: s.term, type: "noop", data: EMPTY }]);
}

export type CampaignKind = "pre-vote" | "vote" | "transfer";

export function campaign(s: RaftState, kind: CampaignKind): void {
  invariant(isVoter(s, s.id), "roles: only a voter campaigns");
  if (kind === "pre-vote") {
    becomePreCandidate(s);
    // A pre-vote costs nothing durable, so the node counts its own yes at once.
    if (recordVote(s, s.id, true)) return;
  } else {
    becomeCandidate(s);
    // The own vote counts only once advance() confirmed it durable (selfVotePersisted).
  }
  const term = kind === "pre-vote" ? s.term + 1 : s.term;
  for (const to of s.peers) {
    s.messages.push({
      type: "RequestVote",
      from: s.id,
      to,
      term,
      lastLogIndex: s.log.lastIndex(),
      lastLogTerm: s.log.lastTerm(),
      preVote: kind === "pre-vote",
      leaderTransfer: kind === "transfer",
    });
  }
}

/** Records one answer; returns true when it decided the election (the role changed). */
function recordVote(s: RaftState, from: NodeId, granted: boolean): boolean {
  if (!s.votes.has(from)) s.votes.set(from, granted);
  switch (voteOutcome(s.voters, s.votes)) {
    case "won":
      if (s.role === "pre-candidate") campaign(s, "vote");
      else becomeLeader(s);
      return true;
    case "lost":
      becomeFollower(s, s.term, null);
      return true;
    case "pending":
      return false;
  }
}

/** After advance(): a candidate's own vote is durable now and counts. */
export function selfVotePersisted(s: RaftState): void {
  if (s.role !== "candidate" || s.votes.has(s.id)) return;
  const hs = s.persistedHardState;
  if (hs.term !== s.term || hs.vote !== s.id) return;
  recordVote(s, s.id, true);
}

/**
 * Every message enters here: term rules first (Raft §5.1, plus pre-vote and stickiness), then
 * the role's step function.
 */
export function stepMessage(s: RaftState, m: Message): void {
  if (m.type === "ReadIndex" || m.type === "ReadIndexResponse") {
    s.step(s, m); // answered from this node's own state, whatever the terms
    return;
  }
  if (m.type === "TimeoutNowResponse") return; // informational only
  if (m.term > s.term && !adoptHigherTerm(s, m)) return;
  if (m.term < s.term) {
    answerStale(s, m);
    return;
  }
  s.step(s, m);
}

/** A message from a higher term; returns false when it must not be stepped further. */
function adoptHigherTerm(s: RaftState, m: Message): boolean {
  switch (m.type) {
    case "RequestVote":
      if (!m.leaderTransfer && inLeaderLease(s)) {
        answerVote(s, m, false);
        return false;
      }
      if (!m.preVote) becomeFollower(s, m.term, null);
      return true;
    case "RequestVoteResponse":
      // A granted pre-vote carries the term the pre-candidate asked about, not the voter's.
      if (!(m.preVote && m.voteGranted)) becomeFollower(s, m.term, null);
      return true;
    case "TimeoutNow":
      answerTimeoutNow(s, m, false);
      return false;
    case "AppendEntries":
    case "InstallSnapshot":
      becomeFollower(s, m.term, m.from);
      return true;
    default:
      becomeFollower(s, m.term, null);
      return true;
  }
}

/** A request from an older term is refused with this node's term, so the sender catches up. */
function answerStale(s: RaftState, m: Message): void {
  const base = { from: s.id, to: m.from, term: s.term };
  switch (m.type) {
    case "AppendEntries":
      s.messages.push({
        type: "AppendEntriesResponse",
        ...base,
        success: false,
        matchIndex: 0,
        conflictIndex: 0,
        conflictTerm: 0,
        lastLogIndex: s.log.lastIndex(),
        seq: m.seq,
      });
      return;
    case "InstallSnapshot":
      s.messages.push({ type: "InstallSnapshotResponse", ...base, success: false, index: m.snapshot.index });
      return;
    case "RequestVote":
      answerVote(s, m, false);
      return;
    case "TimeoutNow":
      answerTimeoutNow(s, m, false);
      return;
    default:
      return; // stale answers are dropped
  }
}

function answerVote(s: RaftState, m: RequestVote, granted: boolean): void {
  s.messages.push({
    type: "RequestVoteResponse",
    from: s.id,
    to: m.from,
    term: granted && m.preVote ? m.term : s.term,
    voteGranted: granted,
    preVote: m.preVote,
  });
}

function answerTimeoutNow(s: RaftState, m: TimeoutNow, accepted: boolean): void {
  s.messages.push({ type: "TimeoutNowResponse", from: s.id, to: m.from, term: s.term, accepted });
}

/** Grant rules of proto RequestVoteRequest (the lease rule was applied in adoptHigherTerm). */
function handleVote(s: RaftState, m: RequestVote): void {
  const canVote =
    s.vote === m.from || (s.vote === null && s.leader === null) || (m.preVote && m.term > s.term);
  const granted = canVote && s.log.isUpToDate(m.lastLogIndex, m.lastLogTerm);
  answerVote(s, m, granted);
  if (granted && !m.preVote) {
    s.vote = m.from;
    s.electionElapsedTicks = 0;
  }
}

function handleVoteResponse(s: RaftState, m: RequestVoteResponse): void {
  const pre = s.role === "pre-candidate";
  if (m.preVote !== pre) return; // an answer from an earlier phase
  const expectedTerm = pre && m.voteGranted ? s.term + 1 : s.term;
  if (m.term !== expectedTerm) return;
  recordVote(s, m.from, m.voteGranted);
}

function heardFromLeader(s: RaftState, leader: NodeId): void {
  invariant(s.leader === null || s.leader === leader, `roles: two leaders in term ${s.term}`);
  s.leader = leader;
  s.electionElapsedTicks = 0;
}

function stepFollower(s: RaftState, m: Message): void {
  switch (m.type) {
    case "AppendEntries":
      heardFromLeader(s, m.from);
      handleAppendEntries(s, m);
      return;
    case "InstallSnapshot":
      heardFromLeader(s, m.from);
      handleInstallSnapshot(s, m);
      return;
    case "RequestVote":
      handleVote(s, m);
      return;
    case "TimeoutNow": {
      const accepted = isVoter(s, s.id);
      answerTimeoutNow(s, m, accepted);
      if (accepted) campaign(s, "transfer");
      return;
    }
    case "ReadIndex":
      rejectReadIndex(s, m, "not-leader");
      return;
    case "ReadIndexResponse":
      handleReadIndexResponse(s, m);
      return;
    case "AppendEntriesResponse":
    case "RequestVoteResponse":
    case "InstallSnapshotResponse":
    case "TimeoutNowResponse":
      return; // answers to a role this node no longer has
    default:
      unreachable(m);
  }
}

/** Pre-candidates and candidates. */
function stepCandidate(s: RaftState, m: Message): void {
  switch (m.type) {
    case "AppendEntries":
      becomeFollower(s, s.term, m.from); // someone won this term
      handleAppendEntries(s, m);
      return;
    case "InstallSnapshot":
      becomeFollower(s, s.term, m.from);
      handleInstallSnapshot(s, m);
      return;
    case "RequestVote":
      handleVote(s, m);
      return;
    case "RequestVoteResponse":
      handleVoteResponse(s, m);
      return;
    case "TimeoutNow":
      answerTimeoutNow(s, m, false);
      return;
    case "ReadIndex":
      rejectReadIndex(s, m, "not-leader");
      return;
    case "ReadIndexResponse":
      handleReadIndexResponse(s, m);
      return;
    case "AppendEntriesResponse":
    case "InstallSnapshotResponse":
    case "TimeoutNowResponse":
      return;
    default:
      unreachable(m);
  }
}

function stepLeader(s: RaftState, m: Message): void {
  switch (m.type) {
    case "AppendEntriesResponse":
      handleAppendResponse(s, m);
      return;
    case "InstallSnapshotResponse":
      handleSnapshotResponse(s, m);
      return;
    case "RequestVote":
      handleVote(s, m);
      return;
    case "ReadIndex":
      handleReadIndexRequest(s, m);
      return;
    case "ReadIndexResponse":
      handleReadIndexResponse(s, m);
      return;
    case "TimeoutNow":
      answerTimeoutNow(s, m, false);
      return;
    case "AppendEntries":
    case "InstallSnapshot":
      invariant(false, `roles: two leaders in term ${s.term}`);
      return;
    case "RequestVoteResponse":
    case "TimeoutNowResponse":
      return;
    default:
      unreachable(m);
  }
}

function tickElection(s: RaftState): void {
  s.electionElapsedTicks++;
  if (s.electionElapsedTicks < s.electionTimeoutTicks) return;
  s.electionElapsedTicks = 0;
  if (isVoter(s, s.id)) campaign(s, "pre-vote");
}

function tickLeader(s: RaftState): void {
  s.heartbeatElapsedTicks++;
  s.electionElapsedTicks++;
  tickSnapshots(s);
  if (s.transferee !== null) {
    s.transferElapsedTicks++;
    // A transfer that did not finish within an election timeout is abandoned.
    if (s.transferElapsedTicks >= s.config.electionTicks) s.transferee = null;
  }
  if (s.electionElapsedTicks >= s.config.electionTicks) {
    s.electionElapsedTicks = 0;
    if (!checkQuorum(s)) {
      becomeFollower(s, s.term, null);
      return;
    }
  }
  if (s.heartbeatElapsedTicks >= s.config.heartbeatTicks) {
    s.heartbeatElapsedTicks = 0;
    bcastHeartbeat(s);
  }
}

/** Check-quorum: has a majority (counting this leader) been heard from since the last round? */
function checkQuorum(s: RaftState): boolean {
  const active = hasQuorum(s.voters, (id) => id === s.id || s.progress.get(id)?.recentActive === true);
  for (const pr of s.progress.values()) pr.recentActive = false;
  return active;
}
