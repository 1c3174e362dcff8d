// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ListLedgersRequest {
  /**
   * List ledger ids >= this (0 = from the start). Lets a caller resume an interrupted listing from
   * the last id it received + 1.
   */
  'startLedgerId'?: (number | string | Long);
}

export interface ListLedgersRequest__Output {
  /**
   * List ledger ids >= this (0 = from the start). Lets a caller resume an interrupted listing from
   * the last id it received + 1.
   */
  'startLedgerId': (number);
}
