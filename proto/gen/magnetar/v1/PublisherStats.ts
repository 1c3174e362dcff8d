// Original file: proto/admin.proto

import type { ProducerAccessMode as _magnetar_v1_ProducerAccessMode, ProducerAccessMode__Output as _magnetar_v1_ProducerAccessMode__Output } from '../../magnetar/v1/ProducerAccessMode.js';
import type { Long } from '@grpc/proto-loader';

export interface PublisherStats {
  /**
   * The producer's name.
   */
  'producerName'?: (string);
  /**
   * The client's address as the broker sees it, "ip:port".
   */
  'address'?: (string);
  /**
   * The producer's access mode.
   */
  'accessMode'?: (_magnetar_v1_ProducerAccessMode);
  /**
   * Messages per second from this producer.
   */
  'msgRateIn'?: (number | string);
  /**
   * Bytes per second from this producer.
   */
  'msgThroughputIn'?: (number | string);
  /**
   * When the producer's stream was opened.
   */
  'connectedSinceMs'?: (number | string | Long);
  /**
   * The producer's properties (ProducerOpen.properties).
   */
  'properties'?: ({[key: string]: string});
  /**
   * Whether deduplication is on for this producer.
   */
  'deduplicationEnabled'?: (boolean);
}

export interface PublisherStats__Output {
  /**
   * The producer's name.
   */
  'producerName': (string);
  /**
   * The client's address as the broker sees it, "ip:port".
   */
  'address': (string);
  /**
   * The producer's access mode.
   */
  'accessMode': (_magnetar_v1_ProducerAccessMode__Output);
  /**
   * Messages per second from this producer.
   */
  'msgRateIn': (number);
  /**
   * Bytes per second from this producer.
   */
  'msgThroughputIn': (number);
  /**
   * When the producer's stream was opened.
   */
  'connectedSinceMs': (number);
  /**
   * The producer's properties (ProducerOpen.properties).
   */
  'properties': ({[key: string]: string});
  /**
   * Whether deduplication is on for this producer.
   */
  'deduplicationEnabled': (boolean);
}
