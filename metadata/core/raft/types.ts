/**
 * Types of the pure Raft core: log entries, persisted state, peer messages, the Ready batch and the
 * results of client calls.
 *
 * Indexes start at 1; index 0 with term 0 stands for "before the first entry". Every message maps
 * 1:1 onto a request or response of proto/raft.proto (see the doc comment on each message).
 */

/** A member id: stable, unique in the cluster, never reused (proto `MetadataMember.id`). */
export type NodeId = string;

/** What `Entry.data` holds. `noop` is the empty entry a new leader appends; `config` is reserved. */
export type EntryType = "normal" | "noop" | "config";

/** One entry of the replicated log. Immutable once created. */
export interface Entry {
  /** Position in the log, >= 1. */
  readonly index: number;
  /** Term of the leader that created the entry, >= 1. */
  readonly term: number;
  readonly type: EntryType;
  /** Opaque to Raft for `normal` entries; empty for `noop`. */
  readonly data: Uint8Array;
}

/**
 * The state that must be durable before any message depending on it is sent: a vote before it is
 * granted, a term before a message of that term is sent.
 */
export interface HardState {
  /** Latest term seen. Never decreases. */
  readonly term: number;
  /** Candidate voted for in `term`; null when no vote was cast in `term`. */
  readonly vote: NodeId | null;
  /** Highest index known committed. Never decreases and never exceeds the last stored log index. */
  readonly commit: number;
}

/** What a snapshot captures: the state machine after applying every entry up to `index`. */
export interface SnapshotMeta {
  /** Index of the last entry included (>= 1). */
  readonly index: number;
  /** Term of the entry at `index`. */
  readonly term: number;
  /** The voting members (fixed membership: equal to the configured members). */
  readonly members: readonly NodeId[];
}

/** A snapshot with its state machine bytes; the bytes' format belongs to the state machine. */
export interface Snapshot extends SnapshotMeta {
  readonly data: Uint8Array;
}

/** The four roles; a node in each role swaps in its own step and tick functions. */
export const ROLES = ["follower", "pre-candidate", "candidate", "leader"] as const;
export type Role = (typeof ROLES)[number];

/** Volatile state the shell may want to observe (metrics, redirects). Never persisted. */
export interface SoftState {
  readonly leader: NodeId | null;
  readonly role: Role;
}

/**
 * A confirmed read index: a read requested with `ctx` is linearizable once the state machine has
 * applied every entry up to `index`.
 */
export interface ReadState {
  readonly ctx: string;
  readonly index: number;
}

interface MessageBase {
  /** Sender (proto `PeerHeader.from`; also `leader_id` / `candidate_id` where the proto has one). */
  readonly from: NodeId;
  /** Receiver (proto `PeerHeader.to`). */
  readonly to: NodeId;
  /** The sender's term, except where a message documents otherwise. */
  readonly term: number;
}

/**
 * Leader -> follower: replicate `entries`, or heartbeat when `entries` is empty (proto
 * `AppendEntriesRequest`; `leader_id` = `from`).
 */
export interface AppendEntries extends MessageBase {
  readonly type: "AppendEntries";
  /** Index just before `entries`; for a heartbeat, the follower's match index (0 if compacted). */
  readonly prevLogIndex: number;
  /** Term at `prevLogIndex`; 0 when `prevLogIndex` is 0. */
  readonly prevLogTerm: number;
  /** Consecutive entries starting at `prevLogIndex + 1`. */
  readonly entries: readonly Entry[];
  /** The receiver commits min(leaderCommit, last index it verified to match). */
  readonly leaderCommit: number;
  /** Per-term sequence number, strictly increasing over all appends the leader sends; echoed back. */
  readonly seq: number;
}

/** Follower -> leader (proto `AppendEntriesResponse`). */
export interface AppendEntriesResponse extends MessageBase {
  readonly type: "AppendEntriesResponse";
  readonly success: boolean;
  /** On success, the last index known to match the leader's log (durably stored); 0 on failure. */
  readonly matchIndex: number;
  /** On mismatch: the responder's last index + 1 (conflictTerm 0), or first index of conflictTerm. */
  readonly conflictIndex: number;
  /** On mismatch: the term of the responder's entry at prevLogIndex, or 0 if its log is shorter. */
  readonly conflictTerm: number;
  /** The responder's last log index (diagnostics). */
  readonly lastLogIndex: number;
  /** The request's `seq`, echoed; confirms read indexes. */
  readonly seq: number;
}

/**
 * Candidate -> voter (proto `RequestVoteRequest`; `candidate_id` = `from`). For a pre-vote `term`
 * is the term the candidate would move to (its own term + 1); its own term is unchanged.
 */
