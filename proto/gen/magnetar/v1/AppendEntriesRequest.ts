// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { LogEntry as _magnetar_v1_LogEntry, LogEntry__Output as _magnetar_v1_LogEntry__Output } from '../../magnetar/v1/LogEntry.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Log matching: the receiver accepts `entries` only if its log holds an entry at prev_log_index
 * with term prev_log_term. A log compacted (snapshotted) at or past prev_log_index counts as
 * matching there, because committed entries are identical on every member. Entries already present
 * with the same index and term are kept; the first conflicting entry (same index, other term) and
 * everything after it are truncated before appending (never a committed entry: that would be an
 * invariant violation). Entries, and HardState if the term changed, are synced before answering.
 */
export interface AppendEntriesRequest {
  /**
   * Sender (the leader) and receiver.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The leader's current term.
   */
  'term'?: (number | string | Long);
  /**
   * The leader's member id (equal to header.from); followers remember it to redirect clients.
   */
  'leaderId'?: (string);
  /**
   * Index of the entry immediately before `entries` (or, for a heartbeat, the leader's idea of the
   * follower's last matching index). 0 = the start of the log.
   */
  'prevLogIndex'?: (number | string | Long);
  /**
   * Term of the entry at prev_log_index; 0 when prev_log_index is 0.
   */
  'prevLogTerm'?: (number | string | Long);
  /**
   * Entries to append, consecutive indexes starting at prev_log_index + 1; empty for a heartbeat.
   * The leader caps one request at about 1 MiB of entry data (server setting) except that a single
   * larger entry is sent alone.
   */
  'entries'?: (_magnetar_v1_LogEntry)[];
  /**
   * The leader's commit index. The receiver sets its commit index to
   * min(leader_commit, index of the last entry it verified to match the leader's log).
   */
  'leaderCommit'?: (number | string | Long);
  /**
   * Per-term sequence number the leader stamps on every AppendEntries it sends (strictly
   * increasing, across all followers), echoed in the response. The leader uses it to tell which
   * heartbeat round a response acknowledges: a read index requested when the counter was S is
   * confirmed once a quorum answered a request with seq >= S in the same term.
   */
  'seq'?: (number | string | Long);
}

/**
 * Log matching: the receiver accepts `entries` only if its log holds an entry at prev_log_index
 * with term prev_log_term. A log compacted (snapshotted) at or past prev_log_index counts as
 * matching there, because committed entries are identical on every member. Entries already present
 * with the same index and term are kept; the first conflicting entry (same index, other term) and
 * everything after it are truncated before appending (never a committed entry: that would be an
 * invariant violation). Entries, and HardState if the term changed, are synced before answering.
 */
export interface AppendEntriesRequest__Output {
  /**
   * Sender (the leader) and receiver.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The leader's current term.
   */
  'term': (number);
  /**
   * The leader's member id (equal to header.from); followers remember it to redirect clients.
   */
  'leaderId': (string);
  /**
   * Index of the entry immediately before `entries` (or, for a heartbeat, the leader's idea of the
   * follower's last matching index). 0 = the start of the log.
   */
  'prevLogIndex': (number);
  /**
   * Term of the entry at prev_log_index; 0 when prev_log_index is 0.
   */
  'prevLogTerm': (number);
  /**
   * Entries to append, consecutive indexes starting at prev_log_index + 1; empty for a heartbeat.
   * The leader caps one request at about 1 MiB of entry data (server setting) except that a single
   * larger entry is sent alone.
   */
  'entries': (_magnetar_v1_LogEntry__Output)[];
  /**
   * The leader's commit index. The receiver sets its commit index to
   * min(leader_commit, index of the last entry it verified to match the leader's log).
   */
  'leaderCommit': (number);
  /**
   * Per-term sequence number the leader stamps on every AppendEntries it sends (strictly
   * increasing, across all followers), echoed in the response. The leader uses it to tell which
   * heartbeat round a response acknowledges: a read index requested when the counter was S is
   * confirmed once a quorum answered a request with seq >= S in the same term.
   */
  'seq': (number);
}
