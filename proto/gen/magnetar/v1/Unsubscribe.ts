// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Deletes the subscription (cursor and backlog) and ends the stream. Fails with CONSUMER_BUSY if
 * other consumers are connected to the subscription; the consumer then stays subscribed.
 */
export interface Unsubscribe {
  /**
   * 0 = no receipt (a failure is an `error` item); > 0 = a `receipt` with it answers the request.
   * On success the broker then sends `closed` (no error) and ends the call.
   */
  'requestId'?: (number | string | Long);
}

/**
 * Deletes the subscription (cursor and backlog) and ends the stream. Fails with CONSUMER_BUSY if
 * other consumers are connected to the subscription; the consumer then stays subscribed.
 */
export interface Unsubscribe__Output {
  /**
   * 0 = no receipt (a failure is an `error` item); > 0 = a `receipt` with it answers the request.
   * On success the broker then sends `closed` (no error) and ends the call.
   */
  'requestId': (number);
}
