/**
 * The stored form of an entry (proto: StoredEntry): one producer batch, encoded once by the
 * broker and written as-is to every bookie of its write set.
 */
import type { EntryHeader__Output } from "../../proto/gen/magnetar/v1/EntryHeader.js";
import type { StoredEntry, StoredEntry__Output } from "../../proto/gen/magnetar/v1/StoredEntry.js";
import { messageCodec } from "../../proto/index.js";
import { EMPTY_KEY_HASH, KEY_HASH_SPACE, murmur3x86_32 } from "../core/index.js";

let codec: ReturnType<typeof messageCodec<StoredEntry, StoredEntry__Output>> | undefined;

function storedEntryCodec() {
  codec ??= messageCodec<StoredEntry, StoredEntry__Output>("StoredEntry");
  return codec;
}

export function encodeEntry(entry: StoredEntry): Buffer {
  const bytes = storedEntryCodec().encode(entry);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An entry decoded for dispatch: the header and payload a DeliveredEntry carries. */
export interface DecodedEntry {
  readonly header: EntryHeader__Output;
  readonly payload: Buffer;
  /** Key_Shared: Murmur3 of the batch key modulo the key hash space. */
  readonly keyHash: number;
}

export function decodeEntry(body: Buffer): DecodedEntry {
  const e = storedEntryCodec().decode(body);
  if (!e.header) throw new Error("stored entry without a header");
  const key = e.header.batchKey;
  return {
    header: e.header,
    // A view of `body` (shared with the ledger cache, never written to): a copy per entry and
    // subscription was a large share of the broker's allocations.
    payload: Buffer.from(e.payload.buffer, e.payload.byteOffset, e.payload.byteLength),
    keyHash: key && key.length > 0 ? murmur3x86_32(key) % KEY_HASH_SPACE : EMPTY_KEY_HASH,
  };
}
