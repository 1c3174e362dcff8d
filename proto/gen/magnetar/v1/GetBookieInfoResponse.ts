// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface GetBookieInfoResponse {
  /**
   * The bookie's id: its key under /bookies/<id>, stable across restarts (stored in its data
   * directory).
   */
  'bookieId'?: (string);
  /**
   * Free bytes on the disk holding the bookie's data.
   */
  'freeDiskBytes'?: (number | string | Long);
  /**
   * Total bytes of that disk.
   */
  'totalDiskBytes'?: (number | string | Long);
  /**
   * Number of ledgers stored (approximate: may lag by a few seconds).
   */
  'ledgerCount'?: (number | string | Long);
  /**
   * Number of entries stored (approximate: may lag by a few seconds).
   */
  'entryCount'?: (number | string | Long);
  /**
   * True if the bookie accepts no adds (they fail with BOOKIE_READ_ONLY); reads still work.
   */
  'readOnly'?: (boolean);
  /**
   * Why it is read-only ("disk usage above 95%", "journal write failed", "draining"); "" if not.
   */
  'readOnlyReason'?: (string);
  /**
   * Magnetar version of the bookie binary (semver, e.g. "0.1.0").
   */
  'version'?: (string);
  /**
   * When the bookie process started, milliseconds since the Unix epoch.
   */
  'startedAtMs'?: (number | string | Long);
}

export interface GetBookieInfoResponse__Output {
  /**
   * The bookie's id: its key under /bookies/<id>, stable across restarts (stored in its data
   * directory).
   */
  'bookieId': (string);
  /**
   * Free bytes on the disk holding the bookie's data.
   */
  'freeDiskBytes': (number);
  /**
   * Total bytes of that disk.
   */
  'totalDiskBytes': (number);
  /**
   * Number of ledgers stored (approximate: may lag by a few seconds).
   */
  'ledgerCount': (number);
  /**
   * Number of entries stored (approximate: may lag by a few seconds).
   */
  'entryCount': (number);
  /**
   * True if the bookie accepts no adds (they fail with BOOKIE_READ_ONLY); reads still work.
   */
  'readOnly': (boolean);
  /**
   * Why it is read-only ("disk usage above 95%", "journal write failed", "draining"); "" if not.
   */
  'readOnlyReason': (string);
  /**
   * Magnetar version of the bookie binary (semver, e.g. "0.1.0").
   */
  'version': (string);
  /**
   * When the bookie process started, milliseconds since the Unix epoch.
   */
  'startedAtMs': (number);
}
