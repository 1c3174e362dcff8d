// Original file: proto/admin.proto


export interface TerminateTopicRequest {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic'?: (string);
}

export interface TerminateTopicRequest__Output {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic': (string);
}
