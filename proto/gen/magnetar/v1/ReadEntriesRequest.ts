// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadEntriesRequest {
  /**
   * Ledger to read, >= 0.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * First entry to return, >= 0.
   */
  'firstEntryId'?: (number | string | Long);
  /**
   * Last entry to return (inclusive), >= first_entry_id. Readers normally stop at the LAC they
   * know; the bookie does not enforce it.
   */
  'lastEntryId'?: (number | string | Long);
  /**
   * Stop once the bodies sent add up to at least this many bytes; at least one entry is always
   * sent. 0 = the bookie's cap (setting, default 64 MiB per call), which also bounds larger values.
   */
  'maxBytes'?: (number | string | Long);
}

export interface ReadEntriesRequest__Output {
  /**
   * Ledger to read, >= 0.
   */
  'ledgerId': (number);
  /**
   * First entry to return, >= 0.
   */
  'firstEntryId': (number);
  /**
   * Last entry to return (inclusive), >= first_entry_id. Readers normally stop at the LAC they
   * know; the bookie does not enforce it.
   */
  'lastEntryId': (number);
  /**
   * Stop once the bodies sent add up to at least this many bytes; at least one entry is always
   * sent. 0 = the bookie's cap (setting, default 64 MiB per call), which also bounds larger values.
   */
  'maxBytes': (number);
}
