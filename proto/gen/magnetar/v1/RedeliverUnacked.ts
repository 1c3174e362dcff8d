// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';

/**
 * Redeliver, now, messages delivered to this consumer and not acknowledged (redelivery_count + 1).
 * The client first discards those messages from its receive queue (they come again) and re-grants
 * their permits with a Flow, since redelivered messages cost permits again.
 */
export interface RedeliverUnacked {
  /**
   * The messages; empty = all of them. On Exclusive and Failover subscriptions the ids are
   * ignored and everything unacknowledged is redelivered, in order, to keep ordering. At most
   * 10,000 ids.
   */
  'messageIds'?: (_magnetar_v1_MessageId)[];
}

/**
 * Redeliver, now, messages delivered to this consumer and not acknowledged (redelivery_count + 1).
 * The client first discards those messages from its receive queue (they come again) and re-grants
 * their permits with a Flow, since redelivered messages cost permits again.
 */
export interface RedeliverUnacked__Output {
  /**
   * The messages; empty = all of them. On Exclusive and Failover subscriptions the ids are
   * ignored and everything unacknowledged is redelivered, in order, to keep ordering. At most
   * 10,000 ids.
   */
  'messageIds': (_magnetar_v1_MessageId__Output)[];
}
