// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Identifies a write for exactly-once application (see the file comment).
 * 
 * The state machine keeps, per client_id, the outcomes of writes with seq >= min_pending_seq, at
 * most the 1,024 highest seqs, and for at most 10,000 clients (those that wrote least recently are
 * forgotten first). All of this is decided from the log alone, so every member forgets the same
 * things. A retry whose outcome was forgotten fails with INVALID_ARGUMENT ("request id expired";
 * its outcome is unknown: re-read and decide). Never reuse a seq for a different request: the
 * original outcome would be returned.
 */
export interface RequestId {
  /**
   * Identifies one store client instance: 1 to 64 bytes, unique for the client's lifetime, e.g. a
   * random UUID made at start. Empty = the whole RequestId is unset (no deduplication).
   */
  'clientId'?: (string);
  /**
   * >= 1, strictly increasing per client_id for each new write; a retry reuses the original seq.
   */
  'seq'?: (number | string | Long);
  /**
   * The lowest seq of this client whose outcome the client is still waiting for (its next seq if
   * none): the state machine may forget outcomes below it. 0 = not tracked (only the 1,024 bound
   * applies).
   */
  'minPendingSeq'?: (number | string | Long);
}

/**
 * Identifies a write for exactly-once application (see the file comment).
 * 
 * The state machine keeps, per client_id, the outcomes of writes with seq >= min_pending_seq, at
 * most the 1,024 highest seqs, and for at most 10,000 clients (those that wrote least recently are
 * forgotten first). All of this is decided from the log alone, so every member forgets the same
 * things. A retry whose outcome was forgotten fails with INVALID_ARGUMENT ("request id expired";
 * its outcome is unknown: re-read and decide). Never reuse a seq for a different request: the
 * original outcome would be returned.
 */
export interface RequestId__Output {
  /**
   * Identifies one store client instance: 1 to 64 bytes, unique for the client's lifetime, e.g. a
   * random UUID made at start. Empty = the whole RequestId is unset (no deduplication).
   */
  'clientId': (string);
  /**
   * >= 1, strictly increasing per client_id for each new write; a retry reuses the original seq.
   */
  'seq': (number);
  /**
   * The lowest seq of this client whose outcome the client is still waiting for (its next seq if
   * none): the state machine may forget outcomes below it. 0 = not tracked (only the 1,024 bound
   * applies).
   */
  'minPendingSeq': (number);
}
