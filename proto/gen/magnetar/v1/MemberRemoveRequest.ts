// Original file: proto/metadata.proto


export interface MemberRemoveRequest {
  /**
   * Id of the member to remove.
   */
  'id'?: (string);
}

export interface MemberRemoveRequest__Output {
  /**
   * Id of the member to remove.
   */
  'id': (string);
}
