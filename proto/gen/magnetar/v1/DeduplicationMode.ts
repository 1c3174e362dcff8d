// Original file: proto/messaging.proto

/**
 * Whether the broker deduplicates this producer's batches by sequence id. Zero defers to the
 * namespace policy, which is what applications want unless they have a reason to override it.
 */
export const DeduplicationMode = {
  /**
   * Use the namespace's deduplication policy (on when the namespace does not set it).
   */
  DEDUPLICATION_MODE_NAMESPACE_DEFAULT: 'DEDUPLICATION_MODE_NAMESPACE_DEFAULT',
  /**
   * Deduplicate: a resent batch is dropped and answered as a duplicate. Needed for exactly-once
   * publishing across reconnects and broker failover.
   */
  DEDUPLICATION_MODE_ENABLED: 'DEDUPLICATION_MODE_ENABLED',
  /**
   * Do not deduplicate: a resend after an unknown outcome may store the batch twice.
   */
  DEDUPLICATION_MODE_DISABLED: 'DEDUPLICATION_MODE_DISABLED',
} as const;

/**
 * Whether the broker deduplicates this producer's batches by sequence id. Zero defers to the
 * namespace policy, which is what applications want unless they have a reason to override it.
 */
export type DeduplicationMode =
  /**
   * Use the namespace's deduplication policy (on when the namespace does not set it).
   */
  | 'DEDUPLICATION_MODE_NAMESPACE_DEFAULT'
  | 0
  /**
   * Deduplicate: a resent batch is dropped and answered as a duplicate. Needed for exactly-once
   * publishing across reconnects and broker failover.
   */
  | 'DEDUPLICATION_MODE_ENABLED'
  | 1
  /**
   * Do not deduplicate: a resend after an unknown outcome may store the batch twice.
   */
  | 'DEDUPLICATION_MODE_DISABLED'
  | 2

/**
 * Whether the broker deduplicates this producer's batches by sequence id. Zero defers to the
 * namespace policy, which is what applications want unless they have a reason to override it.
 */
export type DeduplicationMode__Output = typeof DeduplicationMode[keyof typeof DeduplicationMode]
