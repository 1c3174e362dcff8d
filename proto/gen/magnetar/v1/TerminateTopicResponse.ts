// Original file: proto/admin.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';

export interface TerminateTopicResponse {
  /**
   * The id of the last message the topic will ever have (batch_index = last index of its entry);
   * absent if the topic holds no messages.
   */
  'lastMessageId'?: (_magnetar_v1_MessageId | null);
}

export interface TerminateTopicResponse__Output {
  /**
   * The id of the last message the topic will ever have (batch_index = last index of its entry);
   * absent if the topic holds no messages.
   */
  'lastMessageId': (_magnetar_v1_MessageId__Output | null);
}
