// Original file: proto/metadata.proto

import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseGrantRequest {
  /**
   * Time to live in milliseconds, 1 .. 86,400,000 (1 day). The server raises values below its
   * minimum (setting, default 1,000 ms) to that minimum and returns the granted TTL.
   */
  'ttlMs'?: (number | string | Long);
  /**
   * Requested lease id, > 0; 0 = the server picks one (never handed out before in this cluster).
   */
  'id'?: (number | string | Long);
  /**
   * Exactly-once identity; a retried grant returns the same lease instead of granting another.
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
}

export interface LeaseGrantRequest__Output {
  /**
   * Time to live in milliseconds, 1 .. 86,400,000 (1 day). The server raises values below its
   * minimum (setting, default 1,000 ms) to that minimum and returns the granted TTL.
   */
  'ttlMs': (number);
  /**
   * Requested lease id, > 0; 0 = the server picks one (never handed out before in this cluster).
   */
  'id': (number);
  /**
   * Exactly-once identity; a retried grant returns the same lease instead of granting another.
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
}
