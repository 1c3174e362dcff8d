// Original file: proto/admin.proto


export interface DeleteTopicRequest {
  /**
   * The topic (a partitioned topic's base name deletes every partition and the partitioned
   * metadata).
   */
  'topic'?: (string);
  /**
   * False: fail if producers or consumers are connected. True: close them first (they get
   * `closed` with TOPIC_NOT_FOUND).
   */
  'force'?: (boolean);
}

export interface DeleteTopicRequest__Output {
  /**
   * The topic (a partitioned topic's base name deletes every partition and the partitioned
   * metadata).
   */
  'topic': (string);
  /**
   * False: fail if producers or consumers are connected. True: close them first (they get
   * `closed` with TOPIC_NOT_FOUND).
   */
  'force': (boolean);
}
