/**
 * One subscription of a loaded topic: its durable cursor (persisted to `/cursors/<topic>/<sub>`
 * by compare-and-set, at most once per throttle interval and on close), its dispatcher, and the
 * read position that feeds the dispatcher from the managed ledger (cache first, bookies else).
 */
import type { Logger } from "pino";
import { ConsumerBusyError, MagnetarError, VersionMismatchError } from "../../common/errors.js";
import { isSampled, SpanKind, startChildSpan, tracer, tracingActive } from "../../common/tracing.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import type { ConsumeResponse } from "../../proto/gen/magnetar/v1/ConsumeResponse.js";
import type { MessageId__Output } from "../../proto/gen/magnetar/v1/MessageId.js";
import {
  type ConsumerSpec,
  type CursorState,
  DISPATCH_CONSUMERS_MAX,
  type Dispatch,
  type DispatchEntry,
  Dispatcher,
  DurableCursor,
  decodeCursorState,
  formatPosition,
  type Position,
  type SubscriptionType,
} from "../core/index.js";
import type { CasBatcher } from "./cas-batcher.js";
import { type DecodedEntry, decodeEntry } from "./entry.js";
import type { ManagedLedger } from "./managed-ledger.js";
import { monotonicNow, Rates } from "./rates.js";
import { ThrottledSave } from "./throttled-save.js";

export const CURSORS_PREFIX = "/cursors/";

/** Entries a subscription holds for dispatch (read ahead, pending, delayed). */
export const READ_AHEAD_ENTRIES_MAX = 5_000;
/** Payload bytes a subscription holds for dispatch; reading stops above it until acks free some. */
export const READ_AHEAD_BYTES_MAX = 64 * 1024 * 1024;
const READ_BATCH = 100;

export function cursorKey(topic: string, subscription: string): string {
  return `${CURSORS_PREFIX}${topic}/${subscription}`;
}

interface StoredCursor {
  readonly type: SubscriptionType;
  readonly createdAtMs: number;
  readonly state: CursorState;
}

/** The stream side of one consumer, as the subscription sees it. */
export interface ConsumerSink {
  readonly spec: ConsumerSpec;
  readonly type: SubscriptionType;
  readonly ackTimeoutMs: number;
  readonly negativeAckDelayMs: number;
  /** The client's address and when it subscribed (stats). */
  readonly address: string;
  readonly since: number;
  send(response: ConsumeResponse): void;
  /** Sends `closed` with the error (none = normal close) and ends the stream. */
  close(error?: MagnetarError): void;
  /** An entry's first delivery was written to this consumer, `seconds` after its read began (metrics). */
  dispatched?(seconds: number): void;
}

export interface SubscriptionContext {
  readonly topic: string;
  readonly partition: number;
  readonly ml: ManagedLedger;
  readonly store: MetadataStore;
  readonly logger: Logger;
  readonly persistIntervalMs: number;
  /** The broker's bound on timed saves in flight. */
  readonly saver: CasBatcher;
  /** The cursor could not be saved because another broker owns the topic now. */
  readonly onFenced: (err: MagnetarError) => void;
}

const subscriptionTracer = tracer("magnetar.broker");

export class Subscription {
  /** Taken once: whether deliveries of traced entries get spans. */
  private readonly tracing = tracingActive();
  private dispatcher: Dispatcher | undefined;
  private readonly consumers = new Map<number, ConsumerSink>();
  private readonly entries = new Map<string, DecodedEntry>();
  /** When the read of an entry not yet delivered began (performance.now()), for dispatch latency. */
  private readonly readStartedAt = new Map<string, number>();
  private entryBytes = 0;
  /** The last entry read and offered to the dispatcher (or known acked). */
  private readPosition: Position;
  private reading = false;
  private pumpAgain = false;
  private closed = false;
  /** Cursor saves: at most one per `persistIntervalMs` while acks come, all of them at close. */
  private readonly persist: ThrottledSave;
  private readonly unlisten: () => void;
  msgOut = 0;
  bytesOut = 0;
  redeliveries = 0;
  readonly rates = new Rates(() => ({
    msgOut: this.msgOut,
    bytesOut: this.bytesOut,
    redeliveries: this.redeliveries,
  }));