export interface RequestVote extends MessageBase {
  readonly type: "RequestVote";
  readonly lastLogIndex: number;
  readonly lastLogTerm: number;
  readonly preVote: boolean;
  /** Set on elections started by TimeoutNow: voters skip the leader-lease (stickiness) check. */
  readonly leaderTransfer: boolean;
}

/** Voter -> candidate (proto `RequestVoteResponse`). A granted pre-vote carries the request's term. */
export interface RequestVoteResponse extends MessageBase {
  readonly type: "RequestVoteResponse";
  readonly voteGranted: boolean;
  readonly preVote: boolean;
}

/**
 * Leader -> follower whose next entry was compacted away: the whole snapshot in one message (proto
 * `InstallSnapshotRequest`, which the shell streams in chunks; `metadata` = the snapshot's
 * index/term/members, `leader_id` = `from`).
 */
export interface InstallSnapshot extends MessageBase {
  readonly type: "InstallSnapshot";
  readonly snapshot: Snapshot;
}

/**
 * Follower -> leader (proto `InstallSnapshotResponse`). `index` is the snapshot index the response
 * refers to; it is not on the wire: the shell copies it from the request it answered.
 */
export interface InstallSnapshotResponse extends MessageBase {
  readonly type: "InstallSnapshotResponse";
  readonly success: boolean;
  readonly index: number;
}

/** Leader -> transfer target: campaign now (proto `TimeoutNowRequest`; `leader_id` = `from`). */
export interface TimeoutNow extends MessageBase {
  readonly type: "TimeoutNow";
}

/** Target -> leader (proto `TimeoutNowResponse`); `term` is the term before the election. */
export interface TimeoutNowResponse extends MessageBase {
  readonly type: "TimeoutNowResponse";
  readonly accepted: boolean;
}

/**
 * Follower -> leader: confirm a read index (proto `ReadIndexRequest`; `context` is
 * `RaftEnvelope.context` on the Stream RPC, or kept by the shell with a unary call). Exempt from
 * term checks (the leader answers from its own state).
 */
export interface ReadIndex extends MessageBase {
  readonly type: "ReadIndex";
  readonly context: string;
}

/**
 * Leader -> follower (proto `ReadIndexResponse`; `context` and `status` are `RaftEnvelope.context`
 * and `status` on the Stream RPC; on a unary call "not-leader"/"unavailable" are the call failing
 * with NOT_LEADER/UNAVAILABLE).
 */
export interface ReadIndexResponse extends MessageBase {
  readonly type: "ReadIndexResponse";
  readonly context: string;
  readonly status: "ok" | "not-leader" | "unavailable";
  /** The confirmed read index; 0 unless status is "ok". */
  readonly readIndex: number;
}

/** Every peer message, tagged by `type`. */
export type Message =
  | AppendEntries
  | AppendEntriesResponse
  | RequestVote
  | RequestVoteResponse
  | InstallSnapshot
  | InstallSnapshotResponse
  | TimeoutNow
  | TimeoutNowResponse
  | ReadIndex
  | ReadIndexResponse;

export type MessageType = Message["type"];

/**
 * One batch of work for the shell, returned by `RaftNode.ready()`. The shell must handle it in
 * this order, then call `advance(ready)` with the same object:
 *
 * 1. Persist, synced, as one atomic batch (or in this order): `snapshot` (replaces the stored
 *    snapshot and discards every stored log entry), then `entries` (an entry at an index that is
 *    already stored replaces that index and every stored entry after it), then `hardState`.
 * 2. Only then send `messages`. A message sent before step 1 is durable can make this node vote
 *    twice in a term or acknowledge entries it then forgets.
 * 3. Restore `snapshot` (if any) into the state machine, then apply `committedEntries` in order.
 * 4. Answer reads whose `readStates` index has been applied.
 * 5. Call `advance(ready)`. Only then does the node count its own new entries toward a commit
 *    quorum, and its own vote toward an election: acknowledgments are always durable.
 *
 * `ready()` may not be called again before `advance()`; `step`, `tick` and client calls may.
 */
export interface Ready {
  /** Leader and role, when changed since the previous Ready; informational, never persisted. */
  readonly softState: SoftState | null;
  /** The HardState to persist, when changed since the previous Ready. */
  readonly hardState: HardState | null;
  /** A snapshot received from the leader, to persist and restore into the state machine. */
  readonly snapshot: Snapshot | null;
  /** Entries to append durably (see 1: they may overwrite a stored suffix). */
  readonly entries: readonly Entry[];
  /** Messages to send after persisting; delivery may drop, duplicate or reorder them. */
  readonly messages: readonly Message[];
  /** Committed entries to apply in order, after `snapshot` (if any) was restored. */
  readonly committedEntries: readonly Entry[];
  /** Confirmed read indexes for `readIndex` calls (local, or forwarded to the leader). */
  readonly readStates: readonly ReadState[];
}

