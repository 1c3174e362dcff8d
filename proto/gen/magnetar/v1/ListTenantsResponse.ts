// Original file: proto/admin.proto


export interface ListTenantsResponse {
  /**
   * All tenant names, sorted.
   */
  'tenants'?: (string)[];
}

export interface ListTenantsResponse__Output {
  /**
   * All tenant names, sorted.
   */
  'tenants': (string)[];
}
