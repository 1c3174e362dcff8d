// Original file: proto/admin.proto

import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from '../../magnetar/v1/BrokerAddress.js';

export interface BundleInfo {
  /**
   * "0x<lower>_0x<upper>", as in LookupResponse.bundle.
   */
  'bundle'?: (string);
  /**
   * The owner; absent when no broker owns the bundle.
   */
  'owner'?: (_magnetar_v1_BrokerAddress | null);
}

export interface BundleInfo__Output {
  /**
   * "0x<lower>_0x<upper>", as in LookupResponse.bundle.
   */
  'bundle': (string);
  /**
   * The owner; absent when no broker owns the bundle.
   */
  'owner': (_magnetar_v1_BrokerAddress__Output | null);
}
