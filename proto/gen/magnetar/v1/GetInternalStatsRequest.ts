// Original file: proto/admin.proto


export interface GetInternalStatsRequest {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic'?: (string);
}

export interface GetInternalStatsRequest__Output {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic': (string);
}
