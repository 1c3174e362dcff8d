// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseRevokeResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * Number of keys deleted with the lease.
   */
  'deleted'?: (number | string | Long);
}

export interface LeaseRevokeResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * Number of keys deleted with the lease.
   */
  'deleted': (number);
}
