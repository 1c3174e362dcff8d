// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface SkipMessagesRequest {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic'?: (string);
  /**
   * The subscription's name.
   */
  'subscription'?: (string);
  /**
   * How many of the oldest unacknowledged messages to acknowledge, >= 1. Must be 0 when `all`.
   */
  'count'?: (number | string | Long);
  /**
   * True: acknowledge the whole backlog (clear it).
   */
  'all'?: (boolean);
}

export interface SkipMessagesRequest__Output {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic': (string);
  /**
   * The subscription's name.
   */
  'subscription': (string);
  /**
   * How many of the oldest unacknowledged messages to acknowledge, >= 1. Must be 0 when `all`.
   */
  'count': (number);
  /**
   * True: acknowledge the whole backlog (clear it).
   */
  'all': (boolean);
}
