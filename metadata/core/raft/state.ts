/**
 * The mutable state of one Raft node, shared by the role, replication and read-index modules.
 * `RaftNode` (raft.ts) is the only public face; nothing outside this folder sees a RaftState.
 */
import { invariant } from "../../../common/errors.js";
import { RaftLog } from "./log.js";
import type { Progress } from "./progress.js";
import type {
  HardState,
  Message,
  NodeId,
  PersistedState,
  RaftConfig,
  ReadState,
  Ready,
  Role,
  SoftState,
} from "./types.js";

export type StepFn = (s: RaftState, m: Message) => void;
export type TickFn = (s: RaftState) => void;

/** A read index waiting for a heartbeat quorum: confirmed once a majority acked seq >= `seq`. */
export interface PendingRead {
  readonly ctx: string;
  readonly index: number;
  readonly seq: number;
  /** Who asked: this node (a ReadState) or a follower (a ReadIndexResponse). */
  readonly from: NodeId;
}

export interface RaftState {
  readonly id: NodeId;
  readonly config: RaftConfig;
  /** All voting members, sorted, including this node. */
  readonly voters: readonly NodeId[];
  /** Voters other than this node. */
  readonly peers: readonly NodeId[];
  readonly log: RaftLog;
  term: number;
  vote: NodeId | null;
  role: Role;
  leader: NodeId | null;
  /** Follower/candidate: ticks since the leader was last heard from (or the election started). */
  electionElapsedTicks: number;
  heartbeatElapsedTicks: number;
  /** Randomized in [electionTicks, 2 * electionTicks - 1] on every role change. */
  electionTimeoutTicks: number;
  /** Candidate and pre-candidate: answers received this election. */
  readonly votes: Map<NodeId, boolean>;
  /** Leader: one entry per peer. */
  readonly progress: Map<NodeId, Progress>;
  /** Leader: the member leadership is being handed to, and ticks since the transfer began. */
  transferee: NodeId | null;
  transferElapsedTicks: number;
  /** Leader: the seq the next AppendEntries will carry. */
  seq: number;
  /** Leader: a read arrived since the last heartbeat round; broadcast one at the next Ready. */
  readHeartbeatDue: boolean;
  pendingReads: PendingRead[];
  readStates: ReadState[];
  messages: Message[];
  /** The HardState last confirmed durable by advance. */
  persistedHardState: HardState;
  /** The HardState / SoftState last handed out in a Ready. */
  emittedHardState: HardState;
  emittedSoftState: SoftState;
  /** The Ready handed out and not yet advanced. */
  outstanding: Ready | null;
  step: StepFn;
  tick: TickFn;
}

const noStep: StepFn = () => {
  invariant(false, "raft: role functions not installed");
};
const noTick: TickFn = () => {
  invariant(false, "raft: role functions not installed");
};

export function createState(config: RaftConfig, persisted: PersistedState): RaftState {
  const voters = [...config.members].sort();
  const hs = persisted.hardState;
  const log = new RaftLog(persisted.snapshot, persisted.entries, hs.commit);
  const hardState: HardState = { term: hs.term, vote: hs.vote, commit: log.committed };
  return {
    id: config.id,
    config,
    voters,
    peers: voters.filter((v) => v !== config.id),
    log,
    term: hs.term,
    vote: hs.vote,
    role: "follower",
    leader: null,
    electionElapsedTicks: 0,
    heartbeatElapsedTicks: 0,
    electionTimeoutTicks: config.electionTicks,
    votes: new Map(),
    progress: new Map(),
    transferee: null,
    transferElapsedTicks: 0,
    seq: 1,
    readHeartbeatDue: false,
    pendingReads: [],
    readStates: [],
    messages: [],
    persistedHardState: hardState,
    emittedHardState: hardState,
    emittedSoftState: { leader: null, role: "follower" },
    outstanding: null,
    step: noStep,
    tick: noTick,
  };
}

export function hardStateOf(s: RaftState): HardState {
  return { term: s.term, vote: s.vote, commit: s.log.committed };
}

export function sameHardState(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

export function isVoter(s: RaftState, id: NodeId): boolean {
  return s.voters.includes(id);
}

/** A new timeout in [electionTicks, 2 * electionTicks - 1] from the seeded source. */
export function randomizedElectionTimeout(s: RaftState): number {
  const r = s.config.random();
  invariant(r >= 0 && r < 1, "raft: config.random() must return a number in [0, 1)");
  const e = s.config.electionTicks;
  return e + Math.floor(r * e);
}

/**
 * Leader stickiness: a node that heard from a leader within the minimum election timeout refuses
 * to help unseat it (check-quorum keeps the leader honest in return).
 */
export function inLeaderLease(s: RaftState): boolean {
  return s.leader !== null && s.electionElapsedTicks < s.config.electionTicks;
}

/** Leader: the commit index is only served once an entry of the current term committed. */
export function committedInCurrentTerm(s: RaftState): boolean {
  return s.log.term(s.log.committed) === s.term;
}

export function nextSeq(s: RaftState): number {
  const seq = s.seq;
  s.seq++;
  return seq;
}
