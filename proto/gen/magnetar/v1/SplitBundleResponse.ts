// Original file: proto/admin.proto


export interface SplitBundleResponse {
  /**
   * The two new bundles, in hash order.
   */
  'bundles'?: (string)[];
}

export interface SplitBundleResponse__Output {
  /**
   * The two new bundles, in hash order.
   */
  'bundles': (string)[];
}
