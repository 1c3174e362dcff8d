/**
 * Message ids and entry positions (proto/messaging.proto `MessageId`).
 *
 * A `Position` is one entry of a topic's managed ledger: (ledgerId, entryId). A `MessageId` adds
 * the message's index in the entry's batch (-1 = the whole entry) and the partition (-1 = not a
 * partitioned topic). Both order lexicographically on their fields in that order. Within one
 * topic partition that order is publish order. Pure; no I/O.
 */
import { invariant, MagnetarError } from "../../common/errors.js";

/** One entry of a managed ledger. `entryId` -1 is "before entry 0 of the ledger" (a mark-delete). */
export interface Position {
  readonly ledgerId: number;
  readonly entryId: number;
}

export interface MessageId extends Position {
  /** Index in the entry's batch, from 0; -1 means the whole entry. */
  readonly batchIndex: number;
  /** Partition index; -1 for a non-partitioned topic. */
  readonly partition: number;
}

const INT32_MAX = 2 ** 31 - 1;

/** -1, 0 or 1 as a is before, equal to or after b. */
export function comparePositions(a: Position, b: Position): number {
  if (a.ledgerId !== b.ledgerId) return a.ledgerId < b.ledgerId ? -1 : 1;
  if (a.entryId !== b.entryId) return a.entryId < b.entryId ? -1 : 1;
  return 0;
}

/** Lexicographic on (ledgerId, entryId, batchIndex, partition). */
export function compareMessageIds(a: MessageId, b: MessageId): number {
  const byPosition = comparePositions(a, b);
  if (byPosition !== 0) return byPosition;
  if (a.batchIndex !== b.batchIndex) return a.batchIndex < b.batchIndex ? -1 : 1;
  if (a.partition !== b.partition) return a.partition < b.partition ? -1 : 1;
  return 0;
}

export function positionOf(id: MessageId): Position {
  return { ledgerId: id.ledgerId, entryId: id.entryId };
}

export function positionsEqual(a: Position, b: Position): boolean {
  return a.ledgerId === b.ledgerId && a.entryId === b.entryId;
}

/** "ledgerId:entryId", e.g. for map keys and logs. */
export function formatPosition(p: Position): string {
  return `${p.ledgerId}:${p.entryId}`;
}

/** The problem with a message id, or undefined when every field is in its range. */
export function messageIdProblem(id: MessageId): string | undefined {
  if (!Number.isSafeInteger(id.ledgerId) || id.ledgerId < 0) return `ledgerId must be an integer >= 0`;
  if (!Number.isSafeInteger(id.entryId) || id.entryId < -1) return `entryId must be an integer >= -1`;
  if (!Number.isSafeInteger(id.batchIndex) || id.batchIndex < -1 || id.batchIndex > INT32_MAX)
    return `batchIndex must be an int32 >= -1`;
  if (!Number.isSafeInteger(id.partition) || id.partition < -1 || id.partition > INT32_MAX)
    return `partition must be an int32 >= -1`;
  return undefined;
}

function invalidMessageId(text: string, reason: string): MagnetarError {
  return new MagnetarError("INVALID_MESSAGE_ID", `invalid message id ${JSON.stringify(text)}: ${reason}`);
}

/** "ledgerId:entryId:batchIndex:partition", the CLI spelling, e.g. "12:0:-1:-1". */
export function formatMessageId(id: MessageId): string {
  invariant(messageIdProblem(id) === undefined, "formatted message ids are valid");
  return `${id.ledgerId}:${id.entryId}:${id.batchIndex}:${id.partition}`;
}

/**
 * Parses the CLI spelling. "ledger:entry" and "ledger:entry:batch" are accepted too (missing
 * fields are -1). Throws INVALID_MESSAGE_ID naming the broken rule.
 */
export function parseMessageId(text: string): MessageId {
  const shown = text.slice(0, 100);
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 4)
    throw invalidMessageId(shown, "expected ledgerId:entryId[:batchIndex[:partition]]");
  const numbers = parts.map((part) => (/^(0|-1|[1-9][0-9]{0,18})$/.test(part) ? Number(part) : Number.NaN));
  const bad = numbers.findIndex((n) => Number.isNaN(n));
  if (bad >= 0) throw invalidMessageId(shown, `${JSON.stringify(parts[bad])} is not an integer`);
  const [ledgerId = -1, entryId = -1, batchIndex = -1, partition = -1] = numbers;
  const id = { ledgerId, entryId, batchIndex, partition };
  const problem = messageIdProblem(id);
  if (problem !== undefined) throw invalidMessageId(shown, problem);
  return id;
}
