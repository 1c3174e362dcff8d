// Original file: proto/messaging.proto

import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The outcome of a request that carried a request_id.
 */
export interface RequestReceipt {
  /**
   * The request's request_id.
   */
  'requestId'?: (number | string | Long);
  /**
   * Absent on success. Ack: INVALID_ARGUMENT, INVALID_MESSAGE_ID. Unsubscribe: CONSUMER_BUSY.
   * Seek: INVALID_ARGUMENT, INVALID_MESSAGE_ID, UNAVAILABLE.
   */
  'error'?: (_magnetar_v1_Error | null);
}

/**
 * The outcome of a request that carried a request_id.
 */
export interface RequestReceipt__Output {
  /**
   * The request's request_id.
   */
  'requestId': (number);
  /**
   * Absent on success. Ack: INVALID_ARGUMENT, INVALID_MESSAGE_ID. Unsubscribe: CONSUMER_BUSY.
   * Seek: INVALID_ARGUMENT, INVALID_MESSAGE_ID, UNAVAILABLE.
   */
  'error': (_magnetar_v1_Error__Output | null);
}
