// Original file: proto/messaging.proto


export interface GetPartitionedMetadataResponse {
  /**
   * Number of partitions; 0 when the topic is not partitioned, and also when it does not exist
   * (a producer then creates it as a non-partitioned topic if the namespace allows auto-creation).
   */
  'partitions'?: (number);
  /**
   * The full, normalized topic name.
   */
  'topic'?: (string);
}

export interface GetPartitionedMetadataResponse__Output {
  /**
   * Number of partitions; 0 when the topic is not partitioned, and also when it does not exist
   * (a producer then creates it as a non-partitioned topic if the namespace allows auto-creation).
   */
  'partitions': (number);
  /**
   * The full, normalized topic name.
   */
  'topic': (string);
}
