// Original file: proto/messaging.proto

import type { SubscriptionType as _magnetar_v1_SubscriptionType, SubscriptionType__Output as _magnetar_v1_SubscriptionType__Output } from '../../magnetar/v1/SubscriptionType.js';
import type { InitialPosition as _magnetar_v1_InitialPosition, InitialPosition__Output as _magnetar_v1_InitialPosition__Output } from '../../magnetar/v1/InitialPosition.js';
import type { SubscriptionDurability as _magnetar_v1_SubscriptionDurability, SubscriptionDurability__Output as _magnetar_v1_SubscriptionDurability__Output } from '../../magnetar/v1/SubscriptionDurability.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { KeySharedOptions as _magnetar_v1_KeySharedOptions, KeySharedOptions__Output as _magnetar_v1_KeySharedOptions__Output } from '../../magnetar/v1/KeySharedOptions.js';
import type { Long } from '@grpc/proto-loader';

export interface Subscribe {
  /**
   * The topic or partition to consume. Created if absent and the namespace allows auto-creation.
   */
  'topic'?: (string);
  /**
   * The subscription name, 1 to 255 characters. Readers use a generated name with NON_DURABLE.
   */
  'subscription'?: (string);
  /**
   * The consumer's name, shown in stats and used to order Failover consumers. Empty = the broker
   * assigns one, returned in `subscribed`. At most 255 characters.
   */
  'consumerName'?: (string);
  /**
   * Subscription type. Default: EXCLUSIVE. Must match the existing subscription's type while it
   * has consumers (CONSUMER_BUSY otherwise).
   */
  'subscriptionType'?: (_magnetar_v1_SubscriptionType);
  /**
   * Where a subscription created by this subscribe starts; ignored when the durable subscription
   * already exists. Default: LATEST. `start_message_id` takes precedence when set.
   */
  'initialPosition'?: (_magnetar_v1_InitialPosition);
  /**
   * Priority among the subscription's consumers: 0 is the highest. Shared dispatch serves
   * higher-priority consumers first while they have permits; Failover picks by it. >= 0.
   */
  'priorityLevel'?: (number);
  /**
   * Permits granted by subscribing, as if followed by Flow{permits: receiver_queue_size}: the
   * client's receive-queue size in messages. 0 = none until the first Flow. At most 1,000,000.
   */
  'receiverQueueSize'?: (number);
  /**
   * Durable subscription or non-durable reader cursor. Default: DURABLE.
   */
  'durability'?: (_magnetar_v1_SubscriptionDurability);
  /**
   * Where a subscription created by this subscribe starts (Readers); ignored when the durable
   * subscription already exists. Absent = use initial_position.
   */
  'startMessageId'?: (_magnetar_v1_MessageId | null);
  /**
   * With start_message_id: true = deliver that message first; false = start after it.
   */
  'startMessageIdInclusive'?: (boolean);
  /**
   * Consumer metadata shown in stats. At most 64 entries, 1 KiB per key or value.
   */
  'properties'?: ({[key: string]: string});
  /**
   * If > 0, the broker redelivers messages delivered to this consumer and not acknowledged within
   * this many milliseconds (redelivery_count + 1). 0 = never. Otherwise at least 1000.
   */
  'ackTimeoutMs'?: (number | string | Long);
  /**
   * Delay before negatively acknowledged messages are redelivered, in milliseconds. 0 = the
   * default, 60000. At most 86,400,000 (one day).
   */
  'negativeAckRedeliveryDelayMs'?: (number | string | Long);
  /**
   * Key_Shared settings; must be absent for other types (INVALID_ARGUMENT). Absent with
   * Key_Shared = AUTO_SPLIT.
   */
  'keyShared'?: (_magnetar_v1_KeySharedOptions | null);
}

export interface Subscribe__Output {
  /**
   * The topic or partition to consume. Created if absent and the namespace allows auto-creation.
   */
  'topic': (string);
  /**
   * The subscription name, 1 to 255 characters. Readers use a generated name with NON_DURABLE.
   */
  'subscription': (string);
  /**
   * The consumer's name, shown in stats and used to order Failover consumers. Empty = the broker
   * assigns one, returned in `subscribed`. At most 255 characters.
   */
  'consumerName': (string);
  /**
   * Subscription type. Default: EXCLUSIVE. Must match the existing subscription's type while it
   * has consumers (CONSUMER_BUSY otherwise).
   */
  'subscriptionType': (_magnetar_v1_SubscriptionType__Output);
  /**
   * Where a subscription created by this subscribe starts; ignored when the durable subscription
   * already exists. Default: LATEST. `start_message_id` takes precedence when set.
   */
  'initialPosition': (_magnetar_v1_InitialPosition__Output);
  /**
   * Priority among the subscription's consumers: 0 is the highest. Shared dispatch serves
   * higher-priority consumers first while they have permits; Failover picks by it. >= 0.
   */
  'priorityLevel': (number);
  /**
   * Permits granted by subscribing, as if followed by Flow{permits: receiver_queue_size}: the
   * client's receive-queue size in messages. 0 = none until the first Flow. At most 1,000,000.
   */
  'receiverQueueSize': (number);
  /**
   * Durable subscription or non-durable reader cursor. Default: DURABLE.
   */
  'durability': (_magnetar_v1_SubscriptionDurability__Output);
  /**
   * Where a subscription created by this subscribe starts (Readers); ignored when the durable
   * subscription already exists. Absent = use initial_position.
   */
  'startMessageId': (_magnetar_v1_MessageId__Output | null);
  /**
   * With start_message_id: true = deliver that message first; false = start after it.
   */
  'startMessageIdInclusive': (boolean);
  /**
   * Consumer metadata shown in stats. At most 64 entries, 1 KiB per key or value.
   */
  'properties': ({[key: string]: string});
  /**
   * If > 0, the broker redelivers messages delivered to this consumer and not acknowledged within
   * this many milliseconds (redelivery_count + 1). 0 = never. Otherwise at least 1000.
   */
  'ackTimeoutMs': (number);
  /**
   * Delay before negatively acknowledged messages are redelivered, in milliseconds. 0 = the
   * default, 60000. At most 86,400,000 (one day).
   */
  'negativeAckRedeliveryDelayMs': (number);
  /**
   * Key_Shared settings; must be absent for other types (INVALID_ARGUMENT). Absent with
   * Key_Shared = AUTO_SPLIT.
   */
  'keyShared': (_magnetar_v1_KeySharedOptions__Output | null);
}
