// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadEntryRequest {
  /**
   * Ledger to read, >= 0.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Entry to read, >= 0 (use ReadLac for the LAC alone). Entries above the LAC may be returned if
   * stored: whether reading unconfirmed entries is safe is the reader's decision (recovery does,
   * ordinary readers do not).
   */
  'entryId'?: (number | string | Long);
  /**
   * Fence the ledger before reading: the fenced flag is made durable (journaled and synced) before
   * the read, so that once this bookie has answered a fencing read it never again acknowledges a
   * non-recovery add to the ledger, and the answer covers every add it ever acknowledged without
   * the recovery flag. Fencing an unknown ledger creates it, empty and fenced, with master_key,
   * so that a late first add from the old writer is rejected too. Idempotent.
   */
  'fence'?: (boolean);
  /**
   * Required when fence is true: must equal the ledger's stored key (PERMISSION_DENIED otherwise).
   * Ignored when fence is false.
   */
  'masterKey'?: (Buffer | Uint8Array | string);
  /**
   * Long poll for tailing readers, used only when long_poll_timeout_ms > 0: the bookie answers
   * once its LAC for the ledger is > previous_lac (at once if it already is), or the ledger gets
   * fenced, or the timeout expires, whichever comes first. -1 = no LAC seen yet.
   */
  'previousLac'?: (number | string | Long);
  /**
   * 0 (default) = no long poll: answer at once. Otherwise the longest wait in milliseconds, capped
   * at 30,000 by the bookie; keep it below the call's deadline. With long poll, an unknown
   * ledger is waited for as if its LAC were -1, and a missing entry is not an error: the response
   * then simply has no entry.
   */
  'longPollTimeoutMs'?: (number | string | Long);
}

export interface ReadEntryRequest__Output {
  /**
   * Ledger to read, >= 0.
   */
  'ledgerId': (number);
  /**
   * Entry to read, >= 0 (use ReadLac for the LAC alone). Entries above the LAC may be returned if
   * stored: whether reading unconfirmed entries is safe is the reader's decision (recovery does,
   * ordinary readers do not).
   */
  'entryId': (number);
  /**
   * Fence the ledger before reading: the fenced flag is made durable (journaled and synced) before
   * the read, so that once this bookie has answered a fencing read it never again acknowledges a
   * non-recovery add to the ledger, and the answer covers every add it ever acknowledged without
   * the recovery flag. Fencing an unknown ledger creates it, empty and fenced, with master_key,
   * so that a late first add from the old writer is rejected too. Idempotent.
   */
  'fence': (boolean);
  /**
   * Required when fence is true: must equal the ledger's stored key (PERMISSION_DENIED otherwise).
   * Ignored when fence is false.
   */
  'masterKey': (Buffer);
  /**
   * Long poll for tailing readers, used only when long_poll_timeout_ms > 0: the bookie answers
   * once its LAC for the ledger is > previous_lac (at once if it already is), or the ledger gets
   * fenced, or the timeout expires, whichever comes first. -1 = no LAC seen yet.
   */
  'previousLac': (number);
  /**
   * 0 (default) = no long poll: answer at once. Otherwise the longest wait in milliseconds, capped
   * at 30,000 by the bookie; keep it below the call's deadline. With long poll, an unknown
   * ledger is waited for as if its LAC were -1, and a missing entry is not an error: the response
   * then simply has no entry.
   */
  'longPollTimeoutMs': (number);
}
