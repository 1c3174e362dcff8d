/**
 * Consumers. A PartitionConsumer owns one Consume stream to the broker that owns one topic (or one
 * partition): it subscribes with receiver_queue_size initial permits, decodes pushed entries
 * (entry.ts) into the consumer's receive queue, grants permits back as the application takes
 * messages (permits.ts), matches ack receipts, and on a disconnect looks the topic up again and
 * resubscribes (unconfirmed acks are sent again on the new stream; acks are idempotent). A Consumer
 * merges one PartitionConsumer per partition into one receive queue.
 */
import type * as grpc from "@grpc/grpc-js";
import { InvalidArgumentError, MagnetarError, TimeoutError, UnavailableError } from "../common/errors.js";
import {
  contextOf,
  endWithError,
  remoteSpanContext,
  type Span,
  SpanKind,
  startChildSpan,
  tracer,
  tracingActive,
} from "../common/tracing.js";
import type { ConsumeRequest } from "../proto/gen/magnetar/v1/ConsumeRequest.js";
import type { ConsumeResponse__Output } from "../proto/gen/magnetar/v1/ConsumeResponse.js";
import type { ConsumerClosed__Output } from "../proto/gen/magnetar/v1/ConsumerClosed.js";
import type { DeliveredEntry__Output } from "../proto/gen/magnetar/v1/DeliveredEntry.js";
import type { Subscribed__Output } from "../proto/gen/magnetar/v1/Subscribed.js";
import { Backoff } from "./backoff.js";
import type { ConnectionPool } from "./connection.js";
import { decodeEntry, deliveredCount } from "./entry.js";
import { EntryAcks } from "./entry-acks.js";
import { ConsumerInterceptors } from "./interceptors.js";
import type { Message } from "./message.js";
import { type MessageId, messageIdToString, toWireId } from "./message-id.js";
import { bindMetrics, type ClientMetrics } from "./metrics.js";
import type { ResolvedConsumerOptions, SubscriptionType } from "./options.js";
import { PermitAccounting } from "./permits.js";
import { closedError, retry, toMagnetarError, watchStream, wireError } from "./stream.js";

type ConsumeCall = grpc.ClientDuplexStream<ConsumeRequest, ConsumeResponse__Output>;

const WIRE_TYPES = {
  Exclusive: "SUBSCRIPTION_TYPE_EXCLUSIVE",
  Failover: "SUBSCRIPTION_TYPE_FAILOVER",
  Shared: "SUBSCRIPTION_TYPE_SHARED",
  Key_Shared: "SUBSCRIPTION_TYPE_KEY_SHARED",
} as const satisfies Record<SubscriptionType, string>;

interface StreamState {
  readonly call: ConsumeCall;
  closed: ConsumerClosed__Output | undefined;
}

interface PendingRequest {
  readonly request: ConsumeRequest;
  resolve(): void;
  reject(err: Error): void;
  readonly timer: NodeJS.Timeout;
}

/** Most message ids in one grouped Ack. */
const ACK_GROUP_MAX = 1_000;

/** One id in a grouped Ack, answering one or more `ack` calls. */
interface GroupedAck {
  readonly id: MessageId;
  resolve(): void;
  reject(err: unknown): void;
}

/** The entry's id in place of the acks of all its messages, answering each of them. */
function wholeEntryAck(id: MessageId, acks: readonly GroupedAck[]): GroupedAck {
  return {
    id,
    resolve: () => {
      for (const a of acks) a.resolve();
    },
    reject: (err) => {
      for (const a of acks) a.reject(err);
    },
  };
}

/** One received message waiting in the consumer's queue. */
interface QueuedMessage {
  readonly message: Message;
  readonly from: PartitionConsumer;
  /** The permit generation (stream) it arrived on. */
  readonly generation: number;
}

/** What a PartitionConsumer needs from the Consumer around it. */
interface ConsumerSink {
  push(items: QueuedMessage[]): void;
  /** Drops the queued messages of one partition; returns how many of each generation. */
  drop(from: PartitionConsumer): Map<number, number>;
  fail(err: MagnetarError): void;
}

