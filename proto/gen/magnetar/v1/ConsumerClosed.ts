// Original file: proto/messaging.proto

import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';

/**
 * The broker closed the consumer. Its unacknowledged messages go back to the subscription.
 */
export interface ConsumerClosed {
  /**
   * Absent when the client asked to close or unsubscribed. Otherwise why, and what the client does:
   * - TOPIC_NOT_OWNED: the topic was unloaded or moved: look up and resubscribe.
   * - UNAVAILABLE: the broker is shutting down or lost the topic's storage: resubscribe.
   * - TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND: the topic or subscription was deleted.
   * PERMISSION_DENIED: permissions were revoked. None of these is retried.
   */
  'error'?: (_magnetar_v1_Error | null);
}

/**
 * The broker closed the consumer. Its unacknowledged messages go back to the subscription.
 */
export interface ConsumerClosed__Output {
  /**
   * Absent when the client asked to close or unsubscribed. Otherwise why, and what the client does:
   * - TOPIC_NOT_OWNED: the topic was unloaded or moved: look up and resubscribe.
   * - UNAVAILABLE: the broker is shutting down or lost the topic's storage: resubscribe.
   * - TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND: the topic or subscription was deleted.
   * PERMISSION_DENIED: permissions were revoked. None of these is retried.
   */
  'error': (_magnetar_v1_Error__Output | null);
}
