// Original file: proto/metadata.proto

import type { KeyValue as _magnetar_v1_KeyValue, KeyValue__Output as _magnetar_v1_KeyValue__Output } from '../../magnetar/v1/KeyValue.js';

// Original file: proto/metadata.proto

export const _magnetar_v1_Event_EventType = {
  /**
   * Never sent.
   */
  EVENT_TYPE_UNSPECIFIED: 'EVENT_TYPE_UNSPECIFIED',
  /**
   * The key was created or updated.
   */
  PUT: 'PUT',
  /**
   * The key was deleted (by Delete, a Txn, or its lease ending).
   */
  DELETE: 'DELETE',
} as const;

export type _magnetar_v1_Event_EventType =
  /**
   * Never sent.
   */
  | 'EVENT_TYPE_UNSPECIFIED'
  | 0
  /**
   * The key was created or updated.
   */
  | 'PUT'
  | 1
  /**
   * The key was deleted (by Delete, a Txn, or its lease ending).
   */
  | 'DELETE'
  | 2

export type _magnetar_v1_Event_EventType__Output = typeof _magnetar_v1_Event_EventType[keyof typeof _magnetar_v1_Event_EventType]

/**
 * One change to one key.
 */
export interface Event {
  /**
   * What happened.
   */
  'type'?: (_magnetar_v1_Event_EventType);
  /**
   * PUT: the key's new KeyValue. DELETE: key and mod_revision (the deletion's revision) only.
   */
  'kv'?: (_magnetar_v1_KeyValue | null);
  /**
   * The KeyValue before the change, if the watch asked for prev_kv and the key existed.
   */
  'prevKv'?: (_magnetar_v1_KeyValue | null);
}

/**
 * One change to one key.
 */
export interface Event__Output {
  /**
   * What happened.
   */
  'type': (_magnetar_v1_Event_EventType__Output);
  /**
   * PUT: the key's new KeyValue. DELETE: key and mod_revision (the deletion's revision) only.
   */
  'kv': (_magnetar_v1_KeyValue__Output | null);
  /**
   * The KeyValue before the change, if the watch asked for prev_kv and the key existed.
   */
  'prevKv': (_magnetar_v1_KeyValue__Output | null);
}
