/**
 * The Messaging gRPC service (proto/messaging.proto): Lookup, GetPartitionedMetadata, and the
 * Produce and Consume streams with the life cycle the proto's header describes.
 */
import type * as grpc from "@grpc/grpc-js";
import {
  ConsumerBusyError,
  InvalidArgumentError,
  MagnetarError,
  ProducerQueueFullError,
} from "../../common/errors.js";
import { toServiceError, unary } from "../../common/grpc.js";
import type { ConsumeRequest__Output } from "../../proto/gen/magnetar/v1/ConsumeRequest.js";
import type { ConsumeResponse } from "../../proto/gen/magnetar/v1/ConsumeResponse.js";
import type { GetPartitionedMetadataRequest__Output } from "../../proto/gen/magnetar/v1/GetPartitionedMetadataRequest.js";
import type { GetPartitionedMetadataResponse } from "../../proto/gen/magnetar/v1/GetPartitionedMetadataResponse.js";
import type { LookupRequest__Output } from "../../proto/gen/magnetar/v1/LookupRequest.js";
import type { LookupResponse } from "../../proto/gen/magnetar/v1/LookupResponse.js";
import type { ProduceReceipt } from "../../proto/gen/magnetar/v1/ProduceReceipt.js";
import type { ProduceRequest__Output } from "../../proto/gen/magnetar/v1/ProduceRequest.js";
import type { ProduceResponse } from "../../proto/gen/magnetar/v1/ProduceResponse.js";
import type { ProducerOpen__Output } from "../../proto/gen/magnetar/v1/ProducerOpen.js";
import type { Subscribe__Output } from "../../proto/gen/magnetar/v1/Subscribe.js";
import {
  DISPATCH_PERMITS_MAX,
  formatTopicName,
  NEGATIVE_ACK_DELAY_MS_DEFAULT,
  NEGATIVE_ACK_DELAY_MS_MAX,
  parseTopicName,
  type SubscriptionType,
} from "../core/index.js";
import type { Broker } from "./broker.js";
import type { ConsumerSink, Subscription } from "./subscription.js";
import type { ProducerRegistration, Topic } from "./topic.js";

const SUBSCRIPTION_NAME = /^[^\s/]{1,255}$/u;
const RECEIVER_QUEUE_MAX = 1_000_000;

const TYPES: Record<string, SubscriptionType> = {
  SUBSCRIPTION_TYPE_EXCLUSIVE: "Exclusive",
  SUBSCRIPTION_TYPE_FAILOVER: "Failover",
  SUBSCRIPTION_TYPE_SHARED: "Shared",
  SUBSCRIPTION_TYPE_KEY_SHARED: "Key_Shared",
};

export function messagingService(broker: Broker): grpc.UntypedServiceImplementation {
  return {
    Lookup: unary(async (req: LookupRequest__Output): Promise<LookupResponse> => {
      const topic = await broker.parseServedTopic(req.topic);
      const r = await broker.ownership.lookup(topic, req.authoritative);
      return {
        broker: {
          brokerId: r.owner.brokerId,
          serviceAddress: r.owner.serviceAddress,
          httpAddress: r.owner.httpAddress,
        },
        bundle: r.bundle,
        topic: formatTopicName(topic),
        redirect: r.redirect,
        authoritative: r.authoritative,
      };
    }, broker.logger),
    GetPartitionedMetadata: unary(
      async (req: GetPartitionedMetadataRequest__Output): Promise<GetPartitionedMetadataResponse> => {
        const topic = parseTopicName(req.topic);
        await broker.namespaces.resolve(topic);
        return { partitions: await broker.namespaces.partitions(topic), topic: formatTopicName(topic) };
      },
      broker.logger,
    ),
    Produce: (call: grpc.ServerDuplexStream<ProduceRequest__Output, ProduceResponse>) =>
      new ProducerSession(broker, call).start(),
    Consume: (call: grpc.ServerDuplexStream<ConsumeRequest__Output, ConsumeResponse>) =>
      new ConsumerSession(broker, call).start(),
  };
}

