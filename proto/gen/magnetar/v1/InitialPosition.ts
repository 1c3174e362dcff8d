// Original file: proto/messaging.proto

/**
 * Where a new subscription or reader starts. Zero is LATEST, Pulsar's default: a new subscription
 * sees only messages published after it was created.
 */
export const InitialPosition = {
  /**
   * After the last message published so far.
   */
  INITIAL_POSITION_LATEST: 'INITIAL_POSITION_LATEST',
  /**
   * At the oldest message still stored (retention may have removed older ones).
   */
  INITIAL_POSITION_EARLIEST: 'INITIAL_POSITION_EARLIEST',
} as const;

/**
 * Where a new subscription or reader starts. Zero is LATEST, Pulsar's default: a new subscription
 * sees only messages published after it was created.
 */
export type InitialPosition =
  /**
   * After the last message published so far.
   */
  | 'INITIAL_POSITION_LATEST'
  | 0
  /**
   * At the oldest message still stored (retention may have removed older ones).
   */
  | 'INITIAL_POSITION_EARLIEST'
  | 1

/**
 * Where a new subscription or reader starts. Zero is LATEST, Pulsar's default: a new subscription
 * sees only messages published after it was created.
 */
export type InitialPosition__Output = typeof InitialPosition[keyof typeof InitialPosition]
