// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Long } from '@grpc/proto-loader';

export interface LastMessageId {
  /**
   * The request's request_id.
   */
  'requestId'?: (number | string | Long);
  /**
   * Id of the last message published to the topic partition (batch_index = the last index of its
   * entry). Absent when the partition holds no messages.
   */
  'lastMessageId'?: (_magnetar_v1_MessageId | null);
  /**
   * The subscription's mark-delete position: everything up to and including it is acknowledged.
   * Absent when nothing was ever acknowledged.
   */
  'markDeletePosition'?: (_magnetar_v1_MessageId | null);
}

export interface LastMessageId__Output {
  /**
   * The request's request_id.
   */
  'requestId': (number);
  /**
   * Id of the last message published to the topic partition (batch_index = the last index of its
   * entry). Absent when the partition holds no messages.
   */
  'lastMessageId': (_magnetar_v1_MessageId__Output | null);
  /**
   * The subscription's mark-delete position: everything up to and including it is acknowledged.
   * Absent when nothing was ever acknowledged.
   */
  'markDeletePosition': (_magnetar_v1_MessageId__Output | null);
}
