// Original file: proto/admin.proto

import type { SubscriptionType as _magnetar_v1_SubscriptionType, SubscriptionType__Output as _magnetar_v1_SubscriptionType__Output } from '../../magnetar/v1/SubscriptionType.js';
import type { ConsumerStats as _magnetar_v1_ConsumerStats, ConsumerStats__Output as _magnetar_v1_ConsumerStats__Output } from '../../magnetar/v1/ConsumerStats.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Long } from '@grpc/proto-loader';

export interface SubscriptionStats {
  /**
   * The subscription's type (of its current consumers, or the last one it had).
   */
  'type'?: (_magnetar_v1_SubscriptionType);
  /**
   * False for the non-durable cursor of a reader.
   */
  'isDurable'?: (boolean);
  /**
   * Messages not yet acknowledged (delivered or not).
   */
  'msgBacklog'?: (number | string | Long);
  /**
   * Bytes of the entries holding those messages.
   */
  'backlogSizeBytes'?: (number | string | Long);
  /**
   * Messages delivered to consumers and not yet acknowledged.
   */
  'unackedMessages'?: (number | string | Long);
  /**
   * Messages delivered per second.
   */
  'msgRateOut'?: (number | string);
  /**
   * Bytes delivered per second.
   */
  'msgThroughputOut'?: (number | string);
  /**
   * Messages redelivered per second (nack, ack timeout, redeliver requests, consumer changes).
   */
  'msgRateRedeliver'?: (number | string);
  /**
   * Messages acknowledged by TTL or ExpireMessages per second.
   */
  'msgRateExpired'?: (number | string);
  /**
   * Age of the oldest unacknowledged message (now minus its broker append time); 0 with no backlog.
   */
  'oldestUnackedMessageAgeMs'?: (number | string | Long);
  /**
   * Connected consumers.
   */
  'consumers'?: (_magnetar_v1_ConsumerStats)[];
  /**
   * Everything up to and including this position is acknowledged (batch_index -1: whole entry).
   * Absent if nothing was ever acknowledged.
   */
  'markDeletePosition'?: (_magnetar_v1_MessageId | null);
  /**
   * Messages held back for delayed delivery.
   */
  'msgDelayed'?: (number | string | Long);
  /**
   * Last time a consumer acknowledged a message; 0 if never since the topic was loaded.
   */
  'lastAckedTimeMs'?: (number | string | Long);
}

export interface SubscriptionStats__Output {
  /**
   * The subscription's type (of its current consumers, or the last one it had).
   */
  'type': (_magnetar_v1_SubscriptionType__Output);
  /**
   * False for the non-durable cursor of a reader.
   */
  'isDurable': (boolean);
  /**
   * Messages not yet acknowledged (delivered or not).
   */
  'msgBacklog': (number);
  /**
   * Bytes of the entries holding those messages.
   */
  'backlogSizeBytes': (number);
  /**
   * Messages delivered to consumers and not yet acknowledged.
   */
  'unackedMessages': (number);
  /**
   * Messages delivered per second.
   */
  'msgRateOut': (number);
  /**
   * Bytes delivered per second.
   */
  'msgThroughputOut': (number);
  /**
   * Messages redelivered per second (nack, ack timeout, redeliver requests, consumer changes).
   */
  'msgRateRedeliver': (number);
  /**
   * Messages acknowledged by TTL or ExpireMessages per second.
   */
  'msgRateExpired': (number);
  /**
   * Age of the oldest unacknowledged message (now minus its broker append time); 0 with no backlog.
   */
  'oldestUnackedMessageAgeMs': (number);
  /**
   * Connected consumers.
   */
  'consumers': (_magnetar_v1_ConsumerStats__Output)[];
  /**
   * Everything up to and including this position is acknowledged (batch_index -1: whole entry).
   * Absent if nothing was ever acknowledged.
   */
  'markDeletePosition': (_magnetar_v1_MessageId__Output | null);
  /**
   * Messages held back for delayed delivery.
   */
  'msgDelayed': (number);
  /**
   * Last time a consumer acknowledged a message; 0 if never since the topic was loaded.
   */
  'lastAckedTimeMs': (number);
}
