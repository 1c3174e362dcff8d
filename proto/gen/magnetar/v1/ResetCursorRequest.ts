// Original file: proto/admin.proto

import type { SeekTarget as _magnetar_v1_SeekTarget, SeekTarget__Output as _magnetar_v1_SeekTarget__Output } from '../../magnetar/v1/SeekTarget.js';

export interface ResetCursorRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name (for a position or publish time:
   * reset on every partition).
   */
  'topic'?: (string);
  /**
   * The subscription's name.
   */
  'subscription'?: (string);
  /**
   * Where to move the cursor. Required.
   */
  'target'?: (_magnetar_v1_SeekTarget | null);
}

export interface ResetCursorRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name (for a position or publish time:
   * reset on every partition).
   */
  'topic': (string);
  /**
   * The subscription's name.
   */
  'subscription': (string);
  /**
   * Where to move the cursor. Required.
   */
  'target': (_magnetar_v1_SeekTarget__Output | null);
}
