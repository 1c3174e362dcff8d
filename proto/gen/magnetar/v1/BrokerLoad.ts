// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A broker's last load report (written to /brokers/<id> about every few seconds).
 */
export interface BrokerLoad {
  /**
   * Topics loaded.
   */
  'topics'?: (number);
  /**
   * Bundles owned.
   */
  'bundles'?: (number);
  /**
   * Producers connected.
   */
  'producers'?: (number);
  /**
   * Consumers connected.
   */
  'consumers'?: (number);
  /**
   * Messages published per second, over its topics.
   */
  'msgRateIn'?: (number | string);
  /**
   * Messages delivered per second.
   */
  'msgRateOut'?: (number | string);
  /**
   * Bytes published per second.
   */
  'msgThroughputIn'?: (number | string);
  /**
   * Bytes delivered per second.
   */
  'msgThroughputOut'?: (number | string);
  /**
   * CPU used by the broker process, as a fraction of all the machine's cores: 0 to 1.
   */
  'cpuUsage'?: (number | string);
  /**
   * Resident memory of the broker process, in bytes.
   */
  'memoryUsedBytes'?: (number | string | Long);
  /**
   * When the report was written.
   */
  'reportTimeMs'?: (number | string | Long);
}

/**
 * A broker's last load report (written to /brokers/<id> about every few seconds).
 */
export interface BrokerLoad__Output {
  /**
   * Topics loaded.
   */
  'topics': (number);
  /**
   * Bundles owned.
   */
  'bundles': (number);
  /**
   * Producers connected.
   */
  'producers': (number);
  /**
   * Consumers connected.
   */
  'consumers': (number);
  /**
   * Messages published per second, over its topics.
   */
  'msgRateIn': (number);
  /**
   * Messages delivered per second.
   */
  'msgRateOut': (number);
  /**
   * Bytes published per second.
   */
  'msgThroughputIn': (number);
  /**
   * Bytes delivered per second.
   */
  'msgThroughputOut': (number);
  /**
   * CPU used by the broker process, as a fraction of all the machine's cores: 0 to 1.
   */
  'cpuUsage': (number);
  /**
   * Resident memory of the broker process, in bytes.
   */
  'memoryUsedBytes': (number);
  /**
   * When the report was written.
   */
  'reportTimeMs': (number);
}
