/**
 * RaftNode: the public face of the pure Raft core (after etcd-io/raft's RawNode).
 *
 * Inputs: `tick()` (abstract time), `step(message)` (a peer message), and client calls
 * (`propose`, `readIndex`, `transferLeadership`, `compact`). Outputs: a `Ready` batch, which the
 * shell persists, sends and applies in the order its doc comment states, then acknowledges with
 * `advance(ready)`. Nothing in here touches a clock, a socket, a disk or Math.random.
 */
import { invariant } from "../../../common/errors.js";
import { forwardReadIndex, leaderReadIndex } from "./read-index.js";
import { flushAppends, maybeCommit, progressOf, sendTimeoutNow } from "./replication.js";
import { becomeFollower, selfVotePersisted, stepMessage } from "./roles.js";
import { createState, hardStateOf, isVoter, type RaftState, sameHardState } from "./state.js";
import type {
  CompactResult,
  Entry,
  LogView,
  Message,
  PeerStatus,
  PersistedState,
  ProposeResult,
  RaftConfig,
  RaftStatus,
  ReadIndexResult,
  Ready,
  SoftState,
  StepResult,
  TransferResult,
} from "./types.js";
import { messageProblem, persistedStateProblems, raftConfigProblems } from "./validate.js";

/** The state of a member that has never stored anything. */
export const EMPTY_PERSISTED_STATE: PersistedState = {
  hardState: { term: 0, vote: null, commit: 0 },
  snapshot: null,
  entries: [],
};

const STEPPED: StepResult = { type: "stepped" };

export class RaftNode {
  private readonly s: RaftState;

  /**
   * A new member (no `persisted`) or a restarted one: it comes back as a follower with the
   * persisted term, vote, commit, snapshot and log. Both arguments must pass
   * `raftConfigProblems` / `persistedStateProblems`.
   */
  constructor(config: RaftConfig, persisted: PersistedState = EMPTY_PERSISTED_STATE) {
    const problems = [...raftConfigProblems(config), ...persistedStateProblems(persisted, config)];
    invariant(problems.length === 0, `raft: invalid configuration or state: ${problems.join("; ")}`);
    this.s = createState(config, persisted);
    becomeFollower(this.s, this.s.term, null);
  }

  get id(): string {
    return this.s.id;
  }

  /** Advances abstract time by one tick (elections, heartbeats, check-quorum, timeouts). */
  tick(): void {
    this.s.tick(this.s);
  }

  /** Feeds one peer message in. Misaddressed or malformed messages are ignored and reported. */
  step(m: Message): StepResult {
    const problem = messageProblem(this.s.id, this.s.voters, m);
    if (problem !== null) return { type: "ignored", reason: problem };
    stepMessage(this.s, m);
    return STEPPED;
  }

  /** Appends `data` as a new entry if this node leads; it commits once a majority stored it. */
  propose(data: Uint8Array): ProposeResult {
    const s = this.s;
    if (s.role !== "leader") return { type: "not-leader", leader: s.leader };
    if (s.transferee !== null) return { type: "dropped", reason: "leader-transfer" };
    if (s.log.lastIndex() - s.log.committed >= s.config.uncommittedEntriesMax) {
      return { type: "dropped", reason: "uncommitted-limit" };
    }
    const entry: Entry = { index: s.log.lastIndex() + 1, term: s.term, type: "normal", data };
    s.log.append([entry]);
    return { type: "proposed", index: entry.index, term: entry.term };
  }

  /**
   * Asks for a linearizable read index; the answer arrives as a ReadState with the same `ctx`.
   * On the leader it is confirmed by a heartbeat round; a follower forwards it to the leader.
   */
  readIndex(ctx: string): ReadIndexResult {
    const s = this.s;
    if (s.role === "leader") return leaderReadIndex(s, ctx, s.id);
    return forwardReadIndex(s, ctx);
  }

  /**
   * Hands leadership to `to`: proposals are dropped meanwhile, `to` is brought up to date and
   * then told to campaign at once. Abandoned after an election timeout.
   */
  transferLeadership(to: string): TransferResult {
    const s = this.s;
    if (s.role !== "leader") return { type: "not-leader", leader: s.leader };
    if (!isVoter(s, to)) return { type: "invalid", reason: "unknown-member" };
    if (to === s.id) return { type: "invalid", reason: "self" };
    if (s.transferee === to) return { type: "started", to };
    s.transferee = to;
    s.transferElapsedTicks = 0;
    if (progressOf(s, to).match === s.log.lastIndex()) sendTimeoutNow(s, to);
    return { type: "started", to };
  }

  /**
   * The application built a snapshot of its state machine at `index` (<= applied): drop the log
   * up to `index`. The shell stores the returned snapshot durably before deleting those entries
   * from storage. Followers too far behind are then sent this snapshot.
   */
  compact(index: number, data: Uint8Array): CompactResult {
    const s = this.s;
    invariant(Number.isSafeInteger(index) && index >= 0, "raft: compact index must be a count");
    invariant(index <= s.log.applied, "raft: compact beyond the applied index");
    if (index <= s.log.snapshotIndex()) return { type: "stale", snapshotIndex: s.log.snapshotIndex() };
    const term = s.log.term(index);
    invariant(term !== undefined, "raft: compact index not in the log");
    const snapshot = { index, term, members: s.voters, data };
    s.log.compact(snapshot);
    return { type: "compacted", snapshot };
  }

