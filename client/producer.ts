/**
 * Producers. A PartitionProducer owns one Produce stream to the broker that owns one topic (or one
 * partition): it batches messages (batch.ts), pipelines batches up to the broker's
 * max_pending_batches, matches receipts, and on a disconnect looks the topic up again, reopens with
 * the same producer name and resends its unconfirmed batches above the broker's last_sequence_id,
 * in order. A Producer is one PartitionProducer, or one per partition with routing (routing.ts).
 */
import type * as grpc from "@grpc/grpc-js";
import {
  InvalidArgumentError,
  type MagnetarError,
  MessageTooLargeError,
  ProducerQueueFullError,
  TimeoutError,
  UnavailableError,
} from "../common/errors.js";
import {
  endWithError,
  inject,
  remoteSpanContext,
  type Span,
  SpanKind,
  type TraceCarrier,
  tracer,
  tracingActive,
} from "../common/tracing.js";
import type { ProduceReceipt__Output } from "../proto/gen/magnetar/v1/ProduceReceipt.js";
import type { ProduceRequest } from "../proto/gen/magnetar/v1/ProduceRequest.js";
import type { ProduceResponse__Output } from "../proto/gen/magnetar/v1/ProduceResponse.js";
import type { ProducerClosed__Output } from "../proto/gen/magnetar/v1/ProducerClosed.js";
import type { ProducerOpened__Output } from "../proto/gen/magnetar/v1/ProducerOpened.js";
import { magnetarV1 } from "../proto/index.js";
import { Backoff } from "./backoff.js";
import {
  BatchBuilder,
  encodeProduceBatch,
  framedSize,
  type OutgoingMessage,
  type SealedBatch,
  SequenceIds,
  sealBatch,
} from "./batch.js";
import { compress } from "./compression.js";
import type { ConnectionPool } from "./connection.js";
import { ProducerInterceptors } from "./interceptors.js";
import { encodeSingleMessage } from "./message-codec.js";
import type { MessageId } from "./message-id.js";
import type { ClientMetrics } from "./metrics.js";
import type { ProducerMessage, ResolvedProducerOptions } from "./options.js";
import { PartitionRouter } from "./routing.js";
import { closedError, retry, toMagnetarError, watchStream, wireError } from "./stream.js";

const DEFAULT_MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

interface PendingMessage extends OutgoingMessage {
  readonly deadline: number;
  /** performance.now() when accepted, for the send latency. */
  readonly acceptedAt: number;
  readonly payloadBytes: number;
  /** The `send` span, when tracing is on (ended when the message settles). */
  readonly span: Span | undefined;
  /** The span's W3C context, when it is sampled. */
  readonly traceContext: TraceCarrier | undefined;
  /** The message as sent, kept only for interceptors' onSendAcknowledgement. */
  readonly message: ProducerMessage | undefined;
  settled: boolean;
  readonly promise: Promise<MessageId>;
  resolve(id: MessageId): void;
  reject(err: Error): void;
}

interface QueuedBatch {
  readonly sealed: SealedBatch;
  readonly messages: PendingMessage[];
  /** The request_id on the current stream; 0 while not sent on it. */
  requestId: number;
  /** The context of the batch's first message when sampled: the broker and bookies trace under it. */
  readonly traceContext: TraceCarrier | undefined;
  /** Every message timed out: never (re)sent again, its receipt is ignored. */
  abandoned: boolean;
}

interface StreamState {
  readonly call: ProduceCall;
  closed: ProducerClosed__Output | undefined;
  nextRequestId: number;
}

/** Takes batches as encoded bytes (encodeProduceBatch) and open and close as messages. */
type ProduceCall = grpc.ClientDuplexStream<ProduceRequest | Buffer, ProduceResponse__Output>;

/** Byte form of a key or ordering key for batch_key. */
const clientTracer = tracer("magnetar.client");
const SEND_SPAN_OPTIONS = { kind: SpanKind.PRODUCER };

function keyBytes(v: string | Uint8Array): Uint8Array {
  return typeof v === "string" ? Buffer.from(v, "utf8") : v;
}

export interface PartitionProducerInit {
  readonly pool: ConnectionPool;
  readonly options: ResolvedProducerOptions;
  /** The topic or partition name this producer publishes to. */
  readonly topic: string;
  /** Partition index (-1 when not partitioned), used for ids the broker did not give. */
  readonly partition: number;
  readonly maxPendingMessages: number;
  /** Called each time a batch is sealed (round-robin routing moves on). */
  readonly onBatchSealed?: () => void;
  readonly metrics: ClientMetrics;
  readonly interceptors?: ProducerInterceptors | undefined;
}

