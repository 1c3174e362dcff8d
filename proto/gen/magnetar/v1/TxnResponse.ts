// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { ResponseOp as _magnetar_v1_ResponseOp, ResponseOp__Output as _magnetar_v1_ResponseOp__Output } from '../../magnetar/v1/ResponseOp.js';

export interface TxnResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * True if every compare held and `success` ran; false if `failure` ran.
   */
  'succeeded'?: (boolean);
  /**
   * One response per op of the branch that ran, in op order. Embedded headers are unset.
   */
  'responses'?: (_magnetar_v1_ResponseOp)[];
}

export interface TxnResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * True if every compare held and `success` ran; false if `failure` ran.
   */
  'succeeded': (boolean);
  /**
   * One response per op of the branch that ran, in op order. Embedded headers are unset.
   */
  'responses': (_magnetar_v1_ResponseOp__Output)[];
}
