// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

export interface WatchRequest {
  /**
   * The key, or the start of the range (see "Key-range selection").
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd'?: (Buffer | Uint8Array | string);
  /**
   * Watch every key starting with `key`.
   */
  'prefix'?: (boolean);
  /**
   * First revision whose events are delivered (events with mod_revision >= start_revision). 0 =
   * from now: events after the member's current revision, reported in the created response's
   * header.revision. A start_revision below the compact revision cancels the watch with COMPACTED.
   * A client that must not miss a change it just made passes that write's revision + 1 (a
   * lagging member may be behind "now" as the client sees it). A start_revision above the
   * member's current revision is allowed: its events are delivered once applied.
   */
  'startRevision'?: (number | string | Long);
  /**
   * Include each key's previous KeyValue in events (costs a read per event).
   */
  'prevKv'?: (boolean);
  /**
   * Ask for progress notifications: while the watch has no events to send, the member sends an
   * event-less response about every 10 seconds (server setting) whose header.revision promises
   * that every event up to that revision has been delivered.
   */
  'progressNotify'?: (boolean);
}

export interface WatchRequest__Output {
  /**
   * The key, or the start of the range (see "Key-range selection").
   */
  'key': (Buffer);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd': (Buffer);
  /**
   * Watch every key starting with `key`.
   */
  'prefix': (boolean);
  /**
   * First revision whose events are delivered (events with mod_revision >= start_revision). 0 =
   * from now: events after the member's current revision, reported in the created response's
   * header.revision. A start_revision below the compact revision cancels the watch with COMPACTED.
   * A client that must not miss a change it just made passes that write's revision + 1 (a
   * lagging member may be behind "now" as the client sees it). A start_revision above the
   * member's current revision is allowed: its events are delivered once applied.
   */
  'startRevision': (number);
  /**
   * Include each key's previous KeyValue in events (costs a read per event).
   */
  'prevKv': (boolean);
  /**
   * Ask for progress notifications: while the watch has no events to send, the member sends an
   * event-less response about every 10 seconds (server setting) whose header.revision promises
   * that every event up to that revision has been delivered.
   */
  'progressNotify': (boolean);
}