export class PartitionProducer {
  private readonly pool: ConnectionPool;
  private readonly opts: ResolvedProducerOptions;
  readonly topic: string;
  readonly partition: number;
  private readonly maxPendingMessages: number;
  private readonly onBatchSealed: (() => void) | undefined;
  private readonly metrics: ClientMetrics;
  private readonly interceptors: ProducerInterceptors | undefined;
  /** Taken once: whether sends get spans (an SDK is registered). */
  private readonly tracing = tracingActive();
  private readonly sendSpanName: string;
  private readonly backoff: Backoff;
  private readonly abort = new AbortController();

  private name: string | undefined;
  private seq: SequenceIds | undefined;
  private builder: BatchBuilder<PendingMessage> | undefined;
  private maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
  private maxPendingBatches = 1;
  private delayTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  /** Sealed batches not sent on the current stream, in order. */
  private queue: QueuedBatch[] = [];
  /** Batches sent on the current stream and not answered, in send order. */
  private inflight: QueuedBatch[] = [];
  private pendingCount = 0;
  private readonly spaceWaiters: Array<() => void> = [];
  /** Waiters woken and not yet enqueued: later sends queue behind them, keeping send order. */
  private handoffs = 0;

  private stream: StreamState | undefined;
  private reconnecting = false;
  private closing = false;
  private closedDone: (() => void) | undefined;
  private fatal: MagnetarError | undefined;
  /** Reconnects so far (for tests and stats). */
  reconnects = 0;

  constructor(init: PartitionProducerInit) {
    this.pool = init.pool;
    this.opts = init.options;
    this.topic = init.topic;
    this.partition = init.partition;
    this.maxPendingMessages = init.maxPendingMessages;
    this.onBatchSealed = init.onBatchSealed;
    this.metrics = init.metrics;
    this.interceptors = init.interceptors;
    this.sendSpanName = `send ${init.topic}`;
    const c = init.pool.options;
    this.backoff = new Backoff(c.initialBackoffMs, c.maxBackoffMs);
  }

  /** The producer's name: the requested one or the broker-assigned one. */
  get producerName(): string {
    return this.name ?? this.opts.producerName ?? "";
  }

  /** The last sequence id handed out. */
  get lastSequenceId(): number {
    return this.seq?.last ?? -1;
  }

  /** Messages accepted and not yet confirmed or failed. */
  get pendingMessages(): number {
    return this.pendingCount;
  }

  get isConnected(): boolean {
    return this.stream !== undefined && !this.reconnecting;
  }

  /**
   * Whether a send now would be accepted without waiting for room in the pending window. A failed
   * or closing producer has none: keyless messages go to a partition that can still take them.
   */
  get hasRoom(): boolean {
    return (
      this.pendingCount < this.maxPendingMessages &&
      this.spaceWaiters.length === 0 &&
      this.handoffs === 0 &&
      this.fatal === undefined &&
      !this.closing
    );
  }

  /** Opens the first stream; retriable failures are retried until operationTimeoutMs. */
  async start(): Promise<void> {
    await retry(() => this.attach(), {
      deadline: Date.now() + this.pool.options.operationTimeoutMs,
      backoff: this.backoff,
      signal: this.abort.signal,
      what: `producer on ${this.topic}`,
    });
    if (this.opts.sendTimeoutMs > 0) {
      const every = Math.max(5, Math.min(1000, Math.floor(this.opts.sendTimeoutMs / 4)));
      this.sweepTimer = setInterval(() => this.sweepTimeouts(Date.now()), every);
      this.sweepTimer.unref();
    }
  }

  // ---- sending ----------------------------------------------------------------------------

