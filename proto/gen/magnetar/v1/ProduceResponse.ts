// Original file: proto/messaging.proto

import type { ProducerOpened as _magnetar_v1_ProducerOpened, ProducerOpened__Output as _magnetar_v1_ProducerOpened__Output } from '../../magnetar/v1/ProducerOpened.js';
import type { ProduceReceipt as _magnetar_v1_ProduceReceipt, ProduceReceipt__Output as _magnetar_v1_ProduceReceipt__Output } from '../../magnetar/v1/ProduceReceipt.js';
import type { ProducerClosed as _magnetar_v1_ProducerClosed, ProducerClosed__Output as _magnetar_v1_ProducerClosed__Output } from '../../magnetar/v1/ProducerClosed.js';

/**
 * A broker-to-client item on a Produce stream.
 */
export interface ProduceResponse {
  /**
   * The answer to `open`; always the first item.
   */
  'opened'?: (_magnetar_v1_ProducerOpened | null);
  /**
   * The outcome of one batch, in send order.
   */
  'receipt'?: (_magnetar_v1_ProduceReceipt | null);
  /**
   * The producer is closed; the call ends right after this item.
   */
  'closed'?: (_magnetar_v1_ProducerClosed | null);
  'response'?: "opened"|"receipt"|"closed";
}

/**
 * A broker-to-client item on a Produce stream.
 */
export interface ProduceResponse__Output {
  /**
   * The answer to `open`; always the first item.
   */
  'opened'?: (_magnetar_v1_ProducerOpened__Output | null);
  /**
   * The outcome of one batch, in send order.
   */
  'receipt'?: (_magnetar_v1_ProduceReceipt__Output | null);
  /**
   * The producer is closed; the call ends right after this item.
   */
  'closed'?: (_magnetar_v1_ProducerClosed__Output | null);
  'response'?: "opened"|"receipt"|"closed";
}
