// Original file: proto/admin.proto

import type { Policies as _magnetar_v1_Policies, Policies__Output as _magnetar_v1_Policies__Output } from '../../magnetar/v1/Policies.js';
import type { Long } from '@grpc/proto-loader';

export interface NamespaceInfo {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
  /**
   * The stored policies (absent fields = broker defaults, as stored; defaults are not filled in).
   */
  'policies'?: (_magnetar_v1_Policies | null);
  /**
   * Metadata version of the policies record, for SetPolicies' expected_version.
   */
  'version'?: (number | string | Long);
}

export interface NamespaceInfo__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
  /**
   * The stored policies (absent fields = broker defaults, as stored; defaults are not filled in).
   */
  'policies': (_magnetar_v1_Policies__Output | null);
  /**
   * Metadata version of the policies record, for SetPolicies' expected_version.
   */
  'version': (number);
}
