// Original file: proto/admin.proto

import type { TenantInfo as _magnetar_v1_TenantInfo, TenantInfo__Output as _magnetar_v1_TenantInfo__Output } from '../../magnetar/v1/TenantInfo.js';
import type { Long } from '@grpc/proto-loader';

export interface UpdateTenantRequest {
  /**
   * The tenant's new settings, replacing the old ones; `tenant.name` selects the tenant.
   */
  'tenant'?: (_magnetar_v1_TenantInfo | null);
  /**
   * If set, the update happens only if the tenant's version is still this (VERSION_MISMATCH
   * otherwise). Absent = overwrite whatever is there.
   */
  'expectedVersion'?: (number | string | Long);
  '_expectedVersion'?: "expectedVersion";
}

export interface UpdateTenantRequest__Output {
  /**
   * The tenant's new settings, replacing the old ones; `tenant.name` selects the tenant.
   */
  'tenant': (_magnetar_v1_TenantInfo__Output | null);
  /**
   * If set, the update happens only if the tenant's version is still this (VERSION_MISMATCH
   * otherwise). Absent = overwrite whatever is there.
   */
  'expectedVersion'?: (number);
  '_expectedVersion'?: "expectedVersion";
}
