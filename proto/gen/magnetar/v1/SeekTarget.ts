// Original file: proto/messaging.proto

import type { InitialPosition as _magnetar_v1_InitialPosition, InitialPosition__Output as _magnetar_v1_InitialPosition__Output } from '../../magnetar/v1/InitialPosition.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A position to move a cursor to: used by Consume's `seek`, and by Admin's CreateSubscription and
 * ResetCursor. Exactly one member must be set (INVALID_ARGUMENT otherwise).
 */
export interface SeekTarget {
  /**
   * The start (EARLIEST) or the end (LATEST) of the topic partition.
   */
  'position'?: (_magnetar_v1_InitialPosition);
  /**
   * Inclusive: the message with this id is the next one delivered. An id between existing
   * entries (e.g. one removed by retention) moves to the next existing message; an id after the
   * last message means LATEST. batch_index -1 means the start of the entry.
   */
  'messageId'?: (_magnetar_v1_MessageId | null);
  /**
   * Inclusive: the first entry whose publish_time_ms is >= this value. The search assumes publish
   * times do not decrease along the topic; they come from producers' clocks, so with clock skew
   * the position is approximate (as in Pulsar), to the entry.
   */
  'publishTimeMs'?: (number | string | Long);
  'target'?: "position"|"messageId"|"publishTimeMs";
}

/**
 * A position to move a cursor to: used by Consume's `seek`, and by Admin's CreateSubscription and
 * ResetCursor. Exactly one member must be set (INVALID_ARGUMENT otherwise).
 */
export interface SeekTarget__Output {
  /**
   * The start (EARLIEST) or the end (LATEST) of the topic partition.
   */
  'position'?: (_magnetar_v1_InitialPosition__Output);
  /**
   * Inclusive: the message with this id is the next one delivered. An id between existing
   * entries (e.g. one removed by retention) moves to the next existing message; an id after the
   * last message means LATEST. batch_index -1 means the start of the entry.
   */
  'messageId'?: (_magnetar_v1_MessageId__Output | null);
  /**
   * Inclusive: the first entry whose publish_time_ms is >= this value. The search assumes publish
   * times do not decrease along the topic; they come from producers' clocks, so with clock skew
   * the position is approximate (as in Pulsar), to the entry.
   */
  'publishTimeMs'?: (number);
  'target'?: "position"|"messageId"|"publishTimeMs";
}
