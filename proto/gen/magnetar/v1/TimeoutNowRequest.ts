// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The target, if it is a voter in its configuration and its term equals `term`, starts an election
 * at once: no pre-vote, term + 1, RequestVote with leader_transfer = true. The leader stops
 * accepting proposals while a transfer is in progress and resumes if no new leader appears within
 * one election timeout.
 */
export interface TimeoutNowRequest {
  /**
   * Sender (the leader) and receiver (the transfer target).
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The leader's current term. A receiver whose term differs ignores the request.
   */
  'term'?: (number | string | Long);
  /**
   * The leader's member id.
   */
  'leaderId'?: (string);
}

/**
 * The target, if it is a voter in its configuration and its term equals `term`, starts an election
 * at once: no pre-vote, term + 1, RequestVote with leader_transfer = true. The leader stops
 * accepting proposals while a transfer is in progress and resumes if no new leader appears within
 * one election timeout.
 */
export interface TimeoutNowRequest__Output {
  /**
   * Sender (the leader) and receiver (the transfer target).
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The leader's current term. A receiver whose term differs ignores the request.
   */
  'term': (number);
  /**
   * The leader's member id.
   */
  'leaderId': (string);
}
