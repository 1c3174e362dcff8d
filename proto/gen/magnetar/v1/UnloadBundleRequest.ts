// Original file: proto/admin.proto


export interface UnloadBundleRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
  /**
   * "0x<lower>_0x<upper>".
   */
  'bundle'?: (string);
}

export interface UnloadBundleRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
  /**
   * "0x<lower>_0x<upper>".
   */
  'bundle': (string);
}
