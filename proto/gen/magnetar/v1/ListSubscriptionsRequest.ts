// Original file: proto/admin.proto


export interface ListSubscriptionsRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name.
   */
  'topic'?: (string);
}

export interface ListSubscriptionsRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name.
   */
  'topic': (string);
}
