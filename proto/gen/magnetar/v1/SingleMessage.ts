// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One message as the application sent it.
 */
export interface SingleMessage {
  /**
   * The application's bytes. May be empty. Message count and total size are bounded by the batch
   * limits (max message size of the namespace, 5 MiB by default, for the compressed batch).
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * The message key (partition routing, Key_Shared, compaction). Absent = no key.
   */
  'key'?: (string);
  /**
   * Bytes that override `key` for Key_Shared ordering only. Absent = order by `key`.
   */
  'orderingKey'?: (Buffer | Uint8Array | string);
  /**
   * Application properties. Keys and values are UTF-8.
   */
  'properties'?: ({[key: string]: string});
  /**
   * When the event happened, as the application says; 0 = not set.
   */
  'eventTimeMs'?: (number | string | Long);
  /**
   * Delayed delivery: do not deliver before this time. 0 = deliver at once. Only honoured on
   * Shared and Key_Shared subscriptions and when the namespace allows delayed delivery; the
   * client puts such messages in batches of their own (see ProduceBatch.deliver_at_time_ms).
   */
  'deliverAtTimeMs'?: (number | string | Long);
  /**
   * The producer's sequence id of this message. >= 0, strictly increasing within the batch and
   * across the producer's batches; need not be contiguous (applications may set their own).
   */
  'sequenceId'?: (number | string | Long);
  /**
   * True when the message value is null (e.g. a tombstone for its key), as opposed to an empty
   * payload; `payload` is then empty.
   */
  'nullValue'?: (boolean);
  /**
   * W3C trace context (keys `traceparent`, `tracestate`) of the span that sent this message, so a
   * consumer's processing span can link to it. Empty when tracing is off.
   */
  'traceContext'?: ({[key: string]: string});
  '_key'?: "key";
  '_orderingKey'?: "orderingKey";
}

/**
 * One message as the application sent it.
 */
export interface SingleMessage__Output {
  /**
   * The application's bytes. May be empty. Message count and total size are bounded by the batch
   * limits (max message size of the namespace, 5 MiB by default, for the compressed batch).
   */
  'payload': (Buffer);
  /**
   * The message key (partition routing, Key_Shared, compaction). Absent = no key.
   */
  'key'?: (string);
  /**
   * Bytes that override `key` for Key_Shared ordering only. Absent = order by `key`.
   */
  'orderingKey'?: (Buffer);
  /**
   * Application properties. Keys and values are UTF-8.
   */
  'properties': ({[key: string]: string});
  /**
   * When the event happened, as the application says; 0 = not set.
   */
  'eventTimeMs': (number);
  /**
   * Delayed delivery: do not deliver before this time. 0 = deliver at once. Only honoured on
   * Shared and Key_Shared subscriptions and when the namespace allows delayed delivery; the
   * client puts such messages in batches of their own (see ProduceBatch.deliver_at_time_ms).
   */
  'deliverAtTimeMs': (number);
  /**
   * The producer's sequence id of this message. >= 0, strictly increasing within the batch and
   * across the producer's batches; need not be contiguous (applications may set their own).
   */
  'sequenceId': (number);
  /**
   * True when the message value is null (e.g. a tombstone for its key), as opposed to an empty
   * payload; `payload` is then empty.
   */
  'nullValue': (boolean);
  /**
   * W3C trace context (keys `traceparent`, `tracestate`) of the span that sent this message, so a
   * consumer's processing span can link to it. Empty when tracing is off.
   */
  'traceContext': ({[key: string]: string});
  '_key'?: "key";
  '_orderingKey'?: "orderingKey";
}
