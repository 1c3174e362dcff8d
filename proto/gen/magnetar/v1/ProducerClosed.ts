// Original file: proto/messaging.proto

import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';

/**
 * The broker closed the producer. Every batch without a receipt at this point has an unknown
 * outcome (it may be stored). Recovery: reconnect (after a new Lookup), read last_sequence_id from
 * `opened`, resend the batches above it; with deduplication on this is exactly-once.
 */
export interface ProducerClosed {
  /**
   * Absent when the client asked to close. Otherwise why, and what the client does:
   * - TOPIC_NOT_OWNED: the topic was unloaded, moved, or fenced by a new owner: look up and
   * reconnect.
   * - TIMEOUT, UNAVAILABLE: storing a batch failed (e.g. bookies unreachable): reconnect.
   * - PRODUCER_FENCED: an EXCLUSIVE_WITH_FENCING producer took over: do not reconnect.
   * - TOPIC_NOT_FOUND: the topic was deleted. TOPIC_TERMINATED: the topic was terminated.
   * PERMISSION_DENIED: permissions were revoked. None of these is retried.
   * - BACKLOG_QUOTA_EXCEEDED: the quota policy is PRODUCER_EXCEPTION and the quota is exceeded.
   */
  'error'?: (_magnetar_v1_Error | null);
}

/**
 * The broker closed the producer. Every batch without a receipt at this point has an unknown
 * outcome (it may be stored). Recovery: reconnect (after a new Lookup), read last_sequence_id from
 * `opened`, resend the batches above it; with deduplication on this is exactly-once.
 */
export interface ProducerClosed__Output {
  /**
   * Absent when the client asked to close. Otherwise why, and what the client does:
   * - TOPIC_NOT_OWNED: the topic was unloaded, moved, or fenced by a new owner: look up and
   * reconnect.
   * - TIMEOUT, UNAVAILABLE: storing a batch failed (e.g. bookies unreachable): reconnect.
   * - PRODUCER_FENCED: an EXCLUSIVE_WITH_FENCING producer took over: do not reconnect.
   * - TOPIC_NOT_FOUND: the topic was deleted. TOPIC_TERMINATED: the topic was terminated.
   * PERMISSION_DENIED: permissions were revoked. None of these is retried.
   * - BACKLOG_QUOTA_EXCEEDED: the quota policy is PRODUCER_EXCEPTION and the quota is exceeded.
   */
  'error': (_magnetar_v1_Error__Output | null);
}
