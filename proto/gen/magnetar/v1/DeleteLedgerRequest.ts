// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface DeleteLedgerRequest {
  /**
   * Ledger to delete, >= 0.
   */
  'ledgerId'?: (number | string | Long);
}

export interface DeleteLedgerRequest__Output {
  /**
   * Ledger to delete, >= 0.
   */
  'ledgerId': (number);
}
