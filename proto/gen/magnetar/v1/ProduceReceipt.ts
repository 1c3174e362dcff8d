// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The outcome of one ProduceBatch. Exactly one of: stored (message_id set, duplicate false),
 * duplicate (duplicate true), refused (error set).
 */
export interface ProduceReceipt {
  /**
   * The batch's request_id.
   */
  'requestId'?: (number | string | Long);
  /**
   * The batch's first_sequence_id, echoed.
   */
  'firstSequenceId'?: (number | string | Long);
  /**
   * The batch's last_sequence_id, echoed.
   */
  'lastSequenceId'?: (number | string | Long);
  /**
   * Where the batch is stored, with batch_index -1; message i of the batch has batch_index i.
   * For a duplicate: the original entry's id when the broker still knows it, absent otherwise
   * (e.g. after a takeover, or when only initial_sequence_id made it a duplicate).
   */
  'messageId'?: (_magnetar_v1_MessageId | null);
  /**
   * True when deduplication dropped the batch because its last_sequence_id is not above the
   * highest sequence id already accepted for this producer name: it was stored earlier (or is
   * below initial_sequence_id). The client treats it as success.
   */
  'duplicate'?: (boolean);
  /**
   * Set when the batch was refused and NOT stored. Later batches are handled independently, so a
   * client must not resend a refused batch with its old sequence ids once a later batch succeeded
   * (deduplication would drop it); it reports the failure to the application. Codes:
   * INVALID_ARGUMENT (header fields out of range, or with deduplication on, sequence ids that
   * partly overlap already-accepted ones), MESSAGE_TOO_LARGE, PRODUCER_QUEUE_FULL (more than
   * max_pending_batches in flight), BACKLOG_QUOTA_EXCEEDED (quota policy PRODUCER_EXCEPTION).
   * A failure to store the batch is never reported here: the broker closes the producer instead
   * (see ProducerClosed), because later batches' outcome would otherwise be unordered.
   */
  'error'?: (_magnetar_v1_Error | null);
}

/**
 * The outcome of one ProduceBatch. Exactly one of: stored (message_id set, duplicate false),
 * duplicate (duplicate true), refused (error set).
 */
export interface ProduceReceipt__Output {
  /**
   * The batch's request_id.
   */
  'requestId': (number);
  /**
   * The batch's first_sequence_id, echoed.
   */
  'firstSequenceId': (number);
  /**
   * The batch's last_sequence_id, echoed.
   */
  'lastSequenceId': (number);
  /**
   * Where the batch is stored, with batch_index -1; message i of the batch has batch_index i.
   * For a duplicate: the original entry's id when the broker still knows it, absent otherwise
   * (e.g. after a takeover, or when only initial_sequence_id made it a duplicate).
   */
  'messageId': (_magnetar_v1_MessageId__Output | null);
  /**
   * True when deduplication dropped the batch because its last_sequence_id is not above the
   * highest sequence id already accepted for this producer name: it was stored earlier (or is
   * below initial_sequence_id). The client treats it as success.
   */
  'duplicate': (boolean);
  /**
   * Set when the batch was refused and NOT stored. Later batches are handled independently, so a
   * client must not resend a refused batch with its old sequence ids once a later batch succeeded
   * (deduplication would drop it); it reports the failure to the application. Codes:
   * INVALID_ARGUMENT (header fields out of range, or with deduplication on, sequence ids that
   * partly overlap already-accepted ones), MESSAGE_TOO_LARGE, PRODUCER_QUEUE_FULL (more than
   * max_pending_batches in flight), BACKLOG_QUOTA_EXCEEDED (quota policy PRODUCER_EXCEPTION).
   * A failure to store the batch is never reported here: the broker closes the producer instead
   * (see ProducerClosed), because later batches' outcome would otherwise be unordered.
   */
  'error': (_magnetar_v1_Error__Output | null);
}
