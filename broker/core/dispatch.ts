/**
 * The dispatcher of one subscription: which consumer gets which entry, permits, unacked tracking
 * and redelivery (proto/messaging.proto: Consume, SubscriptionType, Flow, NegativeAck,
 * RedeliverUnacked, DeliveredEntry). A pure state machine: every call returns the dispatches it
 * caused, in send order; the shell sends them. Time is only what `tick` and `nack` pass in.
 *
 * Every unacked entry of the subscription that the shell offered is in exactly one state:
 * - ready: waiting to be dispatched (fresh, or taken back for redelivery), kept in position order;
 * - pending: delivered to one consumer and not fully acked;
 * - delayed: nacked, ready again at its due time (`tick`).
 * An entry leaves the dispatcher when all its messages are acked. Taking an entry back (nack, ack
 * timeout, `redeliverUnacked`, its consumer removed, Failover active change) adds 1 to its
 * redelivery count; so a dispatch's redeliveryCount equals the number of earlier dispatches of
 * that entry.
 *
 * Ordering: ready entries are dispatched in position order. Exclusive and Failover send only to
 * the active consumer and stop at the first entry it has no permits for, so (without nacks and
 * ack timeouts, which reorder by design) the active consumer gets every unacked entry in order,
 * and after a change the new active consumer starts from the oldest unacked one.
 *
 * Key_Shared (AUTO_SPLIT, see key-shared.ts): an entry goes to the owner of its key hash. Per-key
 * order across joins and leaves uses "draining hashes" (Pulsar 4's rule, PIP-379) rather than the
 * older "recently joined consumers" read-position rule: while any message of hash h is pending
 * on consumer A, no entry of h goes to another consumer, even when h now belongs to a consumer
 * that just joined; that consumer gets h once A has acked (or given back) its h messages. Within a
 * dispatch pass, once an entry of hash h cannot be sent, no later entry of h is sent in that pass.
 * So at any time the pending messages of one hash are all on one consumer, and an entry of h is
 * dispatched only when every earlier unacked entry of h is pending on the same consumer or
 * delayed by a nack or ack timeout.
 */
import {
  ConsumerBusyError,
  InvalidArgumentError,
  invariant,
  MagnetarError,
  unreachable,
} from "../../common/errors.js";
import { BATCH_SIZE_MAX } from "./cursor-state.js";
import { AutoSplitRanges, KEY_HASH_SPACE } from "./key-shared.js";
import { comparePositions, formatPosition, type Position } from "./message-id.js";

/** Consumers of one subscription (the AUTO_SPLIT ranges stay >= 64 hashes wide below this). */
export const DISPATCH_CONSUMERS_MAX = 1_000;
/** Unacked entries tracked per subscription (ready, pending or delayed): the shell's read-ahead cap. */
export const DISPATCH_UNACKED_ENTRIES_MAX = 100_000;
/** Flow permits add up to at most this (proto: Flow). */
export const DISPATCH_PERMITS_MAX = 2 ** 31 - 1;
/** Positions in one nack (proto: NegativeAck). */
export const NACK_POSITIONS_MAX = 10_000;
/** proto: Subscribe.negative_ack_redelivery_delay_ms: 0 means this. */
export const NEGATIVE_ACK_DELAY_MS_DEFAULT = 60_000;
export const NEGATIVE_ACK_DELAY_MS_MAX = 86_400_000;
/** Hash of an entry without a batch key: Murmur3 of the empty key is 0 (proto: EntryHeader.batch_key). */
export const EMPTY_KEY_HASH = 0;

export type SubscriptionType = "Exclusive" | "Failover" | "Shared" | "Key_Shared";

export interface DispatcherConfig {
  readonly type: SubscriptionType;
  /** Delay before a nacked entry is ready again, 1..NEGATIVE_ACK_DELAY_MS_MAX. */
  readonly negativeAckDelayMs: number;
  /** Pending longer than this (from the last `tick` time before delivery) is redelivered; 0 = off. */
  readonly ackTimeoutMs: number;
}

/** One entry the shell read and offers for dispatch, in position order. */
export interface DispatchEntry {
  readonly position: Position;
  /** Messages in the entry (EntryHeader.message_count), 1..BATCH_SIZE_MAX. */
  readonly messageCount: number;
  /** Key_Shared: Murmur3(batch key) mod 65536; absent = no batch key (EMPTY_KEY_HASH). */
  readonly keyHash?: number;
}

