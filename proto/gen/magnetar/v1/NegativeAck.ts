// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';

/**
 * Negative acknowledgement: the consumer could not process these messages. The broker redelivers
 * them (to any eligible consumer of the subscription, redelivery_count + 1) no earlier than the
 * consumer's negative_ack_redelivery_delay_ms after receiving this. Ids not delivered to this
 * consumer, or already acknowledged, are ignored.
 */
export interface NegativeAck {
  /**
   * 1 to 10,000 ids; batch_index -1 = every unacknowledged message of the entry.
   */
  'messageIds'?: (_magnetar_v1_MessageId)[];
}

/**
 * Negative acknowledgement: the consumer could not process these messages. The broker redelivers
 * them (to any eligible consumer of the subscription, redelivery_count + 1) no earlier than the
 * consumer's negative_ack_redelivery_delay_ms after receiving this. Ids not delivered to this
 * consumer, or already acknowledged, are ignored.
 */
export interface NegativeAck__Output {
  /**
   * 1 to 10,000 ids; batch_index -1 = every unacknowledged message of the entry.
   */
  'messageIds': (_magnetar_v1_MessageId__Output)[];
}
