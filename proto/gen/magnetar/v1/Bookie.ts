// Original file: proto/bookie.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddEntryRequest as _magnetar_v1_AddEntryRequest, AddEntryRequest__Output as _magnetar_v1_AddEntryRequest__Output } from '../../magnetar/v1/AddEntryRequest.js';
import type { AddEntryResponse as _magnetar_v1_AddEntryResponse, AddEntryResponse__Output as _magnetar_v1_AddEntryResponse__Output } from '../../magnetar/v1/AddEntryResponse.js';
import type { DeleteLedgerRequest as _magnetar_v1_DeleteLedgerRequest, DeleteLedgerRequest__Output as _magnetar_v1_DeleteLedgerRequest__Output } from '../../magnetar/v1/DeleteLedgerRequest.js';
import type { DeleteLedgerResponse as _magnetar_v1_DeleteLedgerResponse, DeleteLedgerResponse__Output as _magnetar_v1_DeleteLedgerResponse__Output } from '../../magnetar/v1/DeleteLedgerResponse.js';
import type { GetBookieInfoRequest as _magnetar_v1_GetBookieInfoRequest, GetBookieInfoRequest__Output as _magnetar_v1_GetBookieInfoRequest__Output } from '../../magnetar/v1/GetBookieInfoRequest.js';
import type { GetBookieInfoResponse as _magnetar_v1_GetBookieInfoResponse, GetBookieInfoResponse__Output as _magnetar_v1_GetBookieInfoResponse__Output } from '../../magnetar/v1/GetBookieInfoResponse.js';
import type { ListLedgersRequest as _magnetar_v1_ListLedgersRequest, ListLedgersRequest__Output as _magnetar_v1_ListLedgersRequest__Output } from '../../magnetar/v1/ListLedgersRequest.js';
import type { ListLedgersResponse as _magnetar_v1_ListLedgersResponse, ListLedgersResponse__Output as _magnetar_v1_ListLedgersResponse__Output } from '../../magnetar/v1/ListLedgersResponse.js';
import type { ReadEntriesRequest as _magnetar_v1_ReadEntriesRequest, ReadEntriesRequest__Output as _magnetar_v1_ReadEntriesRequest__Output } from '../../magnetar/v1/ReadEntriesRequest.js';
import type { ReadEntriesResponse as _magnetar_v1_ReadEntriesResponse, ReadEntriesResponse__Output as _magnetar_v1_ReadEntriesResponse__Output } from '../../magnetar/v1/ReadEntriesResponse.js';
import type { ReadEntryRequest as _magnetar_v1_ReadEntryRequest, ReadEntryRequest__Output as _magnetar_v1_ReadEntryRequest__Output } from '../../magnetar/v1/ReadEntryRequest.js';
import type { ReadEntryResponse as _magnetar_v1_ReadEntryResponse, ReadEntryResponse__Output as _magnetar_v1_ReadEntryResponse__Output } from '../../magnetar/v1/ReadEntryResponse.js';
import type { ReadLacRequest as _magnetar_v1_ReadLacRequest, ReadLacRequest__Output as _magnetar_v1_ReadLacRequest__Output } from '../../magnetar/v1/ReadLacRequest.js';
import type { ReadLacResponse as _magnetar_v1_ReadLacResponse, ReadLacResponse__Output as _magnetar_v1_ReadLacResponse__Output } from '../../magnetar/v1/ReadLacResponse.js';

/**
 * The storage node's service.
 */
