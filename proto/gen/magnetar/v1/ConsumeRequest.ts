// Original file: proto/messaging.proto

import type { Subscribe as _magnetar_v1_Subscribe, Subscribe__Output as _magnetar_v1_Subscribe__Output } from '../../magnetar/v1/Subscribe.js';
import type { Flow as _magnetar_v1_Flow, Flow__Output as _magnetar_v1_Flow__Output } from '../../magnetar/v1/Flow.js';
import type { Ack as _magnetar_v1_Ack, Ack__Output as _magnetar_v1_Ack__Output } from '../../magnetar/v1/Ack.js';
import type { NegativeAck as _magnetar_v1_NegativeAck, NegativeAck__Output as _magnetar_v1_NegativeAck__Output } from '../../magnetar/v1/NegativeAck.js';
import type { RedeliverUnacked as _magnetar_v1_RedeliverUnacked, RedeliverUnacked__Output as _magnetar_v1_RedeliverUnacked__Output } from '../../magnetar/v1/RedeliverUnacked.js';
import type { Unsubscribe as _magnetar_v1_Unsubscribe, Unsubscribe__Output as _magnetar_v1_Unsubscribe__Output } from '../../magnetar/v1/Unsubscribe.js';
import type { CloseConsumer as _magnetar_v1_CloseConsumer, CloseConsumer__Output as _magnetar_v1_CloseConsumer__Output } from '../../magnetar/v1/CloseConsumer.js';
import type { Seek as _magnetar_v1_Seek, Seek__Output as _magnetar_v1_Seek__Output } from '../../magnetar/v1/Seek.js';
import type { GetLastMessageId as _magnetar_v1_GetLastMessageId, GetLastMessageId__Output as _magnetar_v1_GetLastMessageId__Output } from '../../magnetar/v1/GetLastMessageId.js';

/**
 * A client-to-broker item on a Consume stream.
 */
export interface ConsumeRequest {
  /**
   * Must be the first item, and only the first.
   */
  'subscribe'?: (_magnetar_v1_Subscribe | null);
  /**
   * Grant more permits.
   */
  'flow'?: (_magnetar_v1_Flow | null);
  /**
   * Acknowledge messages.
   */
  'ack'?: (_magnetar_v1_Ack | null);
  /**
   * Negatively acknowledge messages: redeliver them later.
   */
  'nack'?: (_magnetar_v1_NegativeAck | null);
  /**
   * Redeliver unacknowledged messages now.
   */
  'redeliverUnacked'?: (_magnetar_v1_RedeliverUnacked | null);
  /**
   * Delete the subscription and close.
   */
  'unsubscribe'?: (_magnetar_v1_Unsubscribe | null);
  /**
   * Close this consumer; the subscription stays.
   */
  'close'?: (_magnetar_v1_CloseConsumer | null);
  /**
   * Move the subscription's cursor.
   */
  'seek'?: (_magnetar_v1_Seek | null);
  /**
   * Ask for the topic's last message id (Reader.hasMessageAvailable).
   */
  'getLastMessageId'?: (_magnetar_v1_GetLastMessageId | null);
  'request'?: "subscribe"|"flow"|"ack"|"nack"|"redeliverUnacked"|"unsubscribe"|"close"|"seek"|"getLastMessageId";
}

/**
 * A client-to-broker item on a Consume stream.
 */
export interface ConsumeRequest__Output {
  /**
   * Must be the first item, and only the first.
   */
  'subscribe'?: (_magnetar_v1_Subscribe__Output | null);
  /**
   * Grant more permits.
   */
  'flow'?: (_magnetar_v1_Flow__Output | null);
  /**
   * Acknowledge messages.
   */
  'ack'?: (_magnetar_v1_Ack__Output | null);
  /**
   * Negatively acknowledge messages: redeliver them later.
   */
  'nack'?: (_magnetar_v1_NegativeAck__Output | null);
  /**
   * Redeliver unacknowledged messages now.
   */
  'redeliverUnacked'?: (_magnetar_v1_RedeliverUnacked__Output | null);
  /**
   * Delete the subscription and close.
   */
  'unsubscribe'?: (_magnetar_v1_Unsubscribe__Output | null);
  /**
   * Close this consumer; the subscription stays.
   */
  'close'?: (_magnetar_v1_CloseConsumer__Output | null);
  /**
   * Move the subscription's cursor.
   */
  'seek'?: (_magnetar_v1_Seek__Output | null);
  /**
   * Ask for the topic's last message id (Reader.hasMessageAvailable).
   */
  'getLastMessageId'?: (_magnetar_v1_GetLastMessageId__Output | null);
  'request'?: "subscribe"|"flow"|"ack"|"nack"|"redeliverUnacked"|"unsubscribe"|"close"|"seek"|"getLastMessageId";
}
