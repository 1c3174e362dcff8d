// Original file: proto/admin.proto


export interface SplitBundleRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
  /**
   * "0x<lower>_0x<upper>".
   */
  'bundle'?: (string);
  /**
   * True: unload both halves after the split, so the next lookups can spread them over brokers.
   */
  'unload'?: (boolean);
}

export interface SplitBundleRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
  /**
   * "0x<lower>_0x<upper>".
   */
  'bundle': (string);
  /**
   * True: unload both halves after the split, so the next lookups can spread them over brokers.
   */
  'unload': (boolean);
}
