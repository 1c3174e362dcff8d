// Original file: proto/messaging.proto

import type { ProducerOpen as _magnetar_v1_ProducerOpen, ProducerOpen__Output as _magnetar_v1_ProducerOpen__Output } from '../../magnetar/v1/ProducerOpen.js';
import type { ProduceBatch as _magnetar_v1_ProduceBatch, ProduceBatch__Output as _magnetar_v1_ProduceBatch__Output } from '../../magnetar/v1/ProduceBatch.js';
import type { CloseProducer as _magnetar_v1_CloseProducer, CloseProducer__Output as _magnetar_v1_CloseProducer__Output } from '../../magnetar/v1/CloseProducer.js';

/**
 * A client-to-broker item on a Produce stream.
 */
export interface ProduceRequest {
  /**
   * Must be the first item, and only the first.
   */
  'open'?: (_magnetar_v1_ProducerOpen | null);
  /**
   * One batch of messages to publish.
   */
  'batch'?: (_magnetar_v1_ProduceBatch | null);
  /**
   * Graceful close: the broker sends the receipts of all batches received before it, then
   * `closed` with no error, then ends the call.
   */
  'close'?: (_magnetar_v1_CloseProducer | null);
  'request'?: "open"|"batch"|"close";
}

/**
 * A client-to-broker item on a Produce stream.
 */
export interface ProduceRequest__Output {
  /**
   * Must be the first item, and only the first.
   */
  'open'?: (_magnetar_v1_ProducerOpen__Output | null);
  /**
   * One batch of messages to publish.
   */
  'batch'?: (_magnetar_v1_ProduceBatch__Output | null);
  /**
   * Graceful close: the broker sends the receipts of all batches received before it, then
   * `closed` with no error, then ends the call.
   */
  'close'?: (_magnetar_v1_CloseProducer__Output | null);
  'request'?: "open"|"batch"|"close";
}
