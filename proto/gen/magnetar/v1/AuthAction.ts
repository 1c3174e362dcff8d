// Original file: proto/admin.proto

/**
 * What a role may do on a namespace's topics.
 */
export const AuthAction = {
  /**
   * Not set; rejected in requests (INVALID_ARGUMENT).
   */
  AUTH_ACTION_UNSPECIFIED: 'AUTH_ACTION_UNSPECIFIED',
  /**
   * Look up topics and publish to them.
   */
  AUTH_ACTION_PRODUCE: 'AUTH_ACTION_PRODUCE',
  /**
   * Look up topics, subscribe, consume, and unsubscribe.
   */
  AUTH_ACTION_CONSUME: 'AUTH_ACTION_CONSUME',
} as const;

/**
 * What a role may do on a namespace's topics.
 */
export type AuthAction =
  /**
   * Not set; rejected in requests (INVALID_ARGUMENT).
   */
  | 'AUTH_ACTION_UNSPECIFIED'
  | 0
  /**
   * Look up topics and publish to them.
   */
  | 'AUTH_ACTION_PRODUCE'
  | 1
  /**
   * Look up topics, subscribe, consume, and unsubscribe.
   */
  | 'AUTH_ACTION_CONSUME'
  | 2

/**
 * What a role may do on a namespace's topics.
 */
export type AuthAction__Output = typeof AuthAction[keyof typeof AuthAction]
