/** A received message, as the application sees it. */
import type { MessageId } from "./message-id.js";

export interface MessageFields {
  readonly id: MessageId;
  readonly value: Buffer;
  readonly key: string | undefined;
  readonly orderingKey: Buffer | undefined;
  readonly properties: Readonly<Record<string, string>>;
  readonly redeliveryCount: number;
  readonly publishTimeMs: number;
  readonly eventTimeMs: number;
  readonly producerName: string;
  readonly sequenceId: number;
  readonly topic: string;
  readonly nullValue: boolean;
  /** Messages in the batch (entry) this one was published in; 0 = unknown. */
  readonly batchSize?: number;
  /** W3C context of the producer's `send` span (`traceparent`, ...); absent = untraced. */
  readonly traceContext?: Readonly<Record<string, string>>;
}

const NO_TRACE: Readonly<Record<string, string>> = Object.freeze({});

export class Message implements MessageFields {
  readonly id: MessageId;
  /** The payload bytes (empty for a null value: see `nullValue`). */
  readonly value: Buffer;
  readonly key: string | undefined;
  readonly orderingKey: Buffer | undefined;
  readonly properties: Readonly<Record<string, string>>;
  /** How many times the broker delivered this message before (0 on first delivery). */
  readonly redeliveryCount: number;
  /** When the producer sealed the message's batch (producer clock). */
  readonly publishTimeMs: number;
  /** The application's event time; 0 = not set. */
  readonly eventTimeMs: number;
  readonly producerName: string;
  readonly sequenceId: number;
  /** The topic partition (full name) the message came from. */
  readonly topic: string;
  /** True when the producer sent a null value (a tombstone), as opposed to an empty one. */
  readonly nullValue: boolean;
  /** Messages in the batch (entry) this one was published in; 0 = unknown. */
  readonly batchSize: number;
  /**
   * W3C trace context (`traceparent`, `tracestate`) of the `send` span that published this message,
   * when the producer traced it; empty otherwise. Link or parent your processing span to it.
   */
  readonly traceContext: Readonly<Record<string, string>>;

  constructor(fields: MessageFields) {
    this.id = fields.id;
    this.value = fields.value;
    this.key = fields.key;
    this.orderingKey = fields.orderingKey;
    this.properties = fields.properties;
    this.redeliveryCount = fields.redeliveryCount;
    this.publishTimeMs = fields.publishTimeMs;
    this.eventTimeMs = fields.eventTimeMs;
    this.producerName = fields.producerName;
    this.sequenceId = fields.sequenceId;
    this.topic = fields.topic;
    this.nullValue = fields.nullValue;
    this.batchSize = fields.batchSize ?? 0;
    this.traceContext = fields.traceContext ?? NO_TRACE;
  }

  /** The value decoded as UTF-8 text. */
  valueString(): string {
    return this.value.toString("utf8");
  }

  /** The value parsed as JSON. */
  valueJson<T = unknown>(): T {
    return JSON.parse(this.valueString()) as T;
  }
}
