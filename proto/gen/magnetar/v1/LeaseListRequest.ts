// Original file: proto/metadata.proto


export interface LeaseListRequest {
}

export interface LeaseListRequest__Output {
}
