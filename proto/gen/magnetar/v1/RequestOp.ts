// Original file: proto/metadata.proto

import type { RangeRequest as _magnetar_v1_RangeRequest, RangeRequest__Output as _magnetar_v1_RangeRequest__Output } from '../../magnetar/v1/RangeRequest.js';
import type { PutRequest as _magnetar_v1_PutRequest, PutRequest__Output as _magnetar_v1_PutRequest__Output } from '../../magnetar/v1/PutRequest.js';
import type { DeleteRequest as _magnetar_v1_DeleteRequest, DeleteRequest__Output as _magnetar_v1_DeleteRequest__Output } from '../../magnetar/v1/DeleteRequest.js';

/**
 * One operation of a Txn branch.
 */
export interface RequestOp {
  /**
   * Read; `revision` and `serializable` must be 0/false: it reads the Txn's own state, including
   * the effects of earlier ops in the same branch.
   */
  'requestRange'?: (_magnetar_v1_RangeRequest | null);
  /**
   * Write; `expected_version` and `request_id` must be unset (use compares and the Txn's id).
   */
  'requestPut'?: (_magnetar_v1_PutRequest | null);
  /**
   * Delete; `expected_version` and `request_id` must be unset.
   */
  'requestDelete'?: (_magnetar_v1_DeleteRequest | null);
  'request'?: "requestRange"|"requestPut"|"requestDelete";
}

/**
 * One operation of a Txn branch.
 */
export interface RequestOp__Output {
  /**
   * Read; `revision` and `serializable` must be 0/false: it reads the Txn's own state, including
   * the effects of earlier ops in the same branch.
   */
  'requestRange'?: (_magnetar_v1_RangeRequest__Output | null);
  /**
   * Write; `expected_version` and `request_id` must be unset (use compares and the Txn's id).
   */
  'requestPut'?: (_magnetar_v1_PutRequest__Output | null);
  /**
   * Delete; `expected_version` and `request_id` must be unset.
   */
  'requestDelete'?: (_magnetar_v1_DeleteRequest__Output | null);
  'request'?: "requestRange"|"requestPut"|"requestDelete";
}