export class PartitionConsumer {
  private readonly backoff: Backoff;
  private readonly abort = new AbortController();
  private readonly permits: PermitAccounting;
  private stream: StreamState | undefined;
  private ready = false;
  private reconnecting = false;
  private closing = false;
  /** An unsubscribe is under way: the broker's `closed` without error is expected. */
  private unsubscribing = false;
  private closedDone: (() => void) | undefined;
  private nextRequestId = 1;
  private readonly pending = new Map<number, PendingRequest>();
  /** Individual acks waiting for the end of this event-loop turn. */
  private ackGroup: GroupedAck[] | undefined;
  /** Individual acks of batch messages, held to go as one id per wholly acknowledged entry. */
  private readonly entryAcks = new EntryAcks<GroupedAck>();
  private name: string;
  /** Failover: whether this consumer is the active one. */
  isActive = true;
  /** The topic was terminated and everything was delivered. */
  reachedEndOfTopic = false;
  /** Reconnects so far (for tests and stats). */
  reconnects = 0;

  constructor(
    private readonly pool: ConnectionPool,
    private readonly opts: ResolvedConsumerOptions,
    /** The topic or partition name. */
    readonly topic: string,
    private readonly sink: ConsumerSink,
    receiverQueueSize: number,
    private readonly metrics: ClientMetrics,
  ) {
    this.backoff = new Backoff(pool.options.initialBackoffMs, pool.options.maxBackoffMs);
    this.permits = new PermitAccounting(receiverQueueSize);
    this.name = opts.consumerName;
  }

  get consumerName(): string {
    return this.name;
  }

  get isConnected(): boolean {
    return this.ready;
  }

  /** Subscribes; retriable failures are retried until operationTimeoutMs, others reject at once. */
  async start(): Promise<void> {
    await retry(() => this.attach(), {
      deadline: Date.now() + this.pool.options.operationTimeoutMs,
      backoff: this.backoff,
      signal: this.abort.signal,
      what: `consumer of ${this.topic}`,
    });
  }

  private async attach(): Promise<void> {
    const { address } = await this.pool.lookup(this.topic);
    const call: ConsumeCall = this.pool.client(address).Consume();
    const state: StreamState = { call, closed: undefined };
    const initialPermits = this.permits.reset();
    const subscribed = await new Promise<Subscribed__Output>((resolve, reject) => {
      let first = true;
      watchStream(
        call,
        (res) => {
          if (first) {
            first = false;
            if (res.subscribed) resolve(res.subscribed);
            else {
              reject(
                new InvalidArgumentError(`broker answered ${res.response ?? "nothing"} before subscribed`),
              );
              call.cancel();
            }
            return;
          }
          if (this.stream === state) this.onResponse(state, res);
        },
        (error) => {
          if (first) {
            first = false;
            reject(error ?? new UnavailableError(`consume stream on ${this.topic} ended before subscribed`));
            return;
          }
          this.onStreamEnd(state);
        },
      );
      const o = this.opts;
      call.write({
        subscribe: {
          topic: this.topic,
          subscription: o.subscription,
          consumerName: this.name,
          subscriptionType: WIRE_TYPES[o.type],
          initialPosition:
            o.initialPosition === "Earliest" ? "INITIAL_POSITION_EARLIEST" : "INITIAL_POSITION_LATEST",
          priorityLevel: o.priorityLevel,
          receiverQueueSize: initialPermits,
          durability: "SUBSCRIPTION_DURABILITY_DURABLE",
          properties: { ...o.properties },
          ackTimeoutMs: o.ackTimeoutMs,
          negativeAckRedeliveryDelayMs: o.negativeAckRedeliveryDelayMs,
        },
      });
    });
    if (this.closing) {
      call.cancel();
      throw closedError(`consumer of ${this.topic}`);
    }
    this.name = subscribed.consumerName || this.name;
    this.isActive = subscribed.isActive;
    // The broker redelivers what the old stream delivered and was not acked: drop the queued
    // copies, as Pulsar's client does, so a reconnect does not hand the application duplicates.
    if (this.reconnecting) {
      this.dropQueued();
      // The new stream may follow a cursor reset or an owner that lost unsaved acks: earlier acks
      // no longer count towards completing an entry.
      this.entryAcks.clear();
    }
    this.stream = state;
    this.ready = true;
    this.reconnecting = false;
    // Requests whose receipt never came (the old stream died) go again; acks are idempotent.
    for (const p of this.pending.values()) call.write(p.request);
  }

