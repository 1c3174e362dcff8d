// Original file: proto/admin.proto

import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from '../../magnetar/v1/BrokerAddress.js';
import type { BrokerLoad as _magnetar_v1_BrokerLoad, BrokerLoad__Output as _magnetar_v1_BrokerLoad__Output } from '../../magnetar/v1/BrokerLoad.js';
import type { Long } from '@grpc/proto-loader';

export interface BrokerSummary {
  /**
   * Id and addresses.
   */
  'address'?: (_magnetar_v1_BrokerAddress | null);
  /**
   * Last load report; absent if it has not reported yet.
   */
  'load'?: (_magnetar_v1_BrokerLoad | null);
  /**
   * The broker's software version.
   */
  'version'?: (string);
  /**
   * When the broker process started.
   */
  'startedAtMs'?: (number | string | Long);
}

export interface BrokerSummary__Output {
  /**
   * Id and addresses.
   */
  'address': (_magnetar_v1_BrokerAddress__Output | null);
  /**
   * Last load report; absent if it has not reported yet.
   */
  'load': (_magnetar_v1_BrokerLoad__Output | null);
  /**
   * The broker's software version.
   */
  'version': (string);
  /**
   * When the broker process started.
   */
  'startedAtMs': (number);
}
