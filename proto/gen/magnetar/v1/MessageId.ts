// Original file: proto/messaging.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Identifies one message, or one whole entry, of a topic partition.
 * 
 * Order: ids compare lexicographically on (ledger_id, entry_id, batch_index, partition). Within one
 * topic partition this is publish order, because a topic's ledger ids only grow and entries of a
 * ledger are numbered from 0 without gaps. Ids of different partitions are never compared for
 * ordering (the partition comes last only to make the order total, e.g. for sorting and map keys).
 */
export interface MessageId {
  /**
   * The ledger that holds the entry. >= 0. Ledger ids are allocated increasing, cluster-wide.
   */
  'ledgerId'?: (number | string | Long);
  /**
   * The entry within the ledger, from 0. One entry is one producer batch.
   */
  'entryId'?: (number | string | Long);
  /**
   * The message's index within the entry's batch, from 0 to message_count - 1.
   * -1 means the whole entry: an acknowledgement or negative acknowledgement with -1 covers every
   * message of the entry, a cumulative acknowledgement with -1 covers up to the entry's last
   * message, and as a position (seek, cursor) it means the start of the entry. Receipts and
   * deliveries identify entries with -1.
   */
  'batchIndex'?: (number);
  /**
   * The partition index for a partition of a partitioned topic; -1 for a non-partitioned topic.
   * The broker answers INVALID_MESSAGE_ID to an id whose partition is not the stream's topic.
   */
  'partition'?: (number);
}

/**
 * Identifies one message, or one whole entry, of a topic partition.
 * 
 * Order: ids compare lexicographically on (ledger_id, entry_id, batch_index, partition). Within one
 * topic partition this is publish order, because a topic's ledger ids only grow and entries of a
 * ledger are numbered from 0 without gaps. Ids of different partitions are never compared for
 * ordering (the partition comes last only to make the order total, e.g. for sorting and map keys).
 */
export interface MessageId__Output {
  /**
   * The ledger that holds the entry. >= 0. Ledger ids are allocated increasing, cluster-wide.
   */
  'ledgerId': (number);
  /**
   * The entry within the ledger, from 0. One entry is one producer batch.
   */
  'entryId': (number);
  /**
   * The message's index within the entry's batch, from 0 to message_count - 1.
   * -1 means the whole entry: an acknowledgement or negative acknowledgement with -1 covers every
   * message of the entry, a cumulative acknowledgement with -1 covers up to the entry's last
   * message, and as a position (seek, cursor) it means the start of the entry. Receipts and
   * deliveries identify entries with -1.
   */
  'batchIndex': (number);
  /**
   * The partition index for a partition of a partitioned topic; -1 for a non-partitioned topic.
   * The broker answers INVALID_MESSAGE_ID to an id whose partition is not the stream's topic.
   */
  'partition': (number);
}
