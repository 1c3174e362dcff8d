// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/admin.proto

/**
 * What happens when the quota is exceeded. Zero is PRODUCER_REQUEST_HOLD, Pulsar's default: it
 * loses no data and fails no call, it only slows producers down.
 */
export const _magnetar_v1_BacklogQuota_Policy = {
  /**
   * The broker stops reading batches from producers' streams (gRPC flow control) until the
   * backlog is back under the quota; producers' sends time out on the client side.
   */
  PRODUCER_REQUEST_HOLD: 'PRODUCER_REQUEST_HOLD',
  /**
   * Producers are refused: batches get BACKLOG_QUOTA_EXCEEDED receipts, opens fail with it.
   */
  PRODUCER_EXCEPTION: 'PRODUCER_EXCEPTION',
  /**
   * The broker acknowledges the oldest messages of the slowest subscriptions until the backlog
   * is under the quota. Producers are not affected; those subscriptions lose messages.
   */
  CONSUMER_BACKLOG_EVICTION: 'CONSUMER_BACKLOG_EVICTION',
} as const;

/**
 * What happens when the quota is exceeded. Zero is PRODUCER_REQUEST_HOLD, Pulsar's default: it
 * loses no data and fails no call, it only slows producers down.
 */
export type _magnetar_v1_BacklogQuota_Policy =
  /**
   * The broker stops reading batches from producers' streams (gRPC flow control) until the
   * backlog is back under the quota; producers' sends time out on the client side.
   */
  | 'PRODUCER_REQUEST_HOLD'
  | 0
  /**
   * Producers are refused: batches get BACKLOG_QUOTA_EXCEEDED receipts, opens fail with it.
   */
  | 'PRODUCER_EXCEPTION'
  | 1
  /**
   * The broker acknowledges the oldest messages of the slowest subscriptions until the backlog
   * is under the quota. Producers are not affected; those subscriptions lose messages.
   */
  | 'CONSUMER_BACKLOG_EVICTION'
  | 2

/**
 * What happens when the quota is exceeded. Zero is PRODUCER_REQUEST_HOLD, Pulsar's default: it
 * loses no data and fails no call, it only slows producers down.
 */
export type _magnetar_v1_BacklogQuota_Policy__Output = typeof _magnetar_v1_BacklogQuota_Policy[keyof typeof _magnetar_v1_BacklogQuota_Policy]

/**
 * A limit on a topic's backlog (the unacknowledged messages of its slowest subscription).
 */
export interface BacklogQuota {
  /**
   * Backlog size limit, in bytes. 0 = no size limit.
   */
  'limitBytes'?: (number | string | Long);
  /**
   * Backlog age limit: the oldest unacknowledged message's age, in seconds. 0 = no time limit.
   */
  'limitTimeSeconds'?: (number | string | Long);
  /**
   * What to do when a limit is exceeded. Default: PRODUCER_REQUEST_HOLD.
   */
  'policy'?: (_magnetar_v1_BacklogQuota_Policy);
}

/**
 * A limit on a topic's backlog (the unacknowledged messages of its slowest subscription).
 */
export interface BacklogQuota__Output {
  /**
   * Backlog size limit, in bytes. 0 = no size limit.
   */
  'limitBytes': (number);
  /**
   * Backlog age limit: the oldest unacknowledged message's age, in seconds. 0 = no time limit.
   */
  'limitTimeSeconds': (number);
  /**
   * What to do when a limit is exceeded. Default: PRODUCER_REQUEST_HOLD.
   */
  'policy': (_magnetar_v1_BacklogQuota_Policy__Output);
}
