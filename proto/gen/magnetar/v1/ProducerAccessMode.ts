// Original file: proto/messaging.proto

/**
 * Whether other producers may publish to the topic at the same time. Zero is SHARED, Pulsar's
 * default and the only mode that never makes a producer wait or fail for another one.
 */
export const ProducerAccessMode = {
  /**
   * Any number of producers.
   */
  PRODUCER_ACCESS_MODE_SHARED: 'PRODUCER_ACCESS_MODE_SHARED',
  /**
   * Only this producer; the open fails with PRODUCER_BUSY if any other producer is connected.
   */
  PRODUCER_ACCESS_MODE_EXCLUSIVE: 'PRODUCER_ACCESS_MODE_EXCLUSIVE',
  /**
   * Only this producer; the `opened` reply is withheld until every other producer is gone and this
   * one is first in line. The client may cancel the call while waiting.
   */
  PRODUCER_ACCESS_MODE_WAIT_FOR_EXCLUSIVE: 'PRODUCER_ACCESS_MODE_WAIT_FOR_EXCLUSIVE',
  /**
   * Only this producer; every other producer is closed with PRODUCER_FENCED.
   */
  PRODUCER_ACCESS_MODE_EXCLUSIVE_WITH_FENCING: 'PRODUCER_ACCESS_MODE_EXCLUSIVE_WITH_FENCING',
} as const;

/**
 * Whether other producers may publish to the topic at the same time. Zero is SHARED, Pulsar's
 * default and the only mode that never makes a producer wait or fail for another one.
 */
export type ProducerAccessMode =
  /**
   * Any number of producers.
   */
  | 'PRODUCER_ACCESS_MODE_SHARED'
  | 0
  /**
   * Only this producer; the open fails with PRODUCER_BUSY if any other producer is connected.
   */
  | 'PRODUCER_ACCESS_MODE_EXCLUSIVE'
  | 1
  /**
   * Only this producer; the `opened` reply is withheld until every other producer is gone and this
   * one is first in line. The client may cancel the call while waiting.
   */
  | 'PRODUCER_ACCESS_MODE_WAIT_FOR_EXCLUSIVE'
  | 2
  /**
   * Only this producer; every other producer is closed with PRODUCER_FENCED.
   */
  | 'PRODUCER_ACCESS_MODE_EXCLUSIVE_WITH_FENCING'
  | 3

/**
 * Whether other producers may publish to the topic at the same time. Zero is SHARED, Pulsar's
 * default and the only mode that never makes a producer wait or fail for another one.
 */
export type ProducerAccessMode__Output = typeof ProducerAccessMode[keyof typeof ProducerAccessMode]
