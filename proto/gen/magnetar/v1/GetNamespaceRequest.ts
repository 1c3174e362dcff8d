// Original file: proto/admin.proto


export interface GetNamespaceRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
}

export interface GetNamespaceRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
}
