// Original file: proto/admin.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';

/**
 * An inclusive range of acknowledged entries beyond the mark-delete position.
 */
export interface AckedRange {
  /**
   * First acknowledged entry of the range (batch_index -1).
   */
  'start'?: (_magnetar_v1_MessageId | null);
  /**
   * Last acknowledged entry of the range, inclusive (batch_index -1).
   */
  'end'?: (_magnetar_v1_MessageId | null);
}

/**
 * An inclusive range of acknowledged entries beyond the mark-delete position.
 */
export interface AckedRange__Output {
  /**
   * First acknowledged entry of the range (batch_index -1).
   */
  'start': (_magnetar_v1_MessageId__Output | null);
  /**
   * Last acknowledged entry of the range, inclusive (batch_index -1).
   */
  'end': (_magnetar_v1_MessageId__Output | null);
}
