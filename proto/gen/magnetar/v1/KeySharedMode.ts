// Original file: proto/messaging.proto

/**
 * How Key_Shared assigns key hashes to consumers. Zero is AUTO_SPLIT, Pulsar's default, which
 * needs no configuration.
 */
export const KeySharedMode = {
  /**
   * The broker splits the hash range among the connected consumers and rebalances as they come
   * and go.
   */
  KEY_SHARED_MODE_AUTO_SPLIT: 'KEY_SHARED_MODE_AUTO_SPLIT',
  /**
   * Each consumer states its ranges (KeySharedOptions.ranges); overlapping another consumer's
   * ranges fails the subscribe with CONSUMER_BUSY. Hashes no consumer covers are not delivered.
   */
  KEY_SHARED_MODE_STICKY: 'KEY_SHARED_MODE_STICKY',
} as const;

/**
 * How Key_Shared assigns key hashes to consumers. Zero is AUTO_SPLIT, Pulsar's default, which
 * needs no configuration.
 */
export type KeySharedMode =
  /**
   * The broker splits the hash range among the connected consumers and rebalances as they come
   * and go.
   */
  | 'KEY_SHARED_MODE_AUTO_SPLIT'
  | 0
  /**
   * Each consumer states its ranges (KeySharedOptions.ranges); overlapping another consumer's
   * ranges fails the subscribe with CONSUMER_BUSY. Hashes no consumer covers are not delivered.
   */
  | 'KEY_SHARED_MODE_STICKY'
  | 1

/**
 * How Key_Shared assigns key hashes to consumers. Zero is AUTO_SPLIT, Pulsar's default, which
 * needs no configuration.
 */
export type KeySharedMode__Output = typeof KeySharedMode[keyof typeof KeySharedMode]
