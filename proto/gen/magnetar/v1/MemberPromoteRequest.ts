// Original file: proto/metadata.proto


export interface MemberPromoteRequest {
  /**
   * Id of the learner to make a voter.
   */
  'id'?: (string);
}

export interface MemberPromoteRequest__Output {
  /**
   * Id of the learner to make a voter.
   */
  'id': (string);
}
