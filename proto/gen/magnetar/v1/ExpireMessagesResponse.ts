// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface ExpireMessagesResponse {
  /**
   * Messages acknowledged.
   */
  'expiredMessages'?: (number | string | Long);
}

export interface ExpireMessagesResponse__Output {
  /**
   * Messages acknowledged.
   */
  'expiredMessages': (number);
}
