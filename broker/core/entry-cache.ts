/**
 * The broker's tailing cache: entries just written, kept so that consumers reading the tail get
 * them without a bookie read. Like Pulsar's managed-ledger cache it has one byte budget for the
 * whole broker (the oldest entries of any topic go first when it is full), and a topic keeps only
 * what one of its active readers has not read yet: a topic nobody reads caches nothing, and an
 * entry every reader has passed is dropped at once. Reads that miss go to the bookies.
 *
 * Why not a budget per topic: with one per topic, memory grew with the number of topics (32 MiB
 * each, filled over time even at a low rate), and entries every consumer had read stayed until
 * pushed out, which kept hundreds of MiB of Buffers alive for nothing on a busy broker.
 */
import { invariant } from "../../common/errors.js";
import { comparePositions, type Position } from "./message-id.js";

interface Cached {
  readonly topic: TopicEntryCache;
  readonly key: string;
  readonly position: Position;
  readonly body: Buffer;
}

export interface EntryCacheStats {
  readonly bytes: number;
  readonly entries: number;
  readonly hits: number;
  readonly misses: number;
}

export class EntryCache {
  /** Every topic's entries, oldest first: what goes when the budget is exceeded. */
  private readonly order = new Set<Cached>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly budgetBytes: number) {
    invariant(Number.isInteger(budgetBytes) && budgetBytes >= 0, `cache budget ${budgetBytes}`);
  }

  /** A topic's part of the cache. */
  forTopic(): TopicEntryCache {
    return new TopicEntryCache(this);
  }

  stats(): EntryCacheStats {
    return { bytes: this.bytes, entries: this.order.size, hits: this.hits, misses: this.misses };
  }

  /** @internal Called by TopicEntryCache.put. */
  add(entry: Cached): void {
    this.order.add(entry);
    this.bytes += entry.body.length;
    for (const oldest of this.order) {
      if (this.bytes <= this.budgetBytes) break;
      oldest.topic.drop(oldest);
    }
  }

  /** @internal Called by TopicEntryCache when it drops an entry. */
  remove(entry: Cached): void {
    if (this.order.delete(entry)) this.bytes -= entry.body.length;
  }
}

export class TopicEntryCache {
  /** This topic's entries, in position order: `put` only appends after the newest. */
  private readonly entries = new Map<string, Cached>();
  private newest: Position | undefined;
  /** How far each active reader has read; none means nobody is reading the tail. */
  private readonly readers = new Map<object, Position>();
  /** The least position of `readers`, and how many readers are there (undefined, 0: none). */
  private slowest: Position | undefined;
  private atSlowest = 0;

  constructor(private readonly cache: EntryCache) {}

  /**
   * Caches a just-confirmed entry, unless no active reader will want it, it exceeds the budget, or
   * it is not after the newest entry cached (entries are confirmed in position order).
   */
  put(position: Position, body: Buffer): void {
    if (this.readers.size === 0 || body.length > this.cache.budgetBytes) return;
    if (this.newest !== undefined && comparePositions(position, this.newest) <= 0) return;
    this.newest = position;
    const key = keyOf(position);
    const entry = { topic: this, key, position, body };
    this.entries.set(key, entry);
    this.cache.add(entry);
  }

  get(position: Position): Buffer | undefined {
    const body = this.entries.get(keyOf(position))?.body;
    if (body) this.cache.hits++;
    else this.cache.misses++;
    return body;
  }

  /**
   * Says how far `reader` (a subscription with consumers) has read, or with `undefined` that it
   * stopped reading (no consumers left, closed). Entries every active reader has read are dropped.
   */
  readerAt(reader: object, position: Position | undefined): void {
    const old = this.readers.get(reader);
    if (position === undefined) this.readers.delete(reader);
    else this.readers.set(reader, position);
    // Kept without a scan per call: every subscription moves once per entry, so scanning all of a
    // topic's readers each time cost readers² per entry. A scan happens only when the last reader
    // at the slowest position moves on (once per entry when they move together).
    const slowest = this.slowest;
    if (slowest !== undefined && old !== undefined && comparePositions(old, slowest) === 0) this.atSlowest--;
    if (slowest !== undefined && position !== undefined) {
      const c = comparePositions(position, slowest);
      if (c < 0) {
        this.slowest = position;
        this.atSlowest = 1;
      } else if (c === 0) this.atSlowest++;
    }
    if (this.slowest === undefined || this.atSlowest <= 0) this.findSlowest();
    for (const entry of this.entries.values()) {
      if (this.slowest !== undefined && comparePositions(entry.position, this.slowest) > 0) break;
      this.drop(entry);
    }
  }

  private findSlowest(): void {
    this.slowest = undefined;
    this.atSlowest = 0;
    for (const p of this.readers.values()) {
      const c = this.slowest === undefined ? -1 : comparePositions(p, this.slowest);
      if (c < 0) {
        this.slowest = p;
        this.atSlowest = 1;
      } else if (c === 0) this.atSlowest++;
    }
  }

  /** Drops every entry (the topic is unloaded). */
  clear(): void {
    for (const entry of this.entries.values()) this.drop(entry);
  }

  get size(): number {
    return this.entries.size;
  }

  /** @internal */
  drop(entry: Cached): void {
    this.entries.delete(entry.key);
    this.cache.remove(entry);
  }
}

function keyOf(p: Position): string {
  return `${p.ledgerId}:${p.entryId}`;
}
