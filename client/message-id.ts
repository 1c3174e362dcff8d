/**
 * Message ids as the application sees them: plain values, comparable, printable and parseable, and
 * convertible to and from the wire form (magnetar.v1.MessageId).
 */
import type { MessageId__Output as WireMessageId } from "../proto/gen/magnetar/v1/MessageId.js";

/** Where one message is stored. See proto/messaging.proto `MessageId` for the field meanings. */
export interface MessageId {
  /** The ledger holding the entry; -1 when the broker did not say (a duplicate without id). */
  readonly ledgerId: number;
  /** The entry (one producer batch) within the ledger; -1 when unknown. */
  readonly entryId: number;
  /** The message's index in its batch; -1 = the whole entry. */
  readonly batchIndex: number;
  /** The partition of a partitioned topic; -1 for a non-partitioned topic. */
  readonly partition: number;
}

export function messageId(ledgerId: number, entryId: number, batchIndex = -1, partition = -1): MessageId {
  return { ledgerId, entryId, batchIndex, partition };
}

/** True for the id a send resolves with when the broker confirmed the message without saying where. */
export function isUnknownMessageId(id: MessageId): boolean {
  return id.ledgerId < 0 || id.entryId < 0;
}

/** Orders ids of one partition by publish order (ledger, entry, batch index, then partition). */
export function compareMessageIds(a: MessageId, b: MessageId): number {
  return (
    Math.sign(a.ledgerId - b.ledgerId) ||
    Math.sign(a.entryId - b.entryId) ||
    Math.sign(a.batchIndex - b.batchIndex) ||
    Math.sign(a.partition - b.partition)
  );
}

export function messageIdEquals(a: MessageId, b: MessageId): boolean {
  return compareMessageIds(a, b) === 0;
}

/** "ledger:entry:batchIndex:partition", e.g. "12:7:3:-1"; parseMessageId reads it back. */
export function messageIdToString(id: MessageId): string {
  return `${id.ledgerId}:${id.entryId}:${id.batchIndex}:${id.partition}`;
}

export function parseMessageId(text: string): MessageId {
  const parts = text.split(":");
  const nums = parts.map((p) => (/^-?\d+$/.test(p) ? Number(p) : Number.NaN));
  const [ledgerId, entryId, batchIndex = -1, partition = -1] = nums;
  if (
    parts.length < 2 ||
    parts.length > 4 ||
    ledgerId === undefined ||
    entryId === undefined ||
    nums.some((n) => !Number.isSafeInteger(n))
  ) {
    throw new TypeError(`expected a message id "ledger:entry[:batchIndex[:partition]]", got "${text}"`);
  }
  return { ledgerId, entryId, batchIndex, partition };
}

export function fromWireId(id: WireMessageId, batchIndex = id.batchIndex): MessageId {
  return { ledgerId: id.ledgerId, entryId: id.entryId, batchIndex, partition: id.partition };
}

export function toWireId(id: MessageId): WireMessageId {
  return {
    ledgerId: id.ledgerId,
    entryId: id.entryId,
    batchIndex: id.batchIndex,
    partition: id.partition,
  };
}
