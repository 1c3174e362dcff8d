// Original file: proto/messaging.proto


/**
 * Closes this consumer; its unacknowledged messages become available to other consumers. The
 * broker answers `closed` (no error) and ends the call. The subscription stays.
 */
export interface CloseConsumer {
}

/**
 * Closes this consumer; its unacknowledged messages become available to other consumers. The
 * broker answers `closed` (no error) and ends the call. The subscription stays.
 */
export interface CloseConsumer__Output {
}
