// Original file: proto/admin.proto


export interface DeleteNamespaceRequest {
  /**
   * "tenant/namespace".
   */
  'namespace'?: (string);
  /**
   * False: fail with NOT_EMPTY if the namespace has topics. True: delete its topics first (as
   * DeleteTopic with force).
   */
  'force'?: (boolean);
}

export interface DeleteNamespaceRequest__Output {
  /**
   * "tenant/namespace".
   */
  'namespace': (string);
  /**
   * False: fail with NOT_EMPTY if the namespace has topics. True: delete its topics first (as
   * DeleteTopic with force).
   */
  'force': (boolean);
}
