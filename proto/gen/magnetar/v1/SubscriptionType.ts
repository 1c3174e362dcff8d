// Original file: proto/messaging.proto

/**
 * How a subscription shares messages among its consumers. Zero is EXCLUSIVE, Pulsar's default.
 */
export const SubscriptionType = {
  /**
   * One consumer; another subscribe fails with CONSUMER_BUSY. Messages in order.
   */
  SUBSCRIPTION_TYPE_EXCLUSIVE: 'SUBSCRIPTION_TYPE_EXCLUSIVE',
  /**
   * Many consumers, one active (per partition) gets every message, in order; the others take over
   * when it leaves. The active one is the first by (priority_level, consumer_name); for partition i
   * of a partitioned topic, the (i mod N)-th of N consumers in that order, to spread partitions.
   * On a change the broker rewinds to the oldest unacknowledged message, so the new active
   * consumer gets everything not yet acknowledged, in order.
   */
  SUBSCRIPTION_TYPE_FAILOVER: 'SUBSCRIPTION_TYPE_FAILOVER',
  /**
   * Many consumers; entries go round-robin to consumers with permits, highest priority first.
   * No ordering.
   */
  SUBSCRIPTION_TYPE_SHARED: 'SUBSCRIPTION_TYPE_SHARED',
  /**
   * Many consumers; an entry goes to the consumer that owns the hash of its batch key (see
   * EntryHeader.batch_key), so each key is in order on one consumer.
   */
  SUBSCRIPTION_TYPE_KEY_SHARED: 'SUBSCRIPTION_TYPE_KEY_SHARED',
} as const;

/**
 * How a subscription shares messages among its consumers. Zero is EXCLUSIVE, Pulsar's default.
 */
export type SubscriptionType =
  /**
   * One consumer; another subscribe fails with CONSUMER_BUSY. Messages in order.
   */
  | 'SUBSCRIPTION_TYPE_EXCLUSIVE'
  | 0
  /**
   * Many consumers, one active (per partition) gets every message, in order; the others take over
   * when it leaves. The active one is the first by (priority_level, consumer_name); for partition i
   * of a partitioned topic, the (i mod N)-th of N consumers in that order, to spread partitions.
   * On a change the broker rewinds to the oldest unacknowledged message, so the new active
   * consumer gets everything not yet acknowledged, in order.
   */
  | 'SUBSCRIPTION_TYPE_FAILOVER'
  | 1
  /**
   * Many consumers; entries go round-robin to consumers with permits, highest priority first.
   * No ordering.
   */
  | 'SUBSCRIPTION_TYPE_SHARED'
  | 2
  /**
   * Many consumers; an entry goes to the consumer that owns the hash of its batch key (see
   * EntryHeader.batch_key), so each key is in order on one consumer.
   */
  | 'SUBSCRIPTION_TYPE_KEY_SHARED'
  | 3

/**
 * How a subscription shares messages among its consumers. Zero is EXCLUSIVE, Pulsar's default.
 */
export type SubscriptionType__Output = typeof SubscriptionType[keyof typeof SubscriptionType]
