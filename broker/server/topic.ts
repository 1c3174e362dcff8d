/**
 * A topic loaded on this broker: its managed ledger, producers with deduplication, and
 * subscriptions. Created by the broker once it owns the topic's bundle; closed when the bundle is
 * unloaded or the broker's lease is lost.
 *
 * Deduplication: per producer name, the highest sequence id persisted. It survives failover
 * through a snapshot at `/dedup/<topic>` (written at most once a second, by compare-and-set) plus
 * a replay, on load, of the entry headers written after the snapshot's position.
 */
import type { Logger } from "pino";
import {
  InvalidArgumentError,
  MagnetarError,
  MessageTooLargeError,
  TopicNotOwnedError,
  VersionMismatchError,
} from "../../common/errors.js";
import {
  contextOf,
  endWithError,
  isSampled,
  type Span,
  SpanKind,
  startChildSpan,
  tracer,
  tracingActive,
} from "../../common/tracing.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import type { ProduceBatch__Output } from "../../proto/gen/magnetar/v1/ProduceBatch.js";
import type { ProduceReceipt } from "../../proto/gen/magnetar/v1/ProduceReceipt.js";
import { BATCH_SIZE_MAX, type Position, type SubscriptionType } from "../core/index.js";
import type { CasBatcher } from "./cas-batcher.js";
import { decodeEntry, encodeEntry } from "./entry.js";
import type { ManagedLedger } from "./managed-ledger.js";
import { Rates } from "./rates.js";
import { Subscription, type SubscriptionContext } from "./subscription.js";
import { ThrottledSave } from "./throttled-save.js";

export const DEDUP_PREFIX = "/dedup/";
const DEDUP_SNAPSHOT_INTERVAL_MS = 1_000;
/** Receipts of recent batches kept per producer, to answer a resent batch with its original id. */
const RECENT_RECEIPTS = 1_024;
/** A producer name unused this long is forgotten (Pulsar: 6 h); its resends are no longer deduplicated. */
const DEDUP_PRODUCER_IDLE_MS = 6 * 3_600_000;

interface DedupSnapshot {
  readonly position: Position;
  readonly producers: Record<string, number>;
}

export interface TopicOptions {
  readonly name: string;
  readonly partition: number;
  readonly store: MetadataStore;
  readonly logger: Logger;
  readonly cursorPersistIntervalMs: number;
  readonly maxPendingBatches: number;
  /** The broker's bound on timed cursor and deduplication saves in flight. */
  /** Writes cursors and deduplication snapshots, batched broker-wide. */
  readonly saver: CasBatcher;
  /** Called once when the topic stops because another broker took it over. */
  readonly onFenced: (topic: Topic, err: MagnetarError) => void;
}

export interface ProducerLimits {
  readonly maxMessageSizeBytes: number;
}

/** A connected producer's stream, as the topic sees it. */
export interface ProducerRegistration {
  /** Sends `closed` with the error (none = normal close) and ends the stream. */
  readonly close: (err?: MagnetarError) => void;
  readonly address: string;
  readonly since: number;
  readonly deduplication: boolean;
}

interface ProducerRecord {
  /** Highest sequence id persisted. */
  lastPersisted: number;
  /** Highest sequence id sent to storage (persisted or in flight). */
  lastPending: number;
  /** The last append in flight: a resend of a pending batch waits for it. */
  inFlight: Promise<unknown> | undefined;
  /** Last publish or open (records of producers idle for DEDUP_PRODUCER_IDLE_MS are dropped). */
  lastUsedMs: number;
  readonly recent: { lastSeq: number; position: Position }[];
}

const topicTracer = tracer("magnetar.broker");

export class Topic {
  private readonly dedup = new Map<string, ProducerRecord>();
  /** Taken once: whether publishes get spans (and their bookie writes with them). */
  private readonly tracing = tracingActive();
  private dedupVersion = 0;
  private dedupPosition: Position | undefined;
  /** Deduplication snapshots: at most one a second while batches are stored, and one at unload. */
  private readonly dedupSave: ThrottledSave;
  private readonly subscriptions = new Map<string, Promise<Subscription>>();
  /** The subscriptions of `subscriptions` that finished loading, for tick (no promise per tick). */
  private readonly ready = new Map<string, Subscription>();
  /** Connected producers by name. */
  readonly producers = new Map<string, ProducerRegistration>();
  private closed = false;
  msgIn = 0;
  bytesIn = 0;
  readonly rates = new Rates(() => ({ msgIn: this.msgIn, bytesIn: this.bytesIn }));

  private constructor(
    private readonly options: TopicOptions,
    readonly ml: ManagedLedger,
  ) {
    this.dedupSave = new ThrottledSave({
      save: (urgent) => this.saveDedup(urgent),
      intervalMs: DEDUP_SNAPSHOT_INTERVAL_MS,
    });
  }

