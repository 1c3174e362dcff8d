// Original file: proto/admin.proto


export interface GetTopicStatsRequest {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic'?: (string);
}

export interface GetTopicStatsRequest__Output {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic': (string);
}
