// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

/**
 * How the receiver answers, in this order:
 * 1. Leader lease (check-quorum): unless leader_transfer is set, if it has heard from a current
 * leader within the minimum election timeout, it rejects without changing its term or vote,
 * so that a working leader is not disrupted by a member that merely lost contact.
 * 2. Pre-vote: it grants iff `term` > its current term and the candidate's log is at least as up
 * to date as its own (last_log_term greater, or equal and last_log_index >= its own last
 * index). Nothing changes and nothing is persisted.
 * 3. Vote: if `term` < its current term it rejects. If `term` > its current term it moves to
 * `term` and clears its vote (becoming a follower). It grants iff its vote is "" or
 * candidate_id and the candidate's log is at least as up to date as its own; it records the
 * vote. The new HardState is synced before the response is sent.
 * A member answers on these rules even if it is a learner in its own configuration (the candidate
 * may know a newer one that made it a voter); candidates count only votes from voters in their
 * own configuration. A learner never starts an election.
 */
export interface RequestVoteRequest {
  /**
   * Sender (the candidate) and receiver.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * For a real vote: the candidate's new term (already persisted by the candidate). For a pre-vote:
   * the term the candidate would move to (its current term + 1); the candidate has not changed its
   * own term.
   */
  'term'?: (number | string | Long);
  /**
   * The candidate's member id (equal to header.from).
   */
  'candidateId'?: (string);
  /**
   * Index of the candidate's last log entry (0 if empty).
   */
  'lastLogIndex'?: (number | string | Long);
  /**
   * Term of the candidate's last log entry (0 if empty).
   */
  'lastLogTerm'?: (number | string | Long);
  /**
   * Pre-vote phase (Raft dissertation section 9.6): the receiver answers whether it WOULD grant a
   * vote in `term`, without changing its term or vote and without persisting anything. A
   * partitioned member therefore cannot inflate the cluster's term when it rejoins.
   */
  'preVote'?: (boolean);
  /**
   * Set on elections started by TimeoutNow (leadership transfer): receivers skip the leader-lease
   * check below, because the current leader asked for this election.
   */
  'leaderTransfer'?: (boolean);
}

/**
 * How the receiver answers, in this order:
 * 1. Leader lease (check-quorum): unless leader_transfer is set, if it has heard from a current
 * leader within the minimum election timeout, it rejects without changing its term or vote,
 * so that a working leader is not disrupted by a member that merely lost contact.
 * 2. Pre-vote: it grants iff `term` > its current term and the candidate's log is at least as up
 * to date as its own (last_log_term greater, or equal and last_log_index >= its own last
 * index). Nothing changes and nothing is persisted.
 * 3. Vote: if `term` < its current term it rejects. If `term` > its current term it moves to
 * `term` and clears its vote (becoming a follower). It grants iff its vote is "" or
 * candidate_id and the candidate's log is at least as up to date as its own; it records the
 * vote. The new HardState is synced before the response is sent.
 * A member answers on these rules even if it is a learner in its own configuration (the candidate
 * may know a newer one that made it a voter); candidates count only votes from voters in their
 * own configuration. A learner never starts an election.
 */
export interface RequestVoteRequest__Output {
  /**
   * Sender (the candidate) and receiver.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * For a real vote: the candidate's new term (already persisted by the candidate). For a pre-vote:
   * the term the candidate would move to (its current term + 1); the candidate has not changed its
   * own term.
   */
  'term': (number);
  /**
   * The candidate's member id (equal to header.from).
   */
  'candidateId': (string);
  /**
   * Index of the candidate's last log entry (0 if empty).
   */
  'lastLogIndex': (number);
  /**
   * Term of the candidate's last log entry (0 if empty).
   */
  'lastLogTerm': (number);
  /**
   * Pre-vote phase (Raft dissertation section 9.6): the receiver answers whether it WOULD grant a
   * vote in `term`, without changing its term or vote and without persisting anything. A
   * partitioned member therefore cannot inflate the cluster's term when it rejoins.
   */
  'preVote': (boolean);
  /**
   * Set on elections started by TimeoutNow (leadership transfer): receivers skip the leader-lease
   * check below, because the current leader asked for this election.
   */
  'leaderTransfer': (boolean);
}
