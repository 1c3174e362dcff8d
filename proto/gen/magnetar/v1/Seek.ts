// Original file: proto/messaging.proto

import type { SeekTarget as _magnetar_v1_SeekTarget, SeekTarget__Output as _magnetar_v1_SeekTarget__Output } from '../../magnetar/v1/SeekTarget.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Moves the subscription's cursor (for every consumer of the subscription): the messages from the
 * target on become unacknowledged, and those before it acknowledged. Every consumer of the
 * subscription, this one included, then gets `cursor_reset`.
 */
export interface Seek {
  /**
   * 0 = no receipt (a failure is an `error` item); > 0 = a `receipt` with it answers the request.
   */
  'requestId'?: (number | string | Long);
  /**
   * Where to move. Required.
   */
  'target'?: (_magnetar_v1_SeekTarget | null);
}

/**
 * Moves the subscription's cursor (for every consumer of the subscription): the messages from the
 * target on become unacknowledged, and those before it acknowledged. Every consumer of the
 * subscription, this one included, then gets `cursor_reset`.
 */
export interface Seek__Output {
  /**
   * 0 = no receipt (a failure is an `error` item); > 0 = a `receipt` with it answers the request.
   */
  'requestId': (number);
  /**
   * Where to move. Required.
   */
  'target': (_magnetar_v1_SeekTarget__Output | null);
}
