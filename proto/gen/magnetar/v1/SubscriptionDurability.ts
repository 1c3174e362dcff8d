// Original file: proto/messaging.proto

/**
 * Whether the subscription's cursor is stored. Zero is DURABLE: a subscription should survive its
 * consumers unless asked otherwise.
 */
export const SubscriptionDurability = {
  /**
   * The cursor is stored in metadata; the subscription retains messages (backlog) while no
   * consumer is connected, until deleted (Unsubscribe or Admin).
   */
  SUBSCRIPTION_DURABILITY_DURABLE: 'SUBSCRIPTION_DURABILITY_DURABLE',
  /**
   * The cursor lives only in the broker while the consumer is connected (Readers). It retains no
   * messages: if retention removes data under it, it skips to the oldest message still stored.
   */
  SUBSCRIPTION_DURABILITY_NON_DURABLE: 'SUBSCRIPTION_DURABILITY_NON_DURABLE',
} as const;

/**
 * Whether the subscription's cursor is stored. Zero is DURABLE: a subscription should survive its
 * consumers unless asked otherwise.
 */
export type SubscriptionDurability =
  /**
   * The cursor is stored in metadata; the subscription retains messages (backlog) while no
   * consumer is connected, until deleted (Unsubscribe or Admin).
   */
  | 'SUBSCRIPTION_DURABILITY_DURABLE'
  | 0
  /**
   * The cursor lives only in the broker while the consumer is connected (Readers). It retains no
   * messages: if retention removes data under it, it skips to the oldest message still stored.
   */
  | 'SUBSCRIPTION_DURABILITY_NON_DURABLE'
  | 1

/**
 * Whether the subscription's cursor is stored. Zero is DURABLE: a subscription should survive its
 * consumers unless asked otherwise.
 */
export type SubscriptionDurability__Output = typeof SubscriptionDurability[keyof typeof SubscriptionDurability]
