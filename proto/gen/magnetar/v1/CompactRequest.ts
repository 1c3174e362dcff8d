// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

export interface CompactRequest {
  /**
   * Compact revision: versions superseded before it are discarded. 1 <= revision <= current.
   */
  'revision'?: (number | string | Long);
}

export interface CompactRequest__Output {
  /**
   * Compact revision: versions superseded before it are discarded. 1 <= revision <= current.
   */
  'revision': (number);
}