  private onResponse(state: StreamState, res: ConsumeResponse__Output): void {
    switch (res.response) {
      case "entry":
        if (res.entry) this.onEntry(res.entry);
        return;
      case "receipt": {
        const r = res.receipt;
        const p = r ? this.pending.get(r.requestId) : undefined;
        if (r === null || r === undefined || p === undefined) return;
        this.pending.delete(r.requestId);
        clearTimeout(p.timer);
        const err = wireError(r.error);
        if (err) p.reject(err);
        else p.resolve();
        return;
      }
      case "activeConsumerChange":
        this.isActive = res.activeConsumerChange?.isActive ?? true;
        // Messages held by an inactive Failover consumer go to the active one: drop them.
        if (!this.isActive) this.dropQueued();
        return;
      case "cursorReset":
        // Acks before the reset no longer count towards completing an entry.
        this.entryAcks.clear();
        this.dropQueued();
        this.flow(this.permits.reset());
        return;
      case "reachedEndOfTopic":
        this.reachedEndOfTopic = true;
        return;
      case "closed":
        state.closed = res.closed ?? undefined;
        return;
      default:
        return;
    }
  }

  private onEntry(entry: DeliveredEntry__Output): void {
    const generation = this.permits.generation;
    const count = deliveredCount(entry);
    let messages: Message[];
    try {
      messages = decodeEntry(entry, this.topic);
    } catch (err) {
      this.opts.onDecodeError?.(err instanceof Error ? err : new Error(String(err)));
      messages = [];
    }
    // Permits for messages the application never sees are free again at once.
    if (messages.length < count) this.consumed(count - messages.length, generation);
    if (messages.length > 0) {
      this.sink.push(messages.map((message) => ({ message, from: this, generation })));
    }
  }

  private dropQueued(): void {
    for (const [generation, n] of this.sink.drop(this)) this.consumed(n, generation);
  }

  /** The application took `count` messages of `generation` out of the queue. */
  consumed(count: number, generation: number): void {
    const grant = this.permits.consumed(count, generation);
    if (grant > 0) this.flow(grant);
  }

  private flow(permits: number): void {
    if (this.ready) this.stream?.call.write({ flow: { permits } });
  }

