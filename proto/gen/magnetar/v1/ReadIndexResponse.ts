// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface ReadIndexResponse {
  /**
   * Responder (the leader) and original requester.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The leader's current term.
   */
  'term'?: (number | string | Long);
  /**
   * Commit index of the leader at the time the request arrived, confirmed by a quorum heartbeat.
   * A read served once the follower's applied index is >= read_index is linearizable.
   */
  'readIndex'?: (number | string | Long);
}

export interface ReadIndexResponse__Output {
  /**
   * Responder (the leader) and original requester.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The leader's current term.
   */
  'term': (number);
  /**
   * Commit index of the leader at the time the request arrived, confirmed by a quorum heartbeat.
   * A read served once the follower's applied index is >= read_index is linearizable.
   */
  'readIndex': (number);
}
