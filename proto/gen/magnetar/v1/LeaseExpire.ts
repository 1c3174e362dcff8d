// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Command body for a lease that expired (proposed by the leader).
 */
export interface LeaseExpire {
  /**
   * The expired lease.
   */
  'id'?: (number | string | Long);
}

/**
 * Command body for a lease that expired (proposed by the leader).
 */
export interface LeaseExpire__Output {
  /**
   * The expired lease.
   */
  'id': (number);
}
