// Original file: proto/metadata.proto

import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';
import type { Long } from '@grpc/proto-loader';

export interface DeleteRequest {
  /**
   * The key, or the start of the range (see "Key-range selection").
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd'?: (Buffer | Uint8Array | string);
  /**
   * Delete every key starting with `key`.
   */
  'prefix'?: (boolean);
  /**
   * Compare-and-delete, single key only (INVALID_ARGUMENT with a range or prefix): delete only if
   * the key's version equals this value, else VERSION_MISMATCH. Unset = unconditional. (0 would
   * mean "must not exist", which deletes nothing: allowed but pointless.)
   */
  'expectedVersion'?: (number | string | Long);
  /**
   * Return the deleted KeyValues in the response.
   */
  'prevKv'?: (boolean);
  /**
   * Exactly-once identity of this write; unset = none. Must be unset inside a Txn.
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
  '_expectedVersion'?: "expectedVersion";
}

export interface DeleteRequest__Output {
  /**
   * The key, or the start of the range (see "Key-range selection").
   */
  'key': (Buffer);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd': (Buffer);
  /**
   * Delete every key starting with `key`.
   */
  'prefix': (boolean);
  /**
   * Compare-and-delete, single key only (INVALID_ARGUMENT with a range or prefix): delete only if
   * the key's version equals this value, else VERSION_MISMATCH. Unset = unconditional. (0 would
   * mean "must not exist", which deletes nothing: allowed but pointless.)
   */
  'expectedVersion'?: (number);
  /**
   * Return the deleted KeyValues in the response.
   */
  'prevKv': (boolean);
  /**
   * Exactly-once identity of this write; unset = none. Must be unset inside a Txn.
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
  '_expectedVersion'?: "expectedVersion";
}
