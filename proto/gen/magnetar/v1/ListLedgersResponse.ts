// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ListLedgersResponse {
  /**
   * Ascending ledger ids, continuing after the previous message; at most 10,000 per message.
   */
  'ledgerIds'?: (number | string | Long)[];
}

export interface ListLedgersResponse__Output {
  /**
   * Ascending ledger ids, continuing after the previous message; at most 10,000 per message.
   */
  'ledgerIds': (number)[];
}
