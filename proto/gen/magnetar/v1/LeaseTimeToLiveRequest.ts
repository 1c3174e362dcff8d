// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

export interface LeaseTimeToLiveRequest {
  /**
   * Lease to inspect, > 0.
   */
  'id'?: (number | string | Long);
  /**
   * Also list the keys attached to the lease.
   */
  'keys'?: (boolean);
}

export interface LeaseTimeToLiveRequest__Output {
  /**
   * Lease to inspect, > 0.
   */
  'id': (number);
  /**
   * Also list the keys attached to the lease.
   */
  'keys': (boolean);
}
