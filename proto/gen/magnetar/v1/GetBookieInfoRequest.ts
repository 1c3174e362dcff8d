// Original file: proto/bookie.proto


export interface GetBookieInfoRequest {
}

export interface GetBookieInfoRequest__Output {
}
