// Original file: proto/raft.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppendEntriesRequest as _magnetar_v1_AppendEntriesRequest, AppendEntriesRequest__Output as _magnetar_v1_AppendEntriesRequest__Output } from '../../magnetar/v1/AppendEntriesRequest.js';
import type { AppendEntriesResponse as _magnetar_v1_AppendEntriesResponse, AppendEntriesResponse__Output as _magnetar_v1_AppendEntriesResponse__Output } from '../../magnetar/v1/AppendEntriesResponse.js';
import type { InstallSnapshotRequest as _magnetar_v1_InstallSnapshotRequest, InstallSnapshotRequest__Output as _magnetar_v1_InstallSnapshotRequest__Output } from '../../magnetar/v1/InstallSnapshotRequest.js';
import type { InstallSnapshotResponse as _magnetar_v1_InstallSnapshotResponse, InstallSnapshotResponse__Output as _magnetar_v1_InstallSnapshotResponse__Output } from '../../magnetar/v1/InstallSnapshotResponse.js';
import type { RaftEnvelope as _magnetar_v1_RaftEnvelope, RaftEnvelope__Output as _magnetar_v1_RaftEnvelope__Output } from '../../magnetar/v1/RaftEnvelope.js';
import type { RaftStreamSummary as _magnetar_v1_RaftStreamSummary, RaftStreamSummary__Output as _magnetar_v1_RaftStreamSummary__Output } from '../../magnetar/v1/RaftStreamSummary.js';
import type { ReadIndexRequest as _magnetar_v1_ReadIndexRequest, ReadIndexRequest__Output as _magnetar_v1_ReadIndexRequest__Output } from '../../magnetar/v1/ReadIndexRequest.js';
import type { ReadIndexResponse as _magnetar_v1_ReadIndexResponse, ReadIndexResponse__Output as _magnetar_v1_ReadIndexResponse__Output } from '../../magnetar/v1/ReadIndexResponse.js';
import type { RequestVoteRequest as _magnetar_v1_RequestVoteRequest, RequestVoteRequest__Output as _magnetar_v1_RequestVoteRequest__Output } from '../../magnetar/v1/RequestVoteRequest.js';
import type { RequestVoteResponse as _magnetar_v1_RequestVoteResponse, RequestVoteResponse__Output as _magnetar_v1_RequestVoteResponse__Output } from '../../magnetar/v1/RequestVoteResponse.js';
import type { TimeoutNowRequest as _magnetar_v1_TimeoutNowRequest, TimeoutNowRequest__Output as _magnetar_v1_TimeoutNowRequest__Output } from '../../magnetar/v1/TimeoutNowRequest.js';
import type { TimeoutNowResponse as _magnetar_v1_TimeoutNowResponse, TimeoutNowResponse__Output as _magnetar_v1_TimeoutNowResponse__Output } from '../../magnetar/v1/TimeoutNowResponse.js';

/**
 * The Raft peer service. Callers are other members of the same metadata cluster.
 */