export interface BookieClient extends grpc.Client {
  /**
   * Appends entries. Bidirectional and pipelined: the client keeps many adds in flight on one
   * stream (typically one stream per bookie, shared by every ledger the client writes to that
   * bookie); the bookie answers each add exactly once, in ANY order, identified by request_id
   * (and ledger_id/entry_id).
   * 
   * Durability: a success response is sent only after the group-commit sync of the bookie's
   * journal that contains the entry has completed ("persist before ack"). After a crash and
   * restart, every entry ever acknowledged is readable.
   * 
   * Flow control: the bookie bounds the bytes it has accepted but not yet synced per stream
   * (setting, default 64 MiB) and stops reading from the stream while over the bound, so HTTP/2
   * flow control pushes back on the client; it does not reject adds for being too many.
   * 
   * Per-add errors (in AddEntryResponse.error; the stream goes on):
   * - LEDGER_FENCED: the ledger is fenced and the add is not a recovery add. Outcome of THIS add
   * is unknown to the writer's protocol (treat like a timeout); the writer must stop writing
   * the ledger. Not retriable.
   * - PERMISSION_DENIED: master_key differs from the key stored for the ledger.
   * - CHECKSUM_MISMATCH: crc32c does not match body (corrupted in transit); nothing stored.
   * Retriable (resend the add).
   * - INVALID_ARGUMENT: negative ids, last_add_confirmed out of range, body over entryBytesMax.
   * - BOOKIE_READ_ONLY: the bookie accepts no writes (disk full, draining); write elsewhere
   * (ensemble change).
   * - INTERNAL: the journal write or sync failed; the bookie turns itself read-only.
   * Stream errors (the stream ends with a status): UNAVAILABLE when the bookie shuts down or the
   * bookie id mismatches. Every add that had no response when the stream ended has an unknown
   * outcome. When the client half-closes, the bookie answers every outstanding add and then ends
   * the stream with OK.
   */
  AddEntry(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryResponse__Output>;
  AddEntry(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryResponse__Output>;
  /**
   * Appends entries. Bidirectional and pipelined: the client keeps many adds in flight on one
   * stream (typically one stream per bookie, shared by every ledger the client writes to that
   * bookie); the bookie answers each add exactly once, in ANY order, identified by request_id
   * (and ledger_id/entry_id).
   * 
   * Durability: a success response is sent only after the group-commit sync of the bookie's
   * journal that contains the entry has completed ("persist before ack"). After a crash and
   * restart, every entry ever acknowledged is readable.
   * 
   * Flow control: the bookie bounds the bytes it has accepted but not yet synced per stream
   * (setting, default 64 MiB) and stops reading from the stream while over the bound, so HTTP/2
   * flow control pushes back on the client; it does not reject adds for being too many.
   * 
   * Per-add errors (in AddEntryResponse.error; the stream goes on):
   * - LEDGER_FENCED: the ledger is fenced and the add is not a recovery add. Outcome of THIS add
   * is unknown to the writer's protocol (treat like a timeout); the writer must stop writing
   * the ledger. Not retriable.
   * - PERMISSION_DENIED: master_key differs from the key stored for the ledger.
   * - CHECKSUM_MISMATCH: crc32c does not match body (corrupted in transit); nothing stored.
   * Retriable (resend the add).
   * - INVALID_ARGUMENT: negative ids, last_add_confirmed out of range, body over entryBytesMax.
   * - BOOKIE_READ_ONLY: the bookie accepts no writes (disk full, draining); write elsewhere
   * (ensemble change).
   * - INTERNAL: the journal write or sync failed; the bookie turns itself read-only.
   * Stream errors (the stream ends with a status): UNAVAILABLE when the bookie shuts down or the
   * bookie id mismatches. Every add that had no response when the stream ended has an unknown
   * outcome. When the client half-closes, the bookie answers every outstanding add and then ends
   * the stream with OK.
   */
  addEntry(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryResponse__Output>;
  addEntry(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryResponse__Output>;
  
  /**
   * Deletes every entry of a ledger and its fenced flag, master key and LAC, freeing the space.
   * Idempotent: deleting an unknown ledger succeeds (existed = false). Callers delete a ledger's
   * metadata first; the bookie does not consult the metadata store. A late add from a zombie
   * writer may recreate a deleted ledger's data on the bookie; the garbage collector, which
   * compares ListLedgers with the metadata store, removes it.
   * 
   * Errors: INVALID_ARGUMENT (negative ledger_id); BOOKIE_READ_ONLY is NOT returned (deleting is
   * allowed on a read-only bookie, it is how space comes back); UNAVAILABLE; INTERNAL.
   */
  DeleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  DeleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  DeleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  DeleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes every entry of a ledger and its fenced flag, master key and LAC, freeing the space.
   * Idempotent: deleting an unknown ledger succeeds (existed = false). Callers delete a ledger's
   * metadata first; the bookie does not consult the metadata store. A late add from a zombie
   * writer may recreate a deleted ledger's data on the bookie; the garbage collector, which
   * compares ListLedgers with the metadata store, removes it.
   * 
   * Errors: INVALID_ARGUMENT (negative ledger_id); BOOKIE_READ_ONLY is NOT returned (deleting is
   * allowed on a read-only bookie, it is how space comes back); UNAVAILABLE; INTERNAL.
   */
  deleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  deleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  deleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  deleteLedger(argument: _magnetar_v1_DeleteLedgerRequest, callback: grpc.requestCallback<_magnetar_v1_DeleteLedgerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Identity, capacity and state of the bookie. Cheap; used for placement and health checks.
   * Errors: UNAVAILABLE (starting or stopping).
   */
  GetBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Identity, capacity and state of the bookie. Cheap; used for placement and health checks.
   * Errors: UNAVAILABLE (starting or stopping).
   */
  getBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  getBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  getBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  getBookieInfo(argument: _magnetar_v1_GetBookieInfoRequest, callback: grpc.requestCallback<_magnetar_v1_GetBookieInfoResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams the ids of every ledger this bookie stores (including fenced-but-empty ones), in
   * ascending order, in batches. Used by garbage collection (ledgers absent from metadata) and
   * auto-recovery (what a bookie holds). The listing is not a snapshot: ledgers created or
   * deleted while it runs may or may not appear.
   * 
   * Errors: INVALID_ARGUMENT (negative start_ledger_id); UNAVAILABLE.
   */
  ListLedgers(argument: _magnetar_v1_ListLedgersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ListLedgersResponse__Output>;
  ListLedgers(argument: _magnetar_v1_ListLedgersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ListLedgersResponse__Output>;
  /**
   * Streams the ids of every ledger this bookie stores (including fenced-but-empty ones), in
   * ascending order, in batches. Used by garbage collection (ledgers absent from metadata) and
   * auto-recovery (what a bookie holds). The listing is not a snapshot: ledgers created or
   * deleted while it runs may or may not appear.
   * 
   * Errors: INVALID_ARGUMENT (negative start_ledger_id); UNAVAILABLE.
   */
  listLedgers(argument: _magnetar_v1_ListLedgersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ListLedgersResponse__Output>;
  listLedgers(argument: _magnetar_v1_ListLedgersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ListLedgersResponse__Output>;
  
  /**
   * Range read for read-ahead: streams the entries first_entry_id..last_entry_id (inclusive), in
   * entry id order, as a contiguous run. The stream ends with OK after last_entry_id, when
   * max_bytes is reached, or just before the first entry id in the range that this bookie does
   * not store (the client reads the rest from another bookie of the write set). Entries the
   * bookie does not have are never skipped over: what arrives is always a gap-free prefix of the
   * range.
   * 
   * Errors: LEDGER_NOT_FOUND; ENTRY_NOT_FOUND if first_entry_id itself is not stored;
   * CHECKSUM_MISMATCH ends the stream after the entries before the corrupt one (read the rest
   * elsewhere); INVALID_ARGUMENT (negative ids, last_entry_id < first_entry_id); UNAVAILABLE.
   */
  ReadEntries(argument: _magnetar_v1_ReadEntriesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ReadEntriesResponse__Output>;
  ReadEntries(argument: _magnetar_v1_ReadEntriesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ReadEntriesResponse__Output>;
  /**
   * Range read for read-ahead: streams the entries first_entry_id..last_entry_id (inclusive), in
   * entry id order, as a contiguous run. The stream ends with OK after last_entry_id, when
   * max_bytes is reached, or just before the first entry id in the range that this bookie does
   * not store (the client reads the rest from another bookie of the write set). Entries the
   * bookie does not have are never skipped over: what arrives is always a gap-free prefix of the
   * range.
   * 
   * Errors: LEDGER_NOT_FOUND; ENTRY_NOT_FOUND if first_entry_id itself is not stored;
   * CHECKSUM_MISMATCH ends the stream after the entries before the corrupt one (read the rest
   * elsewhere); INVALID_ARGUMENT (negative ids, last_entry_id < first_entry_id); UNAVAILABLE.
   */
  readEntries(argument: _magnetar_v1_ReadEntriesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ReadEntriesResponse__Output>;
  readEntries(argument: _magnetar_v1_ReadEntriesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_magnetar_v1_ReadEntriesResponse__Output>;
  
  /**
   * Reads one entry. With `fence`, first fences the ledger durably, then reads (recovery reads).
   * With long_poll_timeout_ms > 0, waits for this bookie's LAC to pass previous_lac (tailing).
   * 
   * Errors: LEDGER_NOT_FOUND (the bookie has no such ledger and fence is false; with long poll the
   * bookie waits instead, see below); ENTRY_NOT_FOUND (ledger known, entry not stored here; never
   * with long poll); CHECKSUM_MISMATCH (the stored entry fails its CRC32C check: it is never
   * returned, read another replica); PERMISSION_DENIED (fence with a wrong master_key);
   * INVALID_ARGUMENT; UNAVAILABLE (shutting down); TIMEOUT (deadline passed).
   */
  ReadEntry(argument: _magnetar_v1_ReadEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  ReadEntry(argument: _magnetar_v1_ReadEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  ReadEntry(argument: _magnetar_v1_ReadEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  ReadEntry(argument: _magnetar_v1_ReadEntryRequest, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one entry. With `fence`, first fences the ledger durably, then reads (recovery reads).
   * With long_poll_timeout_ms > 0, waits for this bookie's LAC to pass previous_lac (tailing).
   * 
   * Errors: LEDGER_NOT_FOUND (the bookie has no such ledger and fence is false; with long poll the
   * bookie waits instead, see below); ENTRY_NOT_FOUND (ledger known, entry not stored here; never
   * with long poll); CHECKSUM_MISMATCH (the stored entry fails its CRC32C check: it is never
   * returned, read another replica); PERMISSION_DENIED (fence with a wrong master_key);
   * INVALID_ARGUMENT; UNAVAILABLE (shutting down); TIMEOUT (deadline passed).
   */
  readEntry(argument: _magnetar_v1_ReadEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  readEntry(argument: _magnetar_v1_ReadEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  readEntry(argument: _magnetar_v1_ReadEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  readEntry(argument: _magnetar_v1_ReadEntryRequest, callback: grpc.requestCallback<_magnetar_v1_ReadEntryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads this bookie's last-add-confirmed and the last entry id it stores for a ledger. With
   * `fence`, fences the ledger durably first: this is the first step of ledger recovery.
   * 
   * Errors: LEDGER_NOT_FOUND (unknown ledger and fence is false); PERMISSION_DENIED (fence with a
   * wrong master_key); INVALID_ARGUMENT; UNAVAILABLE.
   */
  ReadLac(argument: _magnetar_v1_ReadLacRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  ReadLac(argument: _magnetar_v1_ReadLacRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  ReadLac(argument: _magnetar_v1_ReadLacRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  ReadLac(argument: _magnetar_v1_ReadLacRequest, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads this bookie's last-add-confirmed and the last entry id it stores for a ledger. With
   * `fence`, fences the ledger durably first: this is the first step of ledger recovery.
   * 
   * Errors: LEDGER_NOT_FOUND (unknown ledger and fence is false); PERMISSION_DENIED (fence with a
   * wrong master_key); INVALID_ARGUMENT; UNAVAILABLE.
   */
  readLac(argument: _magnetar_v1_ReadLacRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  readLac(argument: _magnetar_v1_ReadLacRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  readLac(argument: _magnetar_v1_ReadLacRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  readLac(argument: _magnetar_v1_ReadLacRequest, callback: grpc.requestCallback<_magnetar_v1_ReadLacResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The storage node's service.
 */
export interface BookieHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Appends entries. Bidirectional and pipelined: the client keeps many adds in flight on one
   * stream (typically one stream per bookie, shared by every ledger the client writes to that
   * bookie); the bookie answers each add exactly once, in ANY order, identified by request_id
   * (and ledger_id/entry_id).
   * 
   * Durability: a success response is sent only after the group-commit sync of the bookie's
   * journal that contains the entry has completed ("persist before ack"). After a crash and
   * restart, every entry ever acknowledged is readable.
   * 
   * Flow control: the bookie bounds the bytes it has accepted but not yet synced per stream
   * (setting, default 64 MiB) and stops reading from the stream while over the bound, so HTTP/2
   * flow control pushes back on the client; it does not reject adds for being too many.
   * 
   * Per-add errors (in AddEntryResponse.error; the stream goes on):
   * - LEDGER_FENCED: the ledger is fenced and the add is not a recovery add. Outcome of THIS add
   * is unknown to the writer's protocol (treat like a timeout); the writer must stop writing
   * the ledger. Not retriable.
   * - PERMISSION_DENIED: master_key differs from the key stored for the ledger.
   * - CHECKSUM_MISMATCH: crc32c does not match body (corrupted in transit); nothing stored.
   * Retriable (resend the add).
   * - INVALID_ARGUMENT: negative ids, last_add_confirmed out of range, body over entryBytesMax.
   * - BOOKIE_READ_ONLY: the bookie accepts no writes (disk full, draining); write elsewhere
   * (ensemble change).
   * - INTERNAL: the journal write or sync failed; the bookie turns itself read-only.
   * Stream errors (the stream ends with a status): UNAVAILABLE when the bookie shuts down or the
   * bookie id mismatches. Every add that had no response when the stream ended has an unknown
   * outcome. When the client half-closes, the bookie answers every outstanding add and then ends
   * the stream with OK.
   */
  AddEntry: grpc.handleBidiStreamingCall<_magnetar_v1_AddEntryRequest__Output, _magnetar_v1_AddEntryResponse>;
  
  /**
   * Deletes every entry of a ledger and its fenced flag, master key and LAC, freeing the space.
   * Idempotent: deleting an unknown ledger succeeds (existed = false). Callers delete a ledger's
   * metadata first; the bookie does not consult the metadata store. A late add from a zombie
   * writer may recreate a deleted ledger's data on the bookie; the garbage collector, which
   * compares ListLedgers with the metadata store, removes it.
   * 
   * Errors: INVALID_ARGUMENT (negative ledger_id); BOOKIE_READ_ONLY is NOT returned (deleting is
   * allowed on a read-only bookie, it is how space comes back); UNAVAILABLE; INTERNAL.
   */
  DeleteLedger: grpc.handleUnaryCall<_magnetar_v1_DeleteLedgerRequest__Output, _magnetar_v1_DeleteLedgerResponse>;
  
  /**
   * Identity, capacity and state of the bookie. Cheap; used for placement and health checks.
   * Errors: UNAVAILABLE (starting or stopping).
   */
  GetBookieInfo: grpc.handleUnaryCall<_magnetar_v1_GetBookieInfoRequest__Output, _magnetar_v1_GetBookieInfoResponse>;
  
  /**
   * Streams the ids of every ledger this bookie stores (including fenced-but-empty ones), in
   * ascending order, in batches. Used by garbage collection (ledgers absent from metadata) and
   * auto-recovery (what a bookie holds). The listing is not a snapshot: ledgers created or
   * deleted while it runs may or may not appear.
   * 
   * Errors: INVALID_ARGUMENT (negative start_ledger_id); UNAVAILABLE.
   */
  ListLedgers: grpc.handleServerStreamingCall<_magnetar_v1_ListLedgersRequest__Output, _magnetar_v1_ListLedgersResponse>;
  
  /**
   * Range read for read-ahead: streams the entries first_entry_id..last_entry_id (inclusive), in
   * entry id order, as a contiguous run. The stream ends with OK after last_entry_id, when
   * max_bytes is reached, or just before the first entry id in the range that this bookie does
   * not store (the client reads the rest from another bookie of the write set). Entries the
   * bookie does not have are never skipped over: what arrives is always a gap-free prefix of the
   * range.
   * 
   * Errors: LEDGER_NOT_FOUND; ENTRY_NOT_FOUND if first_entry_id itself is not stored;
   * CHECKSUM_MISMATCH ends the stream after the entries before the corrupt one (read the rest
   * elsewhere); INVALID_ARGUMENT (negative ids, last_entry_id < first_entry_id); UNAVAILABLE.
   */
  ReadEntries: grpc.handleServerStreamingCall<_magnetar_v1_ReadEntriesRequest__Output, _magnetar_v1_ReadEntriesResponse>;
  
  /**
   * Reads one entry. With `fence`, first fences the ledger durably, then reads (recovery reads).
   * With long_poll_timeout_ms > 0, waits for this bookie's LAC to pass previous_lac (tailing).
   * 
   * Errors: LEDGER_NOT_FOUND (the bookie has no such ledger and fence is false; with long poll the
   * bookie waits instead, see below); ENTRY_NOT_FOUND (ledger known, entry not stored here; never
   * with long poll); CHECKSUM_MISMATCH (the stored entry fails its CRC32C check: it is never
   * returned, read another replica); PERMISSION_DENIED (fence with a wrong master_key);
   * INVALID_ARGUMENT; UNAVAILABLE (shutting down); TIMEOUT (deadline passed).
   */
  ReadEntry: grpc.handleUnaryCall<_magnetar_v1_ReadEntryRequest__Output, _magnetar_v1_ReadEntryResponse>;
  
  /**
   * Reads this bookie's last-add-confirmed and the last entry id it stores for a ledger. With
   * `fence`, fences the ledger durably first: this is the first step of ledger recovery.
   * 
   * Errors: LEDGER_NOT_FOUND (unknown ledger and fence is false); PERMISSION_DENIED (fence with a
   * wrong master_key); INVALID_ARGUMENT; UNAVAILABLE.
   */
  ReadLac: grpc.handleUnaryCall<_magnetar_v1_ReadLacRequest__Output, _magnetar_v1_ReadLacResponse>;
  
}

export interface BookieDefinition extends grpc.ServiceDefinition {
  AddEntry: MethodDefinition<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryResponse, _magnetar_v1_AddEntryRequest__Output, _magnetar_v1_AddEntryResponse__Output>
  DeleteLedger: MethodDefinition<_magnetar_v1_DeleteLedgerRequest, _magnetar_v1_DeleteLedgerResponse, _magnetar_v1_DeleteLedgerRequest__Output, _magnetar_v1_DeleteLedgerResponse__Output>
  GetBookieInfo: MethodDefinition<_magnetar_v1_GetBookieInfoRequest, _magnetar_v1_GetBookieInfoResponse, _magnetar_v1_GetBookieInfoRequest__Output, _magnetar_v1_GetBookieInfoResponse__Output>
  ListLedgers: MethodDefinition<_magnetar_v1_ListLedgersRequest, _magnetar_v1_ListLedgersResponse, _magnetar_v1_ListLedgersRequest__Output, _magnetar_v1_ListLedgersResponse__Output>
  ReadEntries: MethodDefinition<_magnetar_v1_ReadEntriesRequest, _magnetar_v1_ReadEntriesResponse, _magnetar_v1_ReadEntriesRequest__Output, _magnetar_v1_ReadEntriesResponse__Output>
  ReadEntry: MethodDefinition<_magnetar_v1_ReadEntryRequest, _magnetar_v1_ReadEntryResponse, _magnetar_v1_ReadEntryRequest__Output, _magnetar_v1_ReadEntryResponse__Output>
  ReadLac: MethodDefinition<_magnetar_v1_ReadLacRequest, _magnetar_v1_ReadLacResponse, _magnetar_v1_ReadLacRequest__Output, _magnetar_v1_ReadLacResponse__Output>
}
