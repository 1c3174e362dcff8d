// Original file: proto/admin.proto


export interface UnloadTopicRequest {
  /**
   * A topic, a partition, or a partitioned topic's base name (every partition).
   */
  'topic'?: (string);
}

export interface UnloadTopicRequest__Output {
  /**
   * A topic, a partition, or a partitioned topic's base name (every partition).
   */
  'topic': (string);
}
