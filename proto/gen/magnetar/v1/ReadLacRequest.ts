// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadLacRequest {
  /**
   * Ledger, >= 0.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Fence the ledger first, durably, with the same contract as ReadEntryRequest.fence (creates an
   * unknown ledger empty and fenced). Ledger recovery starts by sending this to every bookie of the
   * last ensemble.
   */
  'fence'?: (boolean);
  /**
   * Required when fence is true: must equal the stored key (PERMISSION_DENIED otherwise). Ignored
   * otherwise.
   */
  'masterKey'?: (Buffer | Uint8Array | string);
}

export interface ReadLacRequest__Output {
  /**
   * Ledger, >= 0.
   */
  'ledgerId': (number);
  /**
   * Fence the ledger first, durably, with the same contract as ReadEntryRequest.fence (creates an
   * unknown ledger empty and fenced). Ledger recovery starts by sending this to every bookie of the
   * last ensemble.
   */
  'fence': (boolean);
  /**
   * Required when fence is true: must equal the stored key (PERMISSION_DENIED otherwise). Ignored
   * otherwise.
   */
  'masterKey': (Buffer);
}