  private constructor(
    private readonly ctx: SubscriptionContext,
    readonly name: string,
    private cursor: DurableCursor,
    private version: number,
    private type: SubscriptionType,
    readonly createdAtMs: number,
  ) {
    this.readPosition = cursor.markDeletePosition;
    this.persist = new ThrottledSave({
      save: (urgent) => this.save(urgent),
      intervalMs: ctx.persistIntervalMs,
    });
    this.unlisten = ctx.ml.onAppend(() => this.pump());
  }

  /** Loads the subscription's cursor, creating it at `initial` when absent and `create` is set. */
  static async open(
    ctx: SubscriptionContext,
    name: string,
    type: SubscriptionType,
    initial: "Earliest" | "Latest" | Position,
    create: boolean,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    const key = cursorKey(ctx.topic, name);
    const kv = await ctx.store.get(key);
    const layout = ctx.ml.layout();
    if (kv) {
      const stored = JSON.parse(kv.value.toString("utf8")) as StoredCursor;
      const cursor = DurableCursor.restore(decodeCursorState(stored.state), layout);
      return {
        subscription: new Subscription(ctx, name, cursor, kv.version, stored.type, stored.createdAtMs),
        created: false,
      };
    }
    if (!create)
      throw new MagnetarError(
        "SUBSCRIPTION_NOT_FOUND",
        `subscription ${name} does not exist on ${ctx.topic}`,
      );
    const markDelete =
      initial === "Earliest" ? ctx.ml.startPosition() : initial === "Latest" ? ctx.ml.endPosition() : initial;
    const sub = new Subscription(ctx, name, new DurableCursor(layout, markDelete), 0, type, Date.now());
    await sub.save(true);
    return { subscription: sub, created: true };
  }

  get subscriptionType(): SubscriptionType {
    return this.type;
  }

  get consumerCount(): number {
    return this.consumers.size;
  }

  consumerSinks(): readonly ConsumerSink[] {
    return [...this.consumers.values()];
  }

  markDelete(): Position {
    return this.cursor.markDeletePosition;
  }

  backlog(): number {
    this.cursor.setLayout(this.ctx.ml.layout());
    return this.cursor.backlog();
  }

  unacked(): number {
    return this.dispatcher?.unackedCount() ?? 0;
  }

  cursorSnapshot(): CursorState {
    return this.cursor.snapshot();
  }

  /** Throws what `addConsumer` would (before the stream answers `subscribed`). */
  checkConsumer(sink: ConsumerSink): void {
    if (this.closed)
      throw new MagnetarError("TOPIC_NOT_OWNED", `subscription ${this.name} is closing; look it up again`);
    if (this.consumers.size > 0 && sink.type !== this.type)
      throw new ConsumerBusyError(
        `subscription ${this.name} is ${this.type} with consumers connected; cannot subscribe as ${sink.type}`,
      );
    if (this.consumers.size >= DISPATCH_CONSUMERS_MAX)
      throw new MagnetarError(
        "RESOURCE_EXHAUSTED",
        `subscription ${this.name} already has ${this.consumers.size} consumers (at most ${DISPATCH_CONSUMERS_MAX})`,
      );
  }

  addConsumer(sink: ConsumerSink): void {
    this.checkConsumer(sink);
    if (this.consumers.size === 0) {
      if (sink.type !== this.type) {
        this.type = sink.type;
        this.persist.changed();
      }
      this.dispatcher = new Dispatcher({
        type: this.type,
        ackTimeoutMs: sink.ackTimeoutMs,
        negativeAckDelayMs: sink.negativeAckDelayMs,
      });
      // The dispatcher's clock starts at 0: set it, or the first tick times out every delivery.
      this.dispatcher.tick(monotonicNow());
      this.clearEntries();
      this.readPosition = this.cursor.markDeletePosition;
    }
    const dispatcher = this.requireDispatcher();
    const before = dispatcher.activeConsumerId();
    const dispatches = dispatcher.addConsumer(sink.spec);
    this.consumers.set(sink.spec.id, sink);
    // The first consumer makes the subscription a tailing reader (once its dispatcher took it).
    if (this.consumers.size === 1) this.ctx.ml.readerAt(this, this.readPosition);
    this.send(dispatches);
    this.announceActive(before, sink.spec.id);
    this.pump();
  }

  removeConsumer(consumerId: number): void {
    const dispatcher = this.dispatcher;
    if (!dispatcher || !this.consumers.delete(consumerId)) return;
    const before = dispatcher.activeConsumerId();
    const dispatches = dispatcher.removeConsumer(consumerId);
    this.send(dispatches);
    this.announceActive(before);
    if (this.consumers.size === 0) {
      this.dispatcher = undefined;
      this.clearEntries();
      this.ctx.ml.readerAt(this, undefined);
      this.persist.soon();
    }
    this.pump();
  }

