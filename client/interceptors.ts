/**
 * Interceptors: application hooks on the message path of producers and consumers, in the spirit of
 * Pulsar's ProducerInterceptor/ConsumerInterceptor and Kafka's interceptors (tracing, auditing,
 * loss detection: loss-detector.ts). They run synchronously, in the order given; one that throws is
 * skipped (counted in the client's metrics, the first error reported as a process warning) and never
 * breaks the producer or consumer.
 */
import type { Consumer } from "./consumer.js";
import type { Message } from "./message.js";
import type { MessageId } from "./message-id.js";
import type { ClientMetrics } from "./metrics.js";
import type { ProducerMessage } from "./options.js";
import type { Producer } from "./producer.js";

export interface ProducerInterceptor {
  /**
   * Called once per message the producer accepts: after its partition was chosen (so changing the
   * key does not re-route it) and the pending queue had room, before it is encoded and batched.
   * Return the message to send instead (e.g. a copy with more `properties`), or nothing to keep it.
   * `partition` is -1 on a non-partitioned topic. Sends rejected before acceptance (producer
   * closed, queue full) reach no hook.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that only looks may end without a return
  beforeSend?(producer: Producer, message: ProducerMessage, partition: number): ProducerMessage | void;
  /**
   * Called exactly once for every message that went through `beforeSend`, with the message as sent
   * (after every `beforeSend`) and either its id (the broker stored it) or the error its send
   * rejects with. Runs before the promise returned by `send` settles.
   */
  onSendAcknowledgement?(
    producer: Producer,
    message: ProducerMessage,
    messageId: MessageId | undefined,
    error: Error | undefined,
  ): void;
  /** Called once, when the producer closes. */
  close?(producer: Producer): void;
}

export interface ConsumerInterceptor {
  /**
   * Called when a message is handed to the application (`receive`, iteration), in arrival order.
   * Return a replacement message, nothing (`undefined`) to pass it on unchanged, or `null` to filter
   * it out: later interceptors and the application do not see it, and it is not acknowledged (ack it
   * here, through `consumer`, if it must not come again).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that only looks may end without a return
  beforeConsume?(consumer: Consumer, message: Message): Message | null | void;
  /**
   * After an individual `ack`: `messageId` is the very object the application passed (or its
   * message's `id`), `error` set when the ack rejects.
   */
  onAcknowledge?(consumer: Consumer, messageId: MessageId, error: Error | undefined): void;
  /** After an `ackCumulative`, as `onAcknowledge`. */
  onAcknowledgeCumulative?(consumer: Consumer, messageId: MessageId, error: Error | undefined): void;
  /** When negative acknowledgements are sent to the broker (`nack`). */
  onNegativeAcksSend?(consumer: Consumer, messageIds: readonly MessageId[]): void;
  /** Called once, when the consumer closes or unsubscribes. */
  close?(consumer: Consumer): void;
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/** A producer's interceptors, bound to it. @internal */
export class ProducerInterceptors {
  /** Set right after the Producer is constructed; no message is sent before. */
  producer: Producer | undefined;
  private closed = false;

  constructor(
    private readonly list: readonly ProducerInterceptor[],
    private readonly metrics: ClientMetrics,
  ) {}

  beforeSend(message: ProducerMessage, partition: number): ProducerMessage {
    const producer = this.producer;
    if (producer === undefined) return message;
    let m = message;
    for (const i of this.list) {
      if (i.beforeSend === undefined) continue;
      try {
        const out = i.beforeSend(producer, m, partition);
        if (typeof out === "object" && out !== null) m = out;
      } catch (err) {
        this.metrics.interceptorError(err, "beforeSend");
      }
    }
    return m;
  }

  onSendAcknowledgement(message: ProducerMessage, id: MessageId | undefined, error: Error | undefined): void {
    const producer = this.producer;
    if (producer === undefined) return;
    for (const i of this.list) {
      if (i.onSendAcknowledgement === undefined) continue;
      try {
        i.onSendAcknowledgement(producer, message, id, error);
      } catch (err) {
        this.metrics.interceptorError(err, "onSendAcknowledgement");
      }
    }
  }

  close(): void {
    const producer = this.producer;
    if (this.closed || producer === undefined) return;
    this.closed = true;
    for (const i of this.list) {
      try {
        i.close?.(producer);
      } catch (err) {
        this.metrics.interceptorError(err, "close");
      }
    }
  }
}

/** A consumer's interceptors, bound to it. @internal */
export class ConsumerInterceptors {
  private closed = false;

  constructor(
    private readonly consumer: Consumer,
    private readonly list: readonly ConsumerInterceptor[],
    private readonly metrics: ClientMetrics,
  ) {}

  /** The message to hand out, or null when an interceptor filtered it out. */
  beforeConsume(message: Message): Message | null {
    let m = message;
    for (const i of this.list) {
      if (i.beforeConsume === undefined) continue;
      try {
        const out = i.beforeConsume(this.consumer, m);
        if (out === null) return null;
        if (typeof out === "object") m = out;
      } catch (err) {
        this.metrics.interceptorError(err, "beforeConsume");
      }
    }
    return m;
  }

  onAcknowledge(id: MessageId, error: unknown, cumulative: boolean): void {
    const e = error === undefined ? undefined : asError(error);
    for (const i of this.list) {
      try {
        if (cumulative) i.onAcknowledgeCumulative?.(this.consumer, id, e);
        else i.onAcknowledge?.(this.consumer, id, e);
      } catch (err) {
        this.metrics.interceptorError(err, cumulative ? "onAcknowledgeCumulative" : "onAcknowledge");
      }
    }
  }

  onNegativeAcksSend(ids: readonly MessageId[]): void {
    for (const i of this.list) {
      try {
        i.onNegativeAcksSend?.(this.consumer, ids);
      } catch (err) {
        this.metrics.interceptorError(err, "onNegativeAcksSend");
      }
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const i of this.list) {
      try {
        i.close?.(this.consumer);
      } catch (err) {
        this.metrics.interceptorError(err, "close");
      }
    }
  }
}
