// Original file: proto/raft.proto


/**
 * Identifies sender and receiver of every peer request and response, so that a member reached at a
 * stale or wrong address, or a member of another cluster, is detected instead of obeyed.
 */
export interface PeerHeader {
  /**
   * The cluster id every member was configured (or bootstrapped) with. A receiver rejects a
   * request whose cluster_id differs from its own with PERMISSION_DENIED. Never empty.
   */
  'clusterId'?: (string);
  /**
   * Member id of the sender (for responses: the responder). Never empty.
   */
  'from'?: (string);
  /**
   * Member id of the intended receiver (for responses: the original requester). A receiver
   * rejects a request whose `to` is not its own id with PERMISSION_DENIED. Never empty.
   * 
   * A receiver does NOT reject a `from` that is missing from its own configuration: the sender may
   * already know a newer configuration (a member just added) than the receiver.
   */
  'to'?: (string);
}

/**
 * Identifies sender and receiver of every peer request and response, so that a member reached at a
 * stale or wrong address, or a member of another cluster, is detected instead of obeyed.
 */
export interface PeerHeader__Output {
  /**
   * The cluster id every member was configured (or bootstrapped) with. A receiver rejects a
   * request whose cluster_id differs from its own with PERMISSION_DENIED. Never empty.
   */
  'clusterId': (string);
  /**
   * Member id of the sender (for responses: the responder). Never empty.
   */
  'from': (string);
  /**
   * Member id of the intended receiver (for responses: the original requester). A receiver
   * rejects a request whose `to` is not its own id with PERMISSION_DENIED. Never empty.
   * 
   * A receiver does NOT reject a `from` that is missing from its own configuration: the sender may
   * already know a newer configuration (a member just added) than the receiver.
   */
  'to': (string);
}
