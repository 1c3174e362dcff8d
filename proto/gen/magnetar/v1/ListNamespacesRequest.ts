// Original file: proto/admin.proto


export interface ListNamespacesRequest {
  /**
   * The tenant's name.
   */
  'tenant'?: (string);
}

export interface ListNamespacesRequest__Output {
  /**
   * The tenant's name.
   */
  'tenant': (string);
}
