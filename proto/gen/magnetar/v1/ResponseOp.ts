// Original file: proto/metadata.proto

import type { RangeResponse as _magnetar_v1_RangeResponse, RangeResponse__Output as _magnetar_v1_RangeResponse__Output } from '../../magnetar/v1/RangeResponse.js';
import type { PutResponse as _magnetar_v1_PutResponse, PutResponse__Output as _magnetar_v1_PutResponse__Output } from '../../magnetar/v1/PutResponse.js';
import type { DeleteResponse as _magnetar_v1_DeleteResponse, DeleteResponse__Output as _magnetar_v1_DeleteResponse__Output } from '../../magnetar/v1/DeleteResponse.js';

/**
 * The result of one RequestOp, same position as its op.
 */
export interface ResponseOp {
  'responseRange'?: (_magnetar_v1_RangeResponse | null);
  'responsePut'?: (_magnetar_v1_PutResponse | null);
  'responseDelete'?: (_magnetar_v1_DeleteResponse | null);
  'response'?: "responseRange"|"responsePut"|"responseDelete";
}

/**
 * The result of one RequestOp, same position as its op.
 */
export interface ResponseOp__Output {
  'responseRange'?: (_magnetar_v1_RangeResponse__Output | null);
  'responsePut'?: (_magnetar_v1_PutResponse__Output | null);
  'responseDelete'?: (_magnetar_v1_DeleteResponse__Output | null);
  'response'?: "responseRange"|"responsePut"|"responseDelete";
}
