// Original file: proto/admin.proto


export interface ListTenantsRequest {
}

export interface ListTenantsRequest__Output {
}
