// Original file: proto/messaging.proto

import type { CompressionCodec as _magnetar_v1_CompressionCodec, CompressionCodec__Output as _magnetar_v1_CompressionCodec__Output } from '../../magnetar/v1/CompressionCodec.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The header stored in front of every entry. Brokers write it, bookies store it inside the entry
 * bytes (see StoredEntry), consumers and admin tools read it. Its fields come from ProduceBatch and
 * from the producer's stream.
 */
export interface EntryHeader {
  /**
   * The name of the producer that published the batch (deduplication is per producer name).
   */
  'producerName'?: (string);
  /**
   * Sequence id of the batch's first message (messages[0].sequence_id). >= 0.
   */
  'firstSequenceId'?: (number | string | Long);
  /**
   * Sequence id of the batch's last message. >= first_sequence_id.
   */
  'lastSequenceId'?: (number | string | Long);
  /**
   * When the producer sealed the batch, by the producer's clock. Used by seek-by-time.
   */
  'publishTimeMs'?: (number | string | Long);
  /**
   * When the owning broker appended the entry, by the broker's clock. Used for time-based policies
   * (message TTL, backlog time quota, ExpireMessages), which must not depend on client clocks.
   */
  'brokerPublishTimeMs'?: (number | string | Long);
  /**
   * How `payload` is compressed.
   */
  'codec'?: (_magnetar_v1_CompressionCodec);
  /**
   * Number of messages in the batch. >= 1. Consumers' permits count messages, not entries.
   */
  'messageCount'?: (number);
  /**
   * Size in bytes of the encoded MessageBatch before compression. Consumers allocate from it and
   * must reject an entry whose payload decompresses to another size.
   */
  'uncompressedSizeBytes'?: (number);
  /**
   * W3C trace context of the producer's publish span for this batch (client send -> broker append
   * -> bookie writes). Empty when tracing is off.
   */
  'traceContext'?: ({[key: string]: string});
  /**
   * Partition index of the topic partition the entry belongs to; -1 for a non-partitioned topic.
   */
  'partition'?: (number);
  /**
   * The key every message of the batch shares, when the producer batched by key: the message's
   * ordering_key if set, else the UTF-8 bytes of its key. Key_Shared dispatch routes the whole
   * entry by this key. Absent when messages have different keys or no key; Key_Shared then routes
   * the entry as if the key were empty, which keeps such entries in order on one consumer but
   * concentrates them there: producers for Key_Shared topics should batch by key.
   */
  'batchKey'?: (Buffer | Uint8Array | string);
  /**
   * Delayed delivery for the whole entry: no Shared or Key_Shared consumer gets it before this
   * time. 0 = at once. Equals the largest deliver_at_time_ms of the batch's messages.
   */
  'deliverAtTimeMs'?: (number | string | Long);
  '_batchKey'?: "batchKey";
}

/**
 * The header stored in front of every entry. Brokers write it, bookies store it inside the entry
 * bytes (see StoredEntry), consumers and admin tools read it. Its fields come from ProduceBatch and
 * from the producer's stream.
 */
export interface EntryHeader__Output {
  /**
   * The name of the producer that published the batch (deduplication is per producer name).
   */
  'producerName': (string);
  /**
   * Sequence id of the batch's first message (messages[0].sequence_id). >= 0.
   */
  'firstSequenceId': (number);
  /**
   * Sequence id of the batch's last message. >= first_sequence_id.
   */
  'lastSequenceId': (number);
  /**
   * When the producer sealed the batch, by the producer's clock. Used by seek-by-time.
   */
  'publishTimeMs': (number);
  /**
   * When the owning broker appended the entry, by the broker's clock. Used for time-based policies
   * (message TTL, backlog time quota, ExpireMessages), which must not depend on client clocks.
   */
  'brokerPublishTimeMs': (number);
  /**
   * How `payload` is compressed.
   */
  'codec': (_magnetar_v1_CompressionCodec__Output);
  /**
   * Number of messages in the batch. >= 1. Consumers' permits count messages, not entries.
   */
  'messageCount': (number);
  /**
   * Size in bytes of the encoded MessageBatch before compression. Consumers allocate from it and
   * must reject an entry whose payload decompresses to another size.
   */
  'uncompressedSizeBytes': (number);
  /**
   * W3C trace context of the producer's publish span for this batch (client send -> broker append
   * -> bookie writes). Empty when tracing is off.
   */
  'traceContext': ({[key: string]: string});
  /**
   * Partition index of the topic partition the entry belongs to; -1 for a non-partitioned topic.
   */
  'partition': (number);
  /**
   * The key every message of the batch shares, when the producer batched by key: the message's
   * ordering_key if set, else the UTF-8 bytes of its key. Key_Shared dispatch routes the whole
   * entry by this key. Absent when messages have different keys or no key; Key_Shared then routes
   * the entry as if the key were empty, which keeps such entries in order on one consumer but
   * concentrates them there: producers for Key_Shared topics should batch by key.
   */
  'batchKey'?: (Buffer);
  /**
   * Delayed delivery for the whole entry: no Shared or Key_Shared consumer gets it before this
   * time. 0 = at once. Equals the largest deliver_at_time_ms of the batch's messages.
   */
  'deliverAtTimeMs': (number);
  '_batchKey'?: "batchKey";
}
