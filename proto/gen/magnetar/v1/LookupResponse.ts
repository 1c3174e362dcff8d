// Original file: proto/messaging.proto

import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from '../../magnetar/v1/BrokerAddress.js';

export interface LookupResponse {
  /**
   * The broker to connect to (redirect false) or to ask again (redirect true).
   */
  'broker'?: (_magnetar_v1_BrokerAddress | null);
  /**
   * The bundle the topic belongs to, as "0x<lower>_0x<upper>" (8 hex digits each) of the 32-bit
   * hash range of the namespace. The hash is Murmur3 x86 32-bit, seed 0, of the full topic name
   * in UTF-8; ranges are [lower, upper), except that the last one includes 0xffffffff.
   */
  'bundle'?: (string);
  /**
   * The full, normalized topic name (persistent://tenant/namespace/local-name).
   */
  'topic'?: (string);
  /**
   * False: `broker` owns the bundle now; connect to it. True: repeat the lookup at `broker`.
   */
  'redirect'?: (boolean);
  /**
   * Only meaningful with redirect: the value to put in the next LookupRequest.authoritative.
   */
  'authoritative'?: (boolean);
}

export interface LookupResponse__Output {
  /**
   * The broker to connect to (redirect false) or to ask again (redirect true).
   */
  'broker': (_magnetar_v1_BrokerAddress__Output | null);
  /**
   * The bundle the topic belongs to, as "0x<lower>_0x<upper>" (8 hex digits each) of the 32-bit
   * hash range of the namespace. The hash is Murmur3 x86 32-bit, seed 0, of the full topic name
   * in UTF-8; ranges are [lower, upper), except that the last one includes 0xffffffff.
   */
  'bundle': (string);
  /**
   * The full, normalized topic name (persistent://tenant/namespace/local-name).
   */
  'topic': (string);
  /**
   * False: `broker` owns the bundle now; connect to it. True: repeat the lookup at `broker`.
   */
  'redirect': (boolean);
  /**
   * Only meaningful with redirect: the value to put in the next LookupRequest.authoritative.
   */
  'authoritative': (boolean);
}
