// Original file: proto/messaging.proto


export interface CloseProducer {
}

export interface CloseProducer__Output {
}
