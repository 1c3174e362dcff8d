// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A dispatch rate limit: at most this much is delivered per period. A limit of 0 is unlimited.
 */
export interface DispatchRate {
  /**
   * Messages per period. 0 = unlimited.
   */
  'maxMessagesPerPeriod'?: (number | string | Long);
  /**
   * Bytes (of entry payloads) per period. 0 = unlimited.
   */
  'maxBytesPerPeriod'?: (number | string | Long);
  /**
   * The period, in seconds. 0 = 1. At most 3600.
   */
  'periodSeconds'?: (number);
}

/**
 * A dispatch rate limit: at most this much is delivered per period. A limit of 0 is unlimited.
 */
export interface DispatchRate__Output {
  /**
   * Messages per period. 0 = unlimited.
   */
  'maxMessagesPerPeriod': (number);
  /**
   * Bytes (of entry payloads) per period. 0 = unlimited.
   */
  'maxBytesPerPeriod': (number);
  /**
   * The period, in seconds. 0 = 1. At most 3600.
   */
  'periodSeconds': (number);
}
