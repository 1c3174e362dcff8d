// Original file: proto/messaging.proto


/**
 * Sent once, when the topic was terminated (Admin TerminateTopic) and this subscription has been
 * given every message up to the last one. Nothing more will be delivered.
 */
export interface ReachedEndOfTopic {
}

/**
 * Sent once, when the topic was terminated (Admin TerminateTopic) and this subscription has been
 * given every message up to the last one. Nothing more will be delivered.
 */
export interface ReachedEndOfTopic__Output {
}
