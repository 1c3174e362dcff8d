// Original file: proto/admin.proto


export interface ListTopicsRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
}

export interface ListTopicsRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
}
