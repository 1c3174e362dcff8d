// Original file: proto/messaging.proto

import type { AckType as _magnetar_v1_AckType, AckType__Output as _magnetar_v1_AckType__Output } from '../../magnetar/v1/AckType.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Acknowledges messages. Acks are idempotent: ids already acknowledged or behind the cursor's
 * mark-delete position are ignored. Any message of the subscription may be acknowledged, not only
 * those delivered on this stream. The broker applies acks to the cursor at once and persists the
 * cursor to metadata throttled (namespace persistence policy), so after a broker crash the
 * unpersisted tail may be redelivered (at-least-once).
 */
export interface Ack {
  /**
   * Individual (default) or cumulative.
   */
  'ackType'?: (_magnetar_v1_AckType);
  /**
   * The messages. INDIVIDUAL: 1 to 10,000 ids; CUMULATIVE: exactly 1. An id of another partition
   * or beyond the last published message is INVALID_MESSAGE_ID.
   */
  'messageIds'?: (_magnetar_v1_MessageId)[];
  /**
   * 0 = no receipt wanted (a failure is then reported as an `error` item). > 0 = the broker answers
   * with a `receipt` carrying it once the ack is applied.
   */
  'requestId'?: (number | string | Long);
}

/**
 * Acknowledges messages. Acks are idempotent: ids already acknowledged or behind the cursor's
 * mark-delete position are ignored. Any message of the subscription may be acknowledged, not only
 * those delivered on this stream. The broker applies acks to the cursor at once and persists the
 * cursor to metadata throttled (namespace persistence policy), so after a broker crash the
 * unpersisted tail may be redelivered (at-least-once).
 */
export interface Ack__Output {
  /**
   * Individual (default) or cumulative.
   */
  'ackType': (_magnetar_v1_AckType__Output);
  /**
   * The messages. INDIVIDUAL: 1 to 10,000 ids; CUMULATIVE: exactly 1. An id of another partition
   * or beyond the last published message is INVALID_MESSAGE_ID.
   */
  'messageIds': (_magnetar_v1_MessageId__Output)[];
  /**
   * 0 = no receipt wanted (a failure is then reported as an `error` item). > 0 = the broker answers
   * with a `receipt` carrying it once the ack is applied.
   */
  'requestId': (number);
}
