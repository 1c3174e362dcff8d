// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface TimeoutNowResponse {
  /**
   * Responder and original requester.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The responder's term before it started the election.
   */
  'term'?: (number | string | Long);
  /**
   * True if the responder started an election.
   */
  'accepted'?: (boolean);
}

export interface TimeoutNowResponse__Output {
  /**
   * Responder and original requester.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The responder's term before it started the election.
   */
  'term': (number);
  /**
   * True if the responder started an election.
   */
  'accepted': (boolean);
}
