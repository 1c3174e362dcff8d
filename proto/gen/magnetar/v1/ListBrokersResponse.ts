// Original file: proto/admin.proto

import type { BrokerSummary as _magnetar_v1_BrokerSummary, BrokerSummary__Output as _magnetar_v1_BrokerSummary__Output } from '../../magnetar/v1/BrokerSummary.js';

export interface ListBrokersResponse {
  /**
   * Live brokers, by id.
   */
  'brokers'?: (_magnetar_v1_BrokerSummary)[];
}

export interface ListBrokersResponse__Output {
  /**
   * Live brokers, by id.
   */
  'brokers': (_magnetar_v1_BrokerSummary__Output)[];
}
