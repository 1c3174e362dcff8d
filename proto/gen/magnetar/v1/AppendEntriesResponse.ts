// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

export interface AppendEntriesResponse {
  /**
   * Responder and original requester.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The responder's current term (after processing the request). A term greater than the
   * request's term tells the leader it is stale: it steps down.
   */
  'term'?: (number | string | Long);
  /**
   * True if the responder's log matched at prev_log_index/prev_log_term and now holds all of
   * `entries`, durably. False if the request's term was stale or the logs did not match.
   */
  'success'?: (boolean);
  /**
   * On success: the index of the last entry known to match the leader's log
   * (prev_log_index + len(entries)). 0 on failure.
   */
  'matchIndex'?: (number | string | Long);
  /**
   * On a log mismatch (success = false, term not stale), the hint for fast backtracking:
   * - if the responder's log is shorter than prev_log_index: conflict_term = 0 and
   * conflict_index = its last log index + 1;
   * - otherwise conflict_term = the term of its entry at prev_log_index and conflict_index = the
   * first index in its log holding conflict_term.
   * The leader then sets next index to (its last index holding conflict_term) + 1 if it has any
   * entry of conflict_term, else to conflict_index. 0 when not applicable.
   */
  'conflictIndex'?: (number | string | Long);
  /**
   * See conflict_index. 0 when not applicable.
   */
  'conflictTerm'?: (number | string | Long);
  /**
   * The responder's last log index, always set (diagnostics and progress tracking).
   */
  'lastLogIndex'?: (number | string | Long);
  /**
   * The request's `seq`, echoed.
   */
  'seq'?: (number | string | Long);
}

export interface AppendEntriesResponse__Output {
  /**
   * Responder and original requester.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The responder's current term (after processing the request). A term greater than the
   * request's term tells the leader it is stale: it steps down.
   */
  'term': (number);
  /**
   * True if the responder's log matched at prev_log_index/prev_log_term and now holds all of
   * `entries`, durably. False if the request's term was stale or the logs did not match.
   */
  'success': (boolean);
  /**
   * On success: the index of the last entry known to match the leader's log
   * (prev_log_index + len(entries)). 0 on failure.
   */
  'matchIndex': (number);
  /**
   * On a log mismatch (success = false, term not stale), the hint for fast backtracking:
   * - if the responder's log is shorter than prev_log_index: conflict_term = 0 and
   * conflict_index = its last log index + 1;
   * - otherwise conflict_term = the term of its entry at prev_log_index and conflict_index = the
   * first index in its log holding conflict_term.
   * The leader then sets next index to (its last index holding conflict_term) + 1 if it has any
   * entry of conflict_term, else to conflict_index. 0 when not applicable.
   */
  'conflictIndex': (number);
  /**
   * See conflict_index. 0 when not applicable.
   */
  'conflictTerm': (number);
  /**
   * The responder's last log index, always set (diagnostics and progress tracking).
   */
  'lastLogIndex': (number);
  /**
   * The request's `seq`, echoed.
   */
  'seq': (number);
}