/** Ends a stream before `opened`/`subscribed` with the error's status. */
function refuse(call: grpc.ServerDuplexStream<unknown, unknown>, err: unknown, broker: Broker): void {
  call.emit("error", toServiceError(err, broker.logger));
}

class ProducerSession {
  private topic: Topic | undefined;
  private registration: ProducerRegistration | undefined;
  private name = "";
  private dedup = true;
  private maxMessageSizeBytes = 0;
  private opening = false;
  private done = false;
  private closing = false;
  /** Requests that arrived while opening, in order. */
  private readonly early: ProduceRequest__Output[] = [];
  /** Receipts in send order; a slot is filled when its batch completes. */
  private readonly receipts: { receipt: ProduceReceipt | undefined }[] = [];

  constructor(
    private readonly broker: Broker,
    private readonly call: grpc.ServerDuplexStream<ProduceRequest__Output, ProduceResponse>,
  ) {}

  start(): void {
    this.call.on("data", (req: ProduceRequest__Output) => this.onRequest(req));
    this.call.on("end", () => this.requestClose());
    this.call.on("error", () => this.detach());
    this.call.on("cancelled", () => this.detach());
  }

  private onRequest(req: ProduceRequest__Output): void {
    if (this.done) return;
    if (!this.topic) {
      if (this.opening) {
        this.early.push(req);
        return;
      }
      if (req.request !== "open" || !req.open) {
        this.fail(new InvalidArgumentError("the first item of a Produce stream must be `open`"));
        return;
      }
      this.opening = true;
      this.open(req.open).then(
        () => {
          for (const r of this.early.splice(0)) this.onRequest(r);
        },
        (err: unknown) => this.fail(err),
      );
      return;
    }
    switch (req.request) {
      case "batch":
        if (req.batch) this.onBatch(req.batch);
        return;
      case "close":
        this.requestClose();
        return;
      default:
        this.fail(new InvalidArgumentError(`unexpected Produce item ${req.request ?? "(none)"} after open`));
    }
  }

  private async open(open: ProducerOpen__Output): Promise<void> {
    const name = await this.broker.parseServedTopic(open.topic);
    const policies = await this.broker.namespaces.resolve(name);
    const topic = await this.broker.topic(name);
    const producerName = open.producerName || this.broker.newProducerName();
    if (topic.producers.has(producerName))
      throw new MagnetarError(
        "PRODUCER_BUSY",
        `a producer named ${producerName} is already connected to ${topic.name}`,
      );
    if (policies.maxProducersPerTopic > 0 && topic.producers.size >= policies.maxProducersPerTopic)
      throw new MagnetarError(
        "RESOURCE_EXHAUSTED",
        `${topic.name} already has ${topic.producers.size} producers (the namespace allows ${policies.maxProducersPerTopic})`,
      );
    if (topic.ml.terminated) throw new MagnetarError("TOPIC_TERMINATED", `topic ${topic.name} is terminated`);
    this.dedup =
      open.deduplication === "DEDUPLICATION_MODE_ENABLED"
        ? true
        : open.deduplication === "DEDUPLICATION_MODE_DISABLED"
          ? false
          : policies.deduplication;
    this.maxMessageSizeBytes = policies.maxMessageSizeBytes;
    if (this.done) return;
    const registration = {
      close: (err?: MagnetarError) => this.closeWith(err),
      address: this.call.getPeer(),
      since: Date.now(),
      deduplication: this.dedup,
    };
    this.registration = registration;
    topic.producers.set(producerName, registration);
    if (topic.isClosed) {
      topic.producers.delete(producerName);
      throw new MagnetarError("TOPIC_NOT_OWNED", `topic ${topic.name} moved while opening; look it up again`);
    }
    this.topic = topic;
    this.name = producerName;
    const lastSequenceId = await topic.producerOpened(
      producerName,
      open.initialSequenceId === undefined || open.initialSequenceId === null
        ? undefined
        : Number(open.initialSequenceId),
    );
    if (this.done) return;
    this.call.write({
      opened: {
        producerName,
        lastSequenceId,
        maxMessageSizeBytes: this.maxMessageSizeBytes,
        deduplicationEnabled: this.dedup,
        maxPendingBatches: this.broker.options.maxPendingBatches,
        topic: topic.name,
      },
    });
  }