  isActive(consumerId: number): boolean {
    const active = this.dispatcher?.activeConsumerId();
    return active === undefined || active === consumerId;
  }

  private announceActive(before: number | undefined, joined?: number): void {
    if (this.type !== "Failover") return;
    const after = this.dispatcher?.activeConsumerId();
    for (const [id, sink] of this.consumers) {
      const changed = before !== after && (id === before || id === after);
      if (changed || id === joined) sink.send({ activeConsumerChange: { isActive: id === after } });
    }
  }

  flow(consumerId: number, permits: number): void {
    this.send(this.requireDispatcher().flow(consumerId, permits));
    this.pump();
  }

  /** Acknowledges messages; throws INVALID_MESSAGE_ID for an id that is not a written message. */
  async ack(ids: readonly MessageId__Output[], cumulative: boolean): Promise<void> {
    const dispatcher = this.requireDispatcher();
    if (cumulative && this.type !== "Exclusive" && this.type !== "Failover")
      throw new MagnetarError(
        "INVALID_ARGUMENT",
        `cumulative acks are for Exclusive and Failover subscriptions; ${this.name} is ${this.type}`,
      );
    this.cursor.setLayout(this.ctx.ml.layout());
    for (const id of ids) {
      if (id.partition !== this.ctx.partition)
        throw new MagnetarError(
          "INVALID_MESSAGE_ID",
          `message id of partition ${id.partition} acknowledged on ${this.ctx.topic} (partition ${this.ctx.partition})`,
        );
      const p = { ledgerId: id.ledgerId, entryId: id.entryId };
      // An entry acknowledged as a whole already: a repeated ack is a no-op (as a whole-entry ack).
      const batchIndex = id.batchIndex >= 0 && this.cursor.isAcked(p) ? -1 : id.batchIndex;
      const batchSize = batchIndex >= 0 ? await this.batchSizeOf(p) : 0;
      if (batchIndex >= batchSize && batchIndex >= 0)
        throw new MagnetarError(
          "INVALID_MESSAGE_ID",
          `batch index ${batchIndex} is outside entry ${formatPosition(p)} of ${batchSize} messages`,
        );
      if (cumulative) {
        const whole = batchIndex < 0 || batchIndex === batchSize - 1;
        this.cursor.ackCumulative(p, batchIndex, batchSize);
        this.send(dispatcher.ackUpTo(whole ? p : { ledgerId: p.ledgerId, entryId: p.entryId - 1 }));
        if (!whole) for (let i = 0; i <= batchIndex; i++) this.send(dispatcher.ack(p, i));
        for (const key of [...this.entries.keys()]) {
          const [l, e] = key.split(":").map(Number) as [number, number];
          if (this.cursor.isAcked({ ledgerId: l, entryId: e })) this.deleteEntry(key);
        }
      } else {
        this.cursor.ackIndividual(p, batchIndex, batchSize);
        this.send(dispatcher.ack(p, batchIndex));
        if (this.cursor.isAcked(p)) this.deleteEntry(formatPosition(p));
      }
    }
    this.persist.changed();
    this.pump();
  }

  private async batchSizeOf(p: Position): Promise<number> {
    const known = this.entries.get(formatPosition(p));
    if (known) return known.header.messageCount;
    return decodeEntry(await this.ctx.ml.read(p)).header.messageCount;
  }

  nack(consumerId: number, ids: readonly MessageId__Output[]): void {
    const positions = ids.map((id) => ({ ledgerId: id.ledgerId, entryId: id.entryId }));
    this.send(this.requireDispatcher().nack(consumerId, positions, monotonicNow()));
  }

  redeliverUnacked(consumerId: number): void {
    this.send(this.requireDispatcher().redeliverUnacked(consumerId));
  }

  tick(nowMs: number): void {
    if (this.dispatcher) this.send(this.dispatcher.tick(nowMs));
  }

  private requireDispatcher(): Dispatcher {
    if (!this.dispatcher) throw new MagnetarError("INVALID_ARGUMENT", "the consumer is not subscribed");
    return this.dispatcher;
  }

