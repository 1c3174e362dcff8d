// Original file: proto/metadata.proto

import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';
import type { Long } from '@grpc/proto-loader';

export interface PutRequest {
  /**
   * The key, 1..4,096 bytes (empty: INVALID_ARGUMENT).
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * The value, 0..1,048,576 bytes (larger: INVALID_ARGUMENT).
   */
  'value'?: (Buffer | Uint8Array | string);
  /**
   * Lease to attach the key to; 0 = none. A Put without a lease detaches the key from any lease it
   * had. The lease must exist (LEASE_NOT_FOUND otherwise).
   */
  'lease'?: (number | string | Long);
  /**
   * Return the key's previous KeyValue (if it existed) in the response.
   */
  'prevKv'?: (boolean);
  /**
   * Compare-and-set: the write happens only if the key's current version equals this value, else
   * VERSION_MISMATCH and nothing changes. 0 = "must not exist" (create only). Unset =
   * unconditional.
   */
  'expectedVersion'?: (number | string | Long);
  /**
   * Exactly-once identity of this write; unset = none. Must be unset inside a Txn.
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
  '_expectedVersion'?: "expectedVersion";
}

export interface PutRequest__Output {
  /**
   * The key, 1..4,096 bytes (empty: INVALID_ARGUMENT).
   */
  'key': (Buffer);
  /**
   * The value, 0..1,048,576 bytes (larger: INVALID_ARGUMENT).
   */
  'value': (Buffer);
  /**
   * Lease to attach the key to; 0 = none. A Put without a lease detaches the key from any lease it
   * had. The lease must exist (LEASE_NOT_FOUND otherwise).
   */
  'lease': (number);
  /**
   * Return the key's previous KeyValue (if it existed) in the response.
   */
  'prevKv': (boolean);
  /**
   * Compare-and-set: the write happens only if the key's current version equals this value, else
   * VERSION_MISMATCH and nothing changes. 0 = "must not exist" (create only). Unset =
   * unconditional.
   */
  'expectedVersion'?: (number);
  /**
   * Exactly-once identity of this write; unset = none. Must be unset inside a Txn.
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
  '_expectedVersion'?: "expectedVersion";
}
