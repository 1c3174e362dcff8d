// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface GetLedgerRequest {
  /**
   * The ledger id, >= 0.
   */
  'ledgerId'?: (number | string | Long);
}

export interface GetLedgerRequest__Output {
  /**
   * The ledger id, >= 0.
   */
  'ledgerId': (number);
}
