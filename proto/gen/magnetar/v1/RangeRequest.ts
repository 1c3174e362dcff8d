// Original file: proto/metadata.proto

import type { Long } from '@grpc/proto-loader';

export interface RangeRequest {
  /**
   * First key of the range, or the single key (see "Key-range selection" above).
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd'?: (Buffer | Uint8Array | string);
  /**
   * Select every key starting with `key`.
   */
  'prefix'?: (boolean);
  /**
   * Maximum number of keys to return; 0 = no limit (the ~4 MiB response cap still applies). >= 0.
   */
  'limit'?: (number | string | Long);
  /**
   * Revision to read at; 0 = the latest. Older revisions are readable until compacted (COMPACTED
   * below the compact revision). A revision above the store's current revision is
   * INVALID_ARGUMENT for a linearizable read (it does not exist yet) and UNAVAILABLE for a
   * serializable read on a member that has not applied it yet (retry, or read linearizably). To
   * page consistently, pass the first page's header.revision and key = last returned key + "\x00".
   */
  'revision'?: (number | string | Long);
  /**
   * Return keys and metadata without values.
   */
  'keysOnly'?: (boolean);
  /**
   * Return only `count`, no kvs.
   */
  'countOnly'?: (boolean);
  /**
   * false (default) = linearizable: the member obtains a read index from the leader and reads once
   * it has applied it, so the result reflects every write acknowledged before the call started.
   * true = served from the member's applied state without contacting the leader: faster and
   * available without a leader, but possibly stale (never older than what this member already
   * returned).
   */
  'serializable'?: (boolean);
}

export interface RangeRequest__Output {
  /**
   * First key of the range, or the single key (see "Key-range selection" above).
   */
  'key': (Buffer);
  /**
   * End of the range, exclusive; empty = single key or prefix.
   */
  'rangeEnd': (Buffer);
  /**
   * Select every key starting with `key`.
   */
  'prefix': (boolean);
  /**
   * Maximum number of keys to return; 0 = no limit (the ~4 MiB response cap still applies). >= 0.
   */
  'limit': (number);
  /**
   * Revision to read at; 0 = the latest. Older revisions are readable until compacted (COMPACTED
   * below the compact revision). A revision above the store's current revision is
   * INVALID_ARGUMENT for a linearizable read (it does not exist yet) and UNAVAILABLE for a
   * serializable read on a member that has not applied it yet (retry, or read linearizably). To
   * page consistently, pass the first page's header.revision and key = last returned key + "\x00".
   */
  'revision': (number);
  /**
   * Return keys and metadata without values.
   */
  'keysOnly': (boolean);
  /**
   * Return only `count`, no kvs.
   */
  'countOnly': (boolean);
  /**
   * false (default) = linearizable: the member obtains a read index from the leader and reads once
   * it has applied it, so the result reflects every write acknowledged before the call started.
   * true = served from the member's applied state without contacting the leader: faster and
   * available without a leader, but possibly stale (never older than what this member already
   * returned).
   */
  'serializable': (boolean);
}
