// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from '../../magnetar/v1/RaftMember.js';

export interface MemberRemoveResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The configuration after the change, in id order.
   */
  'members'?: (_magnetar_v1_RaftMember)[];
}

export interface MemberRemoveResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The configuration after the change, in id order.
   */
  'members': (_magnetar_v1_RaftMember__Output)[];
}
