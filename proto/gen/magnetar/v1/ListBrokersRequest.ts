// Original file: proto/admin.proto


export interface ListBrokersRequest {
}

export interface ListBrokersRequest__Output {
}
