// Original file: proto/raft.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Sent when a Stream ends.
 */
export interface RaftStreamSummary {
  /**
   * Envelopes the receiver accepted on this stream.
   */
  'received'?: (number | string | Long);
}

/**
 * Sent when a Stream ends.
 */
export interface RaftStreamSummary__Output {
  /**
   * Envelopes the receiver accepted on this stream.
   */
  'received': (number);
}
