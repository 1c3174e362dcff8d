// Original file: proto/admin.proto

import type { AuthAction as _magnetar_v1_AuthAction, AuthAction__Output as _magnetar_v1_AuthAction__Output } from '../../magnetar/v1/AuthAction.js';

export interface RoleActions {
  /**
   * The actions granted; duplicates are ignored.
   */
  'actions'?: (_magnetar_v1_AuthAction)[];
}

export interface RoleActions__Output {
  /**
   * The actions granted; duplicates are ignored.
   */
  'actions': (_magnetar_v1_AuthAction__Output)[];
}
