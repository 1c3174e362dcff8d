// Original file: proto/messaging.proto

/**
 * How an acknowledgement applies. Zero is INDIVIDUAL, the kind every subscription type accepts.
 */
export const AckType = {
  /**
   * Acknowledge exactly the given messages.
   */
  ACK_TYPE_INDIVIDUAL: 'ACK_TYPE_INDIVIDUAL',
  /**
   * Acknowledge everything up to and including the single given message. Exclusive and Failover
   * only (INVALID_ARGUMENT on Shared and Key_Shared).
   */
  ACK_TYPE_CUMULATIVE: 'ACK_TYPE_CUMULATIVE',
} as const;

/**
 * How an acknowledgement applies. Zero is INDIVIDUAL, the kind every subscription type accepts.
 */
export type AckType =
  /**
   * Acknowledge exactly the given messages.
   */
  | 'ACK_TYPE_INDIVIDUAL'
  | 0
  /**
   * Acknowledge everything up to and including the single given message. Exclusive and Failover
   * only (INVALID_ARGUMENT on Shared and Key_Shared).
   */
  | 'ACK_TYPE_CUMULATIVE'
  | 1

/**
 * How an acknowledgement applies. Zero is INDIVIDUAL, the kind every subscription type accepts.
 */
export type AckType__Output = typeof AckType[keyof typeof AckType]
