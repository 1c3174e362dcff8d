// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A stored entry as returned by reads.
 */
export interface LedgerEntry {
  /**
   * Entry id within the ledger.
   */
  'entryId'?: (number | string | Long);
  /**
   * The body exactly as added.
   */
  'body'?: (Buffer | Uint8Array | string);
  /**
   * CRC32C of body as the writer computed it (already verified by the bookie; the reader verifies
   * again).
   */
  'crc32c'?: (number);
  /**
   * The ledger_length the writer sent with this entry (0 = not tracked).
   */
  'ledgerLength'?: (number | string | Long);
}

/**
 * A stored entry as returned by reads.
 */
export interface LedgerEntry__Output {
  /**
   * Entry id within the ledger.
   */
  'entryId': (number);
  /**
   * The body exactly as added.
   */
  'body': (Buffer);
  /**
   * CRC32C of body as the writer computed it (already verified by the bookie; the reader verifies
   * again).
   */
  'crc32c': (number);
  /**
   * The ledger_length the writer sent with this entry (0 = not tracked).
   */
  'ledgerLength': (number);
}
