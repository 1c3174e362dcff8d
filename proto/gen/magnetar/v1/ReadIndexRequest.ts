// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface ReadIndexRequest {
  /**
   * Sender (a follower) and receiver (the member it believes is the leader).
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The follower's current term, for diagnostics; the leader answers from its own state.
   */
  'term'?: (number | string | Long);
}

export interface ReadIndexRequest__Output {
  /**
   * Sender (a follower) and receiver (the member it believes is the leader).
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The follower's current term, for diagnostics; the leader answers from its own state.
   */
  'term': (number);
}