  /** Whether `ready()` has anything; false while a Ready awaits `advance()`. */
  hasReady(): boolean {
    const s = this.s;
    if (s.outstanding !== null) return false;
    if (s.role === "leader") flushAppends(s);
    return (
      s.messages.length > 0 ||
      s.readStates.length > 0 ||
      s.log.hasUnstable() ||
      s.log.pendingSnapshot !== null ||
      s.log.hasCommittedToApply() ||
      !sameHardState(hardStateOf(s), s.emittedHardState) ||
      !sameSoftState(softStateOf(s), s.emittedSoftState)
    );
  }

  /** The next batch of work; see `Ready` for the order in which the shell must handle it. */
  ready(): Ready {
    const s = this.s;
    invariant(s.outstanding === null, "raft: ready() called again before advance()");
    if (s.role === "leader") flushAppends(s);
    const hardState = hardStateOf(s);
    const softState = softStateOf(s);
    const rd: Ready = {
      softState: sameSoftState(softState, s.emittedSoftState) ? null : softState,
      hardState: sameHardState(hardState, s.emittedHardState) ? null : hardState,
      snapshot: s.log.pendingSnapshot,
      entries: s.log.unstableEntries(),
      messages: s.messages,
      committedEntries: s.log.committedToApply(s.config.committedEntriesPerReadyMax),
      readStates: s.readStates,
    };
    checkReady(s, rd);
    s.messages = [];
    s.readStates = [];
    s.emittedHardState = hardState;
    s.emittedSoftState = softState;
    s.outstanding = rd;
    return rd;
  }

  /** The shell persisted, sent and applied `rd` (the object `ready()` returned). */
  advance(rd: Ready): void {
    const s = this.s;
    invariant(s.outstanding === rd, "raft: advance() with a Ready that is not the outstanding one");
    s.outstanding = null;
    if (rd.hardState !== null) s.persistedHardState = rd.hardState;
    if (rd.snapshot !== null) s.log.snapshotPersisted(rd.snapshot);
    if (rd.entries.length > 0) s.log.stableTo(rd.entries);
    const lastApplied = rd.committedEntries[rd.committedEntries.length - 1];
    if (lastApplied !== undefined) s.log.appliedTo(lastApplied.index);
    invariant(s.log.applied <= s.log.stable, "raft: applied an entry that is not durable");
    // Durable now: the leader's own entries count toward commit, a candidate's own vote counts.
    if (s.role === "leader") maybeCommit(s);
    selfVotePersisted(s);
  }

  status(): RaftStatus {
    const s = this.s;
    let progress: Record<string, PeerStatus> | null = null;
    if (s.role === "leader") {
      progress = {};
      for (const [id, pr] of s.progress) {
        progress[id] = {
          match: pr.match,
          next: pr.next,
          state: pr.state,
          recentActive: pr.recentActive,
          inflight: pr.inflights.size,
        };
      }
    }
    return {
      id: s.id,
      role: s.role,
      term: s.term,
      vote: s.vote,
      leader: s.leader,
      commit: s.log.committed,
      applied: s.log.applied,
      lastIndex: s.log.lastIndex(),
      lastTerm: s.log.lastTerm(),
      snapshotIndex: s.log.snapshotIndex(),
      transferee: s.transferee,
      progress,
    };
  }

  /** The in-memory log (read-only view, for diagnostics and tests). */
  logView(): LogView {
    return this.s.log.view();
  }
}

function softStateOf(s: RaftState): SoftState {
  return { leader: s.leader, role: s.role };
}

function sameSoftState(a: SoftState, b: SoftState): boolean {
  return a.leader === b.leader && a.role === b.role;
}

/** Assert what is about to be written: the Ready obeys the log's rules (checked again on restart). */
function checkReady(s: RaftState, rd: Ready): void {
  const first = rd.entries[0];
  if (first !== undefined) {
    invariant(first.index === s.log.stable + 1, "raft: Ready entries must follow the stable log");
  }
  for (let k = 1; k < rd.entries.length; k++) {
    invariant(rd.entries[k]?.index === first?.index + k, "raft: Ready entries must be consecutive");
  }
  if (rd.hardState !== null) {
    invariant(rd.hardState.commit <= s.log.lastIndex(), "raft: commit beyond the last entry");
    invariant(rd.hardState.term >= s.persistedHardState.term, "raft: the persisted term decreases");
  }
  const applyFirst = rd.committedEntries[0];
  if (applyFirst !== undefined) {
    const from = Math.max(s.log.applied, rd.snapshot?.index ?? 0, s.log.snapshotIndex()) + 1;
    invariant(applyFirst.index === from, "raft: committed entries must follow the applied index");
  }
}
