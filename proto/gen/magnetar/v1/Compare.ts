// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/metadata.proto

/**
 * How the key's attribute relates to the given operand: attribute <result> operand.
 */
export const _magnetar_v1_Compare_Result = {
  /**
   * Invalid (INVALID_ARGUMENT).
   */
  RESULT_UNSPECIFIED: 'RESULT_UNSPECIFIED',
  EQUAL: 'EQUAL',
  GREATER: 'GREATER',
  LESS: 'LESS',
  NOT_EQUAL: 'NOT_EQUAL',
} as const;

/**
 * How the key's attribute relates to the given operand: attribute <result> operand.
 */
export type _magnetar_v1_Compare_Result =
  /**
   * Invalid (INVALID_ARGUMENT).
   */
  | 'RESULT_UNSPECIFIED'
  | 0
  | 'EQUAL'
  | 1
  | 'GREATER'
  | 2
  | 'LESS'
  | 3
  | 'NOT_EQUAL'
  | 4

/**
 * How the key's attribute relates to the given operand: attribute <result> operand.
 */
export type _magnetar_v1_Compare_Result__Output = typeof _magnetar_v1_Compare_Result[keyof typeof _magnetar_v1_Compare_Result]

// Original file: proto/metadata.proto

/**
 * Which attribute of the key is compared.
 */
export const _magnetar_v1_Compare_Target = {
  /**
   * Invalid (INVALID_ARGUMENT).
   */
  TARGET_UNSPECIFIED: 'TARGET_UNSPECIFIED',
  VERSION: 'VERSION',
  CREATE_REVISION: 'CREATE_REVISION',
  MOD_REVISION: 'MOD_REVISION',
  VALUE: 'VALUE',
  LEASE: 'LEASE',
} as const;

/**
 * Which attribute of the key is compared.
 */
export type _magnetar_v1_Compare_Target =
  /**
   * Invalid (INVALID_ARGUMENT).
   */
  | 'TARGET_UNSPECIFIED'
  | 0
  | 'VERSION'
  | 1
  | 'CREATE_REVISION'
  | 2
  | 'MOD_REVISION'
  | 3
  | 'VALUE'
  | 4
  | 'LEASE'
  | 5

/**
 * Which attribute of the key is compared.
 */
export type _magnetar_v1_Compare_Target__Output = typeof _magnetar_v1_Compare_Target[keyof typeof _magnetar_v1_Compare_Target]

/**
 * One condition of a Txn, evaluated against the latest revision. A key that does not exist
 * compares as version = 0, create_revision = 0, mod_revision = 0, lease = 0, and any VALUE compare
 * on it is false.
 */
export interface Compare {
  /**
   * The key to test (single key; 1..4,096 bytes).
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * The attribute to test.
   */
  'target'?: (_magnetar_v1_Compare_Target);
  /**
   * The relation that must hold. Values compare bytewise (unsigned lexicographic).
   */
  'result'?: (_magnetar_v1_Compare_Result);
  /**
   * Operand for VERSION.
   */
  'version'?: (number | string | Long);
  /**
   * Operand for CREATE_REVISION.
   */
  'createRevision'?: (number | string | Long);
  /**
   * Operand for MOD_REVISION.
   */
  'modRevision'?: (number | string | Long);
  /**
   * Operand for VALUE.
   */
  'value'?: (Buffer | Uint8Array | string);
  /**
   * Operand for LEASE (0 = no lease).
   */
  'lease'?: (number | string | Long);
  /**
   * The operand; the set field must match `target` (INVALID_ARGUMENT otherwise).
   */
  'targetUnion'?: "version"|"createRevision"|"modRevision"|"value"|"lease";
}

/**
 * One condition of a Txn, evaluated against the latest revision. A key that does not exist
 * compares as version = 0, create_revision = 0, mod_revision = 0, lease = 0, and any VALUE compare
 * on it is false.
 */
export interface Compare__Output {
  /**
   * The key to test (single key; 1..4,096 bytes).
   */
  'key': (Buffer);
  /**
   * The attribute to test.
   */
  'target': (_magnetar_v1_Compare_Target__Output);
  /**
   * The relation that must hold. Values compare bytewise (unsigned lexicographic).
   */
  'result': (_magnetar_v1_Compare_Result__Output);
  /**
   * Operand for VERSION.
   */
  'version'?: (number);
  /**
   * Operand for CREATE_REVISION.
   */
  'createRevision'?: (number);
  /**
   * Operand for MOD_REVISION.
   */
  'modRevision'?: (number);
  /**
   * Operand for VALUE.
   */
  'value'?: (Buffer);
  /**
   * Operand for LEASE (0 = no lease).
   */
  'lease'?: (number);
  /**
   * The operand; the set field must match `target` (INVALID_ARGUMENT otherwise).
   */
  'targetUnion'?: "version"|"createRevision"|"modRevision"|"value"|"lease";
}
