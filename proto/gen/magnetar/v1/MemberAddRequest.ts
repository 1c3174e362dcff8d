// Original file: proto/metadata.proto

import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from '../../magnetar/v1/RaftMember.js';

export interface MemberAddRequest {
  /**
   * The new member: a fresh id (never used in this cluster), its address, and learner (true
   * recommended).
   */
  'member'?: (_magnetar_v1_RaftMember | null);
}

export interface MemberAddRequest__Output {
  /**
   * The new member: a fresh id (never used in this cluster), its address, and learner (true
   * recommended).
   */
  'member': (_magnetar_v1_RaftMember__Output | null);
}
