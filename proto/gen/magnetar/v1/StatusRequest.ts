// Original file: proto/metadata.proto


export interface StatusRequest {
}

export interface StatusRequest__Output {
}
