// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseGrantResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The lease id.
   */
  'id'?: (number | string | Long);
  /**
   * The granted TTL in milliseconds; the lease's expiry timer starts at the grant.
   */
  'ttlMs'?: (number | string | Long);
}

export interface LeaseGrantResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The lease id.
   */
  'id': (number);
  /**
   * The granted TTL in milliseconds; the lease's expiry timer starts at the grant.
   */
  'ttlMs': (number);
}
