// Original file: proto/bookie.proto

import type { LedgerEntry as _magnetar_v1_LedgerEntry, LedgerEntry__Output as _magnetar_v1_LedgerEntry__Output } from '../../magnetar/v1/LedgerEntry.js';
import type { Long } from '@grpc/proto-loader';

export interface ReadEntryResponse {
  /**
   * The request's ledger_id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * The entry. Always present on success without long poll. With long poll it is absent when the
   * wait timed out or the entry is not stored here (read it from another bookie, or poll again).
   */
  'entry'?: (_magnetar_v1_LedgerEntry | null);
  /**
   * This bookie's last-add-confirmed for the ledger (highest value piggybacked on any add it
   * stored), -1 if none. On a long poll that timed out it is still <= previous_lac.
   */
  'lastAddConfirmed'?: (number | string | Long);
  /**
   * Whether the ledger is fenced on this bookie (always true after a fencing read).
   */
  'fenced'?: (boolean);
}

export interface ReadEntryResponse__Output {
  /**
   * The request's ledger_id.
   */
  'ledgerId': (number);
  /**
   * The entry. Always present on success without long poll. With long poll it is absent when the
   * wait timed out or the entry is not stored here (read it from another bookie, or poll again).
   */
  'entry': (_magnetar_v1_LedgerEntry__Output | null);
  /**
   * This bookie's last-add-confirmed for the ledger (highest value piggybacked on any add it
   * stored), -1 if none. On a long poll that timed out it is still <= previous_lac.
   */
  'lastAddConfirmed': (number);
  /**
   * Whether the ledger is fenced on this bookie (always true after a fencing read).
   */
  'fenced': (boolean);
}
