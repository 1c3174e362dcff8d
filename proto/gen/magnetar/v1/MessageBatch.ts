// Original file: proto/messaging.proto

import type { SingleMessage as _magnetar_v1_SingleMessage, SingleMessage__Output as _magnetar_v1_SingleMessage__Output } from '../../magnetar/v1/SingleMessage.js';

/**
 * The body of one entry before compression: the messages of one producer batch, in send order.
 * messages[i] has MessageId batch_index i.
 */
export interface MessageBatch {
  /**
   * At least one message. Count must equal the header's message_count.
   */
  'messages'?: (_magnetar_v1_SingleMessage)[];
}

/**
 * The body of one entry before compression: the messages of one producer batch, in send order.
 * messages[i] has MessageId batch_index i.
 */
export interface MessageBatch__Output {
  /**
   * At least one message. Count must equal the header's message_count.
   */
  'messages': (_magnetar_v1_SingleMessage__Output)[];
}
