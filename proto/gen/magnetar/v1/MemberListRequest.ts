// Original file: proto/metadata.proto


export interface MemberListRequest {
}

export interface MemberListRequest__Output {
}
