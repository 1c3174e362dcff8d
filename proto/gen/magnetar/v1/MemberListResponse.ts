// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from '../../magnetar/v1/RaftMember.js';

export interface MemberListResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * Every member, voters and learners, in id order.
   */
  'members'?: (_magnetar_v1_RaftMember)[];
}

export interface MemberListResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * Every member, voters and learners, in id order.
   */
  'members': (_magnetar_v1_RaftMember__Output)[];
}
