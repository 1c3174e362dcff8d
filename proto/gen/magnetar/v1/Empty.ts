// Original file: proto/common.proto


/**
 * Empty request or response.
 */
export interface Empty {
}

/**
 * Empty request or response.
 */
export interface Empty__Output {
}
