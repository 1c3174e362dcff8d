// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseListResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * Ids of all live leases, ascending.
   */
  'ids'?: (number | string | Long)[];
}

export interface LeaseListResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * Ids of all live leases, ascending.
   */
  'ids': (number)[];
}