  /**
   * Not async: with room in the window a message is enqueued at once and its promise is the only
   * one made (an async wrapper cost two more promises per message). Errors still reject.
   */
  send(message: ProducerMessage): Promise<MessageId> {
    try {
      this.checkUsable();
      if (this.pendingCount >= this.maxPendingMessages || this.spaceWaiters.length > 0 || this.handoffs > 0) {
        if (!this.opts.blockIfQueueFull) {
          throw new ProducerQueueFullError(
            `producer on ${this.topic} has ${this.pendingCount} messages pending (maxPendingMessages ${this.maxPendingMessages})`,
          );
        }
        return this.sendWhenRoom(message);
      }
      return this.enqueue(message);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private async sendWhenRoom(message: ProducerMessage): Promise<MessageId> {
    await this.waitForSpace();
    this.handoffs--;
    try {
      this.checkUsable();
      return this.enqueue(message);
    } finally {
      this.wakeWaiters(); // sends that queued behind this one may go now
    }
  }

  private checkUsable(): void {
    if (this.fatal) throw this.fatal;
    if (this.closing) throw closedError(`producer on ${this.topic}`);
  }

  private waitForSpace(): Promise<void> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      this.spaceWaiters.push(wake);
      if (this.opts.sendTimeoutMs > 0) {
        timer = setTimeout(() => {
          const i = this.spaceWaiters.indexOf(wake);
          if (i >= 0) this.spaceWaiters.splice(i, 1);
          reject(
            new TimeoutError(
              `producer on ${this.topic}: no room in the pending queue within ${this.opts.sendTimeoutMs} ms`,
            ),
          );
          this.wakeWaiters();
        }, this.opts.sendTimeoutMs);
      }
    });
  }

  private wakeWaiters(): void {
    // A woken send enqueues on its next microtask: count it as pending already (handoffs).
    while (
      this.spaceWaiters.length > 0 &&
      (this.pendingCount + this.handoffs < this.maxPendingMessages || this.closing || this.fatal)
    ) {
      const wake = this.spaceWaiters.shift();
      if (wake === undefined) break;
      this.handoffs++;
      wake();
    }
  }

  private enqueue(original: ProducerMessage): Promise<MessageId> {
    const seq = this.seq;
    const builder = this.builder;
    if (seq === undefined || builder === undefined) throw closedError(`producer on ${this.topic}`);
    const interceptors = this.interceptors;
    const message = interceptors === undefined ? original : interceptors.beforeSend(original, this.partition);
    const value = message.value;
    const payload =
      value === null ? Buffer.alloc(0) : typeof value === "string" ? Buffer.from(value, "utf8") : value;
    const now = Date.now();
    const deliverAtMs =
      message.deliverAtMs ?? (message.deliverAfterMs !== undefined ? now + message.deliverAfterMs : 0);
    const sequenceId = seq.next();
    const span = this.tracing ? this.sendSpan(sequenceId) : undefined;
    // Only sampled contexts travel: the servers trace under those alone.
    const traceContext = span?.isRecording() ? inject(span) : undefined;
    let encoded: Uint8Array;
    try {
      encoded = encodeSingleMessage({
        payload,
        key: message.key,
        orderingKey: message.orderingKey === undefined ? undefined : keyBytes(message.orderingKey),
        properties: checkedProperties(message),
        eventTimeMs: message.eventTimeMs ?? 0,
        deliverAtTimeMs: deliverAtMs,
        sequenceId,
        nullValue: value === null,
        traceContext,
      });
      this.checkSize(encoded);
    } catch (err) {
      if (span) endWithError(span, err);
      // beforeSend saw this message: its acknowledgement is this failure.
      interceptors?.onSendAcknowledgement(
        message,
        undefined,
        err instanceof Error ? err : new Error(String(err)),
      );
      throw err;
    }
    const batchKey =
      message.orderingKey !== undefined
        ? keyBytes(message.orderingKey)
        : message.key !== undefined
          ? keyBytes(message.key)
          : undefined;
    let resolve!: (id: MessageId) => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<MessageId>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const pm: PendingMessage = {
      sequenceId,
      encoded,
      batchKey,
      deliverAtMs,
      deadline: this.opts.sendTimeoutMs > 0 ? now + this.opts.sendTimeoutMs : Number.POSITIVE_INFINITY,
      acceptedAt: performance.now(),
      payloadBytes: payload.byteLength,
      span,
      traceContext,
      message: interceptors === undefined ? undefined : message,
      settled: false,
      promise,
      resolve,
      reject,
    };
    this.pendingCount++;
    if (builder.mustSealBefore(pm)) this.sealCurrent();
    builder.add(pm);
    if (!this.opts.batchingEnabled || builder.isFull()) this.sealCurrent();
    else if (builder.count === 1) {
      this.delayTimer = setTimeout(() => this.sealCurrent(), this.opts.maxDelayMs);
    }
    return promise;
  }

  /** A message whose batch alone exceeds the broker's limit is refused before sending. */
  private checkSize(encoded: Uint8Array): void {
    const size = framedSize(encoded.byteLength);
    if (size <= this.maxMessageBytes) return;
    if (this.opts.compression !== "none") {
      const compressed = compress(this.opts.compression, Buffer.concat([Buffer.from([0x0a]), encoded]));
      if (compressed.byteLength <= this.maxMessageBytes) return;
    }
    throw new MessageTooLargeError(
      `message of ${encoded.byteLength} bytes exceeds the max message size of ${this.maxMessageBytes} bytes on ${this.topic}`,
    );
  }

  private sealCurrent(): void {
    clearTimeout(this.delayTimer);
    this.delayTimer = undefined;
    const builder = this.builder;
    if (builder === undefined || builder.isEmpty()) return;
    const { messages, batchKey } = builder.drain();
    const live = messages.filter((m) => !m.settled);
    if (live.length > 0) {
      const sealed = sealBatch(live, batchKey, this.opts.compression, Date.now());
      const traceContext = this.tracing ? batchTraceContext(live) : undefined;
      this.queue.push({ sealed, messages: live, requestId: 0, traceContext, abandoned: false });
    }
    this.onBatchSealed?.();
    this.pump();
  }

  /** Sends queued batches while the broker's pipelining limit allows. */
  private pump(): void {
    const s = this.stream;
    if (s === undefined || this.reconnecting) return;
    while (this.queue.length > 0 && this.inflight.length < this.maxPendingBatches) {
      const b = this.queue.shift();
      if (b === undefined || b.abandoned) continue;
      b.requestId = s.nextRequestId++;
      this.inflight.push(b);
      s.call.write(encodeProduceBatch(b.requestId, b.sealed, b.traceContext));
    }
  }

  /** Settles one message exactly once: metrics, then interceptors, then the send's promise. */
  private settle(pm: PendingMessage, outcome: MessageId | Error, now = performance.now()): void {
    if (pm.settled) return;
    pm.settled = true;
    this.pendingCount--;
    const metrics = this.metrics;
    if (pm.span) endSendSpan(pm.span, outcome);
    if (outcome instanceof Error) {
      metrics.sendErrors++;
      if (pm.message !== undefined) this.interceptors?.onSendAcknowledgement(pm.message, undefined, outcome);
      pm.reject(outcome);
    } else {
      metrics.messagesSent++;
      metrics.bytesSent += pm.payloadBytes;
      metrics.recordSendLatency(now - pm.acceptedAt);
      if (pm.message !== undefined) this.interceptors?.onSendAcknowledgement(pm.message, outcome, undefined);
      pm.resolve(outcome);
    }
    this.wakeWaiters();
  }

  private settleBatch(b: QueuedBatch, outcome: ((index: number) => MessageId) | Error): void {
    const now = performance.now();
    b.messages.forEach((pm, i) => {
      this.settle(pm, outcome instanceof Error ? outcome : outcome(i), now);
    });
  }

  /**
   * A message's `send` span, under the application's active span if any. Attributes are set only
   * on a sampled span: most sends of a sampled-down producer allocate no attribute object.
   */
  private sendSpan(sequenceId: number): Span {
    const span = clientTracer.startSpan(this.sendSpanName, SEND_SPAN_OPTIONS);
    if (span.isRecording())
      span.setAttributes({
        "messaging.system": "magnetar",
        "messaging.operation.type": "send",
        "messaging.destination.name": this.topic,
        "magnetar.producer.name": this.producerName,
        "magnetar.sequence.id": sequenceId,
      });
    return span;
  }

  private unknownId(index: number): MessageId {
    return { ledgerId: -1, entryId: -1, batchIndex: index, partition: this.partition };
  }

  private onReceipt(r: ProduceReceipt__Output): void {
    const at = this.inflight.findIndex((b) => b.requestId === r.requestId);
    if (at < 0) return;
    const [b] = this.inflight.splice(at, 1);
    if (b === undefined) return;
    const err = wireError(r.error);
    const id = r.messageId;
    if (err) this.settleBatch(b, err);
    else if (id !== null)
      this.settleBatch(b, (i) => ({
        ledgerId: id.ledgerId,
        entryId: id.entryId,
        batchIndex: i,
        partition: id.partition,
      }));
    else this.settleBatch(b, (i) => this.unknownId(i));
    this.pump();
  }

  /** Fails, with TimeoutError, every batch with a message older than sendTimeoutMs. */
  private sweepTimeouts(now: number): void {
    const expired = (b: QueuedBatch) => (b.messages[0]?.deadline ?? Number.POSITIVE_INFINITY) <= now;
    const timeout = () =>
      new TimeoutError(
        `send to ${this.topic} not confirmed within ${this.opts.sendTimeoutMs} ms (it may or may not be stored)`,
      );
    if ((this.builder?.peek()?.deadline ?? Number.POSITIVE_INFINITY) <= now) this.sealCurrent();
    for (const b of this.inflight) {
      if (!b.abandoned && expired(b)) {
        b.abandoned = true;
        this.settleBatch(b, timeout());
      }
    }
    const keep: QueuedBatch[] = [];
    for (const b of this.queue) {
      if (expired(b)) this.settleBatch(b, timeout());
      else keep.push(b);
    }
    this.queue = keep;
  }

  // ---- the stream --------------------------------------------------------------------------

  /** One attempt: look up, open a stream, wait for `opened`. */
  private async attach(): Promise<void> {
    const { address } = await this.pool.lookup(this.topic);
    const produce = magnetarV1().Messaging.service.Produce;
    // Batches go as bytes built in place (encodeProduceBatch); open and close as messages.
    const call: ProduceCall = this.pool
      .client(address)
      .makeBidiStreamRequest(
        produce.path,
        (m: ProduceRequest | Buffer) => (Buffer.isBuffer(m) ? m : produce.requestSerialize(m)),
        produce.responseDeserialize,
      );
    const state: StreamState = { call, closed: undefined, nextRequestId: 1 };
    const opened = await new Promise<ProducerOpened__Output>((resolve, reject) => {
      let first = true;
      watchStream(
        call,
        (res) => {
          if (first) {
            first = false;
            if (res.opened) resolve(res.opened);
            else {
              reject(new InvalidArgumentError(`broker answered ${res.response ?? "nothing"} before opened`));
              call.cancel();
            }
            return;
          }
          if (this.stream !== state) return;
          if (res.receipt) this.onReceipt(res.receipt);
          else if (res.closed) state.closed = res.closed;
        },
        (error) => {
          if (first) {
            first = false;
            reject(error ?? new UnavailableError(`produce stream on ${this.topic} ended before opened`));
            return;
          }
          this.onStreamEnd(state);
        },
      );
      call.write({
        open: {
          topic: this.topic,
          producerName: this.name ?? this.opts.producerName ?? "",
          deduplication: this.opts.deduplication,
          accessMode: this.opts.accessMode,
          ...(this.opts.initialSequenceId !== undefined
            ? { initialSequenceId: this.opts.initialSequenceId }
            : {}),
          properties: { ...this.opts.properties },
        },
      });
    });
    if (this.closing || this.fatal) {
      call.cancel();
      throw closedError(`producer on ${this.topic}`);
    }
    this.onOpened(state, opened);
  }

  private onOpened(state: StreamState, opened: ProducerOpened__Output): void {
    this.name = opened.producerName || this.name;
    this.maxPendingBatches = Math.max(1, opened.maxPendingBatches);
    if (opened.maxMessageSizeBytes > 0) this.maxMessageBytes = opened.maxMessageSizeBytes;
    const last = opened.lastSequenceId;
    if (this.seq === undefined) this.seq = new SequenceIds(last);
    else this.seq.advancePast(last);
    this.builder ??= new BatchBuilder<PendingMessage>({
      maxMessages: this.opts.maxMessages,
      maxBytes: Math.min(this.opts.maxBytes, this.maxMessageBytes),
      keyBased: this.opts.keyBased,
    });
    // Batches at or below the broker's last persisted sequence id are stored: confirm them; resend
    // the others, in their original order.
    const resend: QueuedBatch[] = [];
    for (const b of [...this.inflight, ...this.queue]) {
      if (b.abandoned) continue;
      if (b.sealed.lastSequenceId <= last) this.settleBatch(b, (i) => this.unknownId(i));
      else {
        b.requestId = 0;
        resend.push(b);
      }
    }
    this.inflight = [];
    this.queue = resend;
    this.stream = state;
    this.reconnecting = false;
    this.pump();
  }

  /** Any end other than a non-retriable `closed` is a disconnect: in-flight outcomes are unknown. */
  private onStreamEnd(state: StreamState): void {
    if (this.stream !== state) return;
    this.stream = undefined;
    if (this.closing) {
      this.closedDone?.();
      return;
    }
    const closedErr = state.closed ? wireError(state.closed.error) : undefined;
    if (closedErr && !closedErr.retriable) {
      this.fail(closedErr);
      return;
    }
    this.reconnect();
  }

  private reconnect(): void {
    if (this.reconnecting || this.closing || this.fatal) return;
    this.reconnecting = true;
    this.reconnects++;
    this.metrics.reconnects++;
    this.queue = [...this.inflight.filter((b) => !b.abandoned), ...this.queue];
    this.inflight = [];
    void retry(() => this.attach(), {
      deadline: Number.POSITIVE_INFINITY,
      backoff: this.backoff,
      signal: this.abort.signal,
      // The old stream of this producer name may still be registered: PRODUCER_BUSY is transient.
      retriable: (err) => err.retriable || err.code === "PRODUCER_BUSY",
      what: `producer on ${this.topic}`,
    }).catch((err: unknown) => {
      if (!this.closing) this.fail(toMagnetarError(err));
    });
  }

  /** Stops for good: every pending send rejects with `err`. */
  private fail(err: MagnetarError): void {
    if (this.fatal) return;
    this.fatal = err;
    this.teardown(err);
  }

  private teardown(err: MagnetarError): void {
    clearTimeout(this.delayTimer);
    clearInterval(this.sweepTimer);
    this.abort.abort();
    const builder = this.builder;
    const leftovers = builder && !builder.isEmpty() ? builder.drain().messages : [];
    for (const b of [...this.inflight, ...this.queue]) this.settleBatch(b, err);
    for (const m of leftovers) this.settle(m, err);
    this.inflight = [];
    this.queue = [];
    this.stream?.call.cancel();
    this.stream = undefined;
    this.wakeWaiters();
  }

  /** Seals the open batch and resolves once every message sent so far is confirmed or failed. */
  async flush(): Promise<void> {
    this.sealCurrent();
    const all = [...this.inflight, ...this.queue].flatMap((b) => b.messages.map((m) => m.promise));
    await Promise.allSettled(all);
  }

  /** Flushes, closes the stream gracefully, and fails whatever could not be sent. */
  async close(): Promise<void> {
    if (this.closing) return;
    if (!this.fatal) {
      // Bounded: with sendTimeoutMs 0 a dead broker would otherwise hold close() forever.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.flush(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.pool.options.operationTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.closing = true;
    const s = this.stream;
    if (s !== undefined && !this.reconnecting) {
      const done = new Promise<void>((resolve) => {
        this.closedDone = resolve;
      });
      s.call.write({ close: {} });
      s.call.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        done,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.pool.options.operationTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.teardown(this.fatal ?? closedError(`producer on ${this.topic}`));
  }
}

/** A producer of one topic: one PartitionProducer, or one per partition of a partitioned topic. */
export class Producer {
  private constructor(
    /** The full topic name. */
    readonly topic: string,
    private readonly parts: PartitionProducer[],
    private readonly router: PartitionRouter | undefined,
    private readonly interceptors: ProducerInterceptors | undefined,
  ) {
    if (interceptors !== undefined) interceptors.producer = this;
  }

  private readonly hasRoom = (partition: number): boolean => this.parts[partition]?.hasRoom ?? false;

  /** @internal */
  static async create(
    pool: ConnectionPool,
    options: ResolvedProducerOptions,
    metrics: ClientMetrics,
  ): Promise<Producer> {
    const meta = await retry(() => pool.partitionedMetadata(options.topic), {
      deadline: Date.now() + pool.options.operationTimeoutMs,
      backoff: new Backoff(pool.options.initialBackoffMs, pool.options.maxBackoffMs),
      signal: new AbortController().signal,
      what: `producer on ${options.topic}`,
    });
    const interceptors =
      options.interceptors.length > 0 ? new ProducerInterceptors(options.interceptors, metrics) : undefined;
    if (meta.partitions <= 0) {
      const p = new PartitionProducer({
        pool,
        options,
        topic: meta.topic,
        partition: -1,
        maxPendingMessages: options.maxPendingMessages,
        metrics,
        interceptors,
      });
      await p.start();
      return new Producer(meta.topic, [p], undefined, interceptors);
    }
    const router = new PartitionRouter(meta.partitions);
    const share = Math.max(1, Math.ceil(options.maxPendingMessages / meta.partitions));
    const parts = Array.from(
      { length: meta.partitions },
      (_, i) =>
        new PartitionProducer({
          pool,
          options,
          topic: `${meta.topic}-partition-${i}`,
          partition: i,
          maxPendingMessages: share,
          onBatchSealed: () => router.batchSealed(i),
          metrics,
          interceptors,
        }),
    );
    const started = await Promise.allSettled(parts.map((p) => p.start()));
    const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) {
      await Promise.allSettled(parts.map((p) => p.close()));
      throw toMagnetarError(failed.reason);
    }
    return new Producer(meta.topic, parts, router, interceptors);
  }

  /** The producer's name (of partition 0 for a partitioned topic). */
  get producerName(): string {
    return this.parts[0]?.producerName ?? "";
  }

  /** Number of partitions (0 = not partitioned). */
  get partitions(): number {
    return this.router?.partitions ?? 0;
  }

  /** Messages accepted and not yet confirmed or failed, over all partitions. */
  get pendingMessages(): number {
    let n = 0;
    for (const p of this.parts) n += p.pendingMessages;
    return n;
  }

  /** The sub-producer of each partition (one for a non-partitioned topic). */
  get partitionProducers(): readonly PartitionProducer[] {
    return this.parts;
  }

  /**
   * Publishes one message. Resolves with its id once the broker stored it; rejects with a typed
   * error (TimeoutError after sendTimeoutMs, MessageTooLargeError, ProducerQueueFullError, ...).
   */
  send(message: ProducerMessage): Promise<MessageId> {
    const index = this.router?.choose(message.key, this.hasRoom) ?? 0;
    const part = this.parts[index];
    if (part === undefined) return Promise.reject(new InvalidArgumentError(`no partition ${index}`));
    return part.send(message);
  }

  /** Sends everything batched so far and resolves when all of it is confirmed or failed. */
  async flush(): Promise<void> {
    await Promise.all(this.parts.map((p) => p.flush()));
  }

  /** Flushes, then closes; sends after close reject. Interceptors' `close` runs last. */
  async close(): Promise<void> {
    await Promise.all(this.parts.map((p) => p.close()));
    this.interceptors?.close();
  }
}

