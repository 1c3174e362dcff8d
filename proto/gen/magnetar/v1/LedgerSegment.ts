// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface LedgerSegment {
  /**
   * First entry written to this ensemble.
   */
  'firstEntryId'?: (number | string | Long);
  /**
   * Bookie ids of the ensemble, E of them, in ensemble order (entry e goes to the W bookies
   * starting at index e mod E).
   */
  'bookies'?: (string)[];
}

export interface LedgerSegment__Output {
  /**
   * First entry written to this ensemble.
   */
  'firstEntryId': (number);
  /**
   * Bookie ids of the ensemble, E of them, in ensemble order (entry e goes to the W bookies
   * starting at index e mod E).
   */
  'bookies': (string)[];
}
