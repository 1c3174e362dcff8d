// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

export interface ProducerOpened {
  /**
   * The producer's name: the requested one, or the one the broker assigned.
   */
  'producerName'?: (string);
  /**
   * Where deduplication stands for this producer name on this topic: with deduplication on and a
   * record for the name, the highest sequence id persisted; otherwise ProducerOpen's
   * initial_sequence_id if given; otherwise -1. A reconnecting producer resends, in their original
   * order, only its unacknowledged batches whose sequence ids are above it, and numbers new
   * messages from above it. The broker sends `opened` only after every batch from earlier streams
   * of this producer name has completed (stored or failed), so the value is exact.
   */
  'lastSequenceId'?: (number | string | Long);
  /**
   * The largest accepted ProduceBatch.payload, in bytes (the namespace's max message size, 5 MiB
   * by default).
   */
  'maxMessageSizeBytes'?: (number);
  /**
   * Whether the broker deduplicates this producer's batches (the mode and namespace policy
   * resolved).
   */
  'deduplicationEnabled'?: (boolean);
  /**
   * The most batches the client may have sent without receiving their receipts; a batch beyond it
   * is refused with PRODUCER_QUEUE_FULL. Always >= 1.
   */
  'maxPendingBatches'?: (number);
  /**
   * The full, normalized topic name.
   */
  'topic'?: (string);
}

export interface ProducerOpened__Output {
  /**
   * The producer's name: the requested one, or the one the broker assigned.
   */
  'producerName': (string);
  /**
   * Where deduplication stands for this producer name on this topic: with deduplication on and a
   * record for the name, the highest sequence id persisted; otherwise ProducerOpen's
   * initial_sequence_id if given; otherwise -1. A reconnecting producer resends, in their original
   * order, only its unacknowledged batches whose sequence ids are above it, and numbers new
   * messages from above it. The broker sends `opened` only after every batch from earlier streams
   * of this producer name has completed (stored or failed), so the value is exact.
   */
  'lastSequenceId': (number);
  /**
   * The largest accepted ProduceBatch.payload, in bytes (the namespace's max message size, 5 MiB
   * by default).
   */
  'maxMessageSizeBytes': (number);
  /**
   * Whether the broker deduplicates this producer's batches (the mode and namespace policy
   * resolved).
   */
  'deduplicationEnabled': (boolean);
  /**
   * The most batches the client may have sent without receiving their receipts; a batch beyond it
   * is refused with PRODUCER_QUEUE_FULL. Always >= 1.
   */
  'maxPendingBatches': (number);
  /**
   * The full, normalized topic name.
   */
  'topic': (string);
}
