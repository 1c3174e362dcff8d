// Original file: proto/admin.proto

import type { MetadataMember as _magnetar_v1_MetadataMember, MetadataMember__Output as _magnetar_v1_MetadataMember__Output } from '../../magnetar/v1/MetadataMember.js';

export interface ListMetadataMembersResponse {
  /**
   * Every member of the configuration, by id.
   */
  'members'?: (_magnetar_v1_MetadataMember)[];
  /**
   * Id of the leader of the highest term reported; empty if none is known.
   */
  'leaderId'?: (string);
}

export interface ListMetadataMembersResponse__Output {
  /**
   * Every member of the configuration, by id.
   */
  'members': (_magnetar_v1_MetadataMember__Output)[];
  /**
   * Id of the leader of the highest term reported; empty if none is known.
   */
  'leaderId': (string);
}
