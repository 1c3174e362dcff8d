// Original file: proto/raft.proto

import type { AppendEntriesRequest as _magnetar_v1_AppendEntriesRequest, AppendEntriesRequest__Output as _magnetar_v1_AppendEntriesRequest__Output } from '../../magnetar/v1/AppendEntriesRequest.js';
import type { AppendEntriesResponse as _magnetar_v1_AppendEntriesResponse, AppendEntriesResponse__Output as _magnetar_v1_AppendEntriesResponse__Output } from '../../magnetar/v1/AppendEntriesResponse.js';
import type { RequestVoteRequest as _magnetar_v1_RequestVoteRequest, RequestVoteRequest__Output as _magnetar_v1_RequestVoteRequest__Output } from '../../magnetar/v1/RequestVoteRequest.js';
import type { RequestVoteResponse as _magnetar_v1_RequestVoteResponse, RequestVoteResponse__Output as _magnetar_v1_RequestVoteResponse__Output } from '../../magnetar/v1/RequestVoteResponse.js';
import type { TimeoutNowRequest as _magnetar_v1_TimeoutNowRequest, TimeoutNowRequest__Output as _magnetar_v1_TimeoutNowRequest__Output } from '../../magnetar/v1/TimeoutNowRequest.js';
import type { TimeoutNowResponse as _magnetar_v1_TimeoutNowResponse, TimeoutNowResponse__Output as _magnetar_v1_TimeoutNowResponse__Output } from '../../magnetar/v1/TimeoutNowResponse.js';
import type { ReadIndexRequest as _magnetar_v1_ReadIndexRequest, ReadIndexRequest__Output as _magnetar_v1_ReadIndexRequest__Output } from '../../magnetar/v1/ReadIndexRequest.js';
import type { ReadIndexResponse as _magnetar_v1_ReadIndexResponse, ReadIndexResponse__Output as _magnetar_v1_ReadIndexResponse__Output } from '../../magnetar/v1/ReadIndexResponse.js';

/**
 * One Raft message on a Stream. The message's own PeerHeader says who sent it to whom.
 */
export interface RaftEnvelope {
  'appendEntries'?: (_magnetar_v1_AppendEntriesRequest | null);
  'appendEntriesResponse'?: (_magnetar_v1_AppendEntriesResponse | null);
  'requestVote'?: (_magnetar_v1_RequestVoteRequest | null);
  'requestVoteResponse'?: (_magnetar_v1_RequestVoteResponse | null);
  'timeoutNow'?: (_magnetar_v1_TimeoutNowRequest | null);
  'timeoutNowResponse'?: (_magnetar_v1_TimeoutNowResponse | null);
  'readIndex'?: (_magnetar_v1_ReadIndexRequest | null);
  'readIndexResponse'?: (_magnetar_v1_ReadIndexResponse | null);
  /**
   * For read_index and read_index_response: the requester's correlation token, echoed back.
   */
  'context'?: (string);
  /**
   * For read_index_response: "ok", "not-leader" or "unavailable" (read_index is 0 unless "ok").
   */
  'status'?: (string);
  'message'?: "appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"timeoutNow"|"timeoutNowResponse"|"readIndex"|"readIndexResponse";
}

/**
 * One Raft message on a Stream. The message's own PeerHeader says who sent it to whom.
 */
export interface RaftEnvelope__Output {
  'appendEntries'?: (_magnetar_v1_AppendEntriesRequest__Output | null);
  'appendEntriesResponse'?: (_magnetar_v1_AppendEntriesResponse__Output | null);
  'requestVote'?: (_magnetar_v1_RequestVoteRequest__Output | null);
  'requestVoteResponse'?: (_magnetar_v1_RequestVoteResponse__Output | null);
  'timeoutNow'?: (_magnetar_v1_TimeoutNowRequest__Output | null);
  'timeoutNowResponse'?: (_magnetar_v1_TimeoutNowResponse__Output | null);
  'readIndex'?: (_magnetar_v1_ReadIndexRequest__Output | null);
  'readIndexResponse'?: (_magnetar_v1_ReadIndexResponse__Output | null);
  /**
   * For read_index and read_index_response: the requester's correlation token, echoed back.
   */
  'context': (string);
  /**
   * For read_index_response: "ok", "not-leader" or "unavailable" (read_index is 0 unless "ok").
   */
  'status': (string);
  'message'?: "appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"timeoutNow"|"timeoutNowResponse"|"readIndex"|"readIndexResponse";
}
