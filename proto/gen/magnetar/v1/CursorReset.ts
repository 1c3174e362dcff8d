// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';

/**
 * The subscription's cursor was moved. Messages the broker sent to this consumer before this item
 * will be delivered again if they are at or after the new position; the broker forgot them and
 * the consumer's permits are now 0. The client discards its receive queue, ignores acks it still
 * has for those messages, and sends a Flow with its receive-queue size.
 */
export interface CursorReset {
  /**
   * The new position of the cursor: the next message to be delivered.
   */
  'position'?: (_magnetar_v1_MessageId | null);
}

/**
 * The subscription's cursor was moved. Messages the broker sent to this consumer before this item
 * will be delivered again if they are at or after the new position; the broker forgot them and
 * the consumer's permits are now 0. The client discards its receive queue, ignores acks it still
 * has for those messages, and sends a Flow with its receive-queue size.
 */
export interface CursorReset__Output {
  /**
   * The new position of the cursor: the next message to be delivered.
   */
  'position': (_magnetar_v1_MessageId__Output | null);
}
