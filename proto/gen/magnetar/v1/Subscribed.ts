// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

export interface Subscribed {
  /**
   * A broker-assigned id of this consumer, unique on the broker while it runs; shown in stats.
   */
  'consumerId'?: (number | string | Long);
  /**
   * The consumer's name: the requested one, or the one the broker assigned.
   */
  'consumerName'?: (string);
  /**
   * Failover: whether this consumer is the active one now (later changes come as
   * active_consumer_change). Always true for the other types.
   */
  'isActive'?: (boolean);
  /**
   * True when this subscribe created the subscription.
   */
  'subscriptionCreated'?: (boolean);
  /**
   * The full, normalized topic name.
   */
  'topic'?: (string);
}

export interface Subscribed__Output {
  /**
   * A broker-assigned id of this consumer, unique on the broker while it runs; shown in stats.
   */
  'consumerId': (number);
  /**
   * The consumer's name: the requested one, or the one the broker assigned.
   */
  'consumerName': (string);
  /**
   * Failover: whether this consumer is the active one now (later changes come as
   * active_consumer_change). Always true for the other types.
   */
  'isActive': (boolean);
  /**
   * True when this subscribe created the subscription.
   */
  'subscriptionCreated': (boolean);
  /**
   * The full, normalized topic name.
   */
  'topic': (string);
}