/** What a restarting node reads back from its storage. */
export interface PersistedState {
  readonly hardState: HardState;
  /** The latest durable snapshot (the leader needs its bytes to send it to lagging followers). */
  readonly snapshot: Snapshot | null;
  /** Every stored entry after the snapshot, consecutive from `snapshot.index + 1` (or 1). */
  readonly entries: readonly Entry[];
}

/**
 * Static configuration. Every field is required (no hidden defaults); `RAFT_DEFAULTS` holds
 * suggested values. Check with `raftConfigProblems` before constructing a node.
 */
export interface RaftConfig {
  readonly id: NodeId;
  /** Voting members, including `id`. Fixed for the life of the cluster. */
  readonly members: readonly NodeId[];
  /** Minimum election timeout; the actual one is random in [electionTicks, 2*electionTicks - 1]. */
  readonly electionTicks: number;
  /** A leader sends heartbeats every heartbeatTicks; must be < electionTicks. */
  readonly heartbeatTicks: number;
  /** Seeded source of randomness in [0, 1), passed in so that runs are repeatable. */
  readonly random: () => number;
  /** Appends in flight per follower in replicate state (pipelining window). */
  readonly inflightMsgsMax: number;
  /** Entries per AppendEntries. */
  readonly entriesPerMsgMax: number;
  /** Entry data bytes per AppendEntries; a single larger entry is still sent, alone. */
  readonly entryBytesPerMsgMax: number;
  /** Entries the leader holds uncommitted before `propose` drops proposals (backpressure). */
  readonly uncommittedEntriesMax: number;
  /** Read index requests awaiting their heartbeat quorum on the leader. */
  readonly pendingReadsMax: number;
  /** Committed entries handed out in one Ready. */
  readonly committedEntriesPerReadyMax: number;
}

/** Suggested limits (etcd-like); the shell spreads them into its config explicitly. */
export const RAFT_DEFAULTS = {
  electionTicks: 10,
  heartbeatTicks: 1,
  inflightMsgsMax: 256,
  entriesPerMsgMax: 64,
  entryBytesPerMsgMax: 1024 * 1024,
  uncommittedEntriesMax: 4096,
  pendingReadsMax: 1024,
  committedEntriesPerReadyMax: 256,
} as const satisfies Partial<RaftConfig>;

/** Result of `propose`. Not-leader is an expected outcome, never thrown. */
export type ProposeResult =
  | { readonly type: "proposed"; readonly index: number; readonly term: number }
  | { readonly type: "not-leader"; readonly leader: NodeId | null }
  | { readonly type: "dropped"; readonly reason: "leader-transfer" | "uncommitted-limit" };

/**
 * Result of `readIndex`. For "pending" (on the leader) and "forwarded" (on a follower) a ReadState
 * with the same ctx follows in a later Ready, or never if leadership changes or a message is lost:
 * the caller needs its own deadline.
 */
export type ReadIndexResult =
  | { readonly type: "pending" }
  | { readonly type: "forwarded"; readonly leader: NodeId }
  | { readonly type: "not-leader"; readonly leader: NodeId | null }
  | {
      readonly type: "unavailable";
      readonly reason: "no-commit-in-term" | "pending-reads-limit";
    };

/** Result of `transferLeadership`. */
export type TransferResult =
  | { readonly type: "started"; readonly to: NodeId }
  | { readonly type: "not-leader"; readonly leader: NodeId | null }
  | { readonly type: "invalid"; readonly reason: "unknown-member" | "self" };

/** Result of `compact`. */
export type CompactResult =
  | { readonly type: "compacted"; readonly snapshot: Snapshot }
  | { readonly type: "stale"; readonly snapshotIndex: number };

/** Result of `step`: bad input is reported, never thrown. */
export type StepResult =
  | { readonly type: "stepped" }
  | { readonly type: "ignored"; readonly reason: "wrong-recipient" | "unknown-sender" | "malformed" };

/** The replication state of one follower, seen from the leader. */
export type ProgressState = "probe" | "replicate" | "snapshot";

export interface PeerStatus {
  readonly match: number;
  readonly next: number;
  readonly state: ProgressState;
  readonly recentActive: boolean;
  readonly inflight: number;
}

/** A point-in-time view for metrics, health checks and tests. */
export interface RaftStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  readonly vote: NodeId | null;
  readonly leader: NodeId | null;
  readonly commit: number;
  readonly applied: number;
  readonly lastIndex: number;
  readonly lastTerm: number;
  readonly snapshotIndex: number;
  readonly transferee: NodeId | null;
  /** Per-follower progress; null unless leader. */
  readonly progress: Readonly<Record<NodeId, PeerStatus>> | null;
}

/** The in-memory log, for diagnostics and tests: the snapshot point and every entry after it. */
export interface LogView {
  readonly snapshotIndex: number;
  readonly snapshotTerm: number;
  readonly entries: readonly Entry[];
}
