// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface ExpireMessagesRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name (every partition).
   */
  'topic'?: (string);
  /**
   * The subscription's name.
   */
  'subscription'?: (string);
  /**
   * Age threshold, in seconds, >= 0; 0 expires the whole backlog.
   */
  'expireTimeSeconds'?: (number | string | Long);
}

export interface ExpireMessagesRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name (every partition).
   */
  'topic': (string);
  /**
   * The subscription's name.
   */
  'subscription': (string);
  /**
   * Age threshold, in seconds, >= 0; 0 expires the whole backlog.
   */
  'expireTimeSeconds': (number);
}
