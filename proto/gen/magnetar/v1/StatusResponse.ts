// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from '../../magnetar/v1/RaftMember.js';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/metadata.proto

/**
 * Raft role of the member.
 */
export const _magnetar_v1_StatusResponse_Role = {
  /**
   * Not reported (the member is starting).
   */
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  LEADER: 'LEADER',
  /**
   * Voters following a leader, and learners (see `learner`).
   */
  FOLLOWER: 'FOLLOWER',
  CANDIDATE: 'CANDIDATE',
  /**
   * Running a pre-vote, not yet a candidate.
   */
  PRE_CANDIDATE: 'PRE_CANDIDATE',
} as const;

/**
 * Raft role of the member.
 */
export type _magnetar_v1_StatusResponse_Role =
  /**
   * Not reported (the member is starting).
   */
  | 'ROLE_UNSPECIFIED'
  | 0
  | 'LEADER'
  | 1
  /**
   * Voters following a leader, and learners (see `learner`).
   */
  | 'FOLLOWER'
  | 2
  | 'CANDIDATE'
  | 3
  /**
   * Running a pre-vote, not yet a candidate.
   */
  | 'PRE_CANDIDATE'
  | 4

/**
 * Raft role of the member.
 */
export type _magnetar_v1_StatusResponse_Role__Output = typeof _magnetar_v1_StatusResponse_Role[keyof typeof _magnetar_v1_StatusResponse_Role]

export interface StatusResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * This member's id.
   */
  'memberId'?: (string);
  /**
   * This member's address (host:port).
   */
  'address'?: (string);
  /**
   * The leader as this member knows it; "" if unknown.
   */
  'leaderId'?: (string);
  /**
   * This member's role.
   */
  'role'?: (_magnetar_v1_StatusResponse_Role);
  /**
   * True if this member is a learner (its role is then FOLLOWER).
   */
  'learner'?: (boolean);
  /**
   * Current Raft term.
   */
  'raftTerm'?: (number | string | Long);
  /**
   * Highest log index known committed.
   */
  'commitIndex'?: (number | string | Long);
  /**
   * Highest log index applied to the state machine (<= commit_index).
   */
  'appliedIndex'?: (number | string | Long);
  /**
   * Index of the last entry in the member's log.
   */
  'lastLogIndex'?: (number | string | Long);
  /**
   * Index of the latest snapshot (the log starts after it); 0 if none.
   */
  'snapshotIndex'?: (number | string | Long);
  /**
   * Current store revision at applied_index.
   */
  'revision'?: (number | string | Long);
  /**
   * Current compact revision (reads below it fail with COMPACTED); 0 if never compacted.
   */
  'compactRevision'?: (number | string | Long);
  /**
   * Approximate bytes the member's LevelDB database takes on disk (log, snapshots, state).
   */
  'dbSizeBytes'?: (number | string | Long);
  /**
   * The configuration this member uses (latest in its log).
   */
  'members'?: (_magnetar_v1_RaftMember)[];
  /**
   * The cluster's id.
   */
  'clusterId'?: (string);
  /**
   * Magnetar version of the member binary (semver).
   */
  'version'?: (string);
}

export interface StatusResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * This member's id.
   */
  'memberId': (string);
  /**
   * This member's address (host:port).
   */
  'address': (string);
  /**
   * The leader as this member knows it; "" if unknown.
   */
  'leaderId': (string);
  /**
   * This member's role.
   */
  'role': (_magnetar_v1_StatusResponse_Role__Output);
  /**
   * True if this member is a learner (its role is then FOLLOWER).
   */
  'learner': (boolean);
  /**
   * Current Raft term.
   */
  'raftTerm': (number);
  /**
   * Highest log index known committed.
   */
  'commitIndex': (number);
  /**
   * Highest log index applied to the state machine (<= commit_index).
   */
  'appliedIndex': (number);
  /**
   * Index of the last entry in the member's log.
   */
  'lastLogIndex': (number);
  /**
   * Index of the latest snapshot (the log starts after it); 0 if none.
   */
  'snapshotIndex': (number);
  /**
   * Current store revision at applied_index.
   */
  'revision': (number);
  /**
   * Current compact revision (reads below it fail with COMPACTED); 0 if never compacted.
   */
  'compactRevision': (number);
  /**
   * Approximate bytes the member's LevelDB database takes on disk (log, snapshots, state).
   */
  'dbSizeBytes': (number);
  /**
   * The configuration this member uses (latest in its log).
   */
  'members': (_magnetar_v1_RaftMember__Output)[];
  /**
   * The cluster's id.
   */
  'clusterId': (string);
  /**
   * Magnetar version of the member binary (semver).
   */
  'version': (string);
}
