// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A key and its value at some revision.
 */
export interface KeyValue {
  /**
   * The key (1..4,096 bytes).
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * The value (0..1 MiB). Empty when the request asked for keys_only, and in DELETE events.
   */
  'value'?: (Buffer | Uint8Array | string);
  /**
   * Revision of the Put that created the key (since it last did not exist). 0 in DELETE events.
   */
  'createRevision'?: (number | string | Long);
  /**
   * Revision of the key's last change (for DELETE events: the deletion's revision).
   */
  'modRevision'?: (number | string | Long);
  /**
   * Number of Puts since creation: 1 after the creating Put, +1 per Put. 0 = the key does not
   * exist (DELETE events; compares on a missing key).
   */
  'version'?: (number | string | Long);
  /**
   * Lease the key is attached to; 0 = none.
   */
  'lease'?: (number | string | Long);
}

/**
 * A key and its value at some revision.
 */
export interface KeyValue__Output {
  /**
   * The key (1..4,096 bytes).
   */
  'key': (Buffer);
  /**
   * The value (0..1 MiB). Empty when the request asked for keys_only, and in DELETE events.
   */
  'value': (Buffer);
  /**
   * Revision of the Put that created the key (since it last did not exist). 0 in DELETE events.
   */
  'createRevision': (number);
  /**
   * Revision of the key's last change (for DELETE events: the deletion's revision).
   */
  'modRevision': (number);
  /**
   * Number of Puts since creation: 1 after the creating Put, +1 per Put. 0 = the key does not
   * exist (DELETE events; compares on a missing key).
   */
  'version': (number);
  /**
   * Lease the key is attached to; 0 = none.
   */
  'lease': (number);
}
