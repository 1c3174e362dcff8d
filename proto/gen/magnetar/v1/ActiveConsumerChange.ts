// Original file: proto/messaging.proto


export interface ActiveConsumerChange {
  /**
   * True: this consumer now receives the subscription's messages. False: it receives nothing until
   * it becomes active again; messages it holds unacknowledged are redelivered to the new active
   * consumer, so it should drop its receive queue.
   */
  'isActive'?: (boolean);
}

export interface ActiveConsumerChange__Output {
  /**
   * True: this consumer now receives the subscription's messages. False: it receives nothing until
   * it becomes active again; messages it holds unacknowledged are redelivered to the new active
   * consumer, so it should drop its receive queue.
   */
  'isActive': (boolean);
}
