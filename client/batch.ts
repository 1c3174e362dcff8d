/**
 * Producer batching, pure: which messages go in one batch (count, bytes, key and deliver-at limits),
 * sequence numbering, and the bytes of a ProduceBatch. No timers and no I/O; the producer shell
 * (producer.ts) decides when to seal on time.
 *
 * A batch payload is the encoded `MessageBatch`: field 1 repeated, one length-delimited
 * `SingleMessage` per message. Each message is encoded once, when sent, so the batch size is known
 * exactly as messages are added; an uncompressed batch's messages are then framed straight into
 * the ProduceRequest (encodeProduceBatch), a compressed one's concatenated and compressed.
 */

import type protobuf from "protobufjs";
import { invariant } from "../common/errors.js";
import type { MessageBatch, MessageBatch__Output } from "../proto/gen/magnetar/v1/MessageBatch.js";
import { messageCodec, messageType } from "../proto/index.js";
import { type Compression, compress, type WireCompressionCodec, wireCodec } from "./compression.js";
import { delimitedSize, writeBytes, writeVarint } from "./message-codec.js";

let batchCodec: ReturnType<typeof messageCodec<MessageBatch, MessageBatch__Output>> | undefined;

export function messageBatchCodec(): ReturnType<typeof messageCodec<MessageBatch, MessageBatch__Output>> {
  batchCodec ??= messageCodec<MessageBatch, MessageBatch__Output>("MessageBatch");
  return batchCodec;
}

/** One message accepted by a producer, encoded and numbered, waiting for its batch. */
export interface OutgoingMessage {
  readonly sequenceId: number;
  /** The encoded SingleMessage. */
  readonly encoded: Uint8Array;
  /**
   * The Key_Shared key: the ordering key if set, else the UTF-8 key; undefined without a key. Two
   * messages share a key when these bytes are equal.
   */
  readonly batchKey: Uint8Array | undefined;
  /** 0 = deliver at once. */
  readonly deliverAtMs: number;
}

/** Bytes one message adds to the encoded MessageBatch: tag, length, body. */
export function framedSize(encodedLength: number): number {
  return delimitedSize(encodedLength);
}

/** Writes the MessageBatch of already-encoded SingleMessages at `at`; returns the offset after it. */
function writeMessageBatch(out: Uint8Array, at: number, encoded: readonly Uint8Array[]): number {
  let i = at;
  for (const e of encoded) i = writeBytes(out, i, 0x0a, e); // field 1, length-delimited
  return i;
}

/** The MessageBatch encoding of already-encoded SingleMessages, in order. */
export function encodeMessageBatch(encoded: readonly Uint8Array[]): Buffer {
  let total = 0;
  for (const e of encoded) total += framedSize(e.byteLength);
  const out = Buffer.allocUnsafe(total);
  writeMessageBatch(out, 0, encoded);
  return out;
}

