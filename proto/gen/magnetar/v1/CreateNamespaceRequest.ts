// Original file: proto/admin.proto

import type { Policies as _magnetar_v1_Policies, Policies__Output as _magnetar_v1_Policies__Output } from '../../magnetar/v1/Policies.js';

export interface CreateNamespaceRequest {
  /**
   * "tenant/namespace"; the namespace part is 1 to 64 characters of [A-Za-z0-9_.=:-].
   */
  'namespace'?: (string);
  /**
   * Initial policies. Absent = all broker defaults (16 bundles).
   */
  'policies'?: (_magnetar_v1_Policies | null);
}

export interface CreateNamespaceRequest__Output {
  /**
   * "tenant/namespace"; the namespace part is 1 to 64 characters of [A-Za-z0-9_.=:-].
   */
  'namespace': (string);
  /**
   * Initial policies. Absent = all broker defaults (16 bundles).
   */
  'policies': (_magnetar_v1_Policies__Output | null);
}
