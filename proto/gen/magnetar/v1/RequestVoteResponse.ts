// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface RequestVoteResponse {
  /**
   * Responder and original requester.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * For a granted pre-vote: the request's term. Otherwise the responder's current term (after
   * processing the request); a term greater than the candidate's makes it step down to follower.
   */
  'term'?: (number | string | Long);
  /**
   * Whether the (pre-)vote was granted. A granted real vote is durable before this is sent.
   */
  'voteGranted'?: (boolean);
  /**
   * Echo of the request's pre_vote, so the candidate matches the answer to the right phase.
   */
  'preVote'?: (boolean);
}

export interface RequestVoteResponse__Output {
  /**
   * Responder and original requester.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * For a granted pre-vote: the request's term. Otherwise the responder's current term (after
   * processing the request); a term greater than the candidate's makes it step down to follower.
   */
  'term': (number);
  /**
   * Whether the (pre-)vote was granted. A granted real vote is durable before this is sent.
   */
  'voteGranted': (boolean);
  /**
   * Echo of the request's pre_vote, so the candidate matches the answer to the right phase.
   */
  'preVote': (boolean);
}
