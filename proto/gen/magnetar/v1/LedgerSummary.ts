// Original file: proto/admin.proto

import type { _magnetar_v1_LedgerInfo_State, _magnetar_v1_LedgerInfo_State__Output } from '../../magnetar/v1/LedgerInfo.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One ledger of a topic, as its managed ledger records it.
 */
export interface LedgerSummary {
  /**
   * The ledger id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Entries in the ledger (for the open ledger: so far).
   */
  'entries'?: (number | string | Long);
  /**
   * Bytes of those entries (one replica).
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * The ledger's state.
   */
  'state'?: (_magnetar_v1_LedgerInfo_State);
  /**
   * When the ledger was created.
   */
  'createdAtMs'?: (number | string | Long);
}

/**
 * One ledger of a topic, as its managed ledger records it.
 */
export interface LedgerSummary__Output {
  /**
   * The ledger id.
   */
  'ledgerId': (number);
  /**
   * Entries in the ledger (for the open ledger: so far).
   */
  'entries': (number);
  /**
   * Bytes of those entries (one replica).
   */
  'sizeBytes': (number);
  /**
   * The ledger's state.
   */
  'state': (_magnetar_v1_LedgerInfo_State__Output);
  /**
   * When the ledger was created.
   */
  'createdAtMs': (number);
}
