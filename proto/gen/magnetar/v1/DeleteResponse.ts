// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { KeyValue as _magnetar_v1_KeyValue, KeyValue__Output as _magnetar_v1_KeyValue__Output } from '../../magnetar/v1/KeyValue.js';
import type { Long } from '@grpc/proto-loader';

export interface DeleteResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * Number of keys deleted.
   */
  'deleted'?: (number | string | Long);
  /**
   * The deleted keys' last KeyValues, in key order, if prev_kv was set.
   */
  'prevKvs'?: (_magnetar_v1_KeyValue)[];
}

export interface DeleteResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * Number of keys deleted.
   */
  'deleted': (number);
  /**
   * The deleted keys' last KeyValues, in key order, if prev_kv was set.
   */
  'prevKvs': (_magnetar_v1_KeyValue__Output)[];
}
