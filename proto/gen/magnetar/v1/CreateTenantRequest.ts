// Original file: proto/admin.proto

import type { TenantInfo as _magnetar_v1_TenantInfo, TenantInfo__Output as _magnetar_v1_TenantInfo__Output } from '../../magnetar/v1/TenantInfo.js';

export interface CreateTenantRequest {
  /**
   * The tenant to create (version ignored).
   */
  'tenant'?: (_magnetar_v1_TenantInfo | null);
}

export interface CreateTenantRequest__Output {
  /**
   * The tenant to create (version ignored).
   */
  'tenant': (_magnetar_v1_TenantInfo__Output | null);
}
