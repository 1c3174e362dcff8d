// Original file: proto/raft.proto


/**
 * One member of the metadata quorum.
 */
export interface RaftMember {
  /**
   * Stable member id, unique within the cluster and never reused for another node: 1 to 64
   * characters from [A-Za-z0-9._-]. Chosen by the operator when the member is added.
   */
  'id'?: (string);
  /**
   * host:port where the member serves both the Raft and the Metadata services.
   */
  'address'?: (string);
  /**
   * A learner receives the log and snapshots but does not vote, never campaigns and does not count
   * toward any quorum. New members join as learners, catch up, then are promoted (a CONFIG entry
   * that flips this flag) so that adding a member never weakens availability.
   */
  'learner'?: (boolean);
}

/**
 * One member of the metadata quorum.
 */
export interface RaftMember__Output {
  /**
   * Stable member id, unique within the cluster and never reused for another node: 1 to 64
   * characters from [A-Za-z0-9._-]. Chosen by the operator when the member is added.
   */
  'id': (string);
  /**
   * host:port where the member serves both the Raft and the Metadata services.
   */
  'address': (string);
  /**
   * A learner receives the log and snapshots but does not vote, never campaigns and does not count
   * toward any quorum. New members join as learners, catch up, then are promoted (a CONFIG entry
   * that flips this flag) so that adding a member never weakens availability.
   */
  'learner': (boolean);
}