  /** Loads a topic whose managed ledger was just opened (and fenced): restores deduplication. */
  static async load(options: TopicOptions, ml: ManagedLedger): Promise<Topic> {
    const topic = new Topic(options, ml);
    await topic.restoreDedup();
    return topic;
  }

  get name(): string {
    return this.options.name;
  }

  get partition(): number {
    return this.options.partition;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async restoreDedup(): Promise<void> {
    const kv = await this.options.store.get(`${DEDUP_PREFIX}${this.name}`);
    let after = this.ml.startPosition();
    if (kv) {
      const snap = JSON.parse(kv.value.toString("utf8")) as DedupSnapshot;
      this.dedupVersion = kv.version;
      for (const [name, seq] of Object.entries(snap.producers)) this.record(name).lastPersisted = seq;
      after = snap.position;
    }
    // Replay the headers written since the snapshot; in chunks, reads run in parallel.
    for (;;) {
      const positions = this.ml.positionsAfter(after, 256);
      if (positions.length === 0) break;
      const bodies = await Promise.all(positions.map((p) => this.ml.read(p)));
      positions.forEach((p, i) => {
        const h = decodeEntry(bodies[i] as Buffer).header;
        const r = this.record(h.producerName);
        r.lastPersisted = Math.max(r.lastPersisted, h.lastSequenceId);
        this.remember(r, h.lastSequenceId, p);
      });
      after = positions[positions.length - 1] as Position;
    }
    for (const r of this.dedup.values()) r.lastPending = r.lastPersisted;
    this.dedupPosition = this.ml.lastConfirmed();
    this.dedupSave.changed();
  }

  private record(name: string): ProducerRecord {
    let r = this.dedup.get(name);
    if (!r) {
      r = { lastPersisted: -1, lastPending: -1, inFlight: undefined, recent: [], lastUsedMs: Date.now() };
      this.dedup.set(name, r);
    }
    return r;
  }

  private remember(r: ProducerRecord, lastSeq: number, position: Position): void {
    r.recent.push({ lastSeq, position });
    if (r.recent.length > RECENT_RECEIPTS) r.recent.shift();
  }

  /**
   * Where deduplication stands for a producer name (ProducerOpened.last_sequence_id), once every
   * batch of its earlier streams has completed.
   */
  async producerOpened(name: string, initialSequenceId: number | undefined): Promise<number> {
    const r = this.dedup.get(name);
    while (r?.inFlight) await r.inFlight.catch(() => undefined);
    if (r && r.lastPersisted >= 0) return r.lastPersisted;
    if (initialSequenceId !== undefined && initialSequenceId >= 0) {
      const created = this.record(name);
      created.lastPersisted = Math.max(created.lastPersisted, initialSequenceId);
      created.lastPending = Math.max(created.lastPending, created.lastPersisted);
      return created.lastPersisted;
    }
    return -1;
  }

  /**
   * Stores one batch, or answers it as a duplicate or as refused (a receipt with an error: the
   * batch itself is wrong). Rejects when storing failed (fenced, bookies lost): the outcome is then
   * unknown, and the producer's stream must be closed so that the client resends after a lookup
   * (deduplication makes that resend exactly-once); the topic unloads itself.
   */
  async publish(
    producerName: string,
    batch: ProduceBatch__Output,
    dedup: boolean,
    limits: ProducerLimits,
  ): Promise<ProduceReceipt> {
    const base = {
      requestId: batch.requestId,
      firstSequenceId: batch.firstSequenceId,
      lastSequenceId: batch.lastSequenceId,
    };
    const r = this.record(producerName);
    r.lastUsedMs = Date.now();
    try {
      validateBatch(batch, limits);
      if (dedup) {
        if (batch.lastSequenceId <= r.lastPending && batch.lastSequenceId > r.lastPersisted) {
          // A resend of a batch still in flight: answer once its outcome is known.
          while (r.inFlight && batch.lastSequenceId > r.lastPersisted)
            await r.inFlight.catch(() => undefined);
        }
        if (batch.lastSequenceId <= r.lastPersisted) {
          const original = r.recent.find((x) => x.lastSeq === batch.lastSequenceId);
          return {
            ...base,
            duplicate: true,
            ...(original
              ? { messageId: { ...original.position, batchIndex: -1, partition: this.options.partition } }
              : {}),
          };
        }
        if (batch.firstSequenceId <= r.lastPending)
          throw new InvalidArgumentError(
            `batch sequence ids ${batch.firstSequenceId}..${batch.lastSequenceId} overlap the last stored ${r.lastPending}: sequence ids must increase`,
          );
      }
    } catch (err) {
      const e = err instanceof MagnetarError ? err : new MagnetarError("INTERNAL", String(err));
      return { ...base, error: { code: e.code, message: e.message } };
    }
    const span =
      this.tracing && isSampled(batch.traceContext) ? this.produceSpan(producerName, batch) : undefined;
    const body = encodeEntry({
      header: {
        producerName,
        firstSequenceId: batch.firstSequenceId,
        lastSequenceId: batch.lastSequenceId,
        publishTimeMs: batch.publishTimeMs,
        brokerPublishTimeMs: Date.now(),
        codec: batch.codec,
        messageCount: batch.messageCount,
        uncompressedSizeBytes: batch.uncompressedSizeBytes,
        traceContext: batch.traceContext,
        partition: this.options.partition,
        ...(batch.batchKey ? { batchKey: batch.batchKey } : {}),
        deliverAtTimeMs: batch.deliverAtTimeMs,
      },
      payload: batch.payload,
    });
    r.lastPending = Math.max(r.lastPending, batch.lastSequenceId);
    const appended = this.ml.append(body, span && contextOf(span));
    r.inFlight = appended;
    let position: Position;
    try {
      position = await appended;
    } catch (err) {
      const e = err instanceof MagnetarError ? err : new MagnetarError("INTERNAL", String(err));
      if (span) endWithError(span, e);
      if (e.code === "TOPIC_TERMINATED") return { ...base, error: { code: e.code, message: e.message } };
      this.fenced(e);
      throw e.code === "TOPIC_NOT_OWNED"
        ? e
        : new MagnetarError(
            "UNAVAILABLE",
            `storing on ${this.name} failed: ${e.message}; reconnect and resend`,
          );
    } finally {
      if (r.inFlight === appended) r.inFlight = undefined;
    }
    r.lastPersisted = Math.max(r.lastPersisted, batch.lastSequenceId);
    this.remember(r, batch.lastSequenceId, position);
    this.dedupPosition = position;
    this.dedupSave.changed();
    this.msgIn += batch.messageCount;
    this.bytesIn += batch.payload.length;
    if (span) {
      span.setAttribute("magnetar.ledger.id", position.ledgerId);
      span.setAttribute("magnetar.entry.id", position.entryId);
      span.end();
    }
    return { ...base, messageId: { ...position, batchIndex: -1, partition: this.options.partition } };
  }

  /** The broker's span of one batch, a child of the client's sampled send span it carries. */
  private produceSpan(producerName: string, batch: ProduceBatch__Output): Span {
    return startChildSpan(topicTracer, `produce ${this.name}`, batch.traceContext, {
      kind: SpanKind.SERVER,
      attributes: {
        "messaging.system": "magnetar",
        "messaging.operation.type": "publish",
        "messaging.destination.name": this.name,
        "messaging.batch.message_count": batch.messageCount,
        "messaging.message.body.size": batch.payload.length,
        "magnetar.producer.name": producerName,
        "magnetar.sequence.first": batch.firstSequenceId,
        "magnetar.sequence.last": batch.lastSequenceId,
      },
    });
  }

  private fenced(err: MagnetarError): void {
    if (this.closed) return;
    this.options.onFenced(this, err);
  }

  /** One snapshot write; a failure other than losing the topic is retried by `dedupSave`. */
  private async saveDedup(urgent: boolean): Promise<void> {
    if (!this.dedupPosition) return;
    const producers: Record<string, number> = {};
    const idleSince = Date.now() - DEDUP_PRODUCER_IDLE_MS;
    for (const [name, r] of this.dedup) {
      if (r.lastUsedMs < idleSince && !this.producers.has(name) && !r.inFlight) {
        this.dedup.delete(name);
        continue;
      }
      if (r.lastPersisted >= 0) producers[name] = r.lastPersisted;
    }
    const snap: DedupSnapshot = { position: this.dedupPosition, producers };
    try {
      this.dedupVersion = await this.options.saver.cas(
        `${DEDUP_PREFIX}${this.name}`,
        this.dedupVersion,
        JSON.stringify(snap),
        urgent,
      );
    } catch (err) {
      if (!(err instanceof VersionMismatchError)) throw err;
      this.fenced(new TopicNotOwnedError(`topic ${this.name} was taken over`));
    }
  }

  private subscriptionContext(): SubscriptionContext {
    return {
      topic: this.name,
      partition: this.options.partition,
      ml: this.ml,
      store: this.options.store,
      logger: this.options.logger,
      persistIntervalMs: this.options.cursorPersistIntervalMs,
      saver: this.options.saver,
      onFenced: (err) =>
        this.fenced(new TopicNotOwnedError(`topic ${this.name} was taken over: ${err.message}`)),
    };
  }

  /** The subscription, loading or creating it. */
  async subscription(
    name: string,
    type: SubscriptionType,
    initial: "Earliest" | "Latest" | Position,
    create = true,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    if (this.closed)
      throw new MagnetarError("TOPIC_NOT_OWNED", `topic ${this.name} is closing; look it up again`);
    const existing = this.subscriptions.get(name);
    if (existing) return { subscription: await existing, created: false };
    let created = false;
    const loading = Subscription.open(this.subscriptionContext(), name, type, initial, create).then((r) => {
      created = r.created;
      return r.subscription;
    });
    this.subscriptions.set(name, loading);
    try {
      const subscription = await loading;
      if (this.subscriptions.get(name) === loading) this.ready.set(name, subscription);
      return { subscription, created };
    } catch (err) {
      this.subscriptions.delete(name);
      throw err;
    }
  }

  /** Loaded subscriptions plus the ones only in metadata. */
  async subscriptionNames(): Promise<string[]> {
    const prefix = `/cursors/${this.name}/`;
    const { kvs } = await this.options.store.list(prefix, { keysOnly: true });
    const names = new Set(kvs.map((kv) => kv.key.slice(prefix.length)));
    for (const n of this.subscriptions.keys()) names.add(n);
    return [...names].sort();
  }

  loadedSubscriptions(): Promise<Subscription[]> {
    return Promise.all([...this.subscriptions.values()].map((p) => p.catch(() => undefined))).then((subs) =>
      subs.filter((s): s is Subscription => s !== undefined),
    );
  }

  async deleteSubscription(name: string, force: boolean): Promise<void> {
    const { subscription } = await this.subscription(name, "Exclusive", "Latest", false);
    if (subscription.consumerCount > 0 && !force)
      throw new MagnetarError(
        "CONSUMER_BUSY",
        `subscription ${name} has ${subscription.consumerCount} consumers connected; use force to delete it anyway`,
      );
    this.subscriptions.delete(name);
    this.ready.delete(name);
    await subscription.delete();
  }

  /** Samples the topic's and its subscriptions' rates (every few seconds). */
  async sampleRates(nowMs: number): Promise<void> {
    this.rates.sample(nowMs);
    for (const s of await this.loadedSubscriptions()) s.rates.sample(nowMs);
  }

  tick(nowMs: number): void {
    for (const s of this.ready.values())
      try {
        s.tick(nowMs);
      } catch (err) {
        // A bug in one subscription's dispatch must not stop the broker's ticker for every topic.
        this.options.logger.error(
          { topic: this.name, subscription: s.name, err },
          "subscription tick failed",
        );
      }
  }

  /** The last message id of the topic (for consumers' GetLastMessageId). */
  lastPosition(): Position | undefined {
    return this.ml.lastConfirmed();
  }

  /**
   * Closes producers and consumers (clients reconnect elsewhere). Graceful: cursors and the dedup
   * snapshot are saved and the ledger closed. Not graceful (ownership lost): nothing is written,
   * except the cursors when `persistCursors` (storage failed but the topic is still ours).
   */
  async close(error: MagnetarError, graceful: boolean, persistCursors = graceful): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.dedupSave.stop();
    for (const p of [...this.producers.values()]) p.close(error);
    this.producers.clear();
    const subs = await this.loadedSubscriptions();
    if (!graceful) this.ml.abandon();
    await Promise.all(subs.map((s) => s.close(error, persistCursors)));
    if (graceful) {
      await this.ml.close().catch(() => undefined);
      this.dedupPosition = this.ml.lastConfirmed() ?? this.dedupPosition;
      await this.dedupSave.flush().catch(() => undefined);
    }
  }
}

