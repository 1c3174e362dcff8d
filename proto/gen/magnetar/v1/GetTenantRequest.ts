// Original file: proto/admin.proto


export interface GetTenantRequest {
  /**
   * The tenant's name.
   */
  'name'?: (string);
}

export interface GetTenantRequest__Output {
  /**
   * The tenant's name.
   */
  'name': (string);
}