export interface ConsumerSpec {
  readonly id: number;
  readonly name: string;
  /** 0 is the highest priority (proto: Subscribe.priority_level). */
  readonly priority: number;
  /** Initial permits (receiver_queue_size). */
  readonly permits: number;
}

/** Send `position` to `consumerId` (a DeliveredEntry). */
export interface Dispatch {
  readonly consumerId: number;
  readonly position: Position;
  /** Ascending; empty = all messages of the entry. */
  readonly batchIndexes: readonly number[];
  readonly redeliveryCount: number;
}

type EntryState =
  | { readonly kind: "ready" }
  | { readonly kind: "pending"; readonly consumerId: number; readonly deliveredAtMs: number }
  | { readonly kind: "delayed"; readonly dueMs: number };

interface Unacked {
  readonly entry: DispatchEntry;
  readonly hash: number;
  /** Unacked message indexes; size 0 never (the entry is then removed). */
  readonly indexes: Set<number>;
  redeliveryCount: number;
  state: EntryState;
}

interface ConsumerState {
  readonly spec: ConsumerSpec;
  permits: number;
  /** Pending entries by position key, in delivery order. */
  readonly pending: Map<string, Unacked>;
}

export class Dispatcher {
  readonly #config: DispatcherConfig;
  readonly #consumers = new Map<number, ConsumerState>();
  readonly #unacked = new Map<string, Unacked>();
  #ready: Unacked[] = [];
  #lastOffered: Position | undefined;
  #nowMs = 0;
  /** Some entry may be in the delayed state (nacked): false lets `tick` skip its scan. */
  #maybeDelayed = false;
  #activeId: number | undefined;
  #lastSharedId = -1;
  readonly #ranges = new AutoSplitRanges();
  /** Key_Shared: per hash, the consumer holding its pending entries and how many. */
  readonly #hashHolders = new Map<number, { consumerId: number; count: number }>();

  constructor(config: DispatcherConfig) {
    const { negativeAckDelayMs, ackTimeoutMs } = config;
    if (!Number.isSafeInteger(negativeAckDelayMs) || negativeAckDelayMs < 1)
      throw new InvalidArgumentError("negativeAckDelayMs must be an integer >= 1");
    if (negativeAckDelayMs > NEGATIVE_ACK_DELAY_MS_MAX)
      throw new InvalidArgumentError(`negativeAckDelayMs must be <= ${NEGATIVE_ACK_DELAY_MS_MAX}`);
    if (!Number.isSafeInteger(ackTimeoutMs) || ackTimeoutMs < 0)
      throw new InvalidArgumentError("ackTimeoutMs must be an integer >= 0");
    this.#config = config;
  }

  get type(): SubscriptionType {
    return this.#config.type;
  }

  /** Failover/Exclusive: the consumer that receives messages; undefined with none (or other types). */
  activeConsumerId(): number | undefined {
    return this.#activeId;
  }

  /** How many more entries `offer` accepts. */
  capacity(): number {
    return DISPATCH_UNACKED_ENTRIES_MAX - this.#unacked.size;
  }

  permitsOf(consumerId: number): number {
    return this.#consumer(consumerId).permits;
  }

