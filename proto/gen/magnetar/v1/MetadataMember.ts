// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/admin.proto

/**
 * The member's Raft role. Zero is UNSPECIFIED: the member did not answer (reachable false).
 */
export const _magnetar_v1_MetadataMember_Role = {
  /**
   * Unknown: the member did not answer.
   */
  RAFT_ROLE_UNSPECIFIED: 'RAFT_ROLE_UNSPECIFIED',
  /**
   * Accepts writes and serves linearizable reads.
   */
  RAFT_ROLE_LEADER: 'RAFT_ROLE_LEADER',
  /**
   * Replicates the leader's log; forwards writes to it.
   */
  RAFT_ROLE_FOLLOWER: 'RAFT_ROLE_FOLLOWER',
  /**
   * Campaigning for leadership; no leader known to it.
   */
  RAFT_ROLE_CANDIDATE: 'RAFT_ROLE_CANDIDATE',
} as const;

/**
 * The member's Raft role. Zero is UNSPECIFIED: the member did not answer (reachable false).
 */
export type _magnetar_v1_MetadataMember_Role =
  /**
   * Unknown: the member did not answer.
   */
  | 'RAFT_ROLE_UNSPECIFIED'
  | 0
  /**
   * Accepts writes and serves linearizable reads.
   */
  | 'RAFT_ROLE_LEADER'
  | 1
  /**
   * Replicates the leader's log; forwards writes to it.
   */
  | 'RAFT_ROLE_FOLLOWER'
  | 2
  /**
   * Campaigning for leadership; no leader known to it.
   */
  | 'RAFT_ROLE_CANDIDATE'
  | 3

/**
 * The member's Raft role. Zero is UNSPECIFIED: the member did not answer (reachable false).
 */
export type _magnetar_v1_MetadataMember_Role__Output = typeof _magnetar_v1_MetadataMember_Role[keyof typeof _magnetar_v1_MetadataMember_Role]

export interface MetadataMember {
  /**
   * The member's id in the quorum's configuration.
   */
  'memberId'?: (string);
  /**
   * host:port of its gRPC service.
   */
  'address'?: (string);
  /**
   * Its role, as it reports it.
   */
  'role'?: (_magnetar_v1_MetadataMember_Role);
  /**
   * Its current Raft term.
   */
  'term'?: (number | string | Long);
  /**
   * Highest log index it knows to be committed.
   */
  'commitIndex'?: (number | string | Long);
  /**
   * Highest log index it applied to its key-value state.
   */
  'appliedIndex'?: (number | string | Long);
  /**
   * False when it did not answer; then only member_id and address are meaningful.
   */
  'reachable'?: (boolean);
}

export interface MetadataMember__Output {
  /**
   * The member's id in the quorum's configuration.
   */
  'memberId': (string);
  /**
   * host:port of its gRPC service.
   */
  'address': (string);
  /**
   * Its role, as it reports it.
   */
  'role': (_magnetar_v1_MetadataMember_Role__Output);
  /**
   * Its current Raft term.
   */
  'term': (number);
  /**
   * Highest log index it knows to be committed.
   */
  'commitIndex': (number);
  /**
   * Highest log index it applied to its key-value state.
   */
  'appliedIndex': (number);
  /**
   * False when it did not answer; then only member_id and address are meaningful.
   */
  'reachable': (boolean);
}
