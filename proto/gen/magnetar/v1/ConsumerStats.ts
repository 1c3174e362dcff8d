// Original file: proto/admin.proto

import type { HashRange as _magnetar_v1_HashRange, HashRange__Output as _magnetar_v1_HashRange__Output } from '../../magnetar/v1/HashRange.js';
import type { Long } from '@grpc/proto-loader';

export interface ConsumerStats {
  /**
   * The consumer's name.
   */
  'consumerName'?: (string);
  /**
   * The broker-assigned consumer id (Subscribed.consumer_id).
   */
  'consumerId'?: (number | string | Long);
  /**
   * The client's address as the broker sees it, "ip:port".
   */
  'address'?: (string);
  /**
   * Permits left; may be negative by less than one entry (see Flow).
   */
  'availablePermits'?: (number | string | Long);
  /**
   * Messages delivered to this consumer and not acknowledged.
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
   * Messages redelivered to this consumer per second.
   */
  'msgRateRedeliver'?: (number | string);
  /**
   * When the consumer's stream was opened.
   */
  'connectedSinceMs'?: (number | string | Long);
  /**
   * The consumer's priority level.
   */
  'priorityLevel'?: (number);
  /**
   * Failover: whether it is the active consumer. True for other types.
   */
  'isActive'?: (boolean);
  /**
   * Key_Shared: the key-hash ranges the consumer owns now. Empty for other types.
   */
  'keyHashRanges'?: (_magnetar_v1_HashRange)[];
  /**
   * The consumer's properties (Subscribe.properties).
   */
  'properties'?: ({[key: string]: string});
}

export interface ConsumerStats__Output {
  /**
   * The consumer's name.
   */
  'consumerName': (string);
  /**
   * The broker-assigned consumer id (Subscribed.consumer_id).
   */
  'consumerId': (number);
  /**
   * The client's address as the broker sees it, "ip:port".
   */
  'address': (string);
  /**
   * Permits left; may be negative by less than one entry (see Flow).
   */
  'availablePermits': (number);
  /**
   * Messages delivered to this consumer and not acknowledged.
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
   * Messages redelivered to this consumer per second.
   */
  'msgRateRedeliver': (number);
  /**
   * When the consumer's stream was opened.
   */
  'connectedSinceMs': (number);
  /**
   * The consumer's priority level.
   */
  'priorityLevel': (number);
  /**
   * Failover: whether it is the active consumer. True for other types.
   */
  'isActive': (boolean);
  /**
   * Key_Shared: the key-hash ranges the consumer owns now. Empty for other types.
   */
  'keyHashRanges': (_magnetar_v1_HashRange__Output)[];
  /**
   * The consumer's properties (Subscribe.properties).
   */
  'properties': ({[key: string]: string});
}
