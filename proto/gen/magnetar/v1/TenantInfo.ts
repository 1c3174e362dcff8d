// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface TenantInfo {
  /**
   * The tenant's name: 1 to 64 characters of [A-Za-z0-9_.=:-].
   */
  'name'?: (string);
  /**
   * Roles that may administer the tenant and its namespaces and topics. At most 256.
   */
  'adminRoles'?: (string)[];
  /**
   * Clusters the tenant's namespaces may use. Empty = every cluster. At most 256.
   */
  'allowedClusters'?: (string)[];
  /**
   * The metadata version of the tenant's record, for compare-and-set. Output only: ignored in
   * requests.
   */
  'version'?: (number | string | Long);
}

export interface TenantInfo__Output {
  /**
   * The tenant's name: 1 to 64 characters of [A-Za-z0-9_.=:-].
   */
  'name': (string);
  /**
   * Roles that may administer the tenant and its namespaces and topics. At most 256.
   */
  'adminRoles': (string)[];
  /**
   * Clusters the tenant's namespaces may use. Empty = every cluster. At most 256.
   */
  'allowedClusters': (string)[];
  /**
   * The metadata version of the tenant's record, for compare-and-set. Output only: ignored in
   * requests.
   */
  'version': (number);
}