  /** Positions pending on a consumer, in delivery order. */
  pendingOf(consumerId: number): Position[] {
    return [...this.#consumer(consumerId).pending.values()].map((u) => u.entry.position);
  }

  /** Unacked entries known to the dispatcher (ready, pending or delayed). */
  unackedCount(): number {
    return this.#unacked.size;
  }

  addConsumer(spec: ConsumerSpec): Dispatch[] {
    invariant(!this.#consumers.has(spec.id), "consumer ids are unique");
    if (this.#config.type === "Exclusive" && this.#consumers.size > 0)
      throw new ConsumerBusyError("the Exclusive subscription already has a consumer");
    if (this.#consumers.size >= DISPATCH_CONSUMERS_MAX)
      throw new ConsumerBusyError(`a subscription has at most ${DISPATCH_CONSUMERS_MAX} consumers`);
    if (!Number.isSafeInteger(spec.priority) || spec.priority < 0)
      throw new InvalidArgumentError("priority must be an integer >= 0");
    if (!Number.isSafeInteger(spec.permits) || spec.permits < 0 || spec.permits > DISPATCH_PERMITS_MAX)
      throw new InvalidArgumentError(`permits must be an integer in 0..${DISPATCH_PERMITS_MAX}`);
    this.#consumers.set(spec.id, { spec, permits: spec.permits, pending: new Map() });
    if (this.#config.type === "Key_Shared") this.#ranges.add(spec.id);
    this.#electActive();
    return this.#dispatch();
  }

  /** The consumer closed or its stream failed: its pending entries are redelivered to others. */
  removeConsumer(consumerId: number): Dispatch[] {
    const consumer = this.#consumer(consumerId);
    this.#takeBack(consumer, [...consumer.pending.values()]);
    this.#consumers.delete(consumerId);
    if (this.#config.type === "Key_Shared") this.#ranges.remove(consumerId);
    this.#electActive();
    return this.#dispatch();
  }

  flow(consumerId: number, permits: number): Dispatch[] {
    const consumer = this.#consumer(consumerId);
    if (!Number.isSafeInteger(permits) || permits < 1 || permits > DISPATCH_PERMITS_MAX)
      throw new InvalidArgumentError(`permits must be an integer in 1..${DISPATCH_PERMITS_MAX}`);
    consumer.permits = Math.min(DISPATCH_PERMITS_MAX, consumer.permits + permits);
    return this.#dispatch();
  }

  /** New entries, ascending and after every earlier offer; at most `capacity()`. */
  offer(entries: readonly DispatchEntry[]): Dispatch[] {
    invariant(entries.length <= this.capacity(), "offers stay within capacity()");
    for (const entry of entries) {
      invariant(
        this.#lastOffered === undefined || comparePositions(this.#lastOffered, entry.position) < 0,
        "entries are offered in ascending position order",
      );
      invariant(
        Number.isSafeInteger(entry.messageCount) && entry.messageCount >= 1,
        "an entry has at least one message",
      );
      invariant(entry.messageCount <= BATCH_SIZE_MAX, "an entry has at most BATCH_SIZE_MAX messages");
      const hash = entry.keyHash ?? EMPTY_KEY_HASH;
      invariant(Number.isInteger(hash) && hash >= 0 && hash < KEY_HASH_SPACE, "key hash in range");
      const indexes = new Set(Array.from({ length: entry.messageCount }, (_, i) => i));
      const unacked: Unacked = { entry, hash, indexes, redeliveryCount: 0, state: { kind: "ready" } };
      this.#unacked.set(formatPosition(entry.position), unacked);
      this.#ready.push(unacked);
      this.#lastOffered = entry.position;
    }
    return this.#dispatch();
  }

  /**
   * Acknowledges one message (batchIndex >= 0) or every message of the entry (-1). Acks from any
   * consumer apply (proto: Ack); unknown or already acked positions are ignored (idempotent).
   */
  ack(position: Position, batchIndex = -1): Dispatch[] {
    const key = formatPosition(position);
    const unacked = this.#unacked.get(key);
    if (unacked === undefined) return [];
    if (batchIndex < -1 || batchIndex >= unacked.entry.messageCount || !Number.isInteger(batchIndex))
      throw new MagnetarError("INVALID_MESSAGE_ID", `batch index ${batchIndex} is outside the entry ${key}`);
    if (batchIndex === -1) unacked.indexes.clear();
    else unacked.indexes.delete(batchIndex);
    if (unacked.indexes.size > 0) return [];
    this.#unacked.delete(key);
    const state = unacked.state;
    switch (state.kind) {
      case "pending":
        this.#leavePending(this.#consumer(state.consumerId), unacked);
        break;
      case "ready":
        this.#ready = this.#ready.filter((u) => u !== unacked);
        break;
      case "delayed":
        break;
      default:
        unreachable(state);
    }
    return this.#dispatch();
  }

  /**
   * Cumulative ack (Exclusive and Failover; proto: ACK_TYPE_CUMULATIVE): every entry at or before
   * `position` is acked. The shell passes the entry before a partially acked batch, and acks the
   * batch's messages individually.
   */
  ackUpTo(position: Position): Dispatch[] {
    const type = this.#config.type;
    if (type !== "Exclusive" && type !== "Failover")
      throw new InvalidArgumentError("cumulative acks are for Exclusive and Failover subscriptions");
    const covered = [...this.#unacked.values()]
      .map((u) => u.entry.position)
      .filter((p) => comparePositions(p, position) <= 0);
    const out: Dispatch[] = [];
    for (const p of covered) out.push(...this.ack(p));
    return out;
  }

  /** Redeliver these entries of this consumer after negativeAckDelayMs; others are ignored. */
  nack(consumerId: number, positions: readonly Position[], nowMs: number): Dispatch[] {
    const consumer = this.#consumer(consumerId);
    if (positions.length < 1 || positions.length > NACK_POSITIONS_MAX)
      throw new InvalidArgumentError(`a nack has 1 to ${NACK_POSITIONS_MAX} positions`);
    this.#advanceClock(nowMs);
    for (const position of positions) {
      const unacked = consumer.pending.get(formatPosition(position));
      if (unacked === undefined) continue;
      this.#leavePending(consumer, unacked);
      unacked.redeliveryCount++;
      unacked.state = { kind: "delayed", dueMs: nowMs + this.#config.negativeAckDelayMs };
      this.#maybeDelayed = true;
    }
    return this.#dispatch();
  }

  /** Redeliver every pending entry of this consumer now (proto: RedeliverUnacked, all ids). */
  redeliverUnacked(consumerId: number): Dispatch[] {
    const consumer = this.#consumer(consumerId);
    this.#takeBack(consumer, [...consumer.pending.values()]);
    return this.#dispatch();
  }

  /** Time passed: due nacks and ack timeouts become ready again. `nowMs` never goes backwards. */
  tick(nowMs: number): Dispatch[] {
    this.#advanceClock(nowMs);
    const timeoutMs = this.#config.ackTimeoutMs;
    // Only nacked entries and ack timeouts wait on time: without either, a tick has nothing to do.
    // (The broker ticks every subscription 20 times a second; with 10,000 of them, scanning each
    // one's unacknowledged entries was a large share of an idle broker's CPU.)
    if (!this.#maybeDelayed && timeoutMs <= 0) return [];
    let delayed = false;
    for (const unacked of this.#unacked.values()) {
      if (unacked.state.kind !== "delayed") continue;
      if (unacked.state.dueMs <= nowMs) this.#makeReady(unacked);
      else delayed = true;
    }
    this.#maybeDelayed = delayed;
    if (timeoutMs > 0) {
      for (const consumer of this.#consumers.values()) {
        const expired = [...consumer.pending.values()].filter(
          (u) => u.state.kind === "pending" && u.state.deliveredAtMs + timeoutMs <= nowMs,
        );
        this.#takeBack(consumer, expired);
      }
    }
    return this.#dispatch();
  }

  #advanceClock(nowMs: number): void {
    invariant(Number.isSafeInteger(nowMs), "time is an integer of milliseconds");
    invariant(nowMs >= this.#nowMs, "time never goes backwards");
    this.#nowMs = nowMs;
  }

  #consumer(consumerId: number): ConsumerState {
    const consumer = this.#consumers.get(consumerId);
    invariant(consumer !== undefined, `consumer ${consumerId} is connected`);
    return consumer;
  }

  /** Pending entries of `consumer` go back to ready, each with redeliveryCount + 1. */
  #takeBack(consumer: ConsumerState, entries: readonly Unacked[]): void {
    for (const unacked of entries) {
      this.#leavePending(consumer, unacked);
      unacked.redeliveryCount++;
      this.#makeReady(unacked);
    }
  }

  #leavePending(consumer: ConsumerState, unacked: Unacked): void {
    const key = formatPosition(unacked.entry.position);
    invariant(consumer.pending.get(key) === unacked, "a pending entry is on its consumer");
    consumer.pending.delete(key);
    if (this.#config.type !== "Key_Shared") return;
    const holder = this.#hashHolders.get(unacked.hash);
    invariant(holder !== undefined && holder.consumerId === consumer.spec.id, "the hash is held here");
    holder.count--;
    if (holder.count === 0) this.#hashHolders.delete(unacked.hash);
  }

  /** Inserts into the ready list at its position (binary search; the list stays sorted). */
  #makeReady(unacked: Unacked): void {
    unacked.state = { kind: "ready" };
    let low = 0;
    let high = this.#ready.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.#ready[mid] as Unacked;
      if (comparePositions(other.entry.position, unacked.entry.position) < 0) low = mid + 1;
      else high = mid;
    }
    this.#ready.splice(low, 0, unacked);
  }

  /** Failover: lowest (priority, name, id); Exclusive: the one consumer. On change, take back. */
  #electActive(): void {
    const type = this.#config.type;
    if (type !== "Failover" && type !== "Exclusive") return;
    let best: ConsumerState | undefined;
    for (const c of this.#consumers.values()) {
      if (best === undefined || compareForFailover(c.spec, best.spec) < 0) best = c;
    }
    const next = best?.spec.id;
    if (next === this.#activeId) return;
    const old = this.#activeId === undefined ? undefined : this.#consumers.get(this.#activeId);
    if (old !== undefined) this.#takeBack(old, [...old.pending.values()]);
    this.#activeId = next;
  }

  /** One pass over the ready list, in position order. */
  #dispatch(): Dispatch[] {
    const out: Dispatch[] = [];
    const blockedHashes = new Set<number>();
    const sent = new Set<Unacked>();
    for (const unacked of this.#ready) {
      if (!this.#anyPermits()) break;
      const target = this.#targetFor(unacked, blockedHashes);
      if (target === "stop") break;
      if (target === undefined) continue;
      out.push(this.#send(target, unacked));
      sent.add(unacked);
    }
    if (sent.size > 0) this.#ready = this.#ready.filter((u) => !sent.has(u));
    return out;
  }

  /** The consumer for this entry now, undefined to skip it, "stop" to end the pass. */
  #targetFor(unacked: Unacked, blockedHashes: Set<number>): ConsumerState | undefined | "stop" {
    const type = this.#config.type;
    switch (type) {
      case "Exclusive":
      case "Failover": {
        const active = this.#activeId === undefined ? undefined : this.#consumers.get(this.#activeId);
        return active !== undefined && active.permits > 0 ? active : "stop";
      }
      case "Shared":
        return this.#nextShared() ?? "stop";
      case "Key_Shared":
        return this.#keySharedTarget(unacked, blockedHashes);
      default:
        return unreachable(type);
    }
  }

  #keySharedTarget(unacked: Unacked, blockedHashes: Set<number>): ConsumerState | undefined {
    if (blockedHashes.has(unacked.hash)) return undefined;
    const ownerId = this.#ranges.ownerOf(unacked.hash);
    const owner = ownerId === undefined ? undefined : this.#consumers.get(ownerId);
    const holder = this.#hashHolders.get(unacked.hash);
    const draining = holder !== undefined && holder.consumerId !== ownerId;
    if (owner === undefined || owner.permits <= 0 || draining) {
      blockedHashes.add(unacked.hash);
      return undefined;
    }
    return owner;
  }

  /** Round-robin over consumers with permits at the highest priority (lowest level) among them. */
  #nextShared(): ConsumerState | undefined {
    let level = Number.POSITIVE_INFINITY;
    for (const c of this.#consumers.values()) if (c.permits > 0) level = Math.min(level, c.spec.priority);
    const candidates = [...this.#consumers.values()]
      .filter((c) => c.permits > 0 && c.spec.priority === level)
      .sort((a, b) => a.spec.id - b.spec.id);
    const chosen = candidates.find((c) => c.spec.id > this.#lastSharedId) ?? candidates[0];
    if (chosen !== undefined) this.#lastSharedId = chosen.spec.id;
    return chosen;
  }

  #anyPermits(): boolean {
    for (const c of this.#consumers.values()) if (c.permits > 0) return true;
    return false;
  }

  #send(consumer: ConsumerState, unacked: Unacked): Dispatch {
    invariant(consumer.permits > 0, "send only while permits > 0");
    invariant(unacked.state.kind === "ready", "only ready entries are sent");
    const id = consumer.spec.id;
    consumer.permits -= unacked.indexes.size;
    consumer.pending.set(formatPosition(unacked.entry.position), unacked);
    unacked.state = { kind: "pending", consumerId: id, deliveredAtMs: this.#nowMs };
    if (this.#config.type === "Key_Shared") {
      const holder = this.#hashHolders.get(unacked.hash);
      invariant(holder === undefined || holder.consumerId === id, "one consumer holds a hash");
      if (holder === undefined) this.#hashHolders.set(unacked.hash, { consumerId: id, count: 1 });
      else holder.count++;
    }
    const all = unacked.indexes.size === unacked.entry.messageCount;
    return {
      consumerId: id,
      position: unacked.entry.position,
      batchIndexes: all ? [] : [...unacked.indexes].sort((a, b) => a - b),
      redeliveryCount: unacked.redeliveryCount,
    };
  }
}

function compareForFailover(a: ConsumerSpec, b: ConsumerSpec): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}
