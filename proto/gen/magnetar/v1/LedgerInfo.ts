// Original file: proto/admin.proto

import type { LedgerSegment as _magnetar_v1_LedgerSegment, LedgerSegment__Output as _magnetar_v1_LedgerSegment__Output } from '../../magnetar/v1/LedgerSegment.js';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/admin.proto

/**
 * The ledger's life cycle. Zero is UNSPECIFIED: every stored ledger has a state.
 */
export const _magnetar_v1_LedgerInfo_State = {
  /**
   * Never stored.
   */
  LEDGER_STATE_UNSPECIFIED: 'LEDGER_STATE_UNSPECIFIED',
  /**
   * Its writer may still add entries.
   */
  LEDGER_STATE_OPEN: 'LEDGER_STATE_OPEN',
  /**
   * A new writer fenced it and is recovering its last entries; no more adds are accepted.
   */
  LEDGER_STATE_IN_RECOVERY: 'LEDGER_STATE_IN_RECOVERY',
  /**
   * Final: last_entry_id and length_bytes are fixed.
   */
  LEDGER_STATE_CLOSED: 'LEDGER_STATE_CLOSED',
} as const;

/**
 * The ledger's life cycle. Zero is UNSPECIFIED: every stored ledger has a state.
 */
export type _magnetar_v1_LedgerInfo_State =
  /**
   * Never stored.
   */
  | 'LEDGER_STATE_UNSPECIFIED'
  | 0
  /**
   * Its writer may still add entries.
   */
  | 'LEDGER_STATE_OPEN'
  | 1
  /**
   * A new writer fenced it and is recovering its last entries; no more adds are accepted.
   */
  | 'LEDGER_STATE_IN_RECOVERY'
  | 2
  /**
   * Final: last_entry_id and length_bytes are fixed.
   */
  | 'LEDGER_STATE_CLOSED'
  | 3

/**
 * The ledger's life cycle. Zero is UNSPECIFIED: every stored ledger has a state.
 */
export type _magnetar_v1_LedgerInfo_State__Output = typeof _magnetar_v1_LedgerInfo_State[keyof typeof _magnetar_v1_LedgerInfo_State]

/**
 * The metadata of one ledger (/ledgers/<id>).
 */
export interface LedgerInfo {
  /**
   * The ledger id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * E: bookies in each segment's ensemble.
   */
  'ensembleSize'?: (number);
  /**
   * W: bookies each entry is written to.
   */
  'writeQuorum'?: (number);
  /**
   * A: bookie confirmations required for an entry to be acknowledged.
   */
  'ackQuorum'?: (number);
  /**
   * Life cycle state.
   */
  'state'?: (_magnetar_v1_LedgerInfo_State);
  /**
   * Id of the last entry: final once CLOSED; -1 while OPEN or IN_RECOVERY, and for an empty
   * closed ledger.
   */
  'lastEntryId'?: (number | string | Long);
  /**
   * Total bytes of the entries (one replica): final once CLOSED; 0 before.
   */
  'lengthBytes'?: (number | string | Long);
  /**
   * The ensembles over time, by first entry: segment i holds entries from its first_entry_id up to
   * the next segment's first_entry_id - 1. The first segment starts at entry 0.
   */
  'segments'?: (_magnetar_v1_LedgerSegment)[];
  /**
   * When the ledger was created.
   */
  'createdAtMs'?: (number | string | Long);
  /**
   * Set by the ledger's creator, e.g. the topic it belongs to. At most 64 entries.
   */
  'customMetadata'?: ({[key: string]: string});
  /**
   * Metadata version of /ledgers/<id>.
   */
  'version'?: (number | string | Long);
}

/**
 * The metadata of one ledger (/ledgers/<id>).
 */
export interface LedgerInfo__Output {
  /**
   * The ledger id.
   */
  'ledgerId': (number);
  /**
   * E: bookies in each segment's ensemble.
   */
  'ensembleSize': (number);
  /**
   * W: bookies each entry is written to.
   */
  'writeQuorum': (number);
  /**
   * A: bookie confirmations required for an entry to be acknowledged.
   */
  'ackQuorum': (number);
  /**
   * Life cycle state.
   */
  'state': (_magnetar_v1_LedgerInfo_State__Output);
  /**
   * Id of the last entry: final once CLOSED; -1 while OPEN or IN_RECOVERY, and for an empty
   * closed ledger.
   */
  'lastEntryId': (number);
  /**
   * Total bytes of the entries (one replica): final once CLOSED; 0 before.
   */
  'lengthBytes': (number);
  /**
   * The ensembles over time, by first entry: segment i holds entries from its first_entry_id up to
   * the next segment's first_entry_id - 1. The first segment starts at entry 0.
   */
  'segments': (_magnetar_v1_LedgerSegment__Output)[];
  /**
   * When the ledger was created.
   */
  'createdAtMs': (number);
  /**
   * Set by the ledger's creator, e.g. the topic it belongs to. At most 64 entries.
   */
  'customMetadata': ({[key: string]: string});
  /**
   * Metadata version of /ledgers/<id>.
   */
  'version': (number);
}
