// Original file: proto/admin.proto


export interface GetPartitionedStatsRequest {
  /**
   * The partitioned topic's base name.
   */
  'topic'?: (string);
  /**
   * True: also return each partition's statistics.
   */
  'perPartition'?: (boolean);
}

export interface GetPartitionedStatsRequest__Output {
  /**
   * The partitioned topic's base name.
   */
  'topic': (string);
  /**
   * True: also return each partition's statistics.
   */
  'perPartition': (boolean);
}
