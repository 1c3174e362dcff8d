// Original file: proto/messaging.proto

import type { EntryHeader as _magnetar_v1_EntryHeader, EntryHeader__Output as _magnetar_v1_EntryHeader__Output } from '../../magnetar/v1/EntryHeader.js';

/**
 * The exact bytes of a ledger entry are the protobuf encoding of this message.
 */
export interface StoredEntry {
  /**
   * Metadata of the batch.
   */
  'header'?: (_magnetar_v1_EntryHeader | null);
  /**
   * The compressed, encoded MessageBatch exactly as the producer sent it.
   */
  'payload'?: (Buffer | Uint8Array | string);
}

/**
 * The exact bytes of a ledger entry are the protobuf encoding of this message.
 */
export interface StoredEntry__Output {
  /**
   * Metadata of the batch.
   */
  'header': (_magnetar_v1_EntryHeader__Output | null);
  /**
   * The compressed, encoded MessageBatch exactly as the producer sent it.
   */
  'payload': (Buffer);
}
