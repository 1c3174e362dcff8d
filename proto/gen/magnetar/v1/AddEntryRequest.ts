// Original file: proto/bookie.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One add. The first add (or fence) that reaches a bookie for a ledger creates the ledger there
 * and records its master key.
 */
export interface AddEntryRequest {
  /**
   * Chosen by the client, unique among the adds in flight on this stream; echoed in the response
   * and otherwise not interpreted. The client needs it because responses arrive in any order.
   */
  'requestId'?: (number | string | Long);
  /**
   * Ledger id, >= 0 (allocated through the metadata store).
   */
  'ledgerId'?: (number | string | Long);
  /**
   * Entry id, >= 0. Re-adding an entry id that is already stored is accepted and acknowledged
   * again (retries, recovery and re-replication write the same bytes; the stored copy is replaced).
   * A writer never reuses an entry id for different content.
   */
  'entryId'?: (number | string | Long);
  /**
   * The writer's key for this ledger (derived from the ledger's password in its metadata), 0 to 64
   * bytes. Stored by the first add or fence; every later add or fence must present the same bytes
   * or gets PERMISSION_DENIED. It stops clients that do not know the ledger from writing to or
   * fencing it; it is not a secret against an attacker on the network.
   */
  'masterKey'?: (Buffer | Uint8Array | string);
  /**
   * The writer's last-add-confirmed when it sent this add: -1 <= last_add_confirmed < entry_id
   * (INVALID_ARGUMENT otherwise). The bookie keeps, per ledger, the highest value it has seen and
   * reports it on reads; readers use it to know which entries are safe to read.
   */
  'lastAddConfirmed'?: (number | string | Long);
  /**
   * The entry as the broker encoded it (batch header + messages). Opaque to the bookie. Size
   * 0..entryBytesMax.
   */
  'body'?: (Buffer | Uint8Array | string);
  /**
   * CRC32C (Castagnoli, as in iSCSI/ext4: reflected, initial value and final xor 0xFFFFFFFF) of
   * `body`, computed by the writer. The bookie verifies it before storing (CHECKSUM_MISMATCH if
   * wrong), stores it with the entry, verifies it again on every read, and returns it so that the
   * reader can verify end to end. Covers `body` only; ids are protected by how the bookie keys its
   * storage.
   */
  'crc32c'?: (number);
  /**
   * Set only by ledger recovery when it writes back entries it read from other bookies: the add
   * is accepted even though the ledger is fenced (as BookKeeper's recovery adds). The master key is
   * still checked.
   */
  'recovery'?: (boolean);
  /**
   * Total length in bytes of the bodies of entries 0..entry_id of this ledger (including this one),
   * as tracked by the writer; stored with the entry and returned on reads verbatim. Recovery takes
   * the last recovered entry's value as the closed ledger's `length`. 0 = not tracked.
   */
  'ledgerLength'?: (number | string | Long);
  /**
   * W3C trace context of the publish this entry belongs to (keys `traceparent` and, optionally,
   * `tracestate`), so the bookie's journal-write span joins the producer's trace. At most 8 keys,
   * 512 bytes each; empty = untraced.
   */
  'traceContext'?: ({[key: string]: string});
}

/**
 * One add. The first add (or fence) that reaches a bookie for a ledger creates the ledger there
 * and records its master key.
 */
export interface AddEntryRequest__Output {
  /**
   * Chosen by the client, unique among the adds in flight on this stream; echoed in the response
   * and otherwise not interpreted. The client needs it because responses arrive in any order.
   */
  'requestId': (number);
  /**
   * Ledger id, >= 0 (allocated through the metadata store).
   */
  'ledgerId': (number);
  /**
   * Entry id, >= 0. Re-adding an entry id that is already stored is accepted and acknowledged
   * again (retries, recovery and re-replication write the same bytes; the stored copy is replaced).
   * A writer never reuses an entry id for different content.
   */
  'entryId': (number);
  /**
   * The writer's key for this ledger (derived from the ledger's password in its metadata), 0 to 64
   * bytes. Stored by the first add or fence; every later add or fence must present the same bytes
   * or gets PERMISSION_DENIED. It stops clients that do not know the ledger from writing to or
   * fencing it; it is not a secret against an attacker on the network.
   */
  'masterKey': (Buffer);
  /**
   * The writer's last-add-confirmed when it sent this add: -1 <= last_add_confirmed < entry_id
   * (INVALID_ARGUMENT otherwise). The bookie keeps, per ledger, the highest value it has seen and
   * reports it on reads; readers use it to know which entries are safe to read.
   */
  'lastAddConfirmed': (number);
  /**
   * The entry as the broker encoded it (batch header + messages). Opaque to the bookie. Size
   * 0..entryBytesMax.
   */
  'body': (Buffer);
  /**
   * CRC32C (Castagnoli, as in iSCSI/ext4: reflected, initial value and final xor 0xFFFFFFFF) of
   * `body`, computed by the writer. The bookie verifies it before storing (CHECKSUM_MISMATCH if
   * wrong), stores it with the entry, verifies it again on every read, and returns it so that the
   * reader can verify end to end. Covers `body` only; ids are protected by how the bookie keys its
   * storage.
   */
  'crc32c': (number);
  /**
   * Set only by ledger recovery when it writes back entries it read from other bookies: the add
   * is accepted even though the ledger is fenced (as BookKeeper's recovery adds). The master key is
   * still checked.
   */
  'recovery': (boolean);
  /**
   * Total length in bytes of the bodies of entries 0..entry_id of this ledger (including this one),
   * as tracked by the writer; stored with the entry and returned on reads verbatim. Recovery takes
   * the last recovered entry's value as the closed ledger's `length`. 0 = not tracked.
   */
  'ledgerLength': (number);
  /**
   * W3C trace context of the publish this entry belongs to (keys `traceparent` and, optionally,
   * `tracestate`), so the bookie's journal-write span joins the producer's trace. At most 8 keys,
   * 512 bytes each; empty = untraced.
   */
  'traceContext': ({[key: string]: string});
}
