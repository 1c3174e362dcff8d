// Original file: proto/messaging.proto


/**
 * Grants permits. Permits count messages, not entries: an entry costs the number of messages it
 * carries (DeliveredEntry.batch_indexes, or the header's message_count when that is empty). The
 * broker sends an entry only while the consumer's permits are > 0, so permits can go negative by
 * less than one entry's size; a client's receive queue must hold receiver_queue_size plus one
 * batch. Permits add up; the total is capped at 2^31 - 1.
 */
export interface Flow {
  /**
   * Additional messages the consumer can take. >= 1.
   */
  'permits'?: (number);
}

/**
 * Grants permits. Permits count messages, not entries: an entry costs the number of messages it
 * carries (DeliveredEntry.batch_indexes, or the header's message_count when that is empty). The
 * broker sends an entry only while the consumer's permits are > 0, so permits can go negative by
 * less than one entry's size; a client's receive queue must hold receiver_queue_size plus one
 * batch. Permits add up; the total is capped at 2^31 - 1.
 */
export interface Flow__Output {
  /**
   * Additional messages the consumer can take. >= 1.
   */
  'permits': (number);
}
