// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Retention of acknowledged messages: a ledger whose messages are all acknowledged by every
 * subscription is deleted once keeping it would exceed either limit. Ledgers are deleted whole
 * and never the current one, so actual retention is rounded up to a ledger.
 */
export interface RetentionPolicy {
  /**
   * How long to keep acknowledged messages, in minutes. -1 = no time limit; 0 = not kept.
   */
  'retentionTimeMinutes'?: (number | string | Long);
  /**
   * How much acknowledged data to keep per topic, in MiB (1,048,576 bytes). -1 = no size limit;
   * 0 = not kept.
   */
  'retentionSizeMb'?: (number | string | Long);
}

/**
 * Retention of acknowledged messages: a ledger whose messages are all acknowledged by every
 * subscription is deleted once keeping it would exceed either limit. Ledgers are deleted whole
 * and never the current one, so actual retention is rounded up to a ledger.
 */
export interface RetentionPolicy__Output {
  /**
   * How long to keep acknowledged messages, in minutes. -1 = no time limit; 0 = not kept.
   */
  'retentionTimeMinutes': (number);
  /**
   * How much acknowledged data to keep per topic, in MiB (1,048,576 bytes). -1 = no size limit;
   * 0 = not kept.
   */
  'retentionSizeMb': (number);
}