/**
 * The context a batch carries to the broker: its first message's, when that one is sampled. The
 * storage spans then join that message's trace, and the batch's other sampled messages link to it.
 * Taking the first message (not the first sampled one) keeps the servers' share of tracing at the
 * sampling ratio of batches: at 1% and ~100 messages a batch, "any sampled" would trace most.
 */
function batchTraceContext(messages: readonly PendingMessage[]): TraceCarrier | undefined {
  const chosen = messages[0]?.traceContext;
  if (chosen === undefined) return undefined;
  const context = remoteSpanContext(chosen);
  for (let i = 1; i < messages.length; i++) {
    const span = messages[i]?.span;
    if (context && span?.isRecording()) span.addLink({ context, attributes: { "magnetar.link": "batch" } });
  }
  return chosen;
}

function endSendSpan(span: Span, outcome: MessageId | Error): void {
  if (!span.isRecording()) {
    span.end();
    return;
  }
  if (outcome instanceof Error) {
    endWithError(span, outcome);
    return;
  }
  span.setAttribute("magnetar.ledger.id", outcome.ledgerId);
  span.setAttribute("magnetar.entry.id", outcome.entryId);
  span.setAttribute("magnetar.batch.index", outcome.batchIndex);
  span.end();
}

const NO_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The message's properties, checked: messages are encoded as given, so a JavaScript caller's
 * non-string key or property value is refused here with a clear error rather than by the encoder.
 */
function checkedProperties(message: ProducerMessage): Readonly<Record<string, string>> {
  if (message.key !== undefined && typeof message.key !== "string")
    throw new InvalidArgumentError(`a message key must be a string, got ${typeof message.key}`);
  const props = message.properties;
  if (props === undefined) return NO_PROPERTIES;
  for (const name in props) {
    if (typeof props[name] !== "string")
      throw new InvalidArgumentError(`property "${name}" must be a string, got ${typeof props[name]}`);
  }
  return props;
}