  /** Reads entries after the read position and offers them while consumers have permits. */
  pump(): void {
    if (this.closed || !this.dispatcher) return;
    if (this.reading) {
      this.pumpAgain = true;
      return;
    }
    this.reading = true;
    this.pumpAgain = false;
    void this.readLoop()
      .catch((err: unknown) => {
        if (this.closed) return;
        this.ctx.logger.warn(
          { topic: this.ctx.topic, subscription: this.name, err: (err as Error).message },
          "read failed; retrying",
        );
        setTimeout(() => this.pump(), 200).unref();
      })
      .finally(() => {
        this.reading = false;
        // Permits or entries that arrived while the loop was finishing.
        if (this.pumpAgain) this.pump();
      });
  }

  private setEntry(key: string, entry: DecodedEntry): void {
    this.entries.set(key, entry);
    this.entryBytes += entry.payload.length;
  }

  private deleteEntry(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.readStartedAt.delete(key);
    this.entryBytes -= e.payload.length;
  }

  private clearEntries(): void {
    this.entries.clear();
    this.readStartedAt.clear();
    this.entryBytes = 0;
  }

  private async readLoop(): Promise<void> {
    for (;;) {
      const dispatcher = this.dispatcher;
      if (this.closed || !dispatcher) return;
      const room = Math.min(dispatcher.capacity(), READ_AHEAD_ENTRIES_MAX - dispatcher.unackedCount());
      let permits = 0;
      for (const id of this.consumers.keys()) permits += dispatcher.permitsOf(id);
      if (room <= 0 || permits <= 0 || this.entryBytes >= READ_AHEAD_BYTES_MAX) return;
      const positions = this.ctx.ml.positionsAfter(this.readPosition, Math.min(room, READ_BATCH));
      if (positions.length === 0) return;
      const wanted = positions.filter((p) => !this.cursor.isAcked(p));
      const readStarted = performance.now();
      const bodies = await this.ctx.ml.readMany(wanted);
      if (this.dispatcher !== dispatcher) continue; // consumers changed while reading
      const offers: DispatchEntry[] = [];
      wanted.forEach((position, i) => {
        // Acks that arrived during the read (e.g. resent after a reconnect) win: never offer those.
        if (this.cursor.isAcked(position)) return;
        const decoded = decodeEntry(bodies[i] as Buffer);
        const key = formatPosition(position);
        this.setEntry(key, decoded);
        this.readStartedAt.set(key, readStarted);
        offers.push({ position, messageCount: decoded.header.messageCount, keyHash: decoded.keyHash });
      });
      this.readPosition = positions[positions.length - 1] as Position;
      this.ctx.ml.readerAt(this, this.readPosition);
      const dispatches = dispatcher.offer(offers);
      // Messages of a batch acknowledged before (e.g. before a restart) are not sent again.
      for (const o of offers) {
        if (o.messageCount <= 1) continue;
        for (let i = 0; i < o.messageCount; i++)
          if (this.cursor.isAcked(o.position, i)) dispatches.push(...dispatcher.ack(o.position, i));
      }
      this.send(dispatches);
    }
  }

  private send(dispatches: readonly Dispatch[]): void {
    for (const d of dispatches) {
      const sink = this.consumers.get(d.consumerId);
      const key = formatPosition(d.position);
      const entry = this.entries.get(key);
      if (!sink || !entry) continue;
      let indexes = d.batchIndexes;
      if (entry.header.messageCount > 1) {
        const all = indexes.length > 0 ? indexes : [...Array(entry.header.messageCount).keys()];
        const open = all.filter((i) => !this.cursor.isAcked(d.position, i));
        if (open.length === 0) continue;
        indexes = open.length === entry.header.messageCount ? [] : open;
      }
      if (d.redeliveryCount > 0) this.redeliveries++;
      this.observeDispatch(sink, d, key);
      if (this.tracing && isSampled(entry.header.traceContext)) this.traceDelivery(d, entry);
      this.msgOut += indexes.length || entry.header.messageCount;
      this.bytesOut += entry.payload.length;
      sink.send({
        entry: {
          id: { ...d.position, batchIndex: -1, partition: this.ctx.partition },
          redeliveryCount: d.redeliveryCount,
          header: entry.header,
          payload: entry.payload,
          batchIndexes: [...indexes],
        },
      });
    }
  }

