// Original file: proto/admin.proto

import type { SeekTarget as _magnetar_v1_SeekTarget, SeekTarget__Output as _magnetar_v1_SeekTarget__Output } from '../../magnetar/v1/SeekTarget.js';

export interface CreateSubscriptionRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name (created on every partition).
   */
  'topic'?: (string);
  /**
   * The subscription's name, 1 to 255 characters.
   */
  'subscription'?: (string);
  /**
   * Where the subscription starts. Absent = LATEST.
   */
  'start'?: (_magnetar_v1_SeekTarget | null);
}

export interface CreateSubscriptionRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name (created on every partition).
   */
  'topic': (string);
  /**
   * The subscription's name, 1 to 255 characters.
   */
  'subscription': (string);
  /**
   * Where the subscription starts. Absent = LATEST.
   */
  'start': (_magnetar_v1_SeekTarget__Output | null);
}
