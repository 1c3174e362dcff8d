/**
 * A topic's managed ledger: the chain of ledgers that holds its entries, recorded at
 * `/managed-ledgers/<topic>` and changed only by compare-and-set.
 *
 * Takeover safety rests on two rules:
 *  - on open, the last ledger of the chain is recovered (fenced and closed) before anything is
 *    served, so a previous owner that is only paused or partitioned can no longer add to it;
 *  - a new ledger joins the chain (compare-and-set) before its first entry is written, so a
 *    ledger the old owner might still write to is always in the chain the next owner fences.
 * A compare-and-set that fails therefore means another broker took the topic: the ledger is then
 * fenced for good and every later append fails with TOPIC_NOT_OWNED.
 */
import type { Logger } from "pino";
import type { LedgerClient, LedgerReader, LedgerWriter } from "../../bookie/client/index.js";
import type { LedgerMetadata, QuorumConfig } from "../../bookie/core/index.js";
import { invariant, MagnetarError, TopicNotOwnedError, VersionMismatchError } from "../../common/errors.js";
import { type Context, contextOf, endWithError, startChildSpan, tracer } from "../../common/tracing.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import type { LedgerLayout, Position, TopicEntryCache } from "../core/index.js";

export const MANAGED_LEDGERS_PREFIX = "/managed-ledgers/";

export interface LedgerInfo {
  readonly ledgerId: number;
  /** Entries in the ledger: final once it is closed; for the current ledger, as last recorded. */
  entries: number;
  bytes: number;
  readonly createdAtMs: number;
}

interface StoredChain {
  ledgers: LedgerInfo[];
  terminated?: boolean;
}

export interface RolloverPolicy {
  readonly maxEntries: number;
  readonly maxSizeBytes: number;
  readonly maxAgeMs: number;
}

export interface ManagedLedgerOptions {
  readonly topic: string;
  readonly store: MetadataStore;
  readonly ledgers: LedgerClient;
  readonly logger: Logger;
  /** Quorum of each new ledger, decided when it is created (policies may change meanwhile). */
  readonly quorum: () => QuorumConfig;
  readonly rollover: () => RolloverPolicy;
  /** Whether a missing chain may be created (auto topic creation). */
  readonly create: boolean;
  /** This topic's part of the broker's tailing cache. */
  readonly cache: TopicEntryCache;
  /** The topic load's span: recovering the chain's last ledger is traced under it. */
  readonly trace?: Context;
}

interface PendingAppend {
  readonly body: Buffer;
  /** The publish's span context when traced: the append gets a span under it. */
  readonly trace: Context | undefined;
  readonly resolve: (p: Position) => void;
  readonly reject: (err: MagnetarError) => void;
}

export function managedLedgerKey(topic: string): string {
  return `${MANAGED_LEDGERS_PREFIX}${topic}`;
}

const mlTracer = tracer("magnetar.broker");