  /** A traced entry's hand-over to a consumer, in the publish's trace (between storage and receive). */
  private traceDelivery(d: Dispatch, entry: DecodedEntry): void {
    startChildSpan(subscriptionTracer, `deliver ${this.name}`, entry.header.traceContext, {
      kind: SpanKind.PRODUCER,
      attributes: {
        "messaging.system": "magnetar",
        "messaging.operation.type": "send",
        "messaging.destination.name": this.ctx.topic,
        "messaging.destination.subscription.name": this.name,
        "magnetar.consumer.id": d.consumerId,
        "magnetar.ledger.id": d.position.ledgerId,
        "magnetar.entry.id": d.position.entryId,
        "magnetar.redelivery_count": d.redeliveryCount,
      },
    }).end();
  }

  private observeDispatch(sink: ConsumerSink, d: Dispatch, key: string): void {
    const started = this.readStartedAt.get(key);
    if (started === undefined) return;
    this.readStartedAt.delete(key);
    if (d.redeliveryCount === 0) sink.dispatched?.((performance.now() - started) / 1000);
  }

  /** Moves the cursor so that `position` is the first unacknowledged entry; consumers reconnect. */
  async resetTo(position: Position): Promise<void> {
    this.cursor.setLayout(this.ctx.ml.layout());
    this.cursor.resetTo(position);
    this.persist.changed();
    for (const sink of [...this.consumers.values()])
      sink.close(new MagnetarError("UNAVAILABLE", `the cursor of ${this.name} was reset; reconnect`));
    await this.flush();
  }

  /** Acknowledges the oldest `count` unacknowledged entries' messages (-1 = all). */
  async skip(count: number): Promise<number> {
    this.cursor.setLayout(this.ctx.ml.layout());
    const skipped: Position[] = [];
    let at = this.cursor.markDeletePosition;
    while (count < 0 || skipped.length < count) {
      const [next] = this.ctx.ml.positionsAfter(at, 1);
      if (!next) break;
      at = next;
      if (!this.cursor.isAcked(next)) skipped.push(next);
    }
    return this.ackEntries(skipped);
  }

  /** Acknowledges these whole entries (admin: skip, expire); returns how many were not acked yet. */
  async ackEntries(positions: readonly Position[]): Promise<number> {
    this.cursor.setLayout(this.ctx.ml.layout());
    let acked = 0;
    for (const p of positions) {
      if (this.cursor.isAcked(p)) continue;
      this.cursor.ackIndividual(p);
      if (this.dispatcher) this.send(this.dispatcher.ack(p));
      this.deleteEntry(formatPosition(p));
      acked++;
    }
    this.persist.changed();
    await this.flush();
    this.pump();
    return acked;
  }

  /** Writes the cursor if it changed since the last write. */
  flush(): Promise<void> {
    return this.persist.flush();
  }

  /** One write of the cursor; a failure other than losing the topic is retried by `persist`. */
  private async save(urgent: boolean): Promise<void> {
    const stored: StoredCursor = {
      type: this.type,
      createdAtMs: this.createdAtMs,
      state: this.cursor.snapshot(),
    };
    try {
      this.version = await this.ctx.saver.cas(
        cursorKey(this.ctx.topic, this.name),
        this.version,
        JSON.stringify(stored),
        urgent,
      );
    } catch (err) {
      if (err instanceof VersionMismatchError) {
        this.ctx.onFenced(err);
        return;
      }
      throw err;
    }
  }

  /** Closes every consumer with `error`, persists the cursor (unless `persist` is false). */
  async close(error: MagnetarError | undefined, persist: boolean): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const sinks = [...this.consumers.values()];
    this.consumers.clear();
    this.dispatcher = undefined;
    for (const sink of sinks) sink.close(error);
    this.ctx.ml.readerAt(this, undefined);
    this.unlisten();
    this.persist.stop();
    if (persist) await this.flush().catch(() => undefined);
  }

  /** Deletes the subscription's cursor. */
  async delete(): Promise<void> {
    await this.close(
      new MagnetarError("SUBSCRIPTION_NOT_FOUND", `subscription ${this.name} was deleted`),
      false,
    );
    // A save still queued would otherwise land after the delete, fail its compare and fence the topic.
    await this.persist.idle();
    await this.ctx.store.delete(cursorKey(this.ctx.topic, this.name));
  }

  /** The first unacknowledged entry, if any (stats): the cursor never leaves it fully acked. */
  firstUnacked(): Position | undefined {
    return this.ctx.ml.positionsAfter(this.cursor.markDeletePosition, 1)[0];
  }
}
