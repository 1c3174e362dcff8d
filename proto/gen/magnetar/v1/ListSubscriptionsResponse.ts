// Original file: proto/admin.proto


export interface ListSubscriptionsResponse {
  /**
   * Subscription names, sorted.
   */
  'subscriptions'?: (string)[];
}

export interface ListSubscriptionsResponse__Output {
  /**
   * Subscription names, sorted.
   */
  'subscriptions': (string)[];
}
