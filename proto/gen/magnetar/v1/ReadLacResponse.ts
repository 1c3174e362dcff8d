// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadLacResponse {
  /**
   * The request's ledger_id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Highest last-add-confirmed piggybacked on any add this bookie stored for the ledger; -1 if
   * none.
   */
  'lastAddConfirmed'?: (number | string | Long);
  /**
   * Whether the ledger is fenced on this bookie.
   */
  'fenced'?: (boolean);
  /**
   * Highest entry id this bookie stores for the ledger (it may hold gaps below it: it stores only
   * the entries of the write quorums it belongs to); -1 if none. Recovery reads forward from the
   * highest LAC it collected, so this is informational.
   */
  'lastEntryId'?: (number | string | Long);
}

export interface ReadLacResponse__Output {
  /**
   * The request's ledger_id.
   */
  'ledgerId': (number);
  /**
   * Highest last-add-confirmed piggybacked on any add this bookie stored for the ledger; -1 if
   * none.
   */
  'lastAddConfirmed': (number);
  /**
   * Whether the ledger is fenced on this bookie.
   */
  'fenced': (boolean);
  /**
   * Highest entry id this bookie stores for the ledger (it may hold gaps below it: it stores only
   * the entries of the write quorums it belongs to); -1 if none. Recovery reads forward from the
   * highest LAC it collected, so this is informational.
   */
  'lastEntryId': (number);
}
