import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AppendEntriesRequest as _magnetar_v1_AppendEntriesRequest, AppendEntriesRequest__Output as _magnetar_v1_AppendEntriesRequest__Output } from './magnetar/v1/AppendEntriesRequest.js';
import type { AppendEntriesResponse as _magnetar_v1_AppendEntriesResponse, AppendEntriesResponse__Output as _magnetar_v1_AppendEntriesResponse__Output } from './magnetar/v1/AppendEntriesResponse.js';
import type { HardState as _magnetar_v1_HardState, HardState__Output as _magnetar_v1_HardState__Output } from './magnetar/v1/HardState.js';
import type { InstallSnapshotRequest as _magnetar_v1_InstallSnapshotRequest, InstallSnapshotRequest__Output as _magnetar_v1_InstallSnapshotRequest__Output } from './magnetar/v1/InstallSnapshotRequest.js';
import type { InstallSnapshotResponse as _magnetar_v1_InstallSnapshotResponse, InstallSnapshotResponse__Output as _magnetar_v1_InstallSnapshotResponse__Output } from './magnetar/v1/InstallSnapshotResponse.js';
import type { LogEntry as _magnetar_v1_LogEntry, LogEntry__Output as _magnetar_v1_LogEntry__Output } from './magnetar/v1/LogEntry.js';
import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from './magnetar/v1/PeerHeader.js';
import type { RaftClient as _magnetar_v1_RaftClient, RaftDefinition as _magnetar_v1_RaftDefinition } from './magnetar/v1/Raft.js';
import type { RaftConfiguration as _magnetar_v1_RaftConfiguration, RaftConfiguration__Output as _magnetar_v1_RaftConfiguration__Output } from './magnetar/v1/RaftConfiguration.js';
import type { RaftEnvelope as _magnetar_v1_RaftEnvelope, RaftEnvelope__Output as _magnetar_v1_RaftEnvelope__Output } from './magnetar/v1/RaftEnvelope.js';
import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from './magnetar/v1/RaftMember.js';
import type { RaftStreamSummary as _magnetar_v1_RaftStreamSummary, RaftStreamSummary__Output as _magnetar_v1_RaftStreamSummary__Output } from './magnetar/v1/RaftStreamSummary.js';
import type { ReadIndexRequest as _magnetar_v1_ReadIndexRequest, ReadIndexRequest__Output as _magnetar_v1_ReadIndexRequest__Output } from './magnetar/v1/ReadIndexRequest.js';
import type { ReadIndexResponse as _magnetar_v1_ReadIndexResponse, ReadIndexResponse__Output as _magnetar_v1_ReadIndexResponse__Output } from './magnetar/v1/ReadIndexResponse.js';
import type { RequestVoteRequest as _magnetar_v1_RequestVoteRequest, RequestVoteRequest__Output as _magnetar_v1_RequestVoteRequest__Output } from './magnetar/v1/RequestVoteRequest.js';
import type { RequestVoteResponse as _magnetar_v1_RequestVoteResponse, RequestVoteResponse__Output as _magnetar_v1_RequestVoteResponse__Output } from './magnetar/v1/RequestVoteResponse.js';
import type { SnapshotMetadata as _magnetar_v1_SnapshotMetadata, SnapshotMetadata__Output as _magnetar_v1_SnapshotMetadata__Output } from './magnetar/v1/SnapshotMetadata.js';
import type { TimeoutNowRequest as _magnetar_v1_TimeoutNowRequest, TimeoutNowRequest__Output as _magnetar_v1_TimeoutNowRequest__Output } from './magnetar/v1/TimeoutNowRequest.js';
import type { TimeoutNowResponse as _magnetar_v1_TimeoutNowResponse, TimeoutNowResponse__Output as _magnetar_v1_TimeoutNowResponse__Output } from './magnetar/v1/TimeoutNowResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      AppendEntriesRequest: MessageTypeDefinition<_magnetar_v1_AppendEntriesRequest, _magnetar_v1_AppendEntriesRequest__Output>
      AppendEntriesResponse: MessageTypeDefinition<_magnetar_v1_AppendEntriesResponse, _magnetar_v1_AppendEntriesResponse__Output>
      HardState: MessageTypeDefinition<_magnetar_v1_HardState, _magnetar_v1_HardState__Output>
      InstallSnapshotRequest: MessageTypeDefinition<_magnetar_v1_InstallSnapshotRequest, _magnetar_v1_InstallSnapshotRequest__Output>
      InstallSnapshotResponse: MessageTypeDefinition<_magnetar_v1_InstallSnapshotResponse, _magnetar_v1_InstallSnapshotResponse__Output>
      LogEntry: MessageTypeDefinition<_magnetar_v1_LogEntry, _magnetar_v1_LogEntry__Output>
      PeerHeader: MessageTypeDefinition<_magnetar_v1_PeerHeader, _magnetar_v1_PeerHeader__Output>
      /**
       * The Raft peer service. Callers are other members of the same metadata cluster.
       */
      Raft: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_RaftClient> & { service: _magnetar_v1_RaftDefinition }
      RaftConfiguration: MessageTypeDefinition<_magnetar_v1_RaftConfiguration, _magnetar_v1_RaftConfiguration__Output>
      RaftEnvelope: MessageTypeDefinition<_magnetar_v1_RaftEnvelope, _magnetar_v1_RaftEnvelope__Output>
      RaftMember: MessageTypeDefinition<_magnetar_v1_RaftMember, _magnetar_v1_RaftMember__Output>
      RaftStreamSummary: MessageTypeDefinition<_magnetar_v1_RaftStreamSummary, _magnetar_v1_RaftStreamSummary__Output>
      ReadIndexRequest: MessageTypeDefinition<_magnetar_v1_ReadIndexRequest, _magnetar_v1_ReadIndexRequest__Output>
      ReadIndexResponse: MessageTypeDefinition<_magnetar_v1_ReadIndexResponse, _magnetar_v1_ReadIndexResponse__Output>
      RequestVoteRequest: MessageTypeDefinition<_magnetar_v1_RequestVoteRequest, _magnetar_v1_RequestVoteRequest__Output>
      RequestVoteResponse: MessageTypeDefinition<_magnetar_v1_RequestVoteResponse, _magnetar_v1_RequestVoteResponse__Output>
      SnapshotMetadata: MessageTypeDefinition<_magnetar_v1_SnapshotMetadata, _magnetar_v1_SnapshotMetadata__Output>
      TimeoutNowRequest: MessageTypeDefinition<_magnetar_v1_TimeoutNowRequest, _magnetar_v1_TimeoutNowRequest__Output>
      TimeoutNowResponse: MessageTypeDefinition<_magnetar_v1_TimeoutNowResponse, _magnetar_v1_TimeoutNowResponse__Output>
    }
  }
}

