// Original file: proto/raft.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The Raft state a member must persist, synced to disk before sending any message (or returning
 * any response) that depends on it: a vote must be durable before the vote is granted, a term
 * before any message of that term is sent.
 */
export interface HardState {
  /**
   * Latest term this member has seen. Starts at 0; never decreases, on disk or in memory.
   */
  'term'?: (number | string | Long);
  /**
   * Member id this member voted for in `term`; "" = no vote cast in `term`. Reset to "" whenever
   * `term` increases.
   */
  'vote'?: (string);
  /**
   * Highest log index known to be committed. It is only an optimisation after restart (it can be
   * relearned from the leader), so it need not be synced before sending, but the stored value must
   * never go backwards and never exceed the last durably stored log index.
   */
  'commit'?: (number | string | Long);
}

/**
 * The Raft state a member must persist, synced to disk before sending any message (or returning
 * any response) that depends on it: a vote must be durable before the vote is granted, a term
 * before any message of that term is sent.
 */
export interface HardState__Output {
  /**
   * Latest term this member has seen. Starts at 0; never decreases, on disk or in memory.
   */
  'term': (number);
  /**
   * Member id this member voted for in `term`; "" = no vote cast in `term`. Reset to "" whenever
   * `term` increases.
   */
  'vote': (string);
  /**
   * Highest log index known to be committed. It is only an optimisation after restart (it can be
   * relearned from the leader), so it need not be synced before sending, but the stored value must
   * never go backwards and never exceed the last durably stored log index.
   */
  'commit': (number);
}
