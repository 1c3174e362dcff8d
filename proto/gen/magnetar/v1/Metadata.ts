// Original file: proto/metadata.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CompactRequest as _magnetar_v1_CompactRequest, CompactRequest__Output as _magnetar_v1_CompactRequest__Output } from '../../magnetar/v1/CompactRequest.js';
import type { CompactResponse as _magnetar_v1_CompactResponse, CompactResponse__Output as _magnetar_v1_CompactResponse__Output } from '../../magnetar/v1/CompactResponse.js';
import type { DeleteRequest as _magnetar_v1_DeleteRequest, DeleteRequest__Output as _magnetar_v1_DeleteRequest__Output } from '../../magnetar/v1/DeleteRequest.js';
import type { DeleteResponse as _magnetar_v1_DeleteResponse, DeleteResponse__Output as _magnetar_v1_DeleteResponse__Output } from '../../magnetar/v1/DeleteResponse.js';
import type { LeaseGrantRequest as _magnetar_v1_LeaseGrantRequest, LeaseGrantRequest__Output as _magnetar_v1_LeaseGrantRequest__Output } from '../../magnetar/v1/LeaseGrantRequest.js';
import type { LeaseGrantResponse as _magnetar_v1_LeaseGrantResponse, LeaseGrantResponse__Output as _magnetar_v1_LeaseGrantResponse__Output } from '../../magnetar/v1/LeaseGrantResponse.js';
import type { LeaseKeepAliveRequest as _magnetar_v1_LeaseKeepAliveRequest, LeaseKeepAliveRequest__Output as _magnetar_v1_LeaseKeepAliveRequest__Output } from '../../magnetar/v1/LeaseKeepAliveRequest.js';
import type { LeaseKeepAliveResponse as _magnetar_v1_LeaseKeepAliveResponse, LeaseKeepAliveResponse__Output as _magnetar_v1_LeaseKeepAliveResponse__Output } from '../../magnetar/v1/LeaseKeepAliveResponse.js';
import type { LeaseListRequest as _magnetar_v1_LeaseListRequest, LeaseListRequest__Output as _magnetar_v1_LeaseListRequest__Output } from '../../magnetar/v1/LeaseListRequest.js';
import type { LeaseListResponse as _magnetar_v1_LeaseListResponse, LeaseListResponse__Output as _magnetar_v1_LeaseListResponse__Output } from '../../magnetar/v1/LeaseListResponse.js';
import type { LeaseRevokeRequest as _magnetar_v1_LeaseRevokeRequest, LeaseRevokeRequest__Output as _magnetar_v1_LeaseRevokeRequest__Output } from '../../magnetar/v1/LeaseRevokeRequest.js';
import type { LeaseRevokeResponse as _magnetar_v1_LeaseRevokeResponse, LeaseRevokeResponse__Output as _magnetar_v1_LeaseRevokeResponse__Output } from '../../magnetar/v1/LeaseRevokeResponse.js';
import type { LeaseTimeToLiveRequest as _magnetar_v1_LeaseTimeToLiveRequest, LeaseTimeToLiveRequest__Output as _magnetar_v1_LeaseTimeToLiveRequest__Output } from '../../magnetar/v1/LeaseTimeToLiveRequest.js';
import type { LeaseTimeToLiveResponse as _magnetar_v1_LeaseTimeToLiveResponse, LeaseTimeToLiveResponse__Output as _magnetar_v1_LeaseTimeToLiveResponse__Output } from '../../magnetar/v1/LeaseTimeToLiveResponse.js';
import type { MemberAddRequest as _magnetar_v1_MemberAddRequest, MemberAddRequest__Output as _magnetar_v1_MemberAddRequest__Output } from '../../magnetar/v1/MemberAddRequest.js';
import type { MemberAddResponse as _magnetar_v1_MemberAddResponse, MemberAddResponse__Output as _magnetar_v1_MemberAddResponse__Output } from '../../magnetar/v1/MemberAddResponse.js';
import type { MemberListRequest as _magnetar_v1_MemberListRequest, MemberListRequest__Output as _magnetar_v1_MemberListRequest__Output } from '../../magnetar/v1/MemberListRequest.js';
import type { MemberListResponse as _magnetar_v1_MemberListResponse, MemberListResponse__Output as _magnetar_v1_MemberListResponse__Output } from '../../magnetar/v1/MemberListResponse.js';
import type { MemberPromoteRequest as _magnetar_v1_MemberPromoteRequest, MemberPromoteRequest__Output as _magnetar_v1_MemberPromoteRequest__Output } from '../../magnetar/v1/MemberPromoteRequest.js';
import type { MemberPromoteResponse as _magnetar_v1_MemberPromoteResponse, MemberPromoteResponse__Output as _magnetar_v1_MemberPromoteResponse__Output } from '../../magnetar/v1/MemberPromoteResponse.js';
import type { MemberRemoveRequest as _magnetar_v1_MemberRemoveRequest, MemberRemoveRequest__Output as _magnetar_v1_MemberRemoveRequest__Output } from '../../magnetar/v1/MemberRemoveRequest.js';
import type { MemberRemoveResponse as _magnetar_v1_MemberRemoveResponse, MemberRemoveResponse__Output as _magnetar_v1_MemberRemoveResponse__Output } from '../../magnetar/v1/MemberRemoveResponse.js';
import type { MoveLeaderRequest as _magnetar_v1_MoveLeaderRequest, MoveLeaderRequest__Output as _magnetar_v1_MoveLeaderRequest__Output } from '../../magnetar/v1/MoveLeaderRequest.js';
import type { MoveLeaderResponse as _magnetar_v1_MoveLeaderResponse, MoveLeaderResponse__Output as _magnetar_v1_MoveLeaderResponse__Output } from '../../magnetar/v1/MoveLeaderResponse.js';
import type { PutRequest as _magnetar_v1_PutRequest, PutRequest__Output as _magnetar_v1_PutRequest__Output } from '../../magnetar/v1/PutRequest.js';
import type { PutResponse as _magnetar_v1_PutResponse, PutResponse__Output as _magnetar_v1_PutResponse__Output } from '../../magnetar/v1/PutResponse.js';
import type { RangeRequest as _magnetar_v1_RangeRequest, RangeRequest__Output as _magnetar_v1_RangeRequest__Output } from '../../magnetar/v1/RangeRequest.js';
import type { RangeResponse as _magnetar_v1_RangeResponse, RangeResponse__Output as _magnetar_v1_RangeResponse__Output } from '../../magnetar/v1/RangeResponse.js';
import type { StatusRequest as _magnetar_v1_StatusRequest, StatusRequest__Output as _magnetar_v1_StatusRequest__Output } from '../../magnetar/v1/StatusRequest.js';
import type { StatusResponse as _magnetar_v1_StatusResponse, StatusResponse__Output as _magnetar_v1_StatusResponse__Output } from '../../magnetar/v1/StatusResponse.js';
import type { TxnRequest as _magnetar_v1_TxnRequest, TxnRequest__Output as _magnetar_v1_TxnRequest__Output } from '../../magnetar/v1/TxnRequest.js';
import type { TxnResponse as _magnetar_v1_TxnResponse, TxnResponse__Output as _magnetar_v1_TxnResponse__Output } from '../../magnetar/v1/TxnResponse.js';
import type { WatchRequest as _magnetar_v1_WatchRequest, WatchRequest__Output as _magnetar_v1_WatchRequest__Output } from '../../magnetar/v1/WatchRequest.js';
import type { WatchResponse as _magnetar_v1_WatchResponse, WatchResponse__Output as _magnetar_v1_WatchResponse__Output } from '../../magnetar/v1/WatchResponse.js';

