// Original file: proto/admin.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/admin.proto

/**
 * Whether the bookie takes new entries. Zero is UNSPECIFIED: never reported by a live bookie.
 */
export const _magnetar_v1_BookieSummary_State = {
  /**
   * Not reported.
   */
  BOOKIE_STATE_UNSPECIFIED: 'BOOKIE_STATE_UNSPECIFIED',
  /**
   * Takes new ledgers and entries.
   */
  BOOKIE_STATE_READ_WRITE: 'BOOKIE_STATE_READ_WRITE',
  /**
   * Serves reads only (disk full or shutting down); new ensembles avoid it.
   */
  BOOKIE_STATE_READ_ONLY: 'BOOKIE_STATE_READ_ONLY',
} as const;

/**
 * Whether the bookie takes new entries. Zero is UNSPECIFIED: never reported by a live bookie.
 */
export type _magnetar_v1_BookieSummary_State =
  /**
   * Not reported.
   */
  | 'BOOKIE_STATE_UNSPECIFIED'
  | 0
  /**
   * Takes new ledgers and entries.
   */
  | 'BOOKIE_STATE_READ_WRITE'
  | 1
  /**
   * Serves reads only (disk full or shutting down); new ensembles avoid it.
   */
  | 'BOOKIE_STATE_READ_ONLY'
  | 2

/**
 * Whether the bookie takes new entries. Zero is UNSPECIFIED: never reported by a live bookie.
 */
export type _magnetar_v1_BookieSummary_State__Output = typeof _magnetar_v1_BookieSummary_State[keyof typeof _magnetar_v1_BookieSummary_State]

export interface BookieSummary {
  /**
   * The bookie's id, as registered under /bookies/<id>.
   */
  'bookieId'?: (string);
  /**
   * host:port of its gRPC service.
   */
  'address'?: (string);
  /**
   * Read-write or read-only.
   */
  'state'?: (_magnetar_v1_BookieSummary_State);
  /**
   * Free disk space of its data directory, in bytes.
   */
  'freeBytes'?: (number | string | Long);
  /**
   * Total disk space of its data directory, in bytes.
   */
  'totalBytes'?: (number | string | Long);
  /**
   * Ledgers it stores entries of.
   */
  'ledgers'?: (number | string | Long);
  /**
   * When it last updated its registration.
   */
  'reportTimeMs'?: (number | string | Long);
}

export interface BookieSummary__Output {
  /**
   * The bookie's id, as registered under /bookies/<id>.
   */
  'bookieId': (string);
  /**
   * host:port of its gRPC service.
   */
  'address': (string);
  /**
   * Read-write or read-only.
   */
  'state': (_magnetar_v1_BookieSummary_State__Output);
  /**
   * Free disk space of its data directory, in bytes.
   */
  'freeBytes': (number);
  /**
   * Total disk space of its data directory, in bytes.
   */
  'totalBytes': (number);
  /**
   * Ledgers it stores entries of.
   */
  'ledgers': (number);
  /**
   * When it last updated its registration.
   */
  'reportTimeMs': (number);
}
