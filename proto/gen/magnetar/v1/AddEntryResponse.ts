// Original file: proto/bookie.proto

import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The outcome of one add.
 */
export interface AddEntryResponse {
  /**
   * The request_id of the add this answers.
   */
  'requestId'?: (number | string | Long);
  /**
   * The add's ledger_id.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * The add's entry_id.
   */
  'entryId'?: (number | string | Long);
  /**
   * Absent (or code ERROR_CODE_UNSPECIFIED) = success: the entry is durably stored on this bookie.
   * Otherwise why the add failed; see the AddEntry RPC for the codes. LEDGER_FENCED is always
   * reported with that code, never folded into another.
   */
  'error'?: (_magnetar_v1_Error | null);
}

/**
 * The outcome of one add.
 */
export interface AddEntryResponse__Output {
  /**
   * The request_id of the add this answers.
   */
  'requestId': (number);
  /**
   * The add's ledger_id.
   */
  'ledgerId': (number);
  /**
   * The add's entry_id.
   */
  'entryId': (number);
  /**
   * Absent (or code ERROR_CODE_UNSPECIFIED) = success: the entry is durably stored on this bookie.
   * Otherwise why the add failed; see the AddEntry RPC for the codes. LEDGER_FENCED is always
   * reported with that code, never folded into another.
   */
  'error': (_magnetar_v1_Error__Output | null);
}