  private request(build: (requestId: number) => ConsumeRequest): Promise<void> {
    if (this.closing) return Promise.reject(closedError(`consumer of ${this.topic}`));
    const requestId = this.nextRequestId++;
    const request = build(requestId);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(
          new TimeoutError(
            `no answer from the broker for ${this.topic} within ${this.pool.options.operationTimeoutMs} ms`,
          ),
        );
      }, this.pool.options.operationTimeoutMs);
      this.pending.set(requestId, { request, resolve, reject, timer });
      if (this.ready) this.stream?.call.write(request);
    });
  }

  /** `batchSize`: messages in the message's entry, when known (0 otherwise). */
  ack(id: MessageId, cumulative: boolean, batchSize = 0): Promise<void> {
    if (cumulative) return this.sendAck([id], true);
    return new Promise<void>((resolve, reject) => this.addAck({ id, resolve, reject }, batchSize));
  }

  /**
   * Individual acks of several messages (`batchSizes[i]` for `ids[i]`) under one promise, which
   * resolves when every one is applied and rejects with the first failure.
   */
  ackAll(ids: readonly MessageId[], batchSizes: readonly number[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let left = ids.length;
      let failed = false;
      const one = () => {
        if (--left === 0 && !failed) resolve();
      };
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      if (left === 0) resolve();
      for (let i = 0; i < ids.length; i++) {
        this.addAck({ id: ids[i] as MessageId, resolve: one, reject: fail }, batchSizes[i] ?? 0);
      }
    });
  }

  /**
   * Individual acks made in the same event-loop turn travel as one Ack with one receipt; those
   * that complete an entry go as that entry's one id (entry-acks.ts).
   */
  private addAck(ack: GroupedAck, batchSize: number): void {
    if (!this.ackGroup) {
      this.ackGroup = [];
      setImmediate(() => this.flushAcks());
    }
    const taken = this.entryAcks.take(ack, batchSize);
    if (taken === "held") return;
    if (taken === "pass") this.ackGroup.push(ack);
    else this.ackGroup.push(wholeEntryAck(taken.id, taken.acks));
    if (this.ackGroup.length >= ACK_GROUP_MAX) this.flushAcks();
  }

  private sendAck(ids: readonly MessageId[], cumulative: boolean): Promise<void> {
    return this.request((requestId) => ({
      ack: {
        ackType: cumulative ? "ACK_TYPE_CUMULATIVE" : "ACK_TYPE_INDIVIDUAL",
        messageIds: ids.map(toWireId),
        requestId,
      },
    }));
  }

  private flushAcks(): void {
    const group = this.ackGroup;
    this.ackGroup = undefined;
    if (!group) return;
    const all = [...this.entryAcks.release(), ...group];
    for (let i = 0; i < all.length; i += ACK_GROUP_MAX) this.sendAckGroup(all.slice(i, i + ACK_GROUP_MAX));
  }

  private sendAckGroup(group: readonly GroupedAck[]): void {
    this.sendAck(
      group.map((a) => a.id),
      false,
    ).then(
      () => {
        for (const a of group) a.resolve();
      },
      (err: unknown) => {
        const e = toMagnetarError(err);
        // A message whose ack failed must not be covered by its entry's id later.
        for (const a of group) this.entryAcks.unmark(a.id);
        if (group.length === 1 || (e.code !== "INVALID_MESSAGE_ID" && e.code !== "INVALID_ARGUMENT")) {
          for (const a of group) a.reject(e);
          return;
        }
        // One id of the group is wrong: ack them one by one so each caller gets its own answer
        // (acks are idempotent, so the ones already applied are no-ops).
        for (const a of group) this.sendAck([a.id], false).then(a.resolve, a.reject);
      },
    );
  }

  /** Fire and forget: when disconnected the broker redelivers unacknowledged messages anyway. */
  nack(id: MessageId): void {
    if (this.ready && !this.closing) this.stream?.call.write({ nack: { messageIds: [toWireId(id)] } });
  }

  /** Asks the broker to redeliver every unacknowledged message of this consumer now. */
  redeliverUnacknowledged(): void {
    if (!this.ready || this.closing) return;
    this.dropQueued();
    this.stream?.call.write({ redeliverUnacked: { messageIds: [] } });
  }

  async unsubscribe(): Promise<void> {
    this.unsubscribing = true;
    try {
      await this.request((requestId) => ({ unsubscribe: { requestId } }));
    } catch (err) {
      this.unsubscribing = false;
      throw err;
    }
    await this.close(false);
  }

  private onStreamEnd(state: StreamState): void {
    if (this.stream !== state) return;
    this.stream = undefined;
    this.ready = false;
    const closedErr = state.closed ? wireError(state.closed.error) : undefined;
    if (this.closing || (this.unsubscribing && state.closed && closedErr === undefined)) {
      this.closing = true;
      this.closedDone?.();
      return;
    }
    if (state.closed && closedErr === undefined) {
      // The broker closed us without an error and we did not ask (e.g. an admin unsubscribe).
      this.sink.fail(new MagnetarError("CANCELLED", `consumer of ${this.topic} was closed by the broker`));
      return;
    }
    if (closedErr && !closedErr.retriable) {
      this.sink.fail(closedErr);
      return;
    }
    this.reconnect();
  }

  private reconnect(): void {
    if (this.reconnecting || this.closing) return;
    this.reconnecting = true;
    this.reconnects++;
    this.metrics.reconnects++;
    void retry(() => this.attach(), {
      deadline: Number.POSITIVE_INFINITY,
      backoff: this.backoff,
      signal: this.abort.signal,
      what: `consumer of ${this.topic}`,
    }).catch((err: unknown) => {
      if (!this.closing) this.sink.fail(toMagnetarError(err));
    });
  }

  /** Closes the stream (gracefully when `graceful`: CloseConsumer, then wait for `closed`). */
  async close(graceful = true): Promise<void> {
    if (this.closing) {
      this.teardown();
      return;
    }
    this.closing = true;
    const s = this.stream;
    if (s !== undefined && this.ready) {
      const done = new Promise<void>((resolve) => {
        this.closedDone = resolve;
      });
      if (graceful) s.call.write({ close: {} });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        done,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.pool.options.operationTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.teardown();
  }

  /** Stops without talking to the broker. */
  teardown(): void {
    this.closing = true;
    this.abort.abort();
    this.ready = false;
    this.stream?.call.cancel();
    this.stream = undefined;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(closedError(`consumer of ${this.topic}`));
    }
    this.pending.clear();
  }
}

interface Waiter {
  resolve(m: Message): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout | undefined;
}

/** A consumer of one subscription on one topic (all partitions of a partitioned topic). */
const consumerTracer = tracer("magnetar.client");

