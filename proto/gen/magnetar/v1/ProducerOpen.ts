// Original file: proto/messaging.proto

import type { DeduplicationMode as _magnetar_v1_DeduplicationMode, DeduplicationMode__Output as _magnetar_v1_DeduplicationMode__Output } from '../../magnetar/v1/DeduplicationMode.js';
import type { ProducerAccessMode as _magnetar_v1_ProducerAccessMode, ProducerAccessMode__Output as _magnetar_v1_ProducerAccessMode__Output } from '../../magnetar/v1/ProducerAccessMode.js';
import type { Long } from '@grpc/proto-loader';

export interface ProducerOpen {
  /**
   * The topic or partition to publish to. Created if absent and the namespace allows
   * auto-creation (as a non-partitioned topic).
   */
  'topic'?: (string);
  /**
   * The producer's name, unique among the topic's connected producers. Deduplication state is kept
   * per name, so a producer that wants exactly-once across reconnects must reuse its name (the
   * client library keeps the broker-assigned name for its reconnects). Empty = the broker assigns
   * a cluster-unique name, returned in `opened`. At most 255 characters.
   */
  'producerName'?: (string);
  /**
   * Deduplication for this producer. Default: the namespace policy.
   */
  'deduplication'?: (_magnetar_v1_DeduplicationMode);
  /**
   * Access mode. Default: SHARED.
   */
  'accessMode'?: (_magnetar_v1_ProducerAccessMode);
  /**
   * The last sequence id the application knows it published (e.g. restored from its own store).
   * Used only when the broker has no deduplication record for this producer name: `opened` then
   * reports it as last_sequence_id, and with deduplication on the broker answers batches at or
   * below it as duplicates (without a message id). Absent = no such knowledge. >= -1.
   */
  'initialSequenceId'?: (number | string | Long);
  /**
   * Producer metadata shown in topic stats. At most 64 entries, 1 KiB per key or value.
   */
  'properties'?: ({[key: string]: string});
  '_initialSequenceId'?: "initialSequenceId";
}

export interface ProducerOpen__Output {
  /**
   * The topic or partition to publish to. Created if absent and the namespace allows
   * auto-creation (as a non-partitioned topic).
   */
  'topic': (string);
  /**
   * The producer's name, unique among the topic's connected producers. Deduplication state is kept
   * per name, so a producer that wants exactly-once across reconnects must reuse its name (the
   * client library keeps the broker-assigned name for its reconnects). Empty = the broker assigns
   * a cluster-unique name, returned in `opened`. At most 255 characters.
   */
  'producerName': (string);
  /**
   * Deduplication for this producer. Default: the namespace policy.
   */
  'deduplication': (_magnetar_v1_DeduplicationMode__Output);
  /**
   * Access mode. Default: SHARED.
   */
  'accessMode': (_magnetar_v1_ProducerAccessMode__Output);
  /**
   * The last sequence id the application knows it published (e.g. restored from its own store).
   * Used only when the broker has no deduplication record for this producer name: `opened` then
   * reports it as last_sequence_id, and with deduplication on the broker answers batches at or
   * below it as duplicates (without a message id). Absent = no such knowledge. >= -1.
   */
  'initialSequenceId'?: (number);
  /**
   * Producer metadata shown in topic stats. At most 64 entries, 1 KiB per key or value.
   */
  'properties': ({[key: string]: string});
  '_initialSequenceId'?: "initialSequenceId";
}
