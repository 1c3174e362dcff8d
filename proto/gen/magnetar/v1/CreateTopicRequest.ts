// Original file: proto/admin.proto


export interface CreateTopicRequest {
  /**
   * The topic's name (for a partitioned topic, its base name).
   */
  'topic'?: (string);
  /**
   * 0 = a non-partitioned topic; 1 to 1024 = a partitioned topic with that many partitions.
   */
  'partitions'?: (number);
}

export interface CreateTopicRequest__Output {
  /**
   * The topic's name (for a partitioned topic, its base name).
   */
  'topic': (string);
  /**
   * 0 = a non-partitioned topic; 1 to 1024 = a partitioned topic with that many partitions.
   */
  'partitions': (number);
}
