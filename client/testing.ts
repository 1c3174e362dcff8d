/**
 * A scriptable in-process Messaging server for the client's unit tests: a test double of the
 * broker's wire behaviour (proto/messaging.proto), on 127.0.0.1 with @grpc/grpc-js. It stores
 * batches per topic with per-producer-name deduplication, and lets a test intercept every open,
 * batch, subscribe and consume request. Used only by client/*.test.ts; the real broker is tested
 * end to end elsewhere.
 */
import type * as grpc from "@grpc/grpc-js";
import { type MagnetarError, TopicNotOwnedError } from "../common/errors.js";
import { bindServer, createServer, shutdownServer, toServiceError } from "../common/grpc.js";
import type { ConsumeRequest__Output } from "../proto/gen/magnetar/v1/ConsumeRequest.js";
import type { ConsumeResponse } from "../proto/gen/magnetar/v1/ConsumeResponse.js";
import type { DeliveredEntry } from "../proto/gen/magnetar/v1/DeliveredEntry.js";
import type { LookupRequest__Output } from "../proto/gen/magnetar/v1/LookupRequest.js";
import type { LookupResponse } from "../proto/gen/magnetar/v1/LookupResponse.js";
import type { ProduceBatch__Output } from "../proto/gen/magnetar/v1/ProduceBatch.js";
import type { ProduceRequest__Output } from "../proto/gen/magnetar/v1/ProduceRequest.js";
import type { ProduceResponse } from "../proto/gen/magnetar/v1/ProduceResponse.js";
import type { ProducerOpen__Output } from "../proto/gen/magnetar/v1/ProducerOpen.js";
import type { Subscribe__Output } from "../proto/gen/magnetar/v1/Subscribe.js";
import { magnetarV1 } from "../proto/index.js";

export type ProduceCall = grpc.ServerDuplexStream<ProduceRequest__Output, ProduceResponse>;
export type ConsumeCall = grpc.ServerDuplexStream<ConsumeRequest__Output, ConsumeResponse>;

export interface StoredBatch {
  readonly topic: string;
  readonly producerName: string;
  readonly batch: ProduceBatch__Output;
  readonly entryId: number;
}

/** What to do with one batch: store and answer (default), store silently, refuse, or kill the stream. */
export type BatchAction =
  | { readonly kind: "store" }
  | { readonly kind: "storeSilently" }
  | { readonly kind: "ignore" }
  | { readonly kind: "refuse"; readonly code: string; readonly message: string }
  | { readonly kind: "storeThenFail"; readonly error: MagnetarError }
  | { readonly kind: "close"; readonly code: string };

export interface ProducerSession {
  readonly call: ProduceCall;
  readonly open: ProducerOpen__Output;
  readonly name: string;
  /** Set once the fake ended the stream: later items are ignored, as a dead broker would. */
  dead: boolean;
}

export interface ConsumerSession {
  readonly call: ConsumeCall;
  readonly subscribe: Subscribe__Output;
  permits: number;
  readonly requests: ConsumeRequest__Output[];
}

export class FakeBroker {
  private server = createServer();
  address = "";
  readonly lookups: LookupRequest__Output[] = [];
  readonly stored: StoredBatch[] = [];
  /** Highest stored sequence id per topic + producer name (deduplication on). */
  readonly lastSequence = new Map<string, number>();
  readonly partitions = new Map<string, number>();
  readonly producers: ProducerSession[] = [];
  readonly consumers: ConsumerSession[] = [];
  readonly opens: ProducerOpen__Output[] = [];
  readonly subscribes: Subscribe__Output[] = [];
  maxPendingBatches = 1000;
  maxMessageSizeBytes = 5 * 1024 * 1024;
  deduplication = true;
  private nextProducer = 1;
  private readonly listeners = new Set<() => void>();

