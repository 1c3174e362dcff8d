/**
 * The Raft core's public surface. The shell (LevelDB storage, gRPC transport) drives a RaftNode
 * with ticks and messages and handles each Ready as its doc comment requires.
 */
export { EMPTY_PERSISTED_STATE, RaftNode } from "./raft.js";
export type {
  AppendEntries,
  AppendEntriesResponse,
  CompactResult,
  Entry,
  EntryType,
  HardState,
  InstallSnapshot,
  InstallSnapshotResponse,
  LogView,
  Message,
  MessageType,
  NodeId,
  PeerStatus,
  PersistedState,
  ProgressState,
  ProposeResult,
  RaftConfig,
  RaftStatus,
  ReadIndex,
  ReadIndexResponse,
  ReadIndexResult,
  ReadState,
  Ready,
  RequestVote,
  RequestVoteResponse,
  Role,
  Snapshot,
  SnapshotMeta,
  SoftState,
  StepResult,
  TimeoutNow,
  TimeoutNowResponse,
  TransferResult,
} from "./types.js";
export { RAFT_DEFAULTS, ROLES } from "./types.js";
export { persistedStateProblems, raftConfigProblems } from "./validate.js";