export class ManagedLedger {
  private chain: StoredChain;
  private version: number;
  private writer: LedgerWriter | undefined;
  /** Appends in the current writer not yet confirmed. */
  private inFlight = 0;
  /** Appends waiting for a rollover (or the first ledger) to finish. */
  private readonly waiting: PendingAppend[] = [];
  private rolling: Promise<void> | undefined;
  /** Unloading: new and waiting appends are refused; the ones in flight complete. */
  private closing = false;
  private failure: MagnetarError | undefined;
  private readonly readers = new Map<number, Promise<LedgerReader>>();
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly options: ManagedLedgerOptions,
    chain: StoredChain,
    version: number,
  ) {
    this.chain = chain;
    this.version = version;
  }

  /**
   * Opens the chain for writing: recovers its last ledger (fencing its previous writer), then
   * starts a new ledger. Throws TOPIC_NOT_FOUND when the chain is missing and `create` is false,
   * TOPIC_NOT_OWNED when another broker changed the chain meanwhile.
   */
  static async open(options: ManagedLedgerOptions): Promise<ManagedLedger> {
    const key = managedLedgerKey(options.topic);
    const kv = await options.store.get(key);
    if (!kv && !options.create)
      throw new MagnetarError("TOPIC_NOT_FOUND", `topic ${options.topic} does not exist`);
    const chain: StoredChain = kv ? (JSON.parse(kv.value.toString("utf8")) as StoredChain) : { ledgers: [] };
    const ml = new ManagedLedger(options, chain, kv?.version ?? 0);
    const last = chain.ledgers[chain.ledgers.length - 1];
    if (last) {
      const reader = await options.ledgers.recoverAndOpen(last.ledgerId, options.trace);
      last.entries = reader.metadata.lastEntryId + 1;
      last.bytes = reader.metadata.lengthBytes;
      ml.readers.set(last.ledgerId, Promise.resolve(reader));
    }
    if (!chain.terminated) await ml.startLedger();
    else await ml.save();
    return ml;
  }

  get topic(): string {
    return this.options.topic;
  }

  get terminated(): boolean {
    return this.chain.terminated === true;
  }

  /** The ledgers with their confirmed entry counts, oldest first (the cursors' layout). */
  layout(): LedgerLayout {
    return this.chain.ledgers.map((l) => ({ ledgerId: l.ledgerId, entries: l.entries }));
  }

  ledgerInfos(): readonly LedgerInfo[] {
    return this.chain.ledgers;
  }

  /** The last confirmed entry, or undefined when the topic has no entries. */
  lastConfirmed(): Position | undefined {
    for (let i = this.chain.ledgers.length - 1; i >= 0; i--) {
      const l = this.chain.ledgers[i];
      if (l && l.entries > 0) return { ledgerId: l.ledgerId, entryId: l.entries - 1 };
    }
    return undefined;
  }

  /** The position a subscription starting at Latest begins after. */
  endPosition(): Position {
    const last = this.lastConfirmed();
    if (last) return last;
    const current = this.chain.ledgers[this.chain.ledgers.length - 1];
    return { ledgerId: current?.ledgerId ?? 0, entryId: -1 };
  }

  /** The mark-delete position of a subscription starting at Earliest. */
  startPosition(): Position {
    const first = this.chain.ledgers[0];
    return { ledgerId: first?.ledgerId ?? 0, entryId: -1 };
  }

  totalEntries(): number {
    return this.chain.ledgers.reduce((n, l) => n + l.entries, 0);
  }

  totalBytes(): number {
    return this.chain.ledgers.reduce((n, l) => n + l.bytes, 0);
  }

  /** Called (synchronously) after every confirmed append: tailing subscriptions read on. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The failure that stopped this managed ledger (fenced, lost the chain), if any. */
  get failed(): MagnetarError | undefined {
    return this.failure;
  }

  /**
   * Appends one entry; resolves with its position once it is durable on the ack quorum. Appends
   * resolve in call order. After a failure every append rejects with that failure. With `trace`
   * the append is a span under it, and so are its bookie writes.
   */
  append(body: Buffer, trace?: Context): Promise<Position> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(unloading(this.topic));
    if (this.chain.terminated)
      return Promise.reject(new MagnetarError("TOPIC_TERMINATED", `topic ${this.topic} is terminated`));
    return new Promise<Position>((resolve, reject) => {
      const pending = { body, trace, resolve, reject };
      if (this.rolling || !this.writer) {
        this.waiting.push(pending);
        return;
      }
      this.write(this.writer, pending);
      this.maybeRollover(this.writer);
    });
  }

  private write(writer: LedgerWriter, p: PendingAppend): void {
    this.inFlight++;
    const span =
      p.trace &&
      startChildSpan(mlTracer, "managed-ledger append", p.trace, {
        attributes: {
          "messaging.destination.name": this.topic,
          "magnetar.ledger.id": writer.ledgerId,
          "magnetar.entry.bytes": p.body.length,
        },
      });
    writer.append(p.body, span && contextOf(span)).then(
      (entryId) => {
        span?.setAttribute("magnetar.entry.id", entryId);
        span?.end();
        this.inFlight--;
        const info = this.chain.ledgers[this.chain.ledgers.length - 1];
        // Appends of one writer confirm in order, and a rollover waits for them all.
        if (info && info.ledgerId === writer.ledgerId) {
          info.entries = entryId + 1;
          info.bytes += p.body.length;
        }
        const position = { ledgerId: writer.ledgerId, entryId };
        this.options.cache.put(position, p.body);
        p.resolve(position);
        for (const l of this.listeners) l();
        this.wakeDrainWaiters();
      },
      (err: unknown) => {
        if (span) endWithError(span, err);
        this.inFlight--;
        this.fail(asError(err));
        p.reject(this.failure ?? asError(err));
        this.wakeDrainWaiters();
      },
    );
  }

  private readonly drainWaiters: (() => void)[] = [];

  private wakeDrainWaiters(): void {
    if (this.inFlight > 0) return;
    for (const w of this.drainWaiters.splice(0)) w();
  }

  private maybeRollover(writer: LedgerWriter): void {
    const info = this.chain.ledgers[this.chain.ledgers.length - 1];
    if (!info || this.rolling) return;
    const policy = this.options.rollover();
    const written = writer.lastAddConfirmed + 1 + this.inFlight;
    const full =
      written >= policy.maxEntries ||
      info.bytes >= policy.maxSizeBytes ||
      Date.now() - info.createdAtMs >= policy.maxAgeMs;
    if (full) void this.rollover();
  }

  /** Closes the current ledger once its appends are confirmed and starts the next one. */
  rollover(): Promise<void> {
    if (this.rolling) return this.rolling;
    this.rolling = (async () => {
      try {
        await this.waitForInFlight();
        if (this.failure) return;
        const writer = this.writer;
        this.writer = undefined;
        if (writer) await this.closeWriter(writer);
        if (!this.chain.terminated) await this.startLedger();
      } catch (err) {
        this.fail(asError(err));
      } finally {
        this.rolling = undefined;
        this.flushWaiting();
      }
    })();
    return this.rolling;
  }

  private async waitForInFlight(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
  }

  private async closeWriter(writer: LedgerWriter): Promise<void> {
    const closed: LedgerMetadata = await writer.close();
    const info = this.chain.ledgers.find((l) => l.ledgerId === writer.ledgerId);
    if (info) {
      info.entries = closed.lastEntryId + 1;
      info.bytes = closed.lengthBytes;
    }
  }

  private flushWaiting(): void {
    const waiting = this.waiting.splice(0);
    for (const p of waiting) {
      if (this.failure) p.reject(this.failure);
      else if (this.closing) p.reject(unloading(this.topic));
      else if (this.chain.terminated)
        p.reject(new MagnetarError("TOPIC_TERMINATED", `topic ${this.topic} is terminated`));
      else if (this.writer) this.write(this.writer, p);
      else this.waiting.push(p);
    }
    if (this.writer) this.maybeRollover(this.writer);
  }

  /** Creates a ledger and records it in the chain before any entry is written to it. */
  private async startLedger(): Promise<void> {
    const writer = await this.options.ledgers.createLedger(this.options.quorum());
    this.chain.ledgers.push({ ledgerId: writer.ledgerId, entries: 0, bytes: 0, createdAtMs: Date.now() });
    try {
      await this.save();
    } catch (err) {
      this.chain.ledgers.pop();
      // Nothing was written to it; it is closed so that it never looks like a lost writer's.
      await writer.close().catch(() => undefined);
      throw err;
    }
    this.writer = writer;
    this.options.logger.debug({ topic: this.topic, ledgerId: writer.ledgerId }, "ledger started");
  }

  private async save(): Promise<void> {
    try {
      const r = await this.options.store.cas(
        managedLedgerKey(this.topic),
        this.version,
        JSON.stringify(this.chain),
      );
      this.version = r.version;
    } catch (err) {
      if (err instanceof VersionMismatchError)
        throw new TopicNotOwnedError(`topic ${this.topic} was taken over by another broker`);
      throw err;
    }
  }

  private fail(err: MagnetarError): void {
    if (this.failure) return;
    // A fenced ledger or a lost chain means another broker owns the topic now.
    this.failure =
      err.code === "LEDGER_FENCED" || err.code === "VERSION_MISMATCH" || err.code === "TOPIC_NOT_OWNED"
        ? new TopicNotOwnedError(`topic ${this.topic} was taken over by another broker: ${err.message}`)
        : err;
    this.options.logger.warn({ topic: this.topic, err: err.message }, "managed ledger failed");
    for (const p of this.waiting.splice(0)) p.reject(this.failure);
  }

  /** Marks the topic terminated: no more appends; the current ledger is closed. */
  async terminate(): Promise<Position | undefined> {
    if (!this.chain.terminated) {
      await this.rolling;
      await this.waitForInFlight();
      this.chain.terminated = true;
      const writer = this.writer;
      this.writer = undefined;
      if (writer) await this.closeWriter(writer);
      await this.save();
    }
    return this.lastConfirmed();
  }

  /**
   * Says how far a tailing reader (a subscription with consumers) has read, or with `undefined`
   * that it stopped: the cache keeps only entries an active reader has yet to read.
   */
  readerAt(reader: object, position: Position | undefined): void {
    this.options.cache.readerAt(reader, position);
  }

  /** Reads one confirmed entry: from the cache, else from a bookie. */
  async read(position: Position): Promise<Buffer> {
    return this.options.cache.get(position) ?? this.readFromBookies(position);
  }

  private async readFromBookies(position: Position): Promise<Buffer> {
    const info = this.chain.ledgers.find((l) => l.ledgerId === position.ledgerId);
    if (!info || position.entryId < 0 || position.entryId >= info.entries)
      throw new MagnetarError(
        "INVALID_MESSAGE_ID",
        `entry ${position.ledgerId}:${position.entryId} does not exist`,
      );
    const reader = await this.reader(position.ledgerId);
    reader.confirmedUpTo(info.entries - 1);
    return (await reader.read(position.entryId)).body;
  }

  /**
   * Confirmed entries, in the order given: from the cache, else in runs of consecutive entries of
   * one ledger, each run read with range reads (one bookie call per run, not per entry).
   */
  async readMany(positions: readonly Position[]): Promise<Buffer[]> {
    const out: (Buffer | undefined)[] = positions.map((p) => this.options.cache.get(p));
    const runs: { at: number; ledgerId: number; first: number; count: number }[] = [];
    positions.forEach((p, i) => {
      if (out[i]) return;
      const prev = runs[runs.length - 1];
      if (
        prev &&
        prev.ledgerId === p.ledgerId &&
        prev.at + prev.count === i &&
        prev.first + prev.count === p.entryId
      )
        prev.count++;
      else runs.push({ at: i, ledgerId: p.ledgerId, first: p.entryId, count: 1 });
    });
    await Promise.all(
      runs.map(async (run) => {
        const lastId = run.first + run.count - 1;
        const info = this.chain.ledgers.find((l) => l.ledgerId === run.ledgerId);
        if (run.count === 1 || !info || lastId >= info.entries) {
          // One entry, or not all confirmed: the single read answers (or says what is wrong).
          for (let i = 0; i < run.count; i++)
            out[run.at + i] = await this.readFromBookies(positions[run.at + i] as Position);
          return;
        }
        const reader = await this.reader(run.ledgerId);
        reader.confirmedUpTo(info.entries - 1);
        let done = 0;
        while (done < run.count) {
          const got = await reader.readRange(run.first + done, lastId);
          for (const r of got) {
            invariant(r.entryId === run.first + done, `range read of ${run.ledgerId} out of order`);
            out[run.at + done++] = r.body;
            if (done === run.count) break;
          }
        }
      }),
    );
    return out as Buffer[];
  }

  private reader(ledgerId: number): Promise<LedgerReader> {
    let r = this.readers.get(ledgerId);
    if (!r) {
      const opened = this.options.ledgers.openForRead(ledgerId);
      r = opened;
      this.readers.set(ledgerId, opened);
      // Only a closed ledger's reader is kept: an open one's metadata (and LAC) moves on.
      opened.then(
        (reader) => {
          if (reader.metadata.state !== "CLOSED" && this.readers.get(ledgerId) === opened)
            this.readers.delete(ledgerId);
        },
        () => {
          if (this.readers.get(ledgerId) === opened) this.readers.delete(ledgerId);
        },
      );
    }
    return r;
  }

  /** Entries in the chain after `after`, up to `upTo` (inclusive): the next `max` positions. */
  positionsAfter(after: Position, max: number): Position[] {
    const out: Position[] = [];
    for (const l of this.chain.ledgers) {
      if (l.ledgerId < after.ledgerId) continue;
      const from = l.ledgerId === after.ledgerId ? after.entryId + 1 : 0;
      for (let e = from; e < l.entries && out.length < max; e++)
        out.push({ ledgerId: l.ledgerId, entryId: e });
      if (out.length >= max) break;
    }
    return out;
  }

  /** Stops writing: waits for appends in flight and closes the current ledger (graceful unload). */
  async close(): Promise<void> {
    this.closing = true;
    for (const p of this.waiting.splice(0)) p.reject(unloading(this.topic));
    await this.rolling;
    const writer = this.writer;
    this.writer = undefined;
    if (!writer || this.failure) return;
    await this.waitForInFlight();
    await this.closeWriter(writer).catch((err: unknown) =>
      this.options.logger.warn({ topic: this.topic, err: asError(err).message }, "ledger close failed"),
    );
    // Record the final entry counts; the next owner recovers the chain either way.
    await this.save().catch(() => undefined);
    this.options.cache.clear();
  }

  /** Stops at once without touching storage (lease lost): the next owner fences what is left. */
  abandon(): void {
    this.fail(new TopicNotOwnedError(`topic ${this.topic} is no longer owned by this broker`));
    this.writer = undefined;
    this.options.cache.clear();
  }

  /** Deletes every ledger and the chain (the topic must have no producers or consumers). */
  async delete(): Promise<void> {
    await this.close();
    // The chain goes first, by compare-and-set: if the topic was loaded again meanwhile (the
    // chain changed), nothing is deleted. Ledgers go after, so a chain never names a deleted one.
    await this.options.store.delete(managedLedgerKey(this.topic), { expectedVersion: this.version });
    this.abandon();
    for (const l of this.chain.ledgers)
      await this.options.ledgers.deleteLedger(l.ledgerId).catch(() => undefined);
  }
}

function unloading(topic: string): MagnetarError {
  return new TopicNotOwnedError(`topic ${topic} is being unloaded; look it up again`);
}

function asError(err: unknown): MagnetarError {
  if (err instanceof MagnetarError) return err;
  return new MagnetarError("INTERNAL", err instanceof Error ? err.message : String(err), { cause: err });
}
