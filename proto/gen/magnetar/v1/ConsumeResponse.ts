// Original file: proto/messaging.proto

import type { Subscribed as _magnetar_v1_Subscribed, Subscribed__Output as _magnetar_v1_Subscribed__Output } from '../../magnetar/v1/Subscribed.js';
import type { DeliveredEntry as _magnetar_v1_DeliveredEntry, DeliveredEntry__Output as _magnetar_v1_DeliveredEntry__Output } from '../../magnetar/v1/DeliveredEntry.js';
import type { ActiveConsumerChange as _magnetar_v1_ActiveConsumerChange, ActiveConsumerChange__Output as _magnetar_v1_ActiveConsumerChange__Output } from '../../magnetar/v1/ActiveConsumerChange.js';
import type { RequestReceipt as _magnetar_v1_RequestReceipt, RequestReceipt__Output as _magnetar_v1_RequestReceipt__Output } from '../../magnetar/v1/RequestReceipt.js';
import type { ReachedEndOfTopic as _magnetar_v1_ReachedEndOfTopic, ReachedEndOfTopic__Output as _magnetar_v1_ReachedEndOfTopic__Output } from '../../magnetar/v1/ReachedEndOfTopic.js';
import type { CursorReset as _magnetar_v1_CursorReset, CursorReset__Output as _magnetar_v1_CursorReset__Output } from '../../magnetar/v1/CursorReset.js';
import type { LastMessageId as _magnetar_v1_LastMessageId, LastMessageId__Output as _magnetar_v1_LastMessageId__Output } from '../../magnetar/v1/LastMessageId.js';
import type { ConsumerClosed as _magnetar_v1_ConsumerClosed, ConsumerClosed__Output as _magnetar_v1_ConsumerClosed__Output } from '../../magnetar/v1/ConsumerClosed.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';

/**
 * A broker-to-client item on a Consume stream.
 */
export interface ConsumeResponse {
  /**
   * The answer to `subscribe`; always the first item.
   */
  'subscribed'?: (_magnetar_v1_Subscribed | null);
  /**
   * One entry (a producer batch) of messages.
   */
  'entry'?: (_magnetar_v1_DeliveredEntry | null);
  /**
   * Failover only: this consumer became active or inactive.
   */
  'activeConsumerChange'?: (_magnetar_v1_ActiveConsumerChange | null);
  /**
   * The answer to a request that carried a request_id (ack, unsubscribe, seek).
   */
  'receipt'?: (_magnetar_v1_RequestReceipt | null);
  /**
   * The topic is terminated and every message was delivered to this consumer's subscription.
   */
  'reachedEndOfTopic'?: (_magnetar_v1_ReachedEndOfTopic | null);
  /**
   * The cursor was moved (seek here or by another consumer, Admin ResetCursor).
   */
  'cursorReset'?: (_magnetar_v1_CursorReset | null);
  /**
   * The answer to get_last_message_id.
   */
  'lastMessageId'?: (_magnetar_v1_LastMessageId | null);
  /**
   * The consumer is closed; the call ends right after this item.
   */
  'closed'?: (_magnetar_v1_ConsumerClosed | null);
  /**
   * A request without request_id failed; the stream goes on.
   */
  'error'?: (_magnetar_v1_Error | null);
  'response'?: "subscribed"|"entry"|"activeConsumerChange"|"receipt"|"reachedEndOfTopic"|"cursorReset"|"lastMessageId"|"closed"|"error";
}

/**
 * A broker-to-client item on a Consume stream.
 */
export interface ConsumeResponse__Output {
  /**
   * The answer to `subscribe`; always the first item.
   */
  'subscribed'?: (_magnetar_v1_Subscribed__Output | null);
  /**
   * One entry (a producer batch) of messages.
   */
  'entry'?: (_magnetar_v1_DeliveredEntry__Output | null);
  /**
   * Failover only: this consumer became active or inactive.
   */
  'activeConsumerChange'?: (_magnetar_v1_ActiveConsumerChange__Output | null);
  /**
   * The answer to a request that carried a request_id (ack, unsubscribe, seek).
   */
  'receipt'?: (_magnetar_v1_RequestReceipt__Output | null);
  /**
   * The topic is terminated and every message was delivered to this consumer's subscription.
   */
  'reachedEndOfTopic'?: (_magnetar_v1_ReachedEndOfTopic__Output | null);
  /**
   * The cursor was moved (seek here or by another consumer, Admin ResetCursor).
   */
  'cursorReset'?: (_magnetar_v1_CursorReset__Output | null);
  /**
   * The answer to get_last_message_id.
   */
  'lastMessageId'?: (_magnetar_v1_LastMessageId__Output | null);
  /**
   * The consumer is closed; the call ends right after this item.
   */
  'closed'?: (_magnetar_v1_ConsumerClosed__Output | null);
  /**
   * A request without request_id failed; the stream goes on.
   */
  'error'?: (_magnetar_v1_Error__Output | null);
  'response'?: "subscribed"|"entry"|"activeConsumerChange"|"receipt"|"reachedEndOfTopic"|"cursorReset"|"lastMessageId"|"closed"|"error";
}
