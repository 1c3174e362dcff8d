// Original file: proto/admin.proto

import type { DeliveredEntry as _magnetar_v1_DeliveredEntry, DeliveredEntry__Output as _magnetar_v1_DeliveredEntry__Output } from '../../magnetar/v1/DeliveredEntry.js';

export interface PeekMessagesResponse {
  /**
   * The entries holding the first `count` unacknowledged messages, in order. Each entry's
   * batch_indexes lists the messages it contributes (unacknowledged ones, stopping at `count` in
   * total); redelivery_count is the subscription's current count for the entry. The CLI decodes
   * them like a consumer does.
   */
  'entries'?: (_magnetar_v1_DeliveredEntry)[];
}

export interface PeekMessagesResponse__Output {
  /**
   * The entries holding the first `count` unacknowledged messages, in order. Each entry's
   * batch_indexes lists the messages it contributes (unacknowledged ones, stopping at `count` in
   * total); redelivery_count is the subscription's current count for the entry. The CLI decodes
   * them like a consumer does.
   */
  'entries': (_magnetar_v1_DeliveredEntry__Output)[];
}
