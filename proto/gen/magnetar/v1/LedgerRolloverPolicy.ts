// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

/**
 * When a topic's current ledger is closed and a new one opened; whichever limit is reached first.
 * Small ledgers let retention free space sooner; large ones cost less metadata.
 */
export interface LedgerRolloverPolicy {
  /**
   * Entries per ledger. 0 = broker default.
   */
  'maxEntries'?: (number | string | Long);
  /**
   * Ledger size, in MiB. 0 = broker default.
   */
  'maxSizeMb'?: (number);
  /**
   * Ledger age, in minutes, checked on writes. 0 = broker default.
   */
  'maxAgeMinutes'?: (number);
}

/**
 * When a topic's current ledger is closed and a new one opened; whichever limit is reached first.
 * Small ledgers let retention free space sooner; large ones cost less metadata.
 */
export interface LedgerRolloverPolicy__Output {
  /**
   * Entries per ledger. 0 = broker default.
   */
  'maxEntries': (number);
  /**
   * Ledger size, in MiB. 0 = broker default.
   */
  'maxSizeMb': (number);
  /**
   * Ledger age, in minutes, checked on writes. 0 = broker default.
   */
  'maxAgeMinutes': (number);
}
