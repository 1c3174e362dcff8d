// Original file: proto/admin.proto


export interface ListNamespacesResponse {
  /**
   * "tenant/namespace" names, sorted.
   */
  'namespaces'?: (string)[];
}

export interface ListNamespacesResponse__Output {
  /**
   * "tenant/namespace" names, sorted.
   */
  'namespaces': (string)[];
}
