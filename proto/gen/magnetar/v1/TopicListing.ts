// Original file: proto/admin.proto


export interface TopicListing {
  /**
   * Full topic name (base name for a partitioned topic).
   */
  'topic'?: (string);
  /**
   * Number of partitions; 0 for a non-partitioned topic.
   */
  'partitions'?: (number);
}

export interface TopicListing__Output {
  /**
   * Full topic name (base name for a partitioned topic).
   */
  'topic': (string);
  /**
   * Number of partitions; 0 for a non-partitioned topic.
   */
  'partitions': (number);
}