  /** Answers a lookup; default: this broker owns everything. */
  onLookup: (req: LookupRequest__Output) => LookupResponse | MagnetarError = (req) => ({
    broker: { brokerId: "fake", serviceAddress: this.address, httpAddress: "" },
    topic: req.topic,
    redirect: false,
    authoritative: false,
    bundle: "0x00000000_0xffffffff",
  });
  /** Refuses an open by returning an error. */
  onOpen: (open: ProducerOpen__Output) => MagnetarError | undefined = () => undefined;
  onBatch: (batch: ProduceBatch__Output, session: ProducerSession) => BatchAction = () => ({ kind: "store" });
  onSubscribe: (sub: Subscribe__Output) => MagnetarError | undefined = () => undefined;
  /** Answer to an ack: undefined = success, or an error code. */
  onAck: (req: ConsumeRequest__Output) => { code: string; message: string } | undefined = () => undefined;

  async start(port = 0): Promise<this> {
    const handlers: grpc.UntypedServiceImplementation = {
      Lookup: (
        call: grpc.ServerUnaryCall<LookupRequest__Output, LookupResponse>,
        cb: grpc.sendUnaryData<LookupResponse>,
      ) => {
        this.lookups.push(call.request);
        const res = this.onLookup(call.request);
        if (res instanceof Error) cb(toServiceError(res));
        else cb(null, res);
        this.changed();
      },
      GetPartitionedMetadata: (
        call: grpc.ServerUnaryCall<{ topic: string }, { partitions: number; topic: string }>,
        cb: grpc.sendUnaryData<{ partitions: number; topic: string }>,
      ) => {
        const t = call.request.topic;
        const full = t.includes("://") ? t : `persistent://public/default/${t}`;
        cb(null, { partitions: this.partitions.get(t) ?? 0, topic: full });
      },
      Produce: (call: ProduceCall) => this.produce(call),
      Consume: (call: ConsumeCall) => this.consume(call),
    };
    this.server = createServer();
    this.server.addService(magnetarV1().Messaging.service, handlers);
    const addr = await bindServer(this.server, { host: "127.0.0.1", port });
    this.address = `127.0.0.1:${addr.port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.forceShutdown();
    await shutdownServer(this.server, 100);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves once `predicate` holds (checked on every server event), or rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs = 5_000, what = "condition"): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.listeners.add(check);
    });
  }

  private produce(call: ProduceCall): void {
    let session: ProducerSession | undefined;
    call.on("data", (req: ProduceRequest__Output) => {
      if (session === undefined) {
        const open = req.open;
        if (!open) return call.emit("error", toServiceError(new TopicNotOwnedError("expected open")));
        this.opens.push(open);
        const refused = this.onOpen(open);
        if (refused) {
          call.emit("error", toServiceError(refused));
          this.changed();
          return;
        }
        const name = open.producerName || `fake-producer-${this.nextProducer++}`;
        session = { call, open, name, dead: false };
        this.producers.push(session);
        const key = `${open.topic}|${name}`;
        call.write({
          opened: {
            producerName: name,
            lastSequenceId: this.deduplication ? (this.lastSequence.get(key) ?? -1) : -1,
            maxMessageSizeBytes: this.maxMessageSizeBytes,
            deduplicationEnabled: this.deduplication,
            maxPendingBatches: this.maxPendingBatches,
            topic: open.topic,
          },
        });
        this.changed();
        return;
      }
      if (session.dead) return;
      if (req.close) {
        call.write({ closed: {} });
        call.end();
        this.changed();
        return;
      }
      const batch = req.batch;
      if (!batch) return;
      this.handleBatch(session, batch);
      this.changed();
    });
    call.on("error", () => undefined);
  }

  private store(
    session: ProducerSession,
    batch: ProduceBatch__Output,
  ): { entryId: number; duplicate: boolean } {
    const key = `${session.open.topic}|${session.name}`;
    const last = this.lastSequence.get(key) ?? -1;
    if (this.deduplication && batch.lastSequenceId <= last) return { entryId: -1, duplicate: true };
    const entryId = this.stored.length;
    this.stored.push({ topic: session.open.topic, producerName: session.name, batch, entryId });
    this.lastSequence.set(key, Math.max(last, batch.lastSequenceId));
    return { entryId, duplicate: false };
  }

  private handleBatch(session: ProducerSession, batch: ProduceBatch__Output): void {
    const action = this.onBatch(batch, session);
    const echo = {
      requestId: batch.requestId,
      firstSequenceId: batch.firstSequenceId,
      lastSequenceId: batch.lastSequenceId,
    };
    switch (action.kind) {
      case "store": {
        const { entryId, duplicate } = this.store(session, batch);
        session.call.write({
          receipt: {
            ...echo,
            duplicate,
            ...(duplicate ? {} : { messageId: { ledgerId: 1, entryId, batchIndex: -1, partition: -1 } }),
          },
        });
        return;
      }
      case "storeSilently":
        this.store(session, batch);
        return;
      case "ignore":
        return;
      case "refuse":
        session.call.write({
          receipt: { ...echo, error: { code: action.code as "INTERNAL", message: action.message } },
        });
        return;
      case "storeThenFail":
        this.store(session, batch);
        session.dead = true;
        session.call.emit("error", toServiceError(action.error));
        return;
      case "close":
        session.dead = true;
        session.call.write({
          closed: { error: { code: action.code as "INTERNAL", message: "closed by the fake" } },
        });
        session.call.end();
        return;
    }
  }

  private consume(call: ConsumeCall): void {
    let session: ConsumerSession | undefined;
    call.on("data", (req: ConsumeRequest__Output) => {
      if (session === undefined) {
        const sub = req.subscribe;
        if (!sub) return call.emit("error", toServiceError(new TopicNotOwnedError("expected subscribe")));
        this.subscribes.push(sub);
        const refused = this.onSubscribe(sub);
        if (refused) {
          call.emit("error", toServiceError(refused));
          this.changed();
          return;
        }
        session = { call, subscribe: sub, permits: sub.receiverQueueSize, requests: [] };
        this.consumers.push(session);
        call.write({
          subscribed: {
            consumerId: this.consumers.length,
            consumerName: sub.consumerName || `fake-consumer-${this.consumers.length}`,
            isActive: true,
            subscriptionCreated: true,
            topic: sub.topic,
          },
        });
        this.changed();
        return;
      }
      session.requests.push(req);
      if (req.flow) session.permits += req.flow.permits;
      if (req.ack && req.ack.requestId > 0) {
        const err = this.onAck(req);
        call.write({
          receipt: {
            requestId: req.ack.requestId,
            ...(err ? { error: { code: err.code as "INTERNAL", message: err.message } } : {}),
          },
        });
      }
      if (req.unsubscribe) {
        call.write({ receipt: { requestId: req.unsubscribe.requestId } });
        call.write({ closed: {} });
        call.end();
      }
      if (req.close) {
        call.write({ closed: {} });
        call.end();
      }
      this.changed();
    });
    call.on("error", () => undefined);
  }

  /** Pushes a stored batch to a consumer as the broker would (as entry `stored.entryId` of ledger 1). */
  deliverStored(
    session: ConsumerSession,
    stored: StoredBatch,
    options: { redeliveryCount?: number; batchIndexes?: number[] } = {},
  ): void {
    const b = stored.batch;
    this.deliver(session, {
      id: { ledgerId: 1, entryId: stored.entryId, batchIndex: -1, partition: -1 },
      redeliveryCount: options.redeliveryCount ?? 0,
      header: {
        producerName: stored.producerName,
        firstSequenceId: b.firstSequenceId,
        lastSequenceId: b.lastSequenceId,
        publishTimeMs: b.publishTimeMs,
        codec: b.codec,
        messageCount: b.messageCount,
        uncompressedSizeBytes: b.uncompressedSizeBytes,
        partition: -1,
      },
      payload: b.payload,
      batchIndexes: options.batchIndexes ?? [],
    });
  }

  /** Pushes an entry to a consumer, spending its permits. */
  deliver(session: ConsumerSession, entry: DeliveredEntry): void {
    const count =
      entry.batchIndexes && entry.batchIndexes.length > 0
        ? entry.batchIndexes.length
        : (entry.header?.messageCount ?? 0);
    session.permits -= count;
    session.call.write({ entry });
  }
}
