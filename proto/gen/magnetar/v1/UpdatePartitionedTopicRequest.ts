// Original file: proto/admin.proto


export interface UpdatePartitionedTopicRequest {
  /**
   * The partitioned topic's base name.
   */
  'topic'?: (string);
  /**
   * The new partition count: greater than the current one, at most 1024.
   */
  'partitions'?: (number);
}

export interface UpdatePartitionedTopicRequest__Output {
  /**
   * The partitioned topic's base name.
   */
  'topic': (string);
  /**
   * The new partition count: greater than the current one, at most 1024.
   */
  'partitions': (number);
}