export interface MetadataClient extends grpc.Client {
  /**
   * Discards all key versions superseded before `revision`; reads at revisions < revision then
   * fail with COMPACTED. Replicated through Raft, applied by every member.
   * Errors: COMPACTED (revision <= the current compact revision); INVALID_ARGUMENT (revision > the
   * current revision); UNAVAILABLE; TIMEOUT.
   */
  Compact(argument: _magnetar_v1_CompactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  Compact(argument: _magnetar_v1_CompactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  Compact(argument: _magnetar_v1_CompactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  Compact(argument: _magnetar_v1_CompactRequest, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Discards all key versions superseded before `revision`; reads at revisions < revision then
   * fail with COMPACTED. Replicated through Raft, applied by every member.
   * Errors: COMPACTED (revision <= the current compact revision); INVALID_ARGUMENT (revision > the
   * current revision); UNAVAILABLE; TIMEOUT.
   */
  compact(argument: _magnetar_v1_CompactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  compact(argument: _magnetar_v1_CompactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  compact(argument: _magnetar_v1_CompactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  compact(argument: _magnetar_v1_CompactRequest, callback: grpc.requestCallback<_magnetar_v1_CompactResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes one key or a range of keys. Deleting keys that do not exist succeeds with deleted = 0
   * (no new revision), unless expected_version says otherwise.
   * Errors: VERSION_MISMATCH; INVALID_ARGUMENT; UNAVAILABLE; TIMEOUT.
   */
  Delete(argument: _magnetar_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _magnetar_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _magnetar_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _magnetar_v1_DeleteRequest, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes one key or a range of keys. Deleting keys that do not exist succeeds with deleted = 0
   * (no new revision), unless expected_version says otherwise.
   * Errors: VERSION_MISMATCH; INVALID_ARGUMENT; UNAVAILABLE; TIMEOUT.
   */
  delete(argument: _magnetar_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _magnetar_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _magnetar_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _magnetar_v1_DeleteRequest, callback: grpc.requestCallback<_magnetar_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a lease. Keys put with it are deleted when it expires or is revoked.
   * Errors: ALREADY_EXISTS (the requested id is in use); INVALID_ARGUMENT (ttl out of range,
   * negative id); UNAVAILABLE; TIMEOUT.
   */
  LeaseGrant(argument: _magnetar_v1_LeaseGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  LeaseGrant(argument: _magnetar_v1_LeaseGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  LeaseGrant(argument: _magnetar_v1_LeaseGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  LeaseGrant(argument: _magnetar_v1_LeaseGrantRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a lease. Keys put with it are deleted when it expires or is revoked.
   * Errors: ALREADY_EXISTS (the requested id is in use); INVALID_ARGUMENT (ttl out of range,
   * negative id); UNAVAILABLE; TIMEOUT.
   */
  leaseGrant(argument: _magnetar_v1_LeaseGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  leaseGrant(argument: _magnetar_v1_LeaseGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  leaseGrant(argument: _magnetar_v1_LeaseGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  leaseGrant(argument: _magnetar_v1_LeaseGrantRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseGrantResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Keeps leases alive. Bidirectional: the holder sends a request per lease about every ttl/3;
   * each request gets exactly one response, in order. Renewals are handled by the leader in
   * memory (not written to the Raft log); a follower relays them to the leader. A response with
   * ttl_ms <= 0 means the lease does not exist any more: the holder has LOST it and must stop
   * acting as the owner of anything that depended on it.
   * Errors (stream ends): UNAVAILABLE (no leader, relay failed, member stopping): reconnect and
   * go on sending; the holder must consider the lease lost once ttl has elapsed since the send
   * time of the last request that got a positive answer.
   */
  LeaseKeepAlive(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveResponse__Output>;
  LeaseKeepAlive(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveResponse__Output>;
  /**
   * Keeps leases alive. Bidirectional: the holder sends a request per lease about every ttl/3;
   * each request gets exactly one response, in order. Renewals are handled by the leader in
   * memory (not written to the Raft log); a follower relays them to the leader. A response with
   * ttl_ms <= 0 means the lease does not exist any more: the holder has LOST it and must stop
   * acting as the owner of anything that depended on it.
   * Errors (stream ends): UNAVAILABLE (no leader, relay failed, member stopping): reconnect and
   * go on sending; the holder must consider the lease lost once ttl has elapsed since the send
   * time of the last request that got a positive answer.
   */
  leaseKeepAlive(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveResponse__Output>;
  leaseKeepAlive(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveResponse__Output>;
  
  /**
   * Ids of all live leases (operators and tests).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  LeaseList(argument: _magnetar_v1_LeaseListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  LeaseList(argument: _magnetar_v1_LeaseListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  LeaseList(argument: _magnetar_v1_LeaseListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  LeaseList(argument: _magnetar_v1_LeaseListRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ids of all live leases (operators and tests).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  leaseList(argument: _magnetar_v1_LeaseListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  leaseList(argument: _magnetar_v1_LeaseListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  leaseList(argument: _magnetar_v1_LeaseListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  leaseList(argument: _magnetar_v1_LeaseListRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseListResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Revokes a lease, deleting all its keys at one new revision.
   * Errors: LEASE_NOT_FOUND (already expired or revoked: the keys are already gone);
   * UNAVAILABLE; TIMEOUT.
   */
  LeaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  LeaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  LeaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  LeaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Revokes a lease, deleting all its keys at one new revision.
   * Errors: LEASE_NOT_FOUND (already expired or revoked: the keys are already gone);
   * UNAVAILABLE; TIMEOUT.
   */
  leaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  leaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  leaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  leaseRevoke(argument: _magnetar_v1_LeaseRevokeRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseRevokeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Remaining and granted TTL of a lease, optionally with its keys. Answered by the leader (a
   * follower relays it). An unknown lease is not an error: ttl_ms = -1.
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  LeaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  LeaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  LeaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  LeaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Remaining and granted TTL of a lease, optionally with its keys. Answered by the leader (a
   * follower relays it). An unknown lease is not an error: ttl_ms = -1.
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  leaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  leaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  leaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  leaseTimeToLive(argument: _magnetar_v1_LeaseTimeToLiveRequest, callback: grpc.requestCallback<_magnetar_v1_LeaseTimeToLiveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a member (a CONFIG entry). Add it as a learner, start the new node, wait until it has
   * caught up (Status), then MemberPromote it: adding a voter directly raises the quorum before
   * the new node can vote. Forwarded to the leader.
   * Errors: ALREADY_EXISTS (id or address in use); UNAVAILABLE (another membership change is not
   * yet committed: retry); INVALID_ARGUMENT; TIMEOUT.
   */
  MemberAdd(argument: _magnetar_v1_MemberAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  MemberAdd(argument: _magnetar_v1_MemberAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  MemberAdd(argument: _magnetar_v1_MemberAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  MemberAdd(argument: _magnetar_v1_MemberAddRequest, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a member (a CONFIG entry). Add it as a learner, start the new node, wait until it has
   * caught up (Status), then MemberPromote it: adding a voter directly raises the quorum before
   * the new node can vote. Forwarded to the leader.
   * Errors: ALREADY_EXISTS (id or address in use); UNAVAILABLE (another membership change is not
   * yet committed: retry); INVALID_ARGUMENT; TIMEOUT.
   */
  memberAdd(argument: _magnetar_v1_MemberAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  memberAdd(argument: _magnetar_v1_MemberAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  memberAdd(argument: _magnetar_v1_MemberAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  memberAdd(argument: _magnetar_v1_MemberAddRequest, callback: grpc.requestCallback<_magnetar_v1_MemberAddResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The cluster's current configuration (voters and learners). Linearizable (read index).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  MemberList(argument: _magnetar_v1_MemberListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  MemberList(argument: _magnetar_v1_MemberListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  MemberList(argument: _magnetar_v1_MemberListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  MemberList(argument: _magnetar_v1_MemberListRequest, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The cluster's current configuration (voters and learners). Linearizable (read index).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  memberList(argument: _magnetar_v1_MemberListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  memberList(argument: _magnetar_v1_MemberListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  memberList(argument: _magnetar_v1_MemberListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  memberList(argument: _magnetar_v1_MemberListRequest, callback: grpc.requestCallback<_magnetar_v1_MemberListResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Turns a learner into a voter (a CONFIG entry). Forwarded to the leader.
   * Errors: NOT_FOUND; INVALID_ARGUMENT (not a learner); UNAVAILABLE (the learner's log is not
   * yet within the leader's catch-up threshold, or another change is pending: retry); TIMEOUT.
   */
  MemberPromote(argument: _magnetar_v1_MemberPromoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  MemberPromote(argument: _magnetar_v1_MemberPromoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  MemberPromote(argument: _magnetar_v1_MemberPromoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  MemberPromote(argument: _magnetar_v1_MemberPromoteRequest, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Turns a learner into a voter (a CONFIG entry). Forwarded to the leader.
   * Errors: NOT_FOUND; INVALID_ARGUMENT (not a learner); UNAVAILABLE (the learner's log is not
   * yet within the leader's catch-up threshold, or another change is pending: retry); TIMEOUT.
   */
  memberPromote(argument: _magnetar_v1_MemberPromoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  memberPromote(argument: _magnetar_v1_MemberPromoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  memberPromote(argument: _magnetar_v1_MemberPromoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  memberPromote(argument: _magnetar_v1_MemberPromoteRequest, callback: grpc.requestCallback<_magnetar_v1_MemberPromoteResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a member (a CONFIG entry). Removing the leader makes it step down once the entry
   * commits. Forwarded to the leader.
   * Errors: NOT_FOUND (no such member); INVALID_ARGUMENT (it is the last voter); UNAVAILABLE
   * (another change pending); TIMEOUT.
   */
  MemberRemove(argument: _magnetar_v1_MemberRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  MemberRemove(argument: _magnetar_v1_MemberRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  MemberRemove(argument: _magnetar_v1_MemberRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  MemberRemove(argument: _magnetar_v1_MemberRemoveRequest, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a member (a CONFIG entry). Removing the leader makes it step down once the entry
   * commits. Forwarded to the leader.
   * Errors: NOT_FOUND (no such member); INVALID_ARGUMENT (it is the last voter); UNAVAILABLE
   * (another change pending); TIMEOUT.
   */
  memberRemove(argument: _magnetar_v1_MemberRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  memberRemove(argument: _magnetar_v1_MemberRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  memberRemove(argument: _magnetar_v1_MemberRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  memberRemove(argument: _magnetar_v1_MemberRemoveRequest, callback: grpc.requestCallback<_magnetar_v1_MemberRemoveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Transfers leadership to another voter (the leader brings it up to date, then sends it
   * TimeoutNow, see raft.proto). Returns once the target is leader. Forwarded to the leader.
   * Errors: NOT_FOUND (unknown target); INVALID_ARGUMENT (target is a learner); TIMEOUT (no new
   * leader within the deadline; the old leader resumes); UNAVAILABLE.
   */
  MoveLeader(argument: _magnetar_v1_MoveLeaderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  MoveLeader(argument: _magnetar_v1_MoveLeaderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  MoveLeader(argument: _magnetar_v1_MoveLeaderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  MoveLeader(argument: _magnetar_v1_MoveLeaderRequest, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Transfers leadership to another voter (the leader brings it up to date, then sends it
   * TimeoutNow, see raft.proto). Returns once the target is leader. Forwarded to the leader.
   * Errors: NOT_FOUND (unknown target); INVALID_ARGUMENT (target is a learner); TIMEOUT (no new
   * leader within the deadline; the old leader resumes); UNAVAILABLE.
   */
  moveLeader(argument: _magnetar_v1_MoveLeaderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  moveLeader(argument: _magnetar_v1_MoveLeaderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  moveLeader(argument: _magnetar_v1_MoveLeaderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  moveLeader(argument: _magnetar_v1_MoveLeaderRequest, callback: grpc.requestCallback<_magnetar_v1_MoveLeaderResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates or replaces one key.
   * Errors: VERSION_MISMATCH (expected_version did not match); LEASE_NOT_FOUND (lease does not
   * exist); INVALID_ARGUMENT (empty or oversized key, oversized value, request id expired);
   * UNAVAILABLE; TIMEOUT.
   */
  Put(argument: _magnetar_v1_PutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  Put(argument: _magnetar_v1_PutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  Put(argument: _magnetar_v1_PutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  Put(argument: _magnetar_v1_PutRequest, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates or replaces one key.
   * Errors: VERSION_MISMATCH (expected_version did not match); LEASE_NOT_FOUND (lease does not
   * exist); INVALID_ARGUMENT (empty or oversized key, oversized value, request id expired);
   * UNAVAILABLE; TIMEOUT.
   */
  put(argument: _magnetar_v1_PutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  put(argument: _magnetar_v1_PutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  put(argument: _magnetar_v1_PutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  put(argument: _magnetar_v1_PutRequest, callback: grpc.requestCallback<_magnetar_v1_PutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads the keys in a range, at the latest or a past revision.
   * Errors: COMPACTED (revision < compact revision); INVALID_ARGUMENT (bad range, revision greater
   * than the store's current revision); UNAVAILABLE; TIMEOUT.
   */
  Range(argument: _magnetar_v1_RangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  Range(argument: _magnetar_v1_RangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  Range(argument: _magnetar_v1_RangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  Range(argument: _magnetar_v1_RangeRequest, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads the keys in a range, at the latest or a past revision.
   * Errors: COMPACTED (revision < compact revision); INVALID_ARGUMENT (bad range, revision greater
   * than the store's current revision); UNAVAILABLE; TIMEOUT.
   */
  range(argument: _magnetar_v1_RangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  range(argument: _magnetar_v1_RangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  range(argument: _magnetar_v1_RangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  range(argument: _magnetar_v1_RangeRequest, callback: grpc.requestCallback<_magnetar_v1_RangeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * State of the member that receives the call: never forwarded. Used for health checks, metrics
   * and by clients to find the leader and the members.
   */
  Status(argument: _magnetar_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _magnetar_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _magnetar_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _magnetar_v1_StatusRequest, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * State of the member that receives the call: never forwarded. Used for health checks, metrics
   * and by clients to find the leader and the members.
   */
  status(argument: _magnetar_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _magnetar_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _magnetar_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _magnetar_v1_StatusRequest, callback: grpc.requestCallback<_magnetar_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Atomic multi-key transaction: if every compare holds, run `success` ops, else `failure` ops,
   * all at one revision. A compare that fails is not an error (succeeded = false).
   * Errors: LEASE_NOT_FOUND (a put in the chosen branch names a missing lease; nothing applied);
   * INVALID_ARGUMENT (too many compares/ops, the same key written twice in one branch, an op
   * carrying its own request_id, expected_version, revision or serializable); UNAVAILABLE; TIMEOUT.
   */
  Txn(argument: _magnetar_v1_TxnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  Txn(argument: _magnetar_v1_TxnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  Txn(argument: _magnetar_v1_TxnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  Txn(argument: _magnetar_v1_TxnRequest, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Atomic multi-key transaction: if every compare holds, run `success` ops, else `failure` ops,
   * all at one revision. A compare that fails is not an error (succeeded = false).
   * Errors: LEASE_NOT_FOUND (a put in the chosen branch names a missing lease; nothing applied);
   * INVALID_ARGUMENT (too many compares/ops, the same key written twice in one branch, an op
   * carrying its own request_id, expected_version, revision or serializable); UNAVAILABLE; TIMEOUT.
   */
  txn(argument: _magnetar_v1_TxnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  txn(argument: _magnetar_v1_TxnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  txn(argument: _magnetar_v1_TxnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  txn(argument: _magnetar_v1_TxnRequest, callback: grpc.requestCallback<_magnetar_v1_TxnResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams the changes to a key or range from a start revision on. One watch per call (open more
   * calls on the same channel for more watches). The first response has created = true, or
   * canceled = true if the watch cannot start. Guarantees for the events of one stream: in
   * revision order, never skipped, never reordered, never duplicated; all events of one revision
   * arrive together (see WatchResponse.fragment). A watch is served by the member it was sent to,
   * from that member's applied state. To resume after the stream breaks, start a new watch at
   * (last revision fully received) + 1, or (last progress header revision) + 1.
   * Errors (as a final canceled response, see WatchResponse): COMPACTED. As a gRPC status:
   * INVALID_ARGUMENT (bad range); UNAVAILABLE (member stopping).
   */
  Watch(argument: _magnetar_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_WatchResponse__Output>;
  Watch(argument: _magnetar_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_WatchResponse__Output>;
  /**
   * Streams the changes to a key or range from a start revision on. One watch per call (open more
   * calls on the same channel for more watches). The first response has created = true, or
   * canceled = true if the watch cannot start. Guarantees for the events of one stream: in
   * revision order, never skipped, never reordered, never duplicated; all events of one revision
   * arrive together (see WatchResponse.fragment). A watch is served by the member it was sent to,
   * from that member's applied state. To resume after the stream breaks, start a new watch at
   * (last revision fully received) + 1, or (last progress header revision) + 1.
   * Errors (as a final canceled response, see WatchResponse): COMPACTED. As a gRPC status:
   * INVALID_ARGUMENT (bad range); UNAVAILABLE (member stopping).
   */
  watch(argument: _magnetar_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_WatchResponse__Output>;
  watch(argument: _magnetar_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_WatchResponse__Output>;
  
}

export interface MetadataHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Discards all key versions superseded before `revision`; reads at revisions < revision then
   * fail with COMPACTED. Replicated through Raft, applied by every member.
   * Errors: COMPACTED (revision <= the current compact revision); INVALID_ARGUMENT (revision > the
   * current revision); UNAVAILABLE; TIMEOUT.
   */
  Compact: grpc.handleUnaryCall<_magnetar_v1_CompactRequest__Output, _magnetar_v1_CompactResponse>;
  
  /**
   * Deletes one key or a range of keys. Deleting keys that do not exist succeeds with deleted = 0
   * (no new revision), unless expected_version says otherwise.
   * Errors: VERSION_MISMATCH; INVALID_ARGUMENT; UNAVAILABLE; TIMEOUT.
   */
  Delete: grpc.handleUnaryCall<_magnetar_v1_DeleteRequest__Output, _magnetar_v1_DeleteResponse>;
  
  /**
   * Creates a lease. Keys put with it are deleted when it expires or is revoked.
   * Errors: ALREADY_EXISTS (the requested id is in use); INVALID_ARGUMENT (ttl out of range,
   * negative id); UNAVAILABLE; TIMEOUT.
   */
  LeaseGrant: grpc.handleUnaryCall<_magnetar_v1_LeaseGrantRequest__Output, _magnetar_v1_LeaseGrantResponse>;
  
  /**
   * Keeps leases alive. Bidirectional: the holder sends a request per lease about every ttl/3;
   * each request gets exactly one response, in order. Renewals are handled by the leader in
   * memory (not written to the Raft log); a follower relays them to the leader. A response with
   * ttl_ms <= 0 means the lease does not exist any more: the holder has LOST it and must stop
   * acting as the owner of anything that depended on it.
   * Errors (stream ends): UNAVAILABLE (no leader, relay failed, member stopping): reconnect and
   * go on sending; the holder must consider the lease lost once ttl has elapsed since the send
   * time of the last request that got a positive answer.
   */
  LeaseKeepAlive: grpc.handleBidiStreamingCall<_magnetar_v1_LeaseKeepAliveRequest__Output, _magnetar_v1_LeaseKeepAliveResponse>;
  
  /**
   * Ids of all live leases (operators and tests).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  LeaseList: grpc.handleUnaryCall<_magnetar_v1_LeaseListRequest__Output, _magnetar_v1_LeaseListResponse>;
  
  /**
   * Revokes a lease, deleting all its keys at one new revision.
   * Errors: LEASE_NOT_FOUND (already expired or revoked: the keys are already gone);
   * UNAVAILABLE; TIMEOUT.
   */
  LeaseRevoke: grpc.handleUnaryCall<_magnetar_v1_LeaseRevokeRequest__Output, _magnetar_v1_LeaseRevokeResponse>;
  
  /**
   * Remaining and granted TTL of a lease, optionally with its keys. Answered by the leader (a
   * follower relays it). An unknown lease is not an error: ttl_ms = -1.
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  LeaseTimeToLive: grpc.handleUnaryCall<_magnetar_v1_LeaseTimeToLiveRequest__Output, _magnetar_v1_LeaseTimeToLiveResponse>;
  
  /**
   * Adds a member (a CONFIG entry). Add it as a learner, start the new node, wait until it has
   * caught up (Status), then MemberPromote it: adding a voter directly raises the quorum before
   * the new node can vote. Forwarded to the leader.
   * Errors: ALREADY_EXISTS (id or address in use); UNAVAILABLE (another membership change is not
   * yet committed: retry); INVALID_ARGUMENT; TIMEOUT.
   */
  MemberAdd: grpc.handleUnaryCall<_magnetar_v1_MemberAddRequest__Output, _magnetar_v1_MemberAddResponse>;
  
  /**
   * The cluster's current configuration (voters and learners). Linearizable (read index).
   * Errors: UNAVAILABLE; TIMEOUT.
   */
  MemberList: grpc.handleUnaryCall<_magnetar_v1_MemberListRequest__Output, _magnetar_v1_MemberListResponse>;
  
  /**
   * Turns a learner into a voter (a CONFIG entry). Forwarded to the leader.
   * Errors: NOT_FOUND; INVALID_ARGUMENT (not a learner); UNAVAILABLE (the learner's log is not
   * yet within the leader's catch-up threshold, or another change is pending: retry); TIMEOUT.
   */
  MemberPromote: grpc.handleUnaryCall<_magnetar_v1_MemberPromoteRequest__Output, _magnetar_v1_MemberPromoteResponse>;
  
  /**
   * Removes a member (a CONFIG entry). Removing the leader makes it step down once the entry
   * commits. Forwarded to the leader.
   * Errors: NOT_FOUND (no such member); INVALID_ARGUMENT (it is the last voter); UNAVAILABLE
   * (another change pending); TIMEOUT.
   */
  MemberRemove: grpc.handleUnaryCall<_magnetar_v1_MemberRemoveRequest__Output, _magnetar_v1_MemberRemoveResponse>;
  
  /**
   * Transfers leadership to another voter (the leader brings it up to date, then sends it
   * TimeoutNow, see raft.proto). Returns once the target is leader. Forwarded to the leader.
   * Errors: NOT_FOUND (unknown target); INVALID_ARGUMENT (target is a learner); TIMEOUT (no new
   * leader within the deadline; the old leader resumes); UNAVAILABLE.
   */
  MoveLeader: grpc.handleUnaryCall<_magnetar_v1_MoveLeaderRequest__Output, _magnetar_v1_MoveLeaderResponse>;
  
  /**
   * Creates or replaces one key.
   * Errors: VERSION_MISMATCH (expected_version did not match); LEASE_NOT_FOUND (lease does not
   * exist); INVALID_ARGUMENT (empty or oversized key, oversized value, request id expired);
   * UNAVAILABLE; TIMEOUT.
   */
  Put: grpc.handleUnaryCall<_magnetar_v1_PutRequest__Output, _magnetar_v1_PutResponse>;
  
  /**
   * Reads the keys in a range, at the latest or a past revision.
   * Errors: COMPACTED (revision < compact revision); INVALID_ARGUMENT (bad range, revision greater
   * than the store's current revision); UNAVAILABLE; TIMEOUT.
   */
  Range: grpc.handleUnaryCall<_magnetar_v1_RangeRequest__Output, _magnetar_v1_RangeResponse>;
  
  /**
   * State of the member that receives the call: never forwarded. Used for health checks, metrics
   * and by clients to find the leader and the members.
   */
  Status: grpc.handleUnaryCall<_magnetar_v1_StatusRequest__Output, _magnetar_v1_StatusResponse>;
  
  /**
   * Atomic multi-key transaction: if every compare holds, run `success` ops, else `failure` ops,
   * all at one revision. A compare that fails is not an error (succeeded = false).
   * Errors: LEASE_NOT_FOUND (a put in the chosen branch names a missing lease; nothing applied);
   * INVALID_ARGUMENT (too many compares/ops, the same key written twice in one branch, an op
   * carrying its own request_id, expected_version, revision or serializable); UNAVAILABLE; TIMEOUT.
   */
  Txn: grpc.handleUnaryCall<_magnetar_v1_TxnRequest__Output, _magnetar_v1_TxnResponse>;
  
  /**
   * Streams the changes to a key or range from a start revision on. One watch per call (open more
   * calls on the same channel for more watches). The first response has created = true, or
   * canceled = true if the watch cannot start. Guarantees for the events of one stream: in
   * revision order, never skipped, never reordered, never duplicated; all events of one revision
   * arrive together (see WatchResponse.fragment). A watch is served by the member it was sent to,
   * from that member's applied state. To resume after the stream breaks, start a new watch at
   * (last revision fully received) + 1, or (last progress header revision) + 1.
   * Errors (as a final canceled response, see WatchResponse): COMPACTED. As a gRPC status:
   * INVALID_ARGUMENT (bad range); UNAVAILABLE (member stopping).
   */
  Watch: grpc.handleServerStreamingCall<_magnetar_v1_WatchRequest__Output, _magnetar_v1_WatchResponse>;
  
}

export interface MetadataDefinition extends grpc.ServiceDefinition {
  Compact: MethodDefinition<_magnetar_v1_CompactRequest, _magnetar_v1_CompactResponse, _magnetar_v1_CompactRequest__Output, _magnetar_v1_CompactResponse__Output>
  Delete: MethodDefinition<_magnetar_v1_DeleteRequest, _magnetar_v1_DeleteResponse, _magnetar_v1_DeleteRequest__Output, _magnetar_v1_DeleteResponse__Output>
  LeaseGrant: MethodDefinition<_magnetar_v1_LeaseGrantRequest, _magnetar_v1_LeaseGrantResponse, _magnetar_v1_LeaseGrantRequest__Output, _magnetar_v1_LeaseGrantResponse__Output>
  LeaseKeepAlive: MethodDefinition<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveResponse, _magnetar_v1_LeaseKeepAliveRequest__Output, _magnetar_v1_LeaseKeepAliveResponse__Output>
  LeaseList: MethodDefinition<_magnetar_v1_LeaseListRequest, _magnetar_v1_LeaseListResponse, _magnetar_v1_LeaseListRequest__Output, _magnetar_v1_LeaseListResponse__Output>
  LeaseRevoke: MethodDefinition<_magnetar_v1_LeaseRevokeRequest, _magnetar_v1_LeaseRevokeResponse, _magnetar_v1_LeaseRevokeRequest__Output, _magnetar_v1_LeaseRevokeResponse__Output>
  LeaseTimeToLive: MethodDefinition<_magnetar_v1_LeaseTimeToLiveRequest, _magnetar_v1_LeaseTimeToLiveResponse, _magnetar_v1_LeaseTimeToLiveRequest__Output, _magnetar_v1_LeaseTimeToLiveResponse__Output>
  MemberAdd: MethodDefinition<_magnetar_v1_MemberAddRequest, _magnetar_v1_MemberAddResponse, _magnetar_v1_MemberAddRequest__Output, _magnetar_v1_MemberAddResponse__Output>
  MemberList: MethodDefinition<_magnetar_v1_MemberListRequest, _magnetar_v1_MemberListResponse, _magnetar_v1_MemberListRequest__Output, _magnetar_v1_MemberListResponse__Output>
  MemberPromote: MethodDefinition<_magnetar_v1_MemberPromoteRequest, _magnetar_v1_MemberPromoteResponse, _magnetar_v1_MemberPromoteRequest__Output, _magnetar_v1_MemberPromoteResponse__Output>
  MemberRemove: MethodDefinition<_magnetar_v1_MemberRemoveRequest, _magnetar_v1_MemberRemoveResponse, _magnetar_v1_MemberRemoveRequest__Output, _magnetar_v1_MemberRemoveResponse__Output>
  MoveLeader: MethodDefinition<_magnetar_v1_MoveLeaderRequest, _magnetar_v1_MoveLeaderResponse, _magnetar_v1_MoveLeaderRequest__Output, _magnetar_v1_MoveLeaderResponse__Output>
  Put: MethodDefinition<_magnetar_v1_PutRequest, _magnetar_v1_PutResponse, _magnetar_v1_PutRequest__Output, _magnetar_v1_PutResponse__Output>
  Range: MethodDefinition<_magnetar_v1_RangeRequest, _magnetar_v1_RangeResponse, _magnetar_v1_RangeRequest__Output, _magnetar_v1_RangeResponse__Output>
  Status: MethodDefinition<_magnetar_v1_StatusRequest, _magnetar_v1_StatusResponse, _magnetar_v1_StatusRequest__Output, _magnetar_v1_StatusResponse__Output>
  Txn: MethodDefinition<_magnetar_v1_TxnRequest, _magnetar_v1_TxnResponse, _magnetar_v1_TxnRequest__Output, _magnetar_v1_TxnResponse__Output>
  Watch: MethodDefinition<_magnetar_v1_WatchRequest, _magnetar_v1_WatchResponse, _magnetar_v1_WatchRequest__Output, _magnetar_v1_WatchResponse__Output>
}
