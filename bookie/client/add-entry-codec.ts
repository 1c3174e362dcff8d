/**
 * AddEntryRequest bytes, encoded once per entry however many bookies it goes to.
 *
 * A writer sends each entry to W bookies, one after another in one synchronous step. Encoding the
 * request per bookie would copy the body and redo protobufjs's work W times (and gRPC copies it once
 * more into each frame). The W requests can be the very same bytes: the piggybacked LAC is the same
 * for every bookie of an entry, and the stream request id, which only needs to be unique among the
 * adds in flight on one stream, is drawn from a counter shared by every stream of the process. So
 * the last encoding is kept, and a request equal to it reuses its bytes and its request id.
 */
import type protobuf from "protobufjs";
import { messageType } from "../../proto/index.js";
import type { AddRequest } from "./bookie-client.js";

export interface EncodedAdd {
  /** Unique among every add this process encoded, hence among those in flight on any one stream. */
  readonly requestId: number;
  readonly bytes: Buffer;
}

let addType: protobuf.Type | undefined;
let lastRequestId = 0;
/** The last encoding: one entry's bytes at most, so nothing is held past the writer's send loop. */
let last: { readonly req: AddRequest; readonly encoded: EncodedAdd } | undefined;

function type(): protobuf.Type {
  addType ??= messageType("AddEntryRequest");
  return addType;
}

/** Whether `b` encodes to the same bytes as `a` (apart from the request id). */
function sameAdd(a: AddRequest, b: AddRequest): boolean {
  return (
    a.body === b.body &&
    a.ledgerId === b.ledgerId &&
    a.entryId === b.entryId &&
    a.lastAddConfirmed === b.lastAddConfirmed &&
    a.crc32c === b.crc32c &&
    a.ledgerLength === b.ledgerLength &&
    a.recovery === b.recovery &&
    a.masterKey.equals(b.masterKey) &&
    a.traceContext === undefined &&
    b.traceContext === undefined
  );
}

/**
 * The wire bytes of `req` with a request id: the previous call's when `req` encodes the same (the
 * same entry for another bookie), unless `fresh` (the caller's stream already has that id pending).
 */
export function encodeAddEntry(req: AddRequest, fresh = false): EncodedAdd {
  if (!fresh && last && sameAdd(last.req, req)) return last.encoded;
  const requestId = ++lastRequestId;
  const bytes = type()
    .encode({
      requestId,
      ledgerId: req.ledgerId,
      entryId: req.entryId,
      masterKey: req.masterKey,
      lastAddConfirmed: req.lastAddConfirmed,
      body: req.body,
      crc32c: req.crc32c,
      recovery: req.recovery,
      ledgerLength: req.ledgerLength,
      ...(req.traceContext ? { traceContext: req.traceContext } : {}),
    })
    .finish();
  // protobufjs's Node writer finishes into a Buffer; the view keeps that true for any writer.
  const encoded = { requestId, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  last = { req, encoded };
  return encoded;
}
