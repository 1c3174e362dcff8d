// Original file: proto/admin.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { LedgerSummary as _magnetar_v1_LedgerSummary, LedgerSummary__Output as _magnetar_v1_LedgerSummary__Output } from '../../magnetar/v1/LedgerSummary.js';
import type { CursorInternalStats as _magnetar_v1_CursorInternalStats, CursorInternalStats__Output as _magnetar_v1_CursorInternalStats__Output } from '../../magnetar/v1/CursorInternalStats.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The managed ledger and cursors of one topic or partition, for diagnosis.
 */
export interface ManagedLedgerInternalStats {
  /**
   * Full topic name.
   */
  'topic'?: (string);
  /**
   * True when the owner answered from memory; false when answered from metadata alone (no owner),
   * in which case the fields marked "owner only" are 0 or absent.
   */
  'loaded'?: (boolean);
  /**
   * Entries appended since the topic was loaded (owner only).
   */
  'entriesAddedCounter'?: (number | string | Long);
  /**
   * Entries in all ledgers.
   */
  'numberOfEntries'?: (number | string | Long);
  /**
   * Bytes in all ledgers (one replica).
   */
  'totalSizeBytes'?: (number | string | Long);
  /**
   * The ledger being written (owner only; -1 if none).
   */
  'currentLedgerId'?: (number | string | Long);
  /**
   * Entries in the current ledger (owner only).
   */
  'currentLedgerEntries'?: (number | string | Long);
  /**
   * Bytes in the current ledger (owner only).
   */
  'currentLedgerSizeBytes'?: (number | string | Long);
  /**
   * Last entry confirmed by an ack quorum (batch_index -1); absent if none.
   */
  'lastConfirmedEntry'?: (_magnetar_v1_MessageId | null);
  /**
   * When the current ledger was created (owner only).
   */
  'lastLedgerCreatedTimeMs'?: (number | string | Long);
  /**
   * The managed ledger's state, for humans (e.g. "Opened", "ClosingLedger", "Fenced"). Not a
   * stable value: do not parse it.
   */
  'state'?: (string);
  /**
   * The ledgers, oldest first.
   */
  'ledgers'?: (_magnetar_v1_LedgerSummary)[];
  /**
   * Cursors by subscription name.
   */
  'cursors'?: ({[key: string]: _magnetar_v1_CursorInternalStats});
  /**
   * Metadata version of /managed-ledgers/<topic>.
   */
  'version'?: (number | string | Long);
}

/**
 * The managed ledger and cursors of one topic or partition, for diagnosis.
 */
export interface ManagedLedgerInternalStats__Output {
  /**
   * Full topic name.
   */
  'topic': (string);
  /**
   * True when the owner answered from memory; false when answered from metadata alone (no owner),
   * in which case the fields marked "owner only" are 0 or absent.
   */
  'loaded': (boolean);
  /**
   * Entries appended since the topic was loaded (owner only).
   */
  'entriesAddedCounter': (number);
  /**
   * Entries in all ledgers.
   */
  'numberOfEntries': (number);
  /**
   * Bytes in all ledgers (one replica).
   */
  'totalSizeBytes': (number);
  /**
   * The ledger being written (owner only; -1 if none).
   */
  'currentLedgerId': (number);
  /**
   * Entries in the current ledger (owner only).
   */
  'currentLedgerEntries': (number);
  /**
   * Bytes in the current ledger (owner only).
   */
  'currentLedgerSizeBytes': (number);
  /**
   * Last entry confirmed by an ack quorum (batch_index -1); absent if none.
   */
  'lastConfirmedEntry': (_magnetar_v1_MessageId__Output | null);
  /**
   * When the current ledger was created (owner only).
   */
  'lastLedgerCreatedTimeMs': (number);
  /**
   * The managed ledger's state, for humans (e.g. "Opened", "ClosingLedger", "Fenced"). Not a
   * stable value: do not parse it.
   */
  'state': (string);
  /**
   * The ledgers, oldest first.
   */
  'ledgers': (_magnetar_v1_LedgerSummary__Output)[];
  /**
   * Cursors by subscription name.
   */
  'cursors': ({[key: string]: _magnetar_v1_CursorInternalStats__Output});
  /**
   * Metadata version of /managed-ledgers/<topic>.
   */
  'version': (number);
}
