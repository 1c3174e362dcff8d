// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseTimeToLiveResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The lease id from the request.
   */
  'id'?: (number | string | Long);
  /**
   * Milliseconds until the lease expires unless renewed; -1 = no such lease.
   */
  'ttlMs'?: (number | string | Long);
  /**
   * The TTL the lease was granted, in milliseconds; 0 if no such lease.
   */
  'grantedTtlMs'?: (number | string | Long);
  /**
   * The attached keys in key order, if `keys` was set.
   */
  'keys'?: (Buffer | Uint8Array | string)[];
}

export interface LeaseTimeToLiveResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The lease id from the request.
   */
  'id': (number);
  /**
   * Milliseconds until the lease expires unless renewed; -1 = no such lease.
   */
  'ttlMs': (number);
  /**
   * The TTL the lease was granted, in milliseconds; 0 if no such lease.
   */
  'grantedTtlMs': (number);
  /**
   * The attached keys in key order, if `keys` was set.
   */
  'keys': (Buffer)[];
}
