// Original file: proto/metadata.proto


export interface MoveLeaderRequest {
  /**
   * Id of the voter that should become leader.
   */
  'targetId'?: (string);
}

export interface MoveLeaderRequest__Output {
  /**
   * Id of the voter that should become leader.
   */
  'targetId': (string);
}
