// Original file: proto/admin.proto


export interface ListBookiesRequest {
}

export interface ListBookiesRequest__Output {
}
