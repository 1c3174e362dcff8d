// Original file: proto/admin.proto


export interface DeleteSubscriptionRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name (deleted on every partition).
   */
  'topic'?: (string);
  /**
   * The subscription's name.
   */
  'subscription'?: (string);
  /**
   * True: disconnect its consumers first.
   */
  'force'?: (boolean);
}

export interface DeleteSubscriptionRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name (deleted on every partition).
   */
  'topic': (string);
  /**
   * The subscription's name.
   */
  'subscription': (string);
  /**
   * True: disconnect its consumers first.
   */
  'force': (boolean);
}
