// Original file: proto/common.proto

/**
 * Stable error codes. Names and numbers never change once released; new codes are appended.
 * Each code has one gRPC status and one "retriable" flag, defined in common/errors.ts.
 */
export const ErrorCode = {
  /**
   * Not set; never sent by a server.
   */
  ERROR_CODE_UNSPECIFIED: 'ERROR_CODE_UNSPECIFIED',
  /**
   * A bug or an unexpected failure inside the server. Not retriable.
   */
  INTERNAL: 'INTERNAL',
  /**
   * The request is malformed or a value is out of range; the message says which field and what is
   * allowed. Not retriable: the same request fails again.
   */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /**
   * The deadline passed before the outcome was known: the operation may or may not have happened.
   */
  TIMEOUT: 'TIMEOUT',
  /**
   * The server cannot serve right now (starting, stopping, lost its quorum). Retry, maybe elsewhere.
   */
  UNAVAILABLE: 'UNAVAILABLE',
  /**
   * The operation was cancelled by the caller.
   */
  CANCELLED: 'CANCELLED',
  /**
   * The server does not implement this operation.
   */
  UNIMPLEMENTED: 'UNIMPLEMENTED',
  /**
   * Generic "does not exist" when no more specific code below applies.
   */
  NOT_FOUND: 'NOT_FOUND',
  /**
   * The thing to create already exists.
   */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /**
   * The caller is not allowed to do this.
   */
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  /**
   * A server limit was reached (too many in flight, queue full); retry later.
   */
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  /**
   * --- metadata quorum ---
   * This member is not the Raft leader; the `magnetar-error-hint` trailer (when known) names the
   * leader's member id (its address is in Status.members).
   */
  NOT_LEADER: 'NOT_LEADER',
  /**
   * A compare-and-set found another version than the expected one.
   */
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  /**
   * The lease does not exist (expired or revoked).
   */
  LEASE_NOT_FOUND: 'LEASE_NOT_FOUND',
  /**
   * The requested revision was compacted away; restart the watch from a newer revision.
   */
  COMPACTED: 'COMPACTED',
  /**
   * The key does not exist.
   */
  KEY_NOT_FOUND: 'KEY_NOT_FOUND',
  /**
   * --- bookies and ledgers ---
   * The ledger was fenced by a recovering reader: this writer must stop. Outcome of the add that got
   * it is unknown: treat it like a timeout.
   */
  LEDGER_FENCED: 'LEDGER_FENCED',
  /**
   * The ledger is closed; no more entries can be added.
   */
  LEDGER_CLOSED: 'LEDGER_CLOSED',
  LEDGER_NOT_FOUND: 'LEDGER_NOT_FOUND',
  ENTRY_NOT_FOUND: 'ENTRY_NOT_FOUND',
  /**
   * Stored data failed its CRC32C check; the entry is never returned as data.
   */
  CHECKSUM_MISMATCH: 'CHECKSUM_MISMATCH',
  /**
   * Fewer live bookies than the ensemble size asked for.
   */
  NOT_ENOUGH_BOOKIES: 'NOT_ENOUGH_BOOKIES',
  /**
   * The bookie is read-only (disk full or shutting down).
   */
  BOOKIE_READ_ONLY: 'BOOKIE_READ_ONLY',
  /**
   * --- brokers and topics ---
   * This broker does not own the topic (any more): look the topic up again and retry there.
   */
  TOPIC_NOT_OWNED: 'TOPIC_NOT_OWNED',
  TOPIC_NOT_FOUND: 'TOPIC_NOT_FOUND',
  TENANT_NOT_FOUND: 'TENANT_NOT_FOUND',
  NAMESPACE_NOT_FOUND: 'NAMESPACE_NOT_FOUND',
  SUBSCRIPTION_NOT_FOUND: 'SUBSCRIPTION_NOT_FOUND',
  /**
   * Another producer with the same name is connected to the topic.
   */
  PRODUCER_BUSY: 'PRODUCER_BUSY',
  /**
   * The producer was replaced or the topic was taken over; create a new producer.
   */
  PRODUCER_FENCED: 'PRODUCER_FENCED',
  /**
   * An Exclusive subscription already has a consumer, or the subscription type does not match.
   */
  CONSUMER_BUSY: 'CONSUMER_BUSY',
  /**
   * A message or batch is larger than the limit (5 MiB by default).
   */
  MESSAGE_TOO_LARGE: 'MESSAGE_TOO_LARGE',
  /**
   * Too many publishes are pending on this producer or topic.
   */
  PRODUCER_QUEUE_FULL: 'PRODUCER_QUEUE_FULL',
  /**
   * The topic's backlog quota is exceeded and its policy is to reject producers.
   */
  BACKLOG_QUOTA_EXCEEDED: 'BACKLOG_QUOTA_EXCEEDED',
  /**
   * The namespace or tenant is not empty and cannot be deleted.
   */
  NOT_EMPTY: 'NOT_EMPTY',
  /**
   * The message id does not belong to the topic or was never delivered on this stream.
   */
  INVALID_MESSAGE_ID: 'INVALID_MESSAGE_ID',
  /**
   * The topic was terminated by an admin: no more messages can be published to it.
   */
  TOPIC_TERMINATED: 'TOPIC_TERMINATED',
} as const;

