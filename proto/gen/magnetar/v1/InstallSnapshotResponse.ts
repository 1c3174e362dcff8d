// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface InstallSnapshotResponse {
  /**
   * Responder and original requester.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The responder's current term; greater than the request's makes the leader step down. A
   * receiver that sees a stale term answers at once (success = false) and ignores further chunks.
   */
  'term'?: (number | string | Long);
  /**
   * True if the snapshot is now durably installed, or if the receiver already had everything up
   * to metadata.index (nothing to do). The leader then sets the follower's match index to
   * metadata.index and its next index to metadata.index + 1.
   */
  'success'?: (boolean);
}

export interface InstallSnapshotResponse__Output {
  /**
   * Responder and original requester.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The responder's current term; greater than the request's makes the leader step down. A
   * receiver that sees a stale term answers at once (success = false) and ignores further chunks.
   */
  'term': (number);
  /**
   * True if the snapshot is now durably installed, or if the receiver already had everything up
   * to metadata.index (nothing to do). The leader then sets the follower's match index to
   * metadata.index and its next index to metadata.index + 1.
   */
  'success': (boolean);
}