export interface RaftClient extends grpc.Client {
  /**
   * Leader -> follower/learner: replicate log entries, or heartbeat when `entries` is empty.
   * The receiver answers only after the entries (and HardState, if its term changed) are synced.
   * The leader may pipeline several calls to one follower; responses carry match_index so they can
   * be applied in any order. Deadline: about one election timeout.
   */
  AppendEntries(argument: _magnetar_v1_AppendEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  AppendEntries(argument: _magnetar_v1_AppendEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  AppendEntries(argument: _magnetar_v1_AppendEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  AppendEntries(argument: _magnetar_v1_AppendEntriesRequest, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Leader -> follower/learner: replicate log entries, or heartbeat when `entries` is empty.
   * The receiver answers only after the entries (and HardState, if its term changed) are synced.
   * The leader may pipeline several calls to one follower; responses carry match_index so they can
   * be applied in any order. Deadline: about one election timeout.
   */
  appendEntries(argument: _magnetar_v1_AppendEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  appendEntries(argument: _magnetar_v1_AppendEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  appendEntries(argument: _magnetar_v1_AppendEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  appendEntries(argument: _magnetar_v1_AppendEntriesRequest, callback: grpc.requestCallback<_magnetar_v1_AppendEntriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Leader -> follower/learner whose next entry the leader has already compacted away: stream a
   * snapshot of the state machine in chunks. The receiver answers once, after the last chunk (or
   * early, if it rejects the snapshot). The receiver syncs the snapshot and its metadata before
   * answering success.
   */
  InstallSnapshot(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  InstallSnapshot(metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  InstallSnapshot(options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  InstallSnapshot(callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  /**
   * Leader -> follower/learner whose next entry the leader has already compacted away: stream a
   * snapshot of the state machine in chunks. The receiver answers once, after the last chunk (or
   * early, if it rejects the snapshot). The receiver syncs the snapshot and its metadata before
   * answering success.
   */
  installSnapshot(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  installSnapshot(metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  installSnapshot(options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  installSnapshot(callback: grpc.requestCallback<_magnetar_v1_InstallSnapshotResponse__Output>): grpc.ClientWritableStream<_magnetar_v1_InstallSnapshotRequest>;
  
  /**
   * Follower -> leader: ask for a read index so that the follower can serve a linearizable read
   * from its own state (Raft dissertation section 6.4). The leader answers with its commit index
   * after confirming, with a heartbeat round acknowledged by a quorum, that it was still the
   * leader when the request arrived; the follower then waits until its applied index reaches the
   * returned index and reads locally. A follower batches concurrent reads into one call.
   * 
   * Errors: NOT_LEADER when the receiver is not the leader (the leader's member id, when known, in
   * the `magnetar-error-hint` trailer, common/grpc.ts); UNAVAILABLE
   * when the leader could not confirm a quorum within the deadline or has not yet committed an
   * entry in its current term (retry); TIMEOUT when the caller's deadline passed.
   * 
   * Why this RPC exists: client writes reaching a follower are forwarded to the leader through the
   * ordinary Metadata service (Put/Delete/Txn/Lease*), whose request ids make the forward safe to
   * retry, so no "propose" peer RPC is needed. Linearizable reads, however, should not move the
   * data through the leader; only the index has to come from it.
   */
  ReadIndex(argument: _magnetar_v1_ReadIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  ReadIndex(argument: _magnetar_v1_ReadIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  ReadIndex(argument: _magnetar_v1_ReadIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  ReadIndex(argument: _magnetar_v1_ReadIndexRequest, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Follower -> leader: ask for a read index so that the follower can serve a linearizable read
   * from its own state (Raft dissertation section 6.4). The leader answers with its commit index
   * after confirming, with a heartbeat round acknowledged by a quorum, that it was still the
   * leader when the request arrived; the follower then waits until its applied index reaches the
   * returned index and reads locally. A follower batches concurrent reads into one call.
   * 
   * Errors: NOT_LEADER when the receiver is not the leader (the leader's member id, when known, in
   * the `magnetar-error-hint` trailer, common/grpc.ts); UNAVAILABLE
   * when the leader could not confirm a quorum within the deadline or has not yet committed an
   * entry in its current term (retry); TIMEOUT when the caller's deadline passed.
   * 
   * Why this RPC exists: client writes reaching a follower are forwarded to the leader through the
   * ordinary Metadata service (Put/Delete/Txn/Lease*), whose request ids make the forward safe to
   * retry, so no "propose" peer RPC is needed. Linearizable reads, however, should not move the
   * data through the leader; only the index has to come from it.
   */
  readIndex(argument: _magnetar_v1_ReadIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  readIndex(argument: _magnetar_v1_ReadIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  readIndex(argument: _magnetar_v1_ReadIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  readIndex(argument: _magnetar_v1_ReadIndexRequest, callback: grpc.requestCallback<_magnetar_v1_ReadIndexResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Candidate -> every voter: ask for a vote (or a pre-vote). The receiver syncs HardState (new
   * term, vote) before answering a real vote request.
   */
  RequestVote(argument: _magnetar_v1_RequestVoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  RequestVote(argument: _magnetar_v1_RequestVoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  RequestVote(argument: _magnetar_v1_RequestVoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  RequestVote(argument: _magnetar_v1_RequestVoteRequest, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Candidate -> every voter: ask for a vote (or a pre-vote). The receiver syncs HardState (new
   * term, vote) before answering a real vote request.
   */
  requestVote(argument: _magnetar_v1_RequestVoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  requestVote(argument: _magnetar_v1_RequestVoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  requestVote(argument: _magnetar_v1_RequestVoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  requestVote(argument: _magnetar_v1_RequestVoteRequest, callback: grpc.requestCallback<_magnetar_v1_RequestVoteResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The fast path between members: one long-lived stream from each member to each other member
   * carrying every small Raft message it sends that peer (requests and responses alike) in order,
   * one message per envelope. The receiver steps each message; its answers travel back on its own
   * stream to the sender. Semantics are those of the unary RPCs above (same messages, same
   * persist-before-send rules), without a call per message: a unary call costs far more than a
   * message on an open stream. Snapshots still go through InstallSnapshot. The call ends only
   * when either member stops or the connection breaks; the sender then reopens it.
   */
  Stream(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  Stream(metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  Stream(options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  Stream(callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  /**
   * The fast path between members: one long-lived stream from each member to each other member
   * carrying every small Raft message it sends that peer (requests and responses alike) in order,
   * one message per envelope. The receiver steps each message; its answers travel back on its own
   * stream to the sender. Semantics are those of the unary RPCs above (same messages, same
   * persist-before-send rules), without a call per message: a unary call costs far more than a
   * message on an open stream. Snapshots still go through InstallSnapshot. The call ends only
   * when either member stops or the connection breaks; the sender then reopens it.
   */
  stream(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  stream(metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  stream(options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  stream(callback: grpc.requestCallback<_magnetar_v1_RaftStreamSummary__Output>): grpc.ClientWritableStream<_magnetar_v1_RaftEnvelope>;
  
  /**
   * Leader -> the chosen successor during a leadership transfer: start an election now. The leader
   * sends it only once the target's log matches its own (match_index = leader's last index).
   */
  TimeoutNow(argument: _magnetar_v1_TimeoutNowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  TimeoutNow(argument: _magnetar_v1_TimeoutNowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  TimeoutNow(argument: _magnetar_v1_TimeoutNowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  TimeoutNow(argument: _magnetar_v1_TimeoutNowRequest, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Leader -> the chosen successor during a leadership transfer: start an election now. The leader
   * sends it only once the target's log matches its own (match_index = leader's last index).
   */
  timeoutNow(argument: _magnetar_v1_TimeoutNowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  timeoutNow(argument: _magnetar_v1_TimeoutNowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  timeoutNow(argument: _magnetar_v1_TimeoutNowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  timeoutNow(argument: _magnetar_v1_TimeoutNowRequest, callback: grpc.requestCallback<_magnetar_v1_TimeoutNowResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The Raft peer service. Callers are other members of the same metadata cluster.
 */
export interface RaftHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Leader -> follower/learner: replicate log entries, or heartbeat when `entries` is empty.
   * The receiver answers only after the entries (and HardState, if its term changed) are synced.
   * The leader may pipeline several calls to one follower; responses carry match_index so they can
   * be applied in any order. Deadline: about one election timeout.
   */
  AppendEntries: grpc.handleUnaryCall<_magnetar_v1_AppendEntriesRequest__Output, _magnetar_v1_AppendEntriesResponse>;
  
  /**
   * Leader -> follower/learner whose next entry the leader has already compacted away: stream a
   * snapshot of the state machine in chunks. The receiver answers once, after the last chunk (or
   * early, if it rejects the snapshot). The receiver syncs the snapshot and its metadata before
   * answering success.
   */
  InstallSnapshot: grpc.handleClientStreamingCall<_magnetar_v1_InstallSnapshotRequest__Output, _magnetar_v1_InstallSnapshotResponse>;
  
  /**
   * Follower -> leader: ask for a read index so that the follower can serve a linearizable read
   * from its own state (Raft dissertation section 6.4). The leader answers with its commit index
   * after confirming, with a heartbeat round acknowledged by a quorum, that it was still the
   * leader when the request arrived; the follower then waits until its applied index reaches the
   * returned index and reads locally. A follower batches concurrent reads into one call.
   * 
   * Errors: NOT_LEADER when the receiver is not the leader (the leader's member id, when known, in
   * the `magnetar-error-hint` trailer, common/grpc.ts); UNAVAILABLE
   * when the leader could not confirm a quorum within the deadline or has not yet committed an
   * entry in its current term (retry); TIMEOUT when the caller's deadline passed.
   * 
   * Why this RPC exists: client writes reaching a follower are forwarded to the leader through the
   * ordinary Metadata service (Put/Delete/Txn/Lease*), whose request ids make the forward safe to
   * retry, so no "propose" peer RPC is needed. Linearizable reads, however, should not move the
   * data through the leader; only the index has to come from it.
   */
  ReadIndex: grpc.handleUnaryCall<_magnetar_v1_ReadIndexRequest__Output, _magnetar_v1_ReadIndexResponse>;
  
  /**
   * Candidate -> every voter: ask for a vote (or a pre-vote). The receiver syncs HardState (new
   * term, vote) before answering a real vote request.
   */
  RequestVote: grpc.handleUnaryCall<_magnetar_v1_RequestVoteRequest__Output, _magnetar_v1_RequestVoteResponse>;
  
  /**
   * The fast path between members: one long-lived stream from each member to each other member
   * carrying every small Raft message it sends that peer (requests and responses alike) in order,
   * one message per envelope. The receiver steps each message; its answers travel back on its own
   * stream to the sender. Semantics are those of the unary RPCs above (same messages, same
   * persist-before-send rules), without a call per message: a unary call costs far more than a
   * message on an open stream. Snapshots still go through InstallSnapshot. The call ends only
   * when either member stops or the connection breaks; the sender then reopens it.
   */
  Stream: grpc.handleClientStreamingCall<_magnetar_v1_RaftEnvelope__Output, _magnetar_v1_RaftStreamSummary>;
  
  /**
   * Leader -> the chosen successor during a leadership transfer: start an election now. The leader
   * sends it only once the target's log matches its own (match_index = leader's last index).
   */
  TimeoutNow: grpc.handleUnaryCall<_magnetar_v1_TimeoutNowRequest__Output, _magnetar_v1_TimeoutNowResponse>;
  
}

export interface RaftDefinition extends grpc.ServiceDefinition {
  AppendEntries: MethodDefinition<_magnetar_v1_AppendEntriesRequest, _magnetar_v1_AppendEntriesResponse, _magnetar_v1_AppendEntriesRequest__Output, _magnetar_v1_AppendEntriesResponse__Output>
  InstallSnapshot: MethodDefinition<_magnetar_v1_InstallSnapshotRequest, _magnetar_v1_InstallSnapshotResponse, _magnetar_v1_InstallSnapshotRequest__Output, _magnetar_v1_InstallSnapshotResponse__Output>
  ReadIndex: MethodDefinition<_magnetar_v1_ReadIndexRequest, _magnetar_v1_ReadIndexResponse, _magnetar_v1_ReadIndexRequest__Output, _magnetar_v1_ReadIndexResponse__Output>
  RequestVote: MethodDefinition<_magnetar_v1_RequestVoteRequest, _magnetar_v1_RequestVoteResponse, _magnetar_v1_RequestVoteRequest__Output, _magnetar_v1_RequestVoteResponse__Output>
  Stream: MethodDefinition<_magnetar_v1_RaftEnvelope, _magnetar_v1_RaftStreamSummary, _magnetar_v1_RaftEnvelope__Output, _magnetar_v1_RaftStreamSummary__Output>
  TimeoutNow: MethodDefinition<_magnetar_v1_TimeoutNowRequest, _magnetar_v1_TimeoutNowResponse, _magnetar_v1_TimeoutNowRequest__Output, _magnetar_v1_TimeoutNowResponse__Output>
}