/**
 * Stable error codes. Names and numbers never change once released; new codes are appended.
 * Each code has one gRPC status and one "retriable" flag, defined in common/errors.ts.
 */
export type ErrorCode =
  /**
   * Not set; never sent by a server.
   */
  | 'ERROR_CODE_UNSPECIFIED'
  | 0
  /**
   * A bug or an unexpected failure inside the server. Not retriable.
   */
  | 'INTERNAL'
  | 1
  /**
   * The request is malformed or a value is out of range; the message says which field and what is
   * allowed. Not retriable: the same request fails again.
   */
  | 'INVALID_ARGUMENT'
  | 2
  /**
   * The deadline passed before the outcome was known: the operation may or may not have happened.
   */
  | 'TIMEOUT'
  | 3
  /**
   * The server cannot serve right now (starting, stopping, lost its quorum). Retry, maybe elsewhere.
   */
  | 'UNAVAILABLE'
  | 4
  /**
   * The operation was cancelled by the caller.
   */
  | 'CANCELLED'
  | 5
  /**
   * The server does not implement this operation.
   */
  | 'UNIMPLEMENTED'
  | 6
  /**
   * Generic "does not exist" when no more specific code below applies.
   */
  | 'NOT_FOUND'
  | 7
  /**
   * The thing to create already exists.
   */
  | 'ALREADY_EXISTS'
  | 8
  /**
   * The caller is not allowed to do this.
   */
  | 'PERMISSION_DENIED'
  | 9
  /**
   * A server limit was reached (too many in flight, queue full); retry later.
   */
  | 'RESOURCE_EXHAUSTED'
  | 10
  /**
   * --- metadata quorum ---
   * This member is not the Raft leader; the `magnetar-error-hint` trailer (when known) names the
   * leader's member id (its address is in Status.members).
   */
  | 'NOT_LEADER'
  | 20
  /**
   * A compare-and-set found another version than the expected one.
   */
  | 'VERSION_MISMATCH'
  | 21
  /**
   * The lease does not exist (expired or revoked).
   */
  | 'LEASE_NOT_FOUND'
  | 22
  /**
   * The requested revision was compacted away; restart the watch from a newer revision.
   */
  | 'COMPACTED'
  | 23
  /**
   * The key does not exist.
   */
  | 'KEY_NOT_FOUND'
  | 24
  /**
   * --- bookies and ledgers ---
   * The ledger was fenced by a recovering reader: this writer must stop. Outcome of the add that got
   * it is unknown: treat it like a timeout.
   */
  | 'LEDGER_FENCED'
  | 40
  /**
   * The ledger is closed; no more entries can be added.
   */
  | 'LEDGER_CLOSED'
  | 41
  | 'LEDGER_NOT_FOUND'
  | 42
  | 'ENTRY_NOT_FOUND'
  | 43
  /**
   * Stored data failed its CRC32C check; the entry is never returned as data.
   */
  | 'CHECKSUM_MISMATCH'
  | 44
  /**
   * Fewer live bookies than the ensemble size asked for.
   */
  | 'NOT_ENOUGH_BOOKIES'
  | 45
  /**
   * The bookie is read-only (disk full or shutting down).
   */
  | 'BOOKIE_READ_ONLY'
  | 46
  /**
   * --- brokers and topics ---
   * This broker does not own the topic (any more): look the topic up again and retry there.
   */
  | 'TOPIC_NOT_OWNED'
  | 60
  | 'TOPIC_NOT_FOUND'
  | 61
  | 'TENANT_NOT_FOUND'
  | 62
  | 'NAMESPACE_NOT_FOUND'
  | 63
  | 'SUBSCRIPTION_NOT_FOUND'
  | 64
  /**
   * Another producer with the same name is connected to the topic.
   */
  | 'PRODUCER_BUSY'
  | 65
  /**
   * The producer was replaced or the topic was taken over; create a new producer.
   */
  | 'PRODUCER_FENCED'
  | 66
  /**
   * An Exclusive subscription already has a consumer, or the subscription type does not match.
   */
  | 'CONSUMER_BUSY'
  | 67
  /**
   * A message or batch is larger than the limit (5 MiB by default).
   */
  | 'MESSAGE_TOO_LARGE'
  | 68
  /**
   * Too many publishes are pending on this producer or topic.
   */
  | 'PRODUCER_QUEUE_FULL'
  | 69
  /**
   * The topic's backlog quota is exceeded and its policy is to reject producers.
   */
  | 'BACKLOG_QUOTA_EXCEEDED'
  | 70
  /**
   * The namespace or tenant is not empty and cannot be deleted.
   */
  | 'NOT_EMPTY'
  | 71
  /**
   * The message id does not belong to the topic or was never delivered on this stream.
   */
  | 'INVALID_MESSAGE_ID'
  | 72
  /**
   * The topic was terminated by an admin: no more messages can be published to it.
   */
  | 'TOPIC_TERMINATED'
  | 73

/**
 * Stable error codes. Names and numbers never change once released; new codes are appended.
 * Each code has one gRPC status and one "retriable" flag, defined in common/errors.ts.
 */
export type ErrorCode__Output = typeof ErrorCode[keyof typeof ErrorCode]
