/**
 * Decoding a DeliveredEntry into messages, pure: decompress the payload with the header's codec
 * (checking the promised size), decode the MessageBatch, and keep the messages the delivery covers
 * (`batch_indexes`, empty = all). Message i gets the entry's id with batch_index i.
 */
import { InvalidArgumentError } from "../common/errors.js";
import type { DeliveredEntry__Output } from "../proto/gen/magnetar/v1/DeliveredEntry.js";
import { decompress } from "./compression.js";
import { Message } from "./message.js";
import { decodeMessageBatch } from "./message-codec.js";

/** How many messages (permits) a delivery covers, without decoding it. */
export function deliveredCount(entry: DeliveredEntry__Output): number {
  return entry.batchIndexes.length > 0 ? entry.batchIndexes.length : (entry.header?.messageCount ?? 0);
}

/** The messages of one delivery, in batch order. Throws a MagnetarError on a corrupt entry. */
export function decodeEntry(entry: DeliveredEntry__Output, topic: string): Message[] {
  const { header, id } = entry;
  if (header === null || id === null) throw new InvalidArgumentError("delivered entry without id or header");
  const raw = decompress(header.codec, entry.payload, header.uncompressedSizeBytes);
  const messages = decodeMessageBatch(raw);
  if (messages.length !== header.messageCount) {
    throw new InvalidArgumentError(
      `entry ${id.ledgerId}:${id.entryId} holds ${messages.length} messages, header says ${header.messageCount}`,
    );
  }
  const indexes = entry.batchIndexes.length > 0 ? entry.batchIndexes : messages.map((_, i) => i);
  const out: Message[] = [];
  for (const i of indexes) {
    const m = messages[i];
    if (m === undefined) continue;
    out.push(
      new Message({
        id: { ledgerId: id.ledgerId, entryId: id.entryId, batchIndex: i, partition: id.partition },
        value: m.payload,
        key: m.key,
        orderingKey: m.orderingKey,
        properties: m.properties,
        redeliveryCount: entry.redeliveryCount,
        publishTimeMs: header.publishTimeMs,
        eventTimeMs: m.eventTimeMs,
        producerName: header.producerName,
        sequenceId: m.sequenceId,
        topic,
        nullValue: m.nullValue,
        batchSize: header.messageCount,
        ...(m.traceContext.traceparent ? { traceContext: m.traceContext } : {}),
      }),
    );
  }
  return out;
}
