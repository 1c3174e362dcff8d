// Original file: proto/admin.proto


export interface ListMetadataMembersRequest {
}

export interface ListMetadataMembersRequest__Output {
}
