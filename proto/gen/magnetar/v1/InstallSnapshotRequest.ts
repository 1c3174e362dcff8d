// Original file: proto/raft.proto

import type { PeerHeader as _magnetar_v1_PeerHeader, PeerHeader__Output as _magnetar_v1_PeerHeader__Output } from '../../magnetar/v1/PeerHeader.js';
import type { SnapshotMetadata as _magnetar_v1_SnapshotMetadata, SnapshotMetadata__Output as _magnetar_v1_SnapshotMetadata__Output } from '../../magnetar/v1/SnapshotMetadata.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One chunk of a snapshot. A stream carries exactly one snapshot, chunks in order from offset 0;
 * the receiver does not resume across streams (a broken stream discards the partial snapshot and
 * the leader starts again). The leader sends the snapshot's bytes as the state machine produced
 * them; their format belongs to the state machine (metadata/), not to Raft.
 */
export interface InstallSnapshotRequest {
  /**
   * Sender (the leader) and receiver; identical in every chunk.
   */
  'header'?: (_magnetar_v1_PeerHeader | null);
  /**
   * The leader's current term; identical in every chunk.
   */
  'term'?: (number | string | Long);
  /**
   * The leader's member id; identical in every chunk.
   */
  'leaderId'?: (string);
  /**
   * Index, term and configuration the snapshot captures; identical in every chunk (a mismatch
   * fails the stream with INVALID_ARGUMENT).
   */
  'metadata'?: (_magnetar_v1_SnapshotMetadata | null);
  /**
   * Byte offset of `data` within the snapshot: 0 for the first chunk, then the sum of the sizes of
   * all earlier chunks. A gap or overlap fails the stream with INVALID_ARGUMENT.
   */
  'offset'?: (number | string | Long);
  /**
   * The chunk: at most 1 MiB (the leader sends 512 KiB by default). May be empty only in the last
   * chunk.
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * True on the last chunk. The receiver then checks total_size and crc32c, syncs the snapshot,
   * applies it (replacing its state machine and discarding its log up to metadata.index, unless
   * its log holds the entry at metadata.index with metadata.term, in which case it keeps the
   * entries after it), and answers.
   */
  'done'?: (boolean);
  /**
   * Total size of the snapshot in bytes; identical in every chunk.
   */
  'totalSize'?: (number | string | Long);
  /**
   * CRC32C (Castagnoli) of the whole snapshot; set in the last chunk (0 and ignored in others). A
   * mismatch fails the stream with CHECKSUM_MISMATCH and nothing is installed.
   */
  'crc32c'?: (number);
}

/**
 * One chunk of a snapshot. A stream carries exactly one snapshot, chunks in order from offset 0;
 * the receiver does not resume across streams (a broken stream discards the partial snapshot and
 * the leader starts again). The leader sends the snapshot's bytes as the state machine produced
 * them; their format belongs to the state machine (metadata/), not to Raft.
 */
export interface InstallSnapshotRequest__Output {
  /**
   * Sender (the leader) and receiver; identical in every chunk.
   */
  'header': (_magnetar_v1_PeerHeader__Output | null);
  /**
   * The leader's current term; identical in every chunk.
   */
  'term': (number);
  /**
   * The leader's member id; identical in every chunk.
   */
  'leaderId': (string);
  /**
   * Index, term and configuration the snapshot captures; identical in every chunk (a mismatch
   * fails the stream with INVALID_ARGUMENT).
   */
  'metadata': (_magnetar_v1_SnapshotMetadata__Output | null);
  /**
   * Byte offset of `data` within the snapshot: 0 for the first chunk, then the sum of the sizes of
   * all earlier chunks. A gap or overlap fails the stream with INVALID_ARGUMENT.
   */
  'offset': (number);
  /**
   * The chunk: at most 1 MiB (the leader sends 512 KiB by default). May be empty only in the last
   * chunk.
   */
  'data': (Buffer);
  /**
   * True on the last chunk. The receiver then checks total_size and crc32c, syncs the snapshot,
   * applies it (replacing its state machine and discarding its log up to metadata.index, unless
   * its log holds the entry at metadata.index with metadata.term, in which case it keeps the
   * entries after it), and answers.
   */
  'done': (boolean);
  /**
   * Total size of the snapshot in bytes; identical in every chunk.
   */
  'totalSize': (number);
  /**
   * CRC32C (Castagnoli) of the whole snapshot; set in the last chunk (0 and ignored in others). A
   * mismatch fails the stream with CHECKSUM_MISMATCH and nothing is installed.
   */
  'crc32c': (number);
}
