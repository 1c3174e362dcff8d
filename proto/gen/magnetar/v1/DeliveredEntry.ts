// Original file: proto/messaging.proto

import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { EntryHeader as _magnetar_v1_EntryHeader, EntryHeader__Output as _magnetar_v1_EntryHeader__Output } from '../../magnetar/v1/EntryHeader.js';

/**
 * The push unit: one whole entry (one producer batch), as stored. The broker forwards the stored
 * header and still-compressed payload without decoding them; the client decompresses, decodes the
 * MessageBatch and splits it into messages. Pushing entries rather than single messages keeps the
 * broker's cost per batch instead of per message (see DESIGN.md: ~39,000 separate small gRPC
 * messages per second vs ~290 MB/s in large ones). Delivering a subset of an entry (after partial
 * acknowledgement, a nack, or a seek into a batch) is the same entry with `batch_indexes` listing
 * which messages this delivery covers.
 */
export interface DeliveredEntry {
  /**
   * The entry's id, batch_index -1. Message i of the batch is this id with batch_index i.
   */
  'id'?: (_magnetar_v1_MessageId | null);
  /**
   * How many times the broker delivered these messages before (nack, ack timeout, redeliver
   * request, consumer closed or failed over with them unacknowledged). 0 on first delivery.
   */
  'redeliveryCount'?: (number);
  /**
   * The stored entry header.
   */
  'header'?: (_magnetar_v1_EntryHeader | null);
  /**
   * The stored payload: the MessageBatch encoding, compressed with header.codec.
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * The batch indexes this delivery covers, ascending; the client hands only these messages to
   * the application (the others are acknowledged already, or not for this consumer). Empty = all
   * header.message_count messages. The entry costs as many permits as messages it covers.
   */
  'batchIndexes'?: (number)[];
}

/**
 * The push unit: one whole entry (one producer batch), as stored. The broker forwards the stored
 * header and still-compressed payload without decoding them; the client decompresses, decodes the
 * MessageBatch and splits it into messages. Pushing entries rather than single messages keeps the
 * broker's cost per batch instead of per message (see DESIGN.md: ~39,000 separate small gRPC
 * messages per second vs ~290 MB/s in large ones). Delivering a subset of an entry (after partial
 * acknowledgement, a nack, or a seek into a batch) is the same entry with `batch_indexes` listing
 * which messages this delivery covers.
 */
export interface DeliveredEntry__Output {
  /**
   * The entry's id, batch_index -1. Message i of the batch is this id with batch_index i.
   */
  'id': (_magnetar_v1_MessageId__Output | null);
  /**
   * How many times the broker delivered these messages before (nack, ack timeout, redeliver
   * request, consumer closed or failed over with them unacknowledged). 0 on first delivery.
   */
  'redeliveryCount': (number);
  /**
   * The stored entry header.
   */
  'header': (_magnetar_v1_EntryHeader__Output | null);
  /**
   * The stored payload: the MessageBatch encoding, compressed with header.codec.
   */
  'payload': (Buffer);
  /**
   * The batch indexes this delivery covers, ascending; the client hands only these messages to
   * the application (the others are acknowledged already, or not for this consumer). Empty = all
   * header.message_count messages. The entry costs as many permits as messages it covers.
   */
  'batchIndexes': (number)[];
}
