import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AppendEntriesRequest as _magnetar_v1_AppendEntriesRequest, AppendEntriesRequest__Output as _magnetar_v1_AppendEntriesRequest__Output } from './magnetar/v1/AppendEntriesRequest.js';
import type { AppendEntriesResponse as _magnetar_v1_AppendEntriesResponse, AppendEntriesResponse__Output as _magnetar_v1_AppendEntriesResponse__Output } from './magnetar/v1/AppendEntriesResponse.js';
import type { CompactRequest as _magnetar_v1_CompactRequest, CompactRequest__Output as _magnetar_v1_CompactRequest__Output } from './magnetar/v1/CompactRequest.js';
import type { CompactResponse as _magnetar_v1_CompactResponse, CompactResponse__Output as _magnetar_v1_CompactResponse__Output } from './magnetar/v1/CompactResponse.js';
import type { Compare as _magnetar_v1_Compare, Compare__Output as _magnetar_v1_Compare__Output } from './magnetar/v1/Compare.js';
import type { DeleteRequest as _magnetar_v1_DeleteRequest, DeleteRequest__Output as _magnetar_v1_DeleteRequest__Output } from './magnetar/v1/DeleteRequest.js';
import type { DeleteResponse as _magnetar_v1_DeleteResponse, DeleteResponse__Output as _magnetar_v1_DeleteResponse__Output } from './magnetar/v1/DeleteResponse.js';
import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from './magnetar/v1/Empty.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from './magnetar/v1/Error.js';
import type { Event as _magnetar_v1_Event, Event__Output as _magnetar_v1_Event__Output } from './magnetar/v1/Event.js';
import type { HardState as _magnetar_v1_HardState, HardState__Output as _magnetar_v1_HardState__Output } from './magnetar/v1/HardState.js';
import type { InstallSnapshotRequest as _magnetar_v1_InstallSnapshotRequest, InstallSnapshotRequest__Output as _magnetar_v1_InstallSnapshotRequest__Output } from './magnetar/v1/InstallSnapshotRequest.js';
import type { InstallSnapshotResponse as _magnetar_v1_InstallSnapshotResponse, InstallSnapshotResponse__Output as _magnetar_v1_InstallSnapshotResponse__Output } from './magnetar/v1/InstallSnapshotResponse.js';
import type { KeyValue as _magnetar_v1_KeyValue, KeyValue__Output as _magnetar_v1_KeyValue__Output } from './magnetar/v1/KeyValue.js';
import type { LeaseExpire as _magnetar_v1_LeaseExpire, LeaseExpire__Output as _magnetar_v1_LeaseExpire__Output } from './magnetar/v1/LeaseExpire.js';
import type { LeaseGrantRequest as _magnetar_v1_LeaseGrantRequest, LeaseGrantRequest__Output as _magnetar_v1_LeaseGrantRequest__Output } from './magnetar/v1/LeaseGrantRequest.js';
import type { LeaseGrantResponse as _magnetar_v1_LeaseGrantResponse, LeaseGrantResponse__Output as _magnetar_v1_LeaseGrantResponse__Output } from './magnetar/v1/LeaseGrantResponse.js';
import type { LeaseKeepAliveRequest as _magnetar_v1_LeaseKeepAliveRequest, LeaseKeepAliveRequest__Output as _magnetar_v1_LeaseKeepAliveRequest__Output } from './magnetar/v1/LeaseKeepAliveRequest.js';
import type { LeaseKeepAliveResponse as _magnetar_v1_LeaseKeepAliveResponse, LeaseKeepAliveResponse__Output as _magnetar_v1_LeaseKeepAliveResponse__Output } from './magnetar/v1/LeaseKeepAliveResponse.js';
import type { LeaseListRequest as _magnetar_v1_LeaseListRequest, LeaseListRequest__Output as _magnetar_v1_LeaseListRequest__Output } from './magnetar/v1/LeaseListRequest.js';
import type { LeaseListResponse as _magnetar_v1_LeaseListResponse, LeaseListResponse__Output as _magnetar_v1_LeaseListResponse__Output } from './magnetar/v1/LeaseListResponse.js';
import type { LeaseRevokeRequest as _magnetar_v1_LeaseRevokeRequest, LeaseRevokeRequest__Output as _magnetar_v1_LeaseRevokeRequest__Output } from './magnetar/v1/LeaseRevokeRequest.js';
import type { LeaseRevokeResponse as _magnetar_v1_LeaseRevokeResponse, LeaseRevokeResponse__Output as _magnetar_v1_LeaseRevokeResponse__Output } from './magnetar/v1/LeaseRevokeResponse.js';
import type { LeaseTimeToLiveRequest as _magnetar_v1_LeaseTimeToLiveRequest, LeaseTimeToLiveRequest__Output as _magnetar_v1_LeaseTimeToLiveRequest__Output } from './magnetar/v1/LeaseTimeToLiveRequest.js';
import type { LeaseTimeToLiveResponse as _magnetar_v1_LeaseTimeToLiveResponse, LeaseTimeToLiveResponse__Output as _magnetar_v1_LeaseTimeToLiveResponse__Output } from './magnetar/v1/LeaseTimeToLiveResponse.js';
import type { LogEntry as _magnetar_v1_LogEntry, LogEntry__Output as _magnetar_v1_LogEntry__Output } from './magnetar/v1/LogEntry.js';
import type { MemberAddRequest as _magnetar_v1_MemberAddRequest, MemberAddRequest__Output as _magnetar_v1_MemberAddRequest__Output } from './magnetar/v1/MemberAddRequest.js';
import type { MemberAddResponse as _magnetar_v1_MemberAddResponse, MemberAddResponse__Output as _magnetar_v1_MemberAddResponse__Output } from './magnetar/v1/MemberAddResponse.js';
import type { MemberListRequest as _magnetar_v1_MemberListRequest, MemberListRequest__Output as _magnetar_v1_MemberListRequest__Output } from './magnetar/v1/MemberListRequest.js';
import type { MemberListResponse as _magnetar_v1_MemberListResponse, MemberListResponse__Output as _magnetar_v1_MemberListResponse__Output } from './magnetar/v1/MemberListResponse.js';
import type { MemberPromoteRequest as _magnetar_v1_MemberPromoteRequest, MemberPromoteRequest__Output as _magnetar_v1_MemberPromoteRequest__Output } from './magnetar/v1/MemberPromoteRequest.js';
import type { MemberPromoteResponse as _magnetar_v1_MemberPromoteResponse, MemberPromoteResponse__Output as _magnetar_v1_MemberPromoteResponse__Output } from './magnetar/v1/MemberPromoteResponse.js';
import type { MemberRemoveRequest as _magnetar_v1_MemberRemoveRequest, MemberRemoveRequest__Output as _magnetar_v1_MemberRemoveRequest__Output } from './magnetar/v1/MemberRemoveRequest.js';
import type { MemberRemoveResponse as _magnetar_v1_MemberRemoveResponse, MemberRemoveResponse__Output as _magnetar_v1_MemberRemoveResponse__Output } from './magnetar/v1/MemberRemoveResponse.js';
import type { MetadataClient as _magnetar_v1_MetadataClient, MetadataDefinition as _magnetar_v1_MetadataDefinition } from './magnetar/v1/Metadata.js';
import type { MetadataCommand as _magnetar_v1_MetadataCommand, MetadataCommand__Output as _magnetar_v1_MetadataCommand__Output } from './magnetar/v1/MetadataCommand.js';
import type { MoveLeaderRequest as _magnetar_v1_MoveLeaderRequest, MoveLeaderRequest__Output as _magnetar_v1_MoveLeaderRequest__Output } from './magnetar/v1/MoveLeaderRequest.js';
import type { MoveLeaderResponse as _magnetar_v1_MoveLeaderResponse, MoveLeaderResponse__Output as _magnetar_v1_MoveLeaderResponse__Output } from './magnetar/v1/MoveLeaderResponse.js';
import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from './magnetar/v1/PeerHeader.js';
import type { PutRequest as _magnetar_v1_PutRequest, PutRequest__Output as _magnetar_v1_PutRequest__Output } from './magnetar/v1/PutRequest.js';
import type { PutResponse as _magnetar_v1_PutResponse, PutResponse__Output as _magnetar_v1_PutResponse__Output } from './magnetar/v1/PutResponse.js';
import type { RaftClient as _magnetar_v1_RaftClient, RaftDefinition as _magnetar_v1_RaftDefinition } from './magnetar/v1/Raft.js';
import type { RaftConfiguration as _magnetar_v1_RaftConfiguration, RaftConfiguration__Output as _magnetar_v1_RaftConfiguration__Output } from './magnetar/v1/RaftConfiguration.js';
import type { RaftEnvelope as _magnetar_v1_RaftEnvelope, RaftEnvelope__Output as _magnetar_v1_RaftEnvelope__Output } from './magnetar/v1/RaftEnvelope.js';
import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from './magnetar/v1/RaftMember.js';
import type { RaftStreamSummary as _magnetar_v1_RaftStreamSummary, RaftStreamSummary__Output as _magnetar_v1_RaftStreamSummary__Output } from './magnetar/v1/RaftStreamSummary.js';
import type { RangeRequest as _magnetar_v1_RangeRequest, RangeRequest__Output as _magnetar_v1_RangeRequest__Output } from './magnetar/v1/RangeRequest.js';
import type { RangeResponse as _magnetar_v1_RangeResponse, RangeResponse__Output as _magnetar_v1_RangeResponse__Output } from './magnetar/v1/RangeResponse.js';
import type { ReadIndexRequest as _magnetar_v1_ReadIndexRequest, ReadIndexRequest__Output as _magnetar_v1_ReadIndexRequest__Output } from './magnetar/v1/ReadIndexRequest.js';
import type { ReadIndexResponse as _magnetar_v1_ReadIndexResponse, ReadIndexResponse__Output as _magnetar_v1_ReadIndexResponse__Output } from './magnetar/v1/ReadIndexResponse.js';
import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from './magnetar/v1/RequestId.js';
import type { RequestOp as _magnetar_v1_RequestOp, RequestOp__Output as _magnetar_v1_RequestOp__Output } from './magnetar/v1/RequestOp.js';
import type { RequestVoteRequest as _magnetar_v1_RequestVoteRequest, RequestVoteRequest__Output as _magnetar_v1_RequestVoteRequest__Output } from './magnetar/v1/RequestVoteRequest.js';
import type { RequestVoteResponse as _magnetar_v1_RequestVoteResponse, RequestVoteResponse__Output as _magnetar_v1_RequestVoteResponse__Output } from './magnetar/v1/RequestVoteResponse.js';
import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from './magnetar/v1/ResponseHeader.js';
import type { ResponseOp as _magnetar_v1_ResponseOp, ResponseOp__Output as _magnetar_v1_ResponseOp__Output } from './magnetar/v1/ResponseOp.js';
import type { SnapshotMetadata as _magnetar_v1_SnapshotMetadata, SnapshotMetadata__Output as _magnetar_v1_SnapshotMetadata__Output } from './magnetar/v1/SnapshotMetadata.js';
import type { StatusRequest as _magnetar_v1_StatusRequest, StatusRequest__Output as _magnetar_v1_StatusRequest__Output } from './magnetar/v1/StatusRequest.js';
import type { StatusResponse as _magnetar_v1_StatusResponse, StatusResponse__Output as _magnetar_v1_StatusResponse__Output } from './magnetar/v1/StatusResponse.js';
import type { TimeoutNowRequest as _magnetar_v1_TimeoutNowRequest, TimeoutNowRequest__Output as _magnetar_v1_TimeoutNowRequest__Output } from './magnetar/v1/TimeoutNowRequest.js';
import type { TimeoutNowResponse as _magnetar_v1_TimeoutNowResponse, TimeoutNowResponse__Output as _magnetar_v1_TimeoutNowResponse__Output } from './magnetar/v1/TimeoutNowResponse.js';
import type { TxnRequest as _magnetar_v1_TxnRequest, TxnRequest__Output as _magnetar_v1_TxnRequest__Output } from './magnetar/v1/TxnRequest.js';
import type { TxnResponse as _magnetar_v1_TxnResponse, TxnResponse__Output as _magnetar_v1_TxnResponse__Output } from './magnetar/v1/TxnResponse.js';
import type { WatchRequest as _magnetar_v1_WatchRequest, WatchRequest__Output as _magnetar_v1_WatchRequest__Output } from './magnetar/v1/WatchRequest.js';
import type { WatchResponse as _magnetar_v1_WatchResponse, WatchResponse__Output as _magnetar_v1_WatchResponse__Output } from './magnetar/v1/WatchResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      AppendEntriesRequest: MessageTypeDefinition<_magnetar_v1_AppendEntriesRequest, _magnetar_v1_AppendEntriesRequest__Output>
      AppendEntriesResponse: MessageTypeDefinition<_magnetar_v1_AppendEntriesResponse, _magnetar_v1_AppendEntriesResponse__Output>
      CompactRequest: MessageTypeDefinition<_magnetar_v1_CompactRequest, _magnetar_v1_CompactRequest__Output>
      CompactResponse: MessageTypeDefinition<_magnetar_v1_CompactResponse, _magnetar_v1_CompactResponse__Output>
      Compare: MessageTypeDefinition<_magnetar_v1_Compare, _magnetar_v1_Compare__Output>
      DeleteRequest: MessageTypeDefinition<_magnetar_v1_DeleteRequest, _magnetar_v1_DeleteRequest__Output>
      DeleteResponse: MessageTypeDefinition<_magnetar_v1_DeleteResponse, _magnetar_v1_DeleteResponse__Output>
      Empty: MessageTypeDefinition<_magnetar_v1_Empty, _magnetar_v1_Empty__Output>
      Error: MessageTypeDefinition<_magnetar_v1_Error, _magnetar_v1_Error__Output>
      ErrorCode: EnumTypeDefinition
      Event: MessageTypeDefinition<_magnetar_v1_Event, _magnetar_v1_Event__Output>
      HardState: MessageTypeDefinition<_magnetar_v1_HardState, _magnetar_v1_HardState__Output>
      InstallSnapshotRequest: MessageTypeDefinition<_magnetar_v1_InstallSnapshotRequest, _magnetar_v1_InstallSnapshotRequest__Output>
      InstallSnapshotResponse: MessageTypeDefinition<_magnetar_v1_InstallSnapshotResponse, _magnetar_v1_InstallSnapshotResponse__Output>
      KeyValue: MessageTypeDefinition<_magnetar_v1_KeyValue, _magnetar_v1_KeyValue__Output>
      LeaseExpire: MessageTypeDefinition<_magnetar_v1_LeaseExpire, _magnetar_v1_LeaseExpire__Output>
      LeaseGrantRequest: MessageTypeDefinition<_magnetar_v1_LeaseGrantRequest, _magnetar_v1_LeaseGrantRequest__Output>
      LeaseGrantResponse: MessageTypeDefinition<_magnetar_v1_LeaseGrantResponse, _magnetar_v1_LeaseGrantResponse__Output>
      LeaseKeepAliveRequest: MessageTypeDefinition<_magnetar_v1_LeaseKeepAliveRequest, _magnetar_v1_LeaseKeepAliveRequest__Output>
      LeaseKeepAliveResponse: MessageTypeDefinition<_magnetar_v1_LeaseKeepAliveResponse, _magnetar_v1_LeaseKeepAliveResponse__Output>
      LeaseListRequest: MessageTypeDefinition<_magnetar_v1_LeaseListRequest, _magnetar_v1_LeaseListRequest__Output>
      LeaseListResponse: MessageTypeDefinition<_magnetar_v1_LeaseListResponse, _magnetar_v1_LeaseListResponse__Output>
      LeaseRevokeRequest: MessageTypeDefinition<_magnetar_v1_LeaseRevokeRequest, _magnetar_v1_LeaseRevokeRequest__Output>
      LeaseRevokeResponse: MessageTypeDefinition<_magnetar_v1_LeaseRevokeResponse, _magnetar_v1_LeaseRevokeResponse__Output>
      LeaseTimeToLiveRequest: MessageTypeDefinition<_magnetar_v1_LeaseTimeToLiveRequest, _magnetar_v1_LeaseTimeToLiveRequest__Output>
      LeaseTimeToLiveResponse: MessageTypeDefinition<_magnetar_v1_LeaseTimeToLiveResponse, _magnetar_v1_LeaseTimeToLiveResponse__Output>
      LogEntry: MessageTypeDefinition<_magnetar_v1_LogEntry, _magnetar_v1_LogEntry__Output>
      MemberAddRequest: MessageTypeDefinition<_magnetar_v1_MemberAddRequest, _magnetar_v1_MemberAddRequest__Output>
      MemberAddResponse: MessageTypeDefinition<_magnetar_v1_MemberAddResponse, _magnetar_v1_MemberAddResponse__Output>
      MemberListRequest: MessageTypeDefinition<_magnetar_v1_MemberListRequest, _magnetar_v1_MemberListRequest__Output>
      MemberListResponse: MessageTypeDefinition<_magnetar_v1_MemberListResponse, _magnetar_v1_MemberListResponse__Output>
      MemberPromoteRequest: MessageTypeDefinition<_magnetar_v1_MemberPromoteRequest, _magnetar_v1_MemberPromoteRequest__Output>
      MemberPromoteResponse: MessageTypeDefinition<_magnetar_v1_MemberPromoteResponse, _magnetar_v1_MemberPromoteResponse__Output>
      MemberRemoveRequest: MessageTypeDefinition<_magnetar_v1_MemberRemoveRequest, _magnetar_v1_MemberRemoveRequest__Output>
      MemberRemoveResponse: MessageTypeDefinition<_magnetar_v1_MemberRemoveResponse, _magnetar_v1_MemberRemoveResponse__Output>
      Metadata: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_MetadataClient> & { service: _magnetar_v1_MetadataDefinition }
      MetadataCommand: MessageTypeDefinition<_magnetar_v1_MetadataCommand, _magnetar_v1_MetadataCommand__Output>
      MoveLeaderRequest: MessageTypeDefinition<_magnetar_v1_MoveLeaderRequest, _magnetar_v1_MoveLeaderRequest__Output>
      MoveLeaderResponse: MessageTypeDefinition<_magnetar_v1_MoveLeaderResponse, _magnetar_v1_MoveLeaderResponse__Output>
      PeerHeader: MessageTypeDefinition<_magnetar_v1_PeerHeader, _magnetar_v1_PeerHeader__Output>
      PutRequest: MessageTypeDefinition<_magnetar_v1_PutRequest, _magnetar_v1_PutRequest__Output>
      PutResponse: MessageTypeDefinition<_magnetar_v1_PutResponse, _magnetar_v1_PutResponse__Output>
      /**
       * The Raft peer service. Callers are other members of the same metadata cluster.
       */
      Raft: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_RaftClient> & { service: _magnetar_v1_RaftDefinition }
      RaftConfiguration: MessageTypeDefinition<_magnetar_v1_RaftConfiguration, _magnetar_v1_RaftConfiguration__Output>
      RaftEnvelope: MessageTypeDefinition<_magnetar_v1_RaftEnvelope, _magnetar_v1_RaftEnvelope__Output>
      RaftMember: MessageTypeDefinition<_magnetar_v1_RaftMember, _magnetar_v1_RaftMember__Output>
      RaftStreamSummary: MessageTypeDefinition<_magnetar_v1_RaftStreamSummary, _magnetar_v1_RaftStreamSummary__Output>
      RangeRequest: MessageTypeDefinition<_magnetar_v1_RangeRequest, _magnetar_v1_RangeRequest__Output>
      RangeResponse: MessageTypeDefinition<_magnetar_v1_RangeResponse, _magnetar_v1_RangeResponse__Output>
      ReadIndexRequest: MessageTypeDefinition<_magnetar_v1_ReadIndexRequest, _magnetar_v1_ReadIndexRequest__Output>
      ReadIndexResponse: MessageTypeDefinition<_magnetar_v1_ReadIndexResponse, _magnetar_v1_ReadIndexResponse__Output>
      RequestId: MessageTypeDefinition<_magnetar_v1_RequestId, _magnetar_v1_RequestId__Output>
      RequestOp: MessageTypeDefinition<_magnetar_v1_RequestOp, _magnetar_v1_RequestOp__Output>
      RequestVoteRequest: MessageTypeDefinition<_magnetar_v1_RequestVoteRequest, _magnetar_v1_RequestVoteRequest__Output>
      RequestVoteResponse: MessageTypeDefinition<_magnetar_v1_RequestVoteResponse, _magnetar_v1_RequestVoteResponse__Output>
      ResponseHeader: MessageTypeDefinition<_magnetar_v1_ResponseHeader, _magnetar_v1_ResponseHeader__Output>
      ResponseOp: MessageTypeDefinition<_magnetar_v1_ResponseOp, _magnetar_v1_ResponseOp__Output>
      SnapshotMetadata: MessageTypeDefinition<_magnetar_v1_SnapshotMetadata, _magnetar_v1_SnapshotMetadata__Output>
      StatusRequest: MessageTypeDefinition<_magnetar_v1_StatusRequest, _magnetar_v1_StatusRequest__Output>
      StatusResponse: MessageTypeDefinition<_magnetar_v1_StatusResponse, _magnetar_v1_StatusResponse__Output>
      TimeoutNowRequest: MessageTypeDefinition<_magnetar_v1_TimeoutNowRequest, _magnetar_v1_TimeoutNowRequest__Output>
      TimeoutNowResponse: MessageTypeDefinition<_magnetar_v1_TimeoutNowResponse, _magnetar_v1_TimeoutNowResponse__Output>
      TxnRequest: MessageTypeDefinition<_magnetar_v1_TxnRequest, _magnetar_v1_TxnRequest__Output>
      TxnResponse: MessageTypeDefinition<_magnetar_v1_TxnResponse, _magnetar_v1_TxnResponse__Output>
      WatchRequest: MessageTypeDefinition<_magnetar_v1_WatchRequest, _magnetar_v1_WatchRequest__Output>
      WatchResponse: MessageTypeDefinition<_magnetar_v1_WatchResponse, _magnetar_v1_WatchResponse__Output>
    }
  }
}

