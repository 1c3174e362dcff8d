// Original file: proto/messaging.proto

import type { KeySharedMode as _magnetar_v1_KeySharedMode, KeySharedMode__Output as _magnetar_v1_KeySharedMode__Output } from '../../magnetar/v1/KeySharedMode.js';
import type { HashRange as _magnetar_v1_HashRange, HashRange__Output as _magnetar_v1_HashRange__Output } from '../../magnetar/v1/HashRange.js';

export interface KeySharedOptions {
  /**
   * How hashes are assigned. Every consumer of a subscription must use the same mode
   * (CONSUMER_BUSY otherwise). Default: AUTO_SPLIT.
   */
  'mode'?: (_magnetar_v1_KeySharedMode);
  /**
   * STICKY only: the hash ranges this consumer takes; at least one, non-overlapping. Must be empty
   * with AUTO_SPLIT (INVALID_ARGUMENT).
   */
  'ranges'?: (_magnetar_v1_HashRange)[];
  /**
   * When a consumer joins, keys that move to it are normally held back until messages already
   * delivered for them to other consumers are acknowledged, to keep per-key order. True skips
   * that wait: no stalls, but a key's messages may be processed out of order around the change.
   */
  'allowOutOfOrderDelivery'?: (boolean);
}

export interface KeySharedOptions__Output {
  /**
   * How hashes are assigned. Every consumer of a subscription must use the same mode
   * (CONSUMER_BUSY otherwise). Default: AUTO_SPLIT.
   */
  'mode': (_magnetar_v1_KeySharedMode__Output);
  /**
   * STICKY only: the hash ranges this consumer takes; at least one, non-overlapping. Must be empty
   * with AUTO_SPLIT (INVALID_ARGUMENT).
   */
  'ranges': (_magnetar_v1_HashRange__Output)[];
  /**
   * When a consumer joins, keys that move to it are normally held back until messages already
   * delivered for them to other consumers are acknowledged, to keep per-key order. True skips
   * that wait: no stalls, but a key's messages may be processed out of order around the change.
   */
  'allowOutOfOrderDelivery': (boolean);
}
