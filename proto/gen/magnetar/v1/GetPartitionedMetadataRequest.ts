// Original file: proto/messaging.proto


export interface GetPartitionedMetadataRequest {
  /**
   * A topic name; a partition name (`t-partition-3`) is answered with 0.
   */
  'topic'?: (string);
}

export interface GetPartitionedMetadataRequest__Output {
  /**
   * A topic name; a partition name (`t-partition-3`) is answered with 0.
   */
  'topic': (string);
}
