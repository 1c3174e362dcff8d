// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { KeyValue as _magnetar_v1_KeyValue, KeyValue__Output as _magnetar_v1_KeyValue__Output } from '../../magnetar/v1/KeyValue.js';
import type { Long } from '@grpc/proto-loader';

export interface RangeResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The selected keys in ascending key order, at most `limit`.
   */
  'kvs'?: (_magnetar_v1_KeyValue)[];
  /**
   * True if the range holds more keys than were returned (cut by `limit` or the response size
   * cap).
   */
  'more'?: (boolean);
  /**
   * Number of keys in the range at the read revision, regardless of limit.
   */
  'count'?: (number | string | Long);
}

export interface RangeResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The selected keys in ascending key order, at most `limit`.
   */
  'kvs': (_magnetar_v1_KeyValue__Output)[];
  /**
   * True if the range holds more keys than were returned (cut by `limit` or the response size
   * cap).
   */
  'more': (boolean);
  /**
   * Number of keys in the range at the read revision, regardless of limit.
   */
  'count': (number);
}
