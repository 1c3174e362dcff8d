// Original file: proto/admin.proto


export interface PeekMessagesRequest {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic'?: (string);
  /**
   * The subscription's name.
   */
  'subscription'?: (string);
  /**
   * How many messages to return, 1 to 1000.
   */
  'count'?: (number);
}

export interface PeekMessagesRequest__Output {
  /**
   * A non-partitioned topic or one partition.
   */
  'topic': (string);
  /**
   * The subscription's name.
   */
  'subscription': (string);
  /**
   * How many messages to return, 1 to 1000.
   */
  'count': (number);
}
