// Original file: proto/admin.proto

import type { Policies as _magnetar_v1_Policies, Policies__Output as _magnetar_v1_Policies__Output } from '../../magnetar/v1/Policies.js';
import type { Long } from '@grpc/proto-loader';

export interface SetPoliciesRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
  /**
   * The new policies, replacing all the old ones (`bundles` is ignored).
   */
  'policies'?: (_magnetar_v1_Policies | null);
  /**
   * If set, the write happens only if the policies' version is still this (VERSION_MISMATCH
   * otherwise). Absent = overwrite.
   */
  'expectedVersion'?: (number | string | Long);
  '_expectedVersion'?: "expectedVersion";
}

export interface SetPoliciesRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
  /**
   * The new policies, replacing all the old ones (`bundles` is ignored).
   */
  'policies': (_magnetar_v1_Policies__Output | null);
  /**
   * If set, the write happens only if the policies' version is still this (VERSION_MISMATCH
   * otherwise). Absent = overwrite.
   */
  'expectedVersion'?: (number);
  '_expectedVersion'?: "expectedVersion";
}