  private onBatch(batch: NonNullable<ProduceRequest__Output["batch"]>): void {
    const topic = this.topic;
    if (!topic || this.closing) return;
    const slot: { receipt: ProduceReceipt | undefined } = { receipt: undefined };
    this.receipts.push(slot);
    if (this.receipts.length > this.broker.options.maxPendingBatches) {
      const err = new ProducerQueueFullError(
        `more than ${this.broker.options.maxPendingBatches} batches pending on this producer; wait for receipts`,
      );
      slot.receipt = {
        requestId: batch.requestId,
        firstSequenceId: batch.firstSequenceId,
        lastSequenceId: batch.lastSequenceId,
        error: { code: err.code, message: err.message },
      };
      this.flushReceipts();
      return;
    }
    const received = performance.now();
    topic.publish(this.name, batch, this.dedup, { maxMessageSizeBytes: this.maxMessageSizeBytes }).then(
      (receipt) => {
        if (receipt.messageId && !receipt.duplicate && !receipt.error)
          this.broker.metrics.publishLatency.observe((performance.now() - received) / 1000);
        slot.receipt = receipt;
        this.flushReceipts();
      },
      (err: unknown) => {
        // Storing failed: the outcome is unknown, so no receipt; the client resends elsewhere.
        this.flushReceipts();
        this.closeWith(err instanceof MagnetarError ? err : new MagnetarError("UNAVAILABLE", String(err)));
      },
    );
  }

  private flushReceipts(): void {
    while (this.receipts.length > 0 && this.receipts[0]?.receipt) {
      const slot = this.receipts.shift();
      if (!this.done && slot?.receipt) this.call.write({ receipt: slot.receipt });
    }
    if (this.closing && this.receipts.length === 0) this.closeWith(undefined);
  }

  private requestClose(): void {
    if (this.done) return;
    if (!this.topic) {
      this.done = true;
      this.call.end();
      return;
    }
    this.closing = true;
    this.flushReceipts();
  }

  /** Broker-initiated (or requested) close: `closed` then OK. */
  private closeWith(err: MagnetarError | undefined): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    this.call.write({ closed: err ? { error: { code: err.code, message: err.message } } : {} });
    this.call.end();
  }

  private fail(err: unknown): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    refuse(this.call, err, this.broker);
  }

  private detach(): void {
    this.done = true;
    // Only this stream's registration: a reconnected stream may hold the name by now.
    if (this.topic && this.topic.producers.get(this.name) === this.registration)
      this.topic.producers.delete(this.name);
  }
}

class ConsumerSession {
  private subscription: Subscription | undefined;
  private topic: Topic | undefined;
  private consumerId = 0;
  private subscribing = false;
  private done = false;
  private readonly early: ConsumeRequest__Output[] = [];

  constructor(
    private readonly broker: Broker,
    private readonly call: grpc.ServerDuplexStream<ConsumeRequest__Output, ConsumeResponse>,
  ) {}

  start(): void {
    this.call.on("data", (req: ConsumeRequest__Output) => this.onRequest(req));
    this.call.on("end", () => void this.closeGracefully());
    // The stream is gone: a subscribe still loading must not attach a consumer to it.
    this.call.on("error", () => this.gone());
    this.call.on("cancelled", () => this.gone());
  }

  /** A close the client asked for: its acks are persisted before `closed` is sent. */
  private async closeGracefully(): Promise<void> {
    const sub = this.subscription;
    this.detach();
    await sub?.flush().catch(() => undefined);
    this.closeWith(undefined);
  }

  private onRequest(req: ConsumeRequest__Output): void {
    if (this.done) return;
    if (!this.subscription) {
      if (this.subscribing) {
        this.early.push(req);
        return;
      }
      if (req.request !== "subscribe" || !req.subscribe) {
        this.fail(new InvalidArgumentError("the first item of a Consume stream must be `subscribe`"));
        return;
      }
      this.subscribing = true;
      this.subscribe(req.subscribe).then(
        () => {
          for (const r of this.early.splice(0)) this.onRequest(r);
        },
        (err: unknown) => this.fail(err),
      );
      return;
    }
    void this.handle(req).catch((err: unknown) => {
      const e = err instanceof MagnetarError ? err : new MagnetarError("INTERNAL", String(err));
      const requestId = requestIdOf(req);
      if (requestId !== undefined)
        this.write({ receipt: { requestId, error: { code: e.code, message: e.message } } });
      else this.write({ error: { code: e.code, message: e.message } });
    });
  }

