// Original file: proto/admin.proto

import type { BundleInfo as _magnetar_v1_BundleInfo, BundleInfo__Output as _magnetar_v1_BundleInfo__Output } from '../../magnetar/v1/BundleInfo.js';

export interface ListBundlesResponse {
  /**
   * The namespace's bundles in hash order; their ranges cover 0x00000000 to 0xffffffff.
   */
  'bundles'?: (_magnetar_v1_BundleInfo)[];
}

export interface ListBundlesResponse__Output {
  /**
   * The namespace's bundles in hash order; their ranges cover 0x00000000 to 0xffffffff.
   */
  'bundles': (_magnetar_v1_BundleInfo__Output)[];
}
