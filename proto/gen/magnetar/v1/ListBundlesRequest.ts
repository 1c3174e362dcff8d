// Original file: proto/admin.proto


export interface ListBundlesRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
}

export interface ListBundlesRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
}