function sameKey(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export interface BatchLimits {
  /** Seal at this many messages. >= 1. */
  readonly maxMessages: number;
  /** Seal before the encoded batch would exceed this many bytes (a bigger single message is alone). */
  readonly maxBytes: number;
  /** KeyBased batching: a batch never mixes keys. */
  readonly keyBased: boolean;
}

/** The open batch of one producer. */
export class BatchBuilder<M extends OutgoingMessage = OutgoingMessage> {
  private messages: M[] = [];
  private bytes = 0;
  /** Whether every message so far has the first one's key (then that key is the batch key). */
  private uniformKey = true;

  constructor(private readonly limits: BatchLimits) {}

  get count(): number {
    return this.messages.length;
  }

  /** Size of the encoded MessageBatch if sealed now. */
  get encodedBytes(): number {
    return this.bytes;
  }

  isEmpty(): boolean {
    return this.messages.length === 0;
  }

  /** The oldest message of the open batch. */
  peek(): M | undefined {
    return this.messages[0];
  }

  /** True when `msg` cannot join the open batch: seal the batch first, then add it. */
  mustSealBefore(msg: OutgoingMessage): boolean {
    const first = this.messages[0];
    if (first === undefined) return false;
    if (this.messages.length >= this.limits.maxMessages) return true;
    if (this.bytes + framedSize(msg.encoded.byteLength) > this.limits.maxBytes) return true;
    if (msg.deliverAtMs !== first.deliverAtMs) return true;
    return this.limits.keyBased && !sameKey(msg.batchKey, first.batchKey);
  }

  add(msg: M): void {
    const first = this.messages[0];
    if (first !== undefined && !sameKey(first.batchKey, msg.batchKey)) this.uniformKey = false;
    this.messages.push(msg);
    this.bytes += framedSize(msg.encoded.byteLength);
  }

  /** True when the batch reached a limit and should be sealed without waiting for the delay. */
  isFull(): boolean {
    return this.messages.length >= this.limits.maxMessages || this.bytes >= this.limits.maxBytes;
  }

  /** The batch key, when every message has the same one. */
  batchKey(): Uint8Array | undefined {
    return this.uniformKey ? this.messages[0]?.batchKey : undefined;
  }

  /** Takes the open batch's messages (in send order) and starts an empty one. */
  drain(): { messages: M[]; batchKey: Uint8Array | undefined } {
    const out = { messages: this.messages, batchKey: this.batchKey() };
    this.messages = [];
    this.bytes = 0;
    this.uniformKey = true;
    return out;
  }
}

/** Sequence ids of one producer: from ProducerOpened.last_sequence_id + 1, one per message. */
export class SequenceIds {
  private nextId: number;

  constructor(lastSequenceId: number) {
    this.nextId = lastSequenceId + 1;
  }

  next(): number {
    return this.nextId++;
  }

  /** The last id handed out (or the starting point's predecessor). */
  get last(): number {
    return this.nextId - 1;
  }

  /** After a reopen: never number at or below what the broker has persisted. */
  advancePast(lastSequenceId: number): void {
    if (lastSequenceId + 1 > this.nextId) this.nextId = lastSequenceId + 1;
  }
}

/** The header fields and payload of one ProduceBatch, without the per-stream request_id. */
export interface SealedBatch {
  readonly firstSequenceId: number;
  readonly lastSequenceId: number;
  readonly messageCount: number;
  readonly uncompressedSizeBytes: number;
  readonly codec: WireCompressionCodec;
  readonly publishTimeMs: number;
  /**
   * The MessageBatch: compressed bytes, or, uncompressed, its encoded messages, which
   * encodeProduceBatch frames straight into the request (one copy instead of two).
   */
  readonly payload: Uint8Array | readonly Uint8Array[];
  readonly batchKey: Uint8Array | undefined;
  readonly deliverAtTimeMs: number;
}

/** Encodes and compresses a batch. `messages` is non-empty and in sequence order. */
export function sealBatch(
  messages: readonly OutgoingMessage[],
  batchKey: Uint8Array | undefined,
  compression: Compression,
  nowMs: number,
): SealedBatch {
  const first = messages[0];
  const last = messages[messages.length - 1];
  if (first === undefined || last === undefined) throw new RangeError("cannot seal an empty batch");
  const encoded = messages.map((m) => m.encoded);
  let uncompressedSizeBytes = 0;
  let deliverAt = 0;
  for (const m of messages) {
    uncompressedSizeBytes += framedSize(m.encoded.byteLength);
    deliverAt = Math.max(deliverAt, m.deliverAtMs);
  }
  return {
    firstSequenceId: first.sequenceId,
    lastSequenceId: last.sequenceId,
    messageCount: messages.length,
    uncompressedSizeBytes,
    codec: wireCodec(compression),
    publishTimeMs: nowMs,
    payload: compression === "none" ? encoded : compress(compression, encodeMessageBatch(encoded)),
    batchKey,
    deliverAtTimeMs: deliverAt,
  };
}

/** The payload bytes of a sealed batch, as the broker receives them. */
export function payloadBytes(sealed: SealedBatch): Uint8Array {
  return sealed.payload instanceof Uint8Array ? sealed.payload : encodeMessageBatch(sealed.payload);
}

let produceBatchType: protobuf.Type | undefined;

/**
 * The wire bytes of `ProduceRequest { batch }` for a sealed batch, sent through a pass-through
 * serializer: protobufjs encodes the header fields, and the payload (field 8, after them: protobuf
 * takes fields in any order) is framed straight into the request, so the messages are copied
 * once here instead of into a MessageBatch and then again into the request.
 */
export function encodeProduceBatch(
  requestId: number,
  sealed: SealedBatch,
  traceContext?: Readonly<Record<string, string>>,
): Buffer {
  produceBatchType ??= messageType("ProduceBatch");
  const header = produceBatchType
    .encode(
      produceBatchType.fromObject({
        requestId,
        firstSequenceId: sealed.firstSequenceId,
        lastSequenceId: sealed.lastSequenceId,
        messageCount: sealed.messageCount,
        uncompressedSizeBytes: sealed.uncompressedSizeBytes,
        codec: sealed.codec,
        publishTimeMs: sealed.publishTimeMs,
        ...(traceContext ? { traceContext } : {}),
        ...(sealed.batchKey !== undefined ? { batchKey: sealed.batchKey } : {}),
        deliverAtTimeMs: sealed.deliverAtTimeMs,
      }),
    )
    .finish();
  const payloadLength =
    sealed.payload instanceof Uint8Array ? sealed.payload.byteLength : sealed.uncompressedSizeBytes;
  const batchLength = header.byteLength + framedSize(payloadLength);
  const out = Buffer.allocUnsafe(framedSize(batchLength));
  out[0] = 0x12; // ProduceRequest.batch = 2, length-delimited
  let at = writeVarint(out, 1, batchLength);
  out.set(header, at);
  at += header.byteLength;
  if (sealed.payload instanceof Uint8Array) at = writeBytes(out, at, 0x42, sealed.payload);
  else {
    out[at] = 0x42; // ProduceBatch.payload = 8, length-delimited
    at = writeMessageBatch(out, writeVarint(out, at + 1, payloadLength), sealed.payload);
  }
  invariant(at === out.byteLength, `ProduceRequest framed ${at} of ${out.byteLength} bytes`);
  return out;
}
