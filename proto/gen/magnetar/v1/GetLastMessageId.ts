// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Asks for the id of the last message of the topic partition.
 */
export interface GetLastMessageId {
  /**
   * > 0; echoed in the `last_message_id` answer.
   */
  'requestId'?: (number | string | Long);
}

/**
 * Asks for the id of the last message of the topic partition.
 */
export interface GetLastMessageId__Output {
  /**
   * > 0; echoed in the `last_message_id` answer.
   */
  'requestId': (number);
}
