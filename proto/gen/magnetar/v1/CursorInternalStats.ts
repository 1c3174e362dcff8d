// Original file: proto/admin.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { AckedRange as _magnetar_v1_AckedRange, AckedRange__Output as _magnetar_v1_AckedRange__Output } from '../../magnetar/v1/AckedRange.js';
import type { Long } from '@grpc/proto-loader';

export interface CursorInternalStats {
  /**
   * Everything up to and including this entry is acknowledged; absent if nothing is.
   */
  'markDeletePosition'?: (_magnetar_v1_MessageId | null);
  /**
   * The mark-delete position as last persisted to metadata (may trail mark_delete_position).
   */
  'persistedMarkDeletePosition'?: (_magnetar_v1_MessageId | null);
  /**
   * The next entry the broker will read for dispatch (owner only).
   */
  'readPosition'?: (_magnetar_v1_MessageId | null);
  /**
   * Number of acknowledged ranges beyond the mark-delete position.
   */
  'individuallyAckedRangesCount'?: (number | string | Long);
  /**
   * The first of those ranges, in order; at most 100 (the count says how many there are).
   */
  'individuallyAckedRanges'?: (_magnetar_v1_AckedRange)[];
  /**
   * Entries of which some but not all messages are acknowledged.
   */
  'partiallyAckedEntries'?: (number | string | Long);
  /**
   * Messages acknowledged since the topic was loaded (owner only).
   */
  'messagesConsumedCounter'?: (number | string | Long);
  /**
   * When the cursor was last persisted to metadata; 0 if never.
   */
  'lastPersistedTimeMs'?: (number | string | Long);
  /**
   * False for the non-durable cursor of a reader (never persisted).
   */
  'isDurable'?: (boolean);
  /**
   * Metadata version of /cursors/<topic>/<subscription>; 0 for non-durable cursors.
   */
  'version'?: (number | string | Long);
}

export interface CursorInternalStats__Output {
  /**
   * Everything up to and including this entry is acknowledged; absent if nothing is.
   */
  'markDeletePosition': (_magnetar_v1_MessageId__Output | null);
  /**
   * The mark-delete position as last persisted to metadata (may trail mark_delete_position).
   */
  'persistedMarkDeletePosition': (_magnetar_v1_MessageId__Output | null);
  /**
   * The next entry the broker will read for dispatch (owner only).
   */
  'readPosition': (_magnetar_v1_MessageId__Output | null);
  /**
   * Number of acknowledged ranges beyond the mark-delete position.
   */
  'individuallyAckedRangesCount': (number);
  /**
   * The first of those ranges, in order; at most 100 (the count says how many there are).
   */
  'individuallyAckedRanges': (_magnetar_v1_AckedRange__Output)[];
  /**
   * Entries of which some but not all messages are acknowledged.
   */
  'partiallyAckedEntries': (number);
  /**
   * Messages acknowledged since the topic was loaded (owner only).
   */
  'messagesConsumedCounter': (number);
  /**
   * When the cursor was last persisted to metadata; 0 if never.
   */
  'lastPersistedTimeMs': (number);
  /**
   * False for the non-durable cursor of a reader (never persisted).
   */
  'isDurable': (boolean);
  /**
   * Metadata version of /cursors/<topic>/<subscription>; 0 for non-durable cursors.
   */
  'version': (number);
}
