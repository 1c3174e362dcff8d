// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface SkipMessagesResponse {
  /**
   * Messages actually acknowledged (fewer than count when the backlog was smaller).
   */
  'skippedMessages'?: (number | string | Long);
}

export interface SkipMessagesResponse__Output {
  /**
   * Messages actually acknowledged (fewer than count when the backlog was smaller).
   */
  'skippedMessages': (number);
}