export class Consumer implements AsyncIterable<Message> {
  private parts: PartitionConsumer[] = [];
  private readonly byPartition = new Map<number, PartitionConsumer>();
  private queue: (QueuedMessage | undefined)[] = [];
  private head = 0;
  private readonly waiters: Waiter[] = [];
  private closed = false;
  private fatal: MagnetarError | undefined;
  private readonly interceptors: ConsumerInterceptors | undefined;
  /** Taken once: whether handed-out messages get `receive` spans (an SDK is registered). */
  private readonly tracing = tracingActive();
  /** The `receive` span of each traced message handed out, for its `ack` span. */
  private readonly received = new WeakMap<MessageId, Span>();

  private constructor(
    /** The full topic name. */
    readonly topic: string,
    readonly subscription: string,
    private readonly metrics: ClientMetrics,
    options: ResolvedConsumerOptions,
  ) {
    this.interceptors =
      options.interceptors.length > 0
        ? new ConsumerInterceptors(this, options.interceptors, metrics)
        : undefined;
    bindMetrics(this, metrics);
  }

  /** @internal */
  static async create(
    pool: ConnectionPool,
    options: ResolvedConsumerOptions,
    metrics: ClientMetrics,
  ): Promise<Consumer> {
    const meta = await retry(() => pool.partitionedMetadata(options.topic), {
      deadline: Date.now() + pool.options.operationTimeoutMs,
      backoff: new Backoff(pool.options.initialBackoffMs, pool.options.maxBackoffMs),
      signal: new AbortController().signal,
      what: `consumer of ${options.topic}`,
    });
    const consumer = new Consumer(meta.topic, options.subscription, metrics, options);
    const sink: ConsumerSink = {
      push: (items) => consumer.push(items),
      drop: (from) => consumer.drop(from),
      fail: (err) => consumer.fail(err),
    };
    const topics =
      meta.partitions > 0
        ? Array.from({ length: meta.partitions }, (_, i) => `${meta.topic}-partition-${i}`)
        : [meta.topic];
    consumer.parts = topics.map(
      (t) => new PartitionConsumer(pool, options, t, sink, options.receiverQueueSize, metrics),
    );
    consumer.parts.forEach((p, i) => {
      consumer.byPartition.set(meta.partitions > 0 ? i : -1, p);
    });
    const started = await Promise.allSettled(consumer.parts.map((p) => p.start()));
    const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) {
      await Promise.allSettled(consumer.parts.map((p) => p.close()));
      throw toMagnetarError(failed.reason);
    }
    return consumer;
  }

  /** The consumer of each partition (one for a non-partitioned topic). */
  get partitionConsumers(): readonly PartitionConsumer[] {
    return this.parts;
  }

  /** Messages received and not yet handed to the application. */
  get queuedMessages(): number {
    return this.queue.length - this.head;
  }

  /** True once the topic was terminated and every message was delivered (all partitions). */
  hasReachedEndOfTopic(): boolean {
    return this.parts.every((p) => p.reachedEndOfTopic);
  }

  private push(items: QueuedMessage[]): void {
    if (this.closed) return;
    for (const item of items) {
      if (this.waiters.length === 0) {
        this.queue.push(item);
        continue;
      }
      item.from.consumed(1, item.generation);
      const m = this.handOut(item.message);
      if (m === null) continue;
      const w = this.waiters.shift();
      if (w === undefined) continue; // an interceptor closed the consumer
      clearTimeout(w.timer);
      w.resolve(m);
    }
  }

  /** A message leaves the queue for the application: count it, run the interceptors. */
  private handOut(message: Message): Message | null {
    const metrics = this.metrics;
    metrics.messagesReceived++;
    metrics.bytesReceived += message.value.byteLength;
    if (message.redeliveryCount > 0) metrics.redeliveredMessages++;
    const m = this.interceptors === undefined ? message : this.interceptors.beforeConsume(message);
    if (m !== null && this.tracing) this.traceReceive(m);
    return m;
  }

  /**
   * The message reached the application: a `receive` span in the publish's trace (child of the
   * producer's `send` span, and linked to it), or a trace of its own for an untraced message.
   */
  private traceReceive(m: Message): void {
    const sent = remoteSpanContext(m.traceContext);
    const span = startChildSpan(consumerTracer, `receive ${this.topic}`, m.traceContext, {
      kind: SpanKind.CONSUMER,
      attributes: {
        "messaging.system": "magnetar",
        "messaging.operation.type": "receive",
        "messaging.destination.name": m.topic,
        "messaging.destination.subscription.name": this.subscription,
        "messaging.message.id": messageIdToString(m.id),
        "magnetar.redelivery_count": m.redeliveryCount,
      },
      ...(sent ? { links: [{ context: sent }] } : {}),
    });
    span.end();
    if (span.isRecording() || sent) this.received.set(m.id, span);
  }

  private drop(from: PartitionConsumer): Map<number, number> {
    const counts = new Map<number, number>();
    const keep: (QueuedMessage | undefined)[] = [];
    for (let i = this.head; i < this.queue.length; i++) {
      const item = this.queue[i];
      if (item === undefined) continue;
      if (item.from === from) counts.set(item.generation, (counts.get(item.generation) ?? 0) + 1);
      else keep.push(item);
    }
    this.queue = keep;
    this.head = 0;
    return counts;
  }

  private fail(err: MagnetarError): void {
    if (this.fatal || this.closed) return;
    this.fatal = err;
    for (const p of this.parts) p.teardown();
    this.rejectWaiters(err);
  }

  private rejectWaiters(err: Error): void {
    for (const w of this.waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(err);
    }
  }

  private take(): Message | undefined {
    // More than one turn only when interceptors filter messages out.
    while (this.head < this.queue.length) {
      const item = this.queue[this.head];
      this.queue[this.head] = undefined;
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (item === undefined) continue;
      item.from.consumed(1, item.generation);
      const m = this.handOut(item.message);
      if (m !== null) return m;
    }
    return undefined;
  }

  /**
   * The next message. Waits up to `timeoutMs` (default: forever), then rejects with TimeoutError.
   * Rejects with the consumer's fatal error, or a CANCELLED MagnetarError once closed.
   */
  receive(timeoutMs?: number): Promise<Message> {
    const m = this.take();
    if (m !== undefined) return Promise.resolve(m);
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(closedError(`consumer of ${this.topic}`));
    return new Promise<Message>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, timer: undefined };
      if (timeoutMs !== undefined) {
        waiter.timer = setTimeout(() => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new TimeoutError(`no message on ${this.topic} within ${timeoutMs} ms`));
        }, timeoutMs);
      }
      this.waiters.push(waiter);
    });
  }

  /**
   * The messages queued now, at least one and at most `maxMessages` (default 1000): waits for the
   * first one as `receive(timeoutMs)` does, then takes what else is already there without waiting
   * for more (like Kafka's poll; Pulsar's batchReceive waits to fill its batch). With `ack(list)`
   * it costs a few promises per batch instead of two per message.
   */
  async batchReceive(options: { maxMessages?: number; timeoutMs?: number } = {}): Promise<Message[]> {
    const max = options.maxMessages ?? 1000;
    if (!Number.isInteger(max) || max < 1) {
      throw new InvalidArgumentError(`maxMessages must be an integer >= 1, got ${max}`);
    }
    const first = this.take() ?? (await this.receive(options.timeoutMs));
    const out = [first];
    while (out.length < max) {
      const m = this.take();
      if (m === undefined) break;
      out.push(m);
    }
    return out;
  }

  /** Messages until the consumer is closed (then the loop ends) or fails (then it throws). */
  async *[Symbol.asyncIterator](): AsyncIterator<Message> {
    for (;;) {
      try {
        yield await this.receive();
      } catch (err) {
        if (this.closed && !this.fatal) return;
        throw err;
      }
    }
  }

  private partitionOf(id: MessageId): PartitionConsumer {
    const only = this.parts.length === 1 ? this.parts[0] : undefined;
    const p = only ?? this.byPartition.get(id.partition);
    if (p === undefined) {
      throw new InvalidArgumentError(
        `message id partition ${id.partition} is not a partition of ${this.topic}`,
      );
    }
    return p;
  }

  private checkOpen(): void {
    if (this.fatal) throw this.fatal;
    if (this.closed) throw closedError(`consumer of ${this.topic}`);
  }

  /**
   * Acknowledges a message, or each message of a list; resolves when the broker applied it (all
   * of them), rejects with the first failure. A list costs one promise however long it is.
   */
  ack(message: Message | MessageId | readonly (Message | MessageId)[]): Promise<void> {
    try {
      if (isMessageList(message)) return this.acknowledgeAll(message);
      return this.acknowledge(message, false);
    } catch (err) {
      return Promise.reject(err); // e.g. not a message at all: a rejection, as from an async function
    }
  }

  /** Acknowledges everything up to and including this message (Exclusive and Failover only). */
  ackCumulative(message: Message | MessageId): Promise<void> {
    try {
      return this.acknowledge(message, true);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** May throw (a closed consumer, a foreign id): ack and ackCumulative turn that into a rejection. */
  private acknowledge(message: Message | MessageId, cumulative: boolean): Promise<void> {
    const id = "id" in message ? message.id : message;
    if (this.tracing || this.interceptors !== undefined)
      return this.acknowledgeTraced(message, id, cumulative);
    // The common case in one promise: an async function made two more per acknowledged message.
    this.checkOpen();
    const metrics = this.metrics;
    return this.partitionOf(id)
      .ack(id, cumulative, "id" in message ? message.batchSize : 0)
      .then(() => {
        metrics.acknowledgements++;
      });
  }

  /** May throw, as acknowledge does. */
  private acknowledgeAll(messages: readonly (Message | MessageId)[]): Promise<void> {
    if (this.tracing || this.interceptors !== undefined) {
      return Promise.all(messages.map((m) => this.acknowledge(m, false))).then(() => undefined);
    }
    this.checkOpen();
    const byPart = new Map<PartitionConsumer, { ids: MessageId[]; sizes: number[] }>();
    for (const m of messages) {
      const id = "id" in m ? m.id : m;
      const part = this.partitionOf(id);
      let acks = byPart.get(part);
      if (acks === undefined) {
        acks = { ids: [], sizes: [] };
        byPart.set(part, acks);
      }
      acks.ids.push(id);
      acks.sizes.push("id" in m ? m.batchSize : 0);
    }
    return Promise.all([...byPart].map(([part, acks]) => part.ackAll(acks.ids, acks.sizes))).then(() => {
      this.metrics.acknowledgements += messages.length;
    });
  }

  /** acknowledge() with spans and interceptors. */
  private async acknowledgeTraced(
    message: Message | MessageId,
    id: MessageId,
    cumulative: boolean,
  ): Promise<void> {
    const received = this.tracing ? this.received.get(id) : undefined;
    const span =
      received &&
      startChildSpan(consumerTracer, `ack ${this.topic}`, contextOf(received), {
        attributes: {
          "messaging.system": "magnetar",
          "messaging.operation.type": "settle",
          "messaging.destination.subscription.name": this.subscription,
          "magnetar.ack.cumulative": cumulative,
        },
      });
    try {
      this.checkOpen();
      await this.partitionOf(id).ack(id, cumulative, "id" in message ? message.batchSize : 0);
    } catch (err) {
      if (span) endWithError(span, err);
      this.interceptors?.onAcknowledge(id, err, cumulative);
      throw err;
    }
    span?.end();
    this.metrics.acknowledgements++;
    this.interceptors?.onAcknowledge(id, undefined, cumulative);
  }

  /** Negative acknowledgement: the broker redelivers after negativeAckRedeliveryDelayMs. */
  nack(message: Message | MessageId): void {
    this.checkOpen();
    const id = "id" in message ? message.id : message;
    this.partitionOf(id).nack(id);
    this.metrics.negativeAcknowledgements++;
    this.interceptors?.onNegativeAcksSend([id]);
  }

  /** Asks for every unacknowledged message of this consumer again, now. */
  redeliverUnacknowledgedMessages(): void {
    this.checkOpen();
    for (const p of this.parts) p.redeliverUnacknowledged();
  }

  /** Closes the consumer; the subscription stays. Pending receives reject; iteration ends. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.rejectWaiters(closedError(`consumer of ${this.topic}`));
    await Promise.all(this.parts.map((p) => p.close()));
    this.queue = [];
    this.head = 0;
    this.interceptors?.close();
  }

  /** Deletes the subscription (fails with ConsumerBusyError while other consumers are attached). */
  async unsubscribe(): Promise<void> {
    this.checkOpen();
    await Promise.all(this.parts.map((p) => p.unsubscribe()));
    this.closed = true;
    this.rejectWaiters(closedError(`consumer of ${this.topic}`));
    this.queue = [];
    this.head = 0;
    this.interceptors?.close();
  }
}

function isMessageList(
  m: Message | MessageId | readonly (Message | MessageId)[],
): m is readonly (Message | MessageId)[] {
  return Array.isArray(m);
}
