// Original file: proto/raft.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/raft.proto

/**
 * What `data` holds.
 */
export const _magnetar_v1_LogEntry_EntryType = {
  /**
   * Never valid: a receiver rejects the request with INVALID_ARGUMENT (so that a missing field is
   * never mistaken for a state machine command).
   */
  ENTRY_TYPE_UNSPECIFIED: 'ENTRY_TYPE_UNSPECIFIED',
  /**
   * A state machine command: `data` is a MetadataCommand (metadata.proto) encoded as protobuf.
   */
  NORMAL: 'NORMAL',
  /**
   * A membership change: `data` is the complete new RaftConfiguration encoded as protobuf.
   */
  CONFIG: 'CONFIG',
  /**
   * Empty entry a new leader appends at the start of its term, so that it can commit (and learn
   * the commit index of) earlier-term entries and serve read indexes. `data` is empty.
   */
  NOOP: 'NOOP',
} as const;

/**
 * What `data` holds.
 */
export type _magnetar_v1_LogEntry_EntryType =
  /**
   * Never valid: a receiver rejects the request with INVALID_ARGUMENT (so that a missing field is
   * never mistaken for a state machine command).
   */
  | 'ENTRY_TYPE_UNSPECIFIED'
  | 0
  /**
   * A state machine command: `data` is a MetadataCommand (metadata.proto) encoded as protobuf.
   */
  | 'NORMAL'
  | 1
  /**
   * A membership change: `data` is the complete new RaftConfiguration encoded as protobuf.
   */
  | 'CONFIG'
  | 2
  /**
   * Empty entry a new leader appends at the start of its term, so that it can commit (and learn
   * the commit index of) earlier-term entries and serve read indexes. `data` is empty.
   */
  | 'NOOP'
  | 3

/**
 * What `data` holds.
 */
export type _magnetar_v1_LogEntry_EntryType__Output = typeof _magnetar_v1_LogEntry_EntryType[keyof typeof _magnetar_v1_LogEntry_EntryType]

/**
 * One entry of the replicated log. Entries are immutable once written; a follower only truncates
 * an uncommitted suffix that conflicts with the leader's log.
 */
export interface LogEntry {
  /**
   * Position in the log, >= 1. Entries of one request have consecutive indexes.
   */
  'index'?: (number | string | Long);
  /**
   * Term of the leader that created the entry, >= 1.
   */
  'term'?: (number | string | Long);
  /**
   * See EntryType.
   */
  'type'?: (_magnetar_v1_LogEntry_EntryType);
  /**
   * Payload, interpreted according to `type`. Bounded by the Metadata service's 2 MiB request
   * limit plus a few bytes of framing; the Raft layer never looks inside NORMAL data.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * One entry of the replicated log. Entries are immutable once written; a follower only truncates
 * an uncommitted suffix that conflicts with the leader's log.
 */
export interface LogEntry__Output {
  /**
   * Position in the log, >= 1. Entries of one request have consecutive indexes.
   */
  'index': (number);
  /**
   * Term of the leader that created the entry, >= 1.
   */
  'term': (number);
  /**
   * See EntryType.
   */
  'type': (_magnetar_v1_LogEntry_EntryType__Output);
  /**
   * Payload, interpreted according to `type`. Bounded by the Metadata service's 2 MiB request
   * limit plus a few bytes of framing; the Raft layer never looks inside NORMAL data.
   */
  'data': (Buffer);
}
