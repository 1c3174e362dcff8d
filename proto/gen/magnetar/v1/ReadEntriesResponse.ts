// Original file: proto/bookie.proto

import type { LedgerEntry as _magnetar_v1_LedgerEntry, LedgerEntry__Output as _magnetar_v1_LedgerEntry__Output } from '../../magnetar/v1/LedgerEntry.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One batch of a range read. The bookie packs consecutive entries into one message up to about
 * 4 MiB; an entry larger than that travels alone.
 */
export interface ReadEntriesResponse {
  /**
   * The request's ledger_id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Consecutive entries in ascending entry id order, continuing right after the previous message.
   */
  'entries'?: (_magnetar_v1_LedgerEntry)[];
  /**
   * This bookie's last-add-confirmed for the ledger when the batch was read, -1 if none.
   */
  'lastAddConfirmed'?: (number | string | Long);
  /**
   * Whether the ledger is fenced on this bookie.
   */
  'fenced'?: (boolean);
}

/**
 * One batch of a range read. The bookie packs consecutive entries into one message up to about
 * 4 MiB; an entry larger than that travels alone.
 */
export interface ReadEntriesResponse__Output {
  /**
   * The request's ledger_id.
   */
  'ledgerId': (number);
  /**
   * Consecutive entries in ascending entry id order, continuing right after the previous message.
   */
  'entries': (_magnetar_v1_LedgerEntry__Output)[];
  /**
   * This bookie's last-add-confirmed for the ledger when the batch was read, -1 if none.
   */
  'lastAddConfirmed': (number);
  /**
   * Whether the ledger is fenced on this bookie.
   */
  'fenced': (boolean);
}