  private async subscribe(s: Subscribe__Output): Promise<void> {
    const name = await this.broker.parseServedTopic(s.topic);
    if (!SUBSCRIPTION_NAME.test(s.subscription))
      throw new InvalidArgumentError(
        `subscription name must be 1 to 255 characters without '/' or spaces, got ${JSON.stringify(s.subscription)}`,
      );
    const type = TYPES[s.subscriptionType];
    if (!type) throw new InvalidArgumentError(`unknown subscription type ${s.subscriptionType}`);
    if (s.durability === "SUBSCRIPTION_DURABILITY_NON_DURABLE")
      throw new MagnetarError("UNIMPLEMENTED", "non-durable subscriptions are not supported yet");
    if (s.keyShared && s.keyShared.mode === "KEY_SHARED_MODE_STICKY")
      throw new MagnetarError("UNIMPLEMENTED", "Key_Shared STICKY mode is not supported yet; use AUTO_SPLIT");
    if (s.receiverQueueSize > RECEIVER_QUEUE_MAX)
      throw new InvalidArgumentError(
        `receiver_queue_size must be at most ${RECEIVER_QUEUE_MAX}, got ${s.receiverQueueSize}`,
      );
    const nackDelay = Number(s.negativeAckRedeliveryDelayMs) || NEGATIVE_ACK_DELAY_MS_DEFAULT;
    if (nackDelay < 0 || nackDelay > NEGATIVE_ACK_DELAY_MS_MAX)
      throw new InvalidArgumentError(
        `negative_ack_redelivery_delay_ms must be 0..${NEGATIVE_ACK_DELAY_MS_MAX}, got ${nackDelay}`,
      );
    const ackTimeoutMs = Number(s.ackTimeoutMs);
    if (ackTimeoutMs < 0) throw new InvalidArgumentError(`ack_timeout_ms must be >= 0, got ${ackTimeoutMs}`);
    if (s.priorityLevel < 0)
      throw new InvalidArgumentError(`priority_level must be >= 0, got ${s.priorityLevel}`);

    const policies = await this.broker.namespaces.resolve(name);
    const topic = await this.broker.topic(name);
    const initial = s.initialPosition === "INITIAL_POSITION_EARLIEST" ? "Earliest" : "Latest";
    const { subscription, created } = await topic.subscription(s.subscription, type, initial);
    if (
      policies.maxConsumersPerSubscription > 0 &&
      subscription.consumerCount >= policies.maxConsumersPerSubscription
    )
      throw new MagnetarError(
        "RESOURCE_EXHAUSTED",
        `subscription ${s.subscription} already has ${subscription.consumerCount} consumers (the namespace allows ${policies.maxConsumersPerSubscription})`,
      );
    if (this.done) return;
    this.consumerId = this.broker.newConsumerId();
    const consumerName = s.consumerName || `consumer-${this.consumerId}`;
    const sink: ConsumerSink = {
      spec: { id: this.consumerId, name: consumerName, priority: s.priorityLevel, permits: 0 },
      type,
      ackTimeoutMs,
      negativeAckDelayMs: nackDelay,
      address: this.call.getPeer(),
      since: Date.now(),
      send: (r) => this.write(r),
      close: (err) => this.closeWith(err),
      dispatched: (seconds) => this.broker.metrics.dispatchLatency.observe(seconds),
    };
    if (type === "Exclusive" && subscription.consumerCount > 0)
      throw new ConsumerBusyError(`subscription ${s.subscription} is Exclusive and already has a consumer`);
    subscription.checkConsumer(sink);
    // The topic may have closed (unload, takeover) while this subscribe was loading it.
    if (topic.isClosed)
      throw new MagnetarError(
        "TOPIC_NOT_OWNED",
        `topic ${topic.name} moved while subscribing; look it up again`,
      );
    this.write({
      subscribed: {
        consumerId: this.consumerId,
        consumerName,
        isActive: true,
        subscriptionCreated: created,
        topic: topic.name,
      },
    });
    subscription.addConsumer(sink);
    this.subscription = subscription;
    this.topic = topic;
    if (s.receiverQueueSize > 0) subscription.flow(this.consumerId, s.receiverQueueSize);
  }