function validateBatch(batch: ProduceBatch__Output, limits: ProducerLimits): void {
  if (batch.payload.length > limits.maxMessageSizeBytes)
    throw new MessageTooLargeError(
      `batch payload of ${batch.payload.length} bytes exceeds the max message size of ${limits.maxMessageSizeBytes} bytes`,
    );
  if (batch.messageCount < 1 || batch.messageCount > BATCH_SIZE_MAX)
    throw new InvalidArgumentError(`message_count must be 1..${BATCH_SIZE_MAX}, got ${batch.messageCount}`);
  if (batch.uncompressedSizeBytes < 0)
    throw new InvalidArgumentError(
      `uncompressed_size_bytes must be >= 0, got ${batch.uncompressedSizeBytes}`,
    );
  if (batch.firstSequenceId < 0 || batch.lastSequenceId < batch.firstSequenceId)
    throw new InvalidArgumentError(
      `sequence ids must satisfy 0 <= first (${batch.firstSequenceId}) <= last (${batch.lastSequenceId})`,
    );
  if (batch.lastSequenceId - batch.firstSequenceId + 1 < batch.messageCount)
    throw new InvalidArgumentError(
      `sequence ids ${batch.firstSequenceId}..${batch.lastSequenceId} cannot number ${batch.messageCount} messages`,
    );
}
