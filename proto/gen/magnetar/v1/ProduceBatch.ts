// Original file: proto/messaging.proto

import type { CompressionCodec as _magnetar_v1_CompressionCodec, CompressionCodec__Output as _magnetar_v1_CompressionCodec__Output } from '../../magnetar/v1/CompressionCodec.js';
import type { Long } from '@grpc/proto-loader';

export interface ProduceBatch {
  /**
   * Chosen by the client, echoed in the receipt. Unique per stream (the client library counts from
   * 1); the broker does not interpret it.
   */
  'requestId'?: (number | string | Long);
  /**
   * Sequence id of the batch's first message. >= 0.
   */
  'firstSequenceId'?: (number | string | Long);
  /**
   * Sequence id of the batch's last message, inclusive. >= first_sequence_id, and
   * last - first + 1 >= message_count. Each batch's first_sequence_id must be greater than the
   * previous batch's last_sequence_id (strictly increasing per producer). With deduplication on,
   * the broker enforces this: see ProduceReceipt.duplicate.
   */
  'lastSequenceId'?: (number | string | Long);
  /**
   * Number of messages in the payload's MessageBatch. 1 to 100,000.
   */
  'messageCount'?: (number);
  /**
   * Size of the encoded MessageBatch before compression, in bytes. >= 1.
   */
  'uncompressedSizeBytes'?: (number);
  /**
   * How `payload` is compressed.
   */
  'codec'?: (_magnetar_v1_CompressionCodec);
  /**
   * When the client sealed the batch, by its clock. 0 = the broker uses its own clock.
   */
  'publishTimeMs'?: (number | string | Long);
  /**
   * The encoded MessageBatch, compressed with `codec`. Stored as is. At most
   * ProducerOpened.max_message_size_bytes bytes (MESSAGE_TOO_LARGE otherwise).
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * W3C trace context of the client's publish span for this batch; copied into the EntryHeader.
   * Empty when tracing is off.
   */
  'traceContext'?: ({[key: string]: string});
  /**
   * The key shared by all messages of the batch, when the client batched by key; see
   * EntryHeader.batch_key. The broker trusts it (it does not decode the payload).
   */
  'batchKey'?: (Buffer | Uint8Array | string);
  /**
   * The largest deliver_at_time_ms of the batch's messages; 0 = deliver at once. The client puts
   * delayed messages only in batches with messages of the same deliver-at time.
   */
  'deliverAtTimeMs'?: (number | string | Long);
  '_batchKey'?: "batchKey";
}

export interface ProduceBatch__Output {
  /**
   * Chosen by the client, echoed in the receipt. Unique per stream (the client library counts from
   * 1); the broker does not interpret it.
   */
  'requestId': (number);
  /**
   * Sequence id of the batch's first message. >= 0.
   */
  'firstSequenceId': (number);
  /**
   * Sequence id of the batch's last message, inclusive. >= first_sequence_id, and
   * last - first + 1 >= message_count. Each batch's first_sequence_id must be greater than the
   * previous batch's last_sequence_id (strictly increasing per producer). With deduplication on,
   * the broker enforces this: see ProduceReceipt.duplicate.
   */
  'lastSequenceId': (number);
  /**
   * Number of messages in the payload's MessageBatch. 1 to 100,000.
   */
  'messageCount': (number);
  /**
   * Size of the encoded MessageBatch before compression, in bytes. >= 1.
   */
  'uncompressedSizeBytes': (number);
  /**
   * How `payload` is compressed.
   */
  'codec': (_magnetar_v1_CompressionCodec__Output);
  /**
   * When the client sealed the batch, by its clock. 0 = the broker uses its own clock.
   */
  'publishTimeMs': (number);
  /**
   * The encoded MessageBatch, compressed with `codec`. Stored as is. At most
   * ProducerOpened.max_message_size_bytes bytes (MESSAGE_TOO_LARGE otherwise).
   */
  'payload': (Buffer);
  /**
   * W3C trace context of the client's publish span for this batch; copied into the EntryHeader.
   * Empty when tracing is off.
   */
  'traceContext': ({[key: string]: string});
  /**
   * The key shared by all messages of the batch, when the client batched by key; see
   * EntryHeader.batch_key. The broker trusts it (it does not decode the payload).
   */
  'batchKey'?: (Buffer);
  /**
   * The largest deliver_at_time_ms of the batch's messages; 0 = deliver at once. The client puts
   * delayed messages only in batches with messages of the same deliver-at time.
   */
  'deliverAtTimeMs': (number);
  '_batchKey'?: "batchKey";
}
