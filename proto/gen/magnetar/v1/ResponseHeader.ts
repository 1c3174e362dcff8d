// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Sent with every response: where and when it was produced. For a request a follower forwarded to
 * the leader, the leader's header is relayed unchanged.
 */
export interface ResponseHeader {
  /**
   * Id of the member that produced the response.
   */
  'memberId'?: (string);
  /**
   * The store revision the response reflects: for reads, the revision read at; for writes, the
   * store's revision after the write (equal to the written keys' mod_revision when it wrote). For
   * a deduplicated retry: the original write's revision.
   */
  'revision'?: (number | string | Long);
  /**
   * The member's current Raft term.
   */
  'raftTerm'?: (number | string | Long);
  /**
   * The leader as this member knows it; "" if unknown (election in progress).
   */
  'leaderId'?: (string);
  /**
   * The cluster's id; a client configured for another cluster detects the mistake.
   */
  'clusterId'?: (string);
}

/**
 * Sent with every response: where and when it was produced. For a request a follower forwarded to
 * the leader, the leader's header is relayed unchanged.
 */
export interface ResponseHeader__Output {
  /**
   * Id of the member that produced the response.
   */
  'memberId': (string);
  /**
   * The store revision the response reflects: for reads, the revision read at; for writes, the
   * store's revision after the write (equal to the written keys' mod_revision when it wrote). For
   * a deduplicated retry: the original write's revision.
   */
  'revision': (number);
  /**
   * The member's current Raft term.
   */
  'raftTerm': (number);
  /**
   * The leader as this member knows it; "" if unknown (election in progress).
   */
  'leaderId': (string);
  /**
   * The cluster's id; a client configured for another cluster detects the mistake.
   */
  'clusterId': (string);
}
