// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface LeaseKeepAliveResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The lease id from the request.
   */
  'id'?: (number | string | Long);
  /**
   * > 0: renewed; the TTL in milliseconds now remaining (the granted TTL). <= 0: the lease does not
   * exist (expired or revoked): the holder lost it.
   */
  'ttlMs'?: (number | string | Long);
}

export interface LeaseKeepAliveResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The lease id from the request.
   */
  'id': (number);
  /**
   * > 0: renewed; the TTL in milliseconds now remaining (the granted TTL). <= 0: the lease does not
   * exist (expired or revoked): the holder lost it.
   */
  'ttlMs': (number);
}
