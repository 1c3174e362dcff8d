// Original file: proto/metadata.proto

import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';
import type { PutRequest as _magnetar_v1_PutRequest, PutRequest__Output as _magnetar_v1_PutRequest__Output } from '../../magnetar/v1/PutRequest.js';
import type { DeleteRequest as _magnetar_v1_DeleteRequest, DeleteRequest__Output as _magnetar_v1_DeleteRequest__Output } from '../../magnetar/v1/DeleteRequest.js';
import type { TxnRequest as _magnetar_v1_TxnRequest, TxnRequest__Output as _magnetar_v1_TxnRequest__Output } from '../../magnetar/v1/TxnRequest.js';
import type { CompactRequest as _magnetar_v1_CompactRequest, CompactRequest__Output as _magnetar_v1_CompactRequest__Output } from '../../magnetar/v1/CompactRequest.js';
import type { LeaseGrantRequest as _magnetar_v1_LeaseGrantRequest, LeaseGrantRequest__Output as _magnetar_v1_LeaseGrantRequest__Output } from '../../magnetar/v1/LeaseGrantRequest.js';
import type { LeaseRevokeRequest as _magnetar_v1_LeaseRevokeRequest, LeaseRevokeRequest__Output as _magnetar_v1_LeaseRevokeRequest__Output } from '../../magnetar/v1/LeaseRevokeRequest.js';
import type { LeaseExpire as _magnetar_v1_LeaseExpire, LeaseExpire__Output as _magnetar_v1_LeaseExpire__Output } from '../../magnetar/v1/LeaseExpire.js';

/**
 * The data of a NORMAL Raft log entry (raft.proto LogEntry): one state machine command. Not part
 * of the Metadata service; defined here so that the log format is a stable contract. Every member
 * applies the same commands in log order and must reach the same state: nothing in apply may read
 * a clock, a random source or local configuration.
 */
export interface MetadataCommand {
  /**
   * The proposing client's id, copied from the request; unset for commands the server makes
   * itself (lease expiry, automatic compaction).
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
  /**
   * A Put as received (request_id cleared: it lives above).
   */
  'put'?: (_magnetar_v1_PutRequest | null);
  /**
   * A Delete as received.
   */
  'delete'?: (_magnetar_v1_DeleteRequest | null);
  /**
   * A Txn as received. Its range ops are evaluated at apply time.
   */
  'txn'?: (_magnetar_v1_TxnRequest | null);
  /**
   * A compaction.
   */
  'compact'?: (_magnetar_v1_CompactRequest | null);
  /**
   * A lease grant. id is never 0 here: when the client asked for 0, the leader picks the id
   * before proposing, so that every member creates the same lease.
   */
  'leaseGrant'?: (_magnetar_v1_LeaseGrantRequest | null);
  /**
   * A client's revocation.
   */
  'leaseRevoke'?: (_magnetar_v1_LeaseRevokeRequest | null);
  /**
   * The leader found the lease expired: revoke it as LeaseRevoke does. A no-op if the lease no
   * longer exists.
   */
  'leaseExpire'?: (_magnetar_v1_LeaseExpire | null);
  'command'?: "put"|"delete"|"txn"|"compact"|"leaseGrant"|"leaseRevoke"|"leaseExpire";
}

/**
 * The data of a NORMAL Raft log entry (raft.proto LogEntry): one state machine command. Not part
 * of the Metadata service; defined here so that the log format is a stable contract. Every member
 * applies the same commands in log order and must reach the same state: nothing in apply may read
 * a clock, a random source or local configuration.
 */
export interface MetadataCommand__Output {
  /**
   * The proposing client's id, copied from the request; unset for commands the server makes
   * itself (lease expiry, automatic compaction).
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
  /**
   * A Put as received (request_id cleared: it lives above).
   */
  'put'?: (_magnetar_v1_PutRequest__Output | null);
  /**
   * A Delete as received.
   */
  'delete'?: (_magnetar_v1_DeleteRequest__Output | null);
  /**
   * A Txn as received. Its range ops are evaluated at apply time.
   */
  'txn'?: (_magnetar_v1_TxnRequest__Output | null);
  /**
   * A compaction.
   */
  'compact'?: (_magnetar_v1_CompactRequest__Output | null);
  /**
   * A lease grant. id is never 0 here: when the client asked for 0, the leader picks the id
   * before proposing, so that every member creates the same lease.
   */
  'leaseGrant'?: (_magnetar_v1_LeaseGrantRequest__Output | null);
  /**
   * A client's revocation.
   */
  'leaseRevoke'?: (_magnetar_v1_LeaseRevokeRequest__Output | null);
  /**
   * The leader found the lease expired: revoke it as LeaseRevoke does. A no-op if the lease no
   * longer exists.
   */
  'leaseExpire'?: (_magnetar_v1_LeaseExpire__Output | null);
  'command'?: "put"|"delete"|"txn"|"compact"|"leaseGrant"|"leaseRevoke"|"leaseExpire";
}