  private async handle(req: ConsumeRequest__Output): Promise<void> {
    const sub = this.subscription;
    if (!sub) return;
    switch (req.request) {
      case "flow": {
        const permits = req.flow?.permits ?? 0;
        if (permits < 1 || permits > DISPATCH_PERMITS_MAX)
          throw new InvalidArgumentError(`flow permits must be 1..${DISPATCH_PERMITS_MAX}, got ${permits}`);
        sub.flow(this.consumerId, permits);
        return;
      }
      case "ack": {
        const ack = req.ack;
        if (!ack) return;
        await sub.ack(ack.messageIds, ack.ackType === "ACK_TYPE_CUMULATIVE");
        if (ack.requestId) this.write({ receipt: { requestId: ack.requestId } });
        return;
      }
      case "nack":
        sub.nack(this.consumerId, req.nack?.messageIds ?? []);
        return;
      case "redeliverUnacked":
        sub.redeliverUnacked(this.consumerId);
        return;
      case "unsubscribe": {
        const requestId = req.unsubscribe?.requestId ?? 0;
        if (sub.consumerCount > 1)
          throw new ConsumerBusyError(
            `subscription ${sub.name} has ${sub.consumerCount - 1} other consumers; they must close first`,
          );
        const topic = this.topic;
        this.detach();
        try {
          await topic?.deleteSubscription(sub.name, true);
        } catch (err) {
          // Detached already: answer, then close so that the client subscribes again.
          const e = err instanceof MagnetarError ? err : new MagnetarError("INTERNAL", String(err));
          this.write({ receipt: { requestId, error: { code: e.code, message: e.message } } });
          this.closeWith(new MagnetarError("UNAVAILABLE", `unsubscribe failed: ${e.message}`));
          return;
        }
        this.write({ receipt: { requestId } });
        this.closeWith(undefined);
        return;
      }
      case "close":
        await this.closeGracefully();
        return;
      case "getLastMessageId": {
        const requestId = req.getLastMessageId?.requestId ?? 0;
        const topic = this.topic;
        if (!topic) return;
        const last = topic.lastPosition();
        const md = sub.markDelete();
        const partition = topic.partition;
        this.write({
          lastMessageId: {
            requestId,
            ...(last ? { lastMessageId: { ...last, batchIndex: -1, partition } } : {}),
            markDeletePosition: { ...md, batchIndex: -1, partition },
          },
        });
        return;
      }
      case "seek":
        throw new MagnetarError(
          "UNIMPLEMENTED",
          "seek is not supported yet; use admin subscriptions reset-cursor",
        );
      case "subscribe":
        throw new InvalidArgumentError("a Consume stream subscribes once");
      default:
        throw new InvalidArgumentError("a Consume item must set one request");
    }
  }

  private write(r: ConsumeResponse): void {
    if (!this.done) this.call.write(r);
  }

  /** Broker-initiated (or requested) close: `closed`, then OK. */
  private closeWith(err: MagnetarError | undefined): void {
    if (this.done) return;
    this.detach();
    this.done = true;
    this.call.write({ closed: err ? { error: { code: err.code, message: err.message } } : {} });
    this.call.end();
  }

  private fail(err: unknown): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    refuse(this.call, err, this.broker);
  }

  private detach(): void {
    const sub = this.subscription;
    this.subscription = undefined;
    if (sub && this.consumerId) sub.removeConsumer(this.consumerId);
  }

  private gone(): void {
    this.done = true;
    this.detach();
  }
}

function requestIdOf(req: ConsumeRequest__Output): number | undefined {
  const id =
    req.ack?.requestId ??
    req.unsubscribe?.requestId ??
    req.getLastMessageId?.requestId ??
    req.seek?.requestId;
  return id ? Number(id) : undefined;
}
