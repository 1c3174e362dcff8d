// Original file: proto/metadata.proto

import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseRevokeRequest {
  /**
   * Lease to revoke, > 0.
   */
  'id'?: (number | string | Long);
  /**
   * Exactly-once identity; a retried revoke returns the original outcome (not LEASE_NOT_FOUND).
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
}

export interface LeaseRevokeRequest__Output {
  /**
   * Lease to revoke, > 0.
   */
  'id': (number);
  /**
   * Exactly-once identity; a retried revoke returns the original outcome (not LEASE_NOT_FOUND).
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
}
