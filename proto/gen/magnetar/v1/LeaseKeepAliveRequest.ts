// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

export interface LeaseKeepAliveRequest {
  /**
   * Lease to renew, > 0.
   */
  'id'?: (number | string | Long);
}

export interface LeaseKeepAliveRequest__Output {
  /**
   * Lease to renew, > 0.
   */
  'id': (number);
}
