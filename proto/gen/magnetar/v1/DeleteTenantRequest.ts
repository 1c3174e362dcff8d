// Original file: proto/admin.proto


export interface DeleteTenantRequest {
  /**
   * The tenant's name.
   */
  'name'?: (string);
  /**
   * False: fail with NOT_EMPTY if the tenant has namespaces. True: delete its namespaces first,
   * with all their topics (as DeleteNamespace with force).
   */
  'force'?: (boolean);
}

export interface DeleteTenantRequest__Output {
  /**
   * The tenant's name.
   */
  'name': (string);
  /**
   * False: fail with NOT_EMPTY if the tenant has namespaces. True: delete its namespaces first,
   * with all their topics (as DeleteNamespace with force).
   */
  'force': (boolean);
}
