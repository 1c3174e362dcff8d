// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';

export interface MoveLeaderResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
}

export interface MoveLeaderResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
}
