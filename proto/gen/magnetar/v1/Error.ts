// Original file: proto/common.proto

import type { ErrorCode as _magnetar_v1_ErrorCode, ErrorCode__Output as _magnetar_v1_ErrorCode__Output } from '../../magnetar/v1/ErrorCode.js';

/**
 * An error attached to one item of a stream that continues.
 */
export interface Error {
  'code'?: (_magnetar_v1_ErrorCode);
  /**
   * Human-readable: what was wrong and what is allowed.
   */
  'message'?: (string);
}

/**
 * An error attached to one item of a stream that continues.
 */
export interface Error__Output {
  'code': (_magnetar_v1_ErrorCode__Output);
  /**
   * Human-readable: what was wrong and what is allowed.
   */
  'message': (string);
}
