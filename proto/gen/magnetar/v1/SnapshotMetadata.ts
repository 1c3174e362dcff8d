// Original file: proto/raft.proto

import type { RaftConfiguration as _magnetar_v1_RaftConfiguration, RaftConfiguration__Output as _magnetar_v1_RaftConfiguration__Output } from '../../magnetar/v1/RaftConfiguration.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Describes the state a snapshot captures. Stored next to the snapshot data and sent with every
 * InstallSnapshot chunk.
 */
export interface SnapshotMetadata {
  /**
   * Index of the last log entry whose effect is included in the snapshot (>= 1). The log may be
   * discarded up to and including this index once the snapshot is durable.
   */
  'index'?: (number | string | Long);
  /**
   * Term of the entry at `index`.
   */
  'term'?: (number | string | Long);
  /**
   * The latest configuration in the log at or before `index`: after installing the snapshot this is
   * the member's configuration until a later CONFIG entry arrives.
   */
  'configuration'?: (_magnetar_v1_RaftConfiguration | null);
}

/**
 * Describes the state a snapshot captures. Stored next to the snapshot data and sent with every
 * InstallSnapshot chunk.
 */
export interface SnapshotMetadata__Output {
  /**
   * Index of the last log entry whose effect is included in the snapshot (>= 1). The log may be
   * discarded up to and including this index once the snapshot is durable.
   */
  'index': (number);
  /**
   * Term of the entry at `index`.
   */
  'term': (number);
  /**
   * The latest configuration in the log at or before `index`: after installing the snapshot this is
   * the member's configuration until a later CONFIG entry arrives.
   */
  'configuration': (_magnetar_v1_RaftConfiguration__Output | null);
}
