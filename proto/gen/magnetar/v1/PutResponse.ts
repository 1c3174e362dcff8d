// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { KeyValue as _magnetar_v1_KeyValue, KeyValue__Output as _magnetar_v1_KeyValue__Output } from '../../magnetar/v1/KeyValue.js';
import type { Long } from '@grpc/proto-loader';

export interface PutResponse {
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * The previous KeyValue, if prev_kv was set and the key existed.
   */
  'prevKv'?: (_magnetar_v1_KeyValue | null);
  /**
   * The key's new mod_revision (= header.revision).
   */
  'modRevision'?: (number | string | Long);
  /**
   * The key's new version (1 if the Put created it).
   */
  'version'?: (number | string | Long);
  /**
   * The key's create_revision (= mod_revision if the Put created it).
   */
  'createRevision'?: (number | string | Long);
}

export interface PutResponse__Output {
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * The previous KeyValue, if prev_kv was set and the key existed.
   */
  'prevKv': (_magnetar_v1_KeyValue__Output | null);
  /**
   * The key's new mod_revision (= header.revision).
   */
  'modRevision': (number);
  /**
   * The key's new version (1 if the Put created it).
   */
  'version': (number);
  /**
   * The key's create_revision (= mod_revision if the Put created it).
   */
  'createRevision': (number);
}
