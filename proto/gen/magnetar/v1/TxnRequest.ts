// Original file: proto/metadata.proto

import type { Compare as _magnetar_v1_Compare, Compare__Output as _magnetar_v1_Compare__Output } from '../../magnetar/v1/Compare.js';
import type { RequestOp as _magnetar_v1_RequestOp, RequestOp__Output as _magnetar_v1_RequestOp__Output } from '../../magnetar/v1/RequestOp.js';
import type { RequestId as _magnetar_v1_RequestId, RequestId__Output as _magnetar_v1_RequestId__Output } from '../../magnetar/v1/RequestId.js';

export interface TxnRequest {
  /**
   * All must hold (logical AND) for `success` to run; an empty list holds. At most 128.
   */
  'compares'?: (_magnetar_v1_Compare)[];
  /**
   * Ops run in order if every compare holds. At most 128. No key may be written twice.
   */
  'success'?: (_magnetar_v1_RequestOp)[];
  /**
   * Ops run in order otherwise. At most 128. No key may be written twice.
   */
  'failure'?: (_magnetar_v1_RequestOp)[];
  /**
   * Exactly-once identity of the whole transaction; unset = none.
   */
  'requestId'?: (_magnetar_v1_RequestId | null);
}

export interface TxnRequest__Output {
  /**
   * All must hold (logical AND) for `success` to run; an empty list holds. At most 128.
   */
  'compares': (_magnetar_v1_Compare__Output)[];
  /**
   * Ops run in order if every compare holds. At most 128. No key may be written twice.
   */
  'success': (_magnetar_v1_RequestOp__Output)[];
  /**
   * Ops run in order otherwise. At most 128. No key may be written twice.
   */
  'failure': (_magnetar_v1_RequestOp__Output)[];
  /**
   * Exactly-once identity of the whole transaction; unset = none.
   */
  'requestId': (_magnetar_v1_RequestId__Output | null);
}
