/**
 * Checks of everything that enters the core from outside: configuration, state read back from
 * storage, and peer messages. Configuration and storage problems are returned as text for the
 * shell to report; a malformed message is ignored (the shell answers INVALID_ARGUMENT).
 */
import type {
  AppendEntries,
  Entry,
  InstallSnapshot,
  Message,
  NodeId,
  PersistedState,
  RaftConfig,
  StepResult,
} from "./types.js";

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isPositive(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

function sameMembers(a: readonly NodeId[], b: readonly NodeId[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((m) => set.has(m));
}

/** Every broken rule of a configuration; empty when it is valid. */
export function raftConfigProblems(c: RaftConfig): string[] {
  const problems: string[] = [];
  if (c.id === "") problems.push("id must not be empty");
  if (!c.members.includes(c.id)) problems.push(`members must include this node's id ${c.id}`);
  if (new Set(c.members).size !== c.members.length) problems.push("members must be unique");
  if (!isPositive(c.heartbeatTicks)) problems.push("heartbeatTicks must be >= 1");
  if (!isPositive(c.electionTicks) || c.electionTicks <= c.heartbeatTicks) {
    problems.push("electionTicks must be an integer > heartbeatTicks");
  }
  if (!isPositive(c.inflightMsgsMax)) problems.push("inflightMsgsMax must be >= 1");
  if (!isPositive(c.entriesPerMsgMax)) problems.push("entriesPerMsgMax must be >= 1");
  if (!isPositive(c.entryBytesPerMsgMax)) problems.push("entryBytesPerMsgMax must be >= 1");
  if (!isPositive(c.uncommittedEntriesMax)) problems.push("uncommittedEntriesMax must be >= 1");
  if (!isPositive(c.pendingReadsMax)) problems.push("pendingReadsMax must be >= 1");
  if (!isPositive(c.committedEntriesPerReadyMax)) problems.push("committedEntriesPerReadyMax must be >= 1");
  return problems;
}

/** Every broken rule of state read back from storage; empty when it is consistent. */
export function persistedStateProblems(p: PersistedState, config: RaftConfig): string[] {
  const problems: string[] = [];
  const hs = p.hardState;
  if (!isCount(hs.term) || !isCount(hs.commit)) problems.push("hardState term and commit must be counts");
  const base = p.snapshot?.index ?? 0;
  const baseTerm = p.snapshot?.term ?? 0;
  if (p.snapshot !== null) {
    if (!isPositive(p.snapshot.index) || !isPositive(p.snapshot.term)) problems.push("snapshot index/term");
    if (!sameMembers(p.snapshot.members, config.members))
      problems.push("snapshot members differ from config");
    if (p.snapshot.term > hs.term) problems.push("snapshot term exceeds hardState term");
  }
  const entryProblem = entriesProblem(p.entries, base, baseTerm, hs.term);
  if (entryProblem !== null) problems.push(`entries: ${entryProblem}`);
  if (hs.commit > base + p.entries.length) problems.push("hardState commit exceeds the last stored entry");
  return problems;
}

/** Entries must be consecutive after prevIndex, with terms >= prevTerm, non-decreasing, <= term. */
function entriesProblem(
  entries: readonly Entry[],
  prevIndex: number,
  prevTerm: number,
  term: number,
): string | null {
  let lastTerm = prevTerm;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e === undefined) return "hole";
    if (e.index !== prevIndex + 1 + k) return `index ${e.index} is not consecutive`;
    if (!isPositive(e.term) || e.term < lastTerm || e.term > term) return `term ${e.term} out of order`;
    if (!(e.data instanceof Uint8Array)) return "data must be bytes";
    if (e.type !== "normal" && e.type !== "noop" && e.type !== "config") return "unknown type";
    lastTerm = e.term;
  }
  return null;
}

type Reason = Extract<StepResult, { type: "ignored" }>["reason"];

/** Why a message must be ignored, or null when it may be stepped. */
export function messageProblem(id: NodeId, voters: readonly NodeId[], m: Message): Reason | null {
  if (m.to !== id) return "wrong-recipient";
  if (m.from === id || !voters.includes(m.from)) return "unknown-sender";
  if (!isCount(m.term)) return "malformed";
  switch (m.type) {
    case "AppendEntries":
      return appendProblem(m) ? "malformed" : null;
    case "AppendEntriesResponse":
      return [m.matchIndex, m.conflictIndex, m.conflictTerm, m.lastLogIndex, m.seq].every(isCount)
        ? null
        : "malformed";
    case "RequestVote":
      return isCount(m.lastLogIndex) && isCount(m.lastLogTerm) ? null : "malformed";
    case "InstallSnapshot":
      return snapshotProblem(m, voters) ? "malformed" : null;
    case "InstallSnapshotResponse":
      return isCount(m.index) ? null : "malformed";
    case "ReadIndexResponse":
      return isCount(m.readIndex) && ["ok", "not-leader", "unavailable"].includes(m.status)
        ? null
        : "malformed";
    case "RequestVoteResponse":
    case "TimeoutNow":
    case "TimeoutNowResponse":
    case "ReadIndex":
      return null;
  }
}

function appendProblem(m: AppendEntries): boolean {
  if (!isCount(m.prevLogIndex) || !isCount(m.prevLogTerm)) return true;
  if (m.prevLogIndex === 0 && m.prevLogTerm !== 0) return true;
  if (!isCount(m.leaderCommit) || !isCount(m.seq)) return true;
  return entriesProblem(m.entries, m.prevLogIndex, m.prevLogTerm, m.term) !== null;
}

function snapshotProblem(m: InstallSnapshot, voters: readonly NodeId[]): boolean {
  const snap = m.snapshot;
  if (!isPositive(snap.index) || !isPositive(snap.term) || snap.term > m.term) return true;
  if (!(snap.data instanceof Uint8Array)) return true;
  return !sameMembers(snap.members, voters);
}
