/**
 * WatchHub: delivers the store's event history to watchers. Not replicated state: each member has
 * its own hub for the watch streams its clients opened.
 *
 * A watcher is a cursor (`nextRevision`) over the history plus a key span; nothing is copied per
 * watcher. For each revision, in order, the events matching the span go to the sink as one batch;
 * revisions without matching events are skipped silently. A watcher never skips a matching event
 * and never sees one twice or out of order: delivery stops (the watcher is ended) rather than
 * skip.
 *
 * Contract for the server:
 * - `watch()` delivers the history from the start revision synchronously, until the sink pauses;
 * - call `sync()` after each apply (or batch of applies) and after a compaction;
 * - call `attach(store)` after restoring a snapshot (watchers continue if the new store's
 *   history still holds their next revision, and end with COMPACTED otherwise).
 *
 * Flow control: `onBatch` returns false to pause (like a gRPC write that returned false); the
 * server calls `resume()` when the stream drains. A paused watcher that falls more than
 * `behindRevisionsMax` revisions behind the store is ended with SlowWatcherError (retriable:
 * watch again from its `restartRevision`). A watcher whose next revision was compacted away is
 * ended with RevisionCompactedError.
 */
import { InvalidArgumentError, MagnetarError } from "../../../common/errors.js";
import { RevisionCompactedError, SlowWatcherError } from "./errors.js";
import { type Span, spanContains, spanOf } from "./keys.js";
import type { KeySpan, KvEvent } from "./types.js";
import { validateKeySpan } from "./validate.js";

/** What a hub reads: implemented by KvStore. */
export interface WatchSource {
  readonly revision: number;
  readonly compactRevision: number;
  /** Events of a revision with compactRevision <= revision <= this.revision. */
  eventsAt(revision: number): readonly KvEvent[];
}

export interface WatchRequest extends KeySpan {
  /** First revision to deliver; 0 or absent = the next revision (live events only). */
  readonly startRevision?: number;
  /** Include each event's prevKv (otherwise undefined). */
  readonly prevKv?: boolean;
}

/** The matching events of one revision. */
export interface WatchBatch {
  readonly watchId: number;
  readonly revision: number;
  readonly events: readonly KvEvent[];
}

export interface WatchSink {
  /** Receives the next batch. Return true to keep receiving, false to pause until resume(). */
  onBatch(batch: WatchBatch): boolean;
  /** The hub ended the watch (compacted history, slow consumer). Not called after cancel(). */
  onCancel(error: MagnetarError): void;
}

export interface WatchHandle {
  readonly id: number;
  /** The first revision not yet delivered: where to restart a watch that ended. */
  readonly nextRevision: number;
  readonly paused: boolean;
  /** Continues a paused watcher (delivering what it missed, synchronously). */
  resume(): void;
  /** Ends the watcher without calling its sink. Idempotent. */
  cancel(): void;
}

export interface WatchHubOptions {
  /** How far a paused watcher may fall behind the store before it is ended. */
  readonly behindRevisionsMax: number;
  /** Most watchers at once; more fail with RESOURCE_EXHAUSTED. */
  readonly watchersMax: number;
}

export const DEFAULT_WATCH_HUB_OPTIONS: WatchHubOptions = {
  behindRevisionsMax: 10_000,
  watchersMax: 100_000,
};

class Watcher implements WatchHandle {
  nextRevision: number;
  paused = false;
  done = false;
  delivering = false;

  constructor(
    private readonly hub: WatchHub,
    readonly id: number,
    private readonly span: Span,
    private readonly prevKv: boolean,
    readonly sink: WatchSink,
    startRevision: number,
  ) {
    this.nextRevision = startRevision;
  }

  resume(): void {
    this.hub.resume(this.id);
  }

  cancel(): void {
    this.hub.cancel(this.id);
  }

  select(events: readonly KvEvent[]): KvEvent[] {
    const selected: KvEvent[] = [];
    for (const event of events) {
      if (!spanContains(this.span, event.kv.key)) continue;
      selected.push(this.prevKv ? event : { type: event.type, kv: event.kv, prevKv: undefined });
    }
    return selected;
  }
}

export class WatchHub {
  private source: WatchSource;
  private readonly options: WatchHubOptions;
  private readonly watchers = new Map<number, Watcher>();
  private lastWatchId = 0;

  constructor(source: WatchSource, options: Partial<WatchHubOptions> = {}) {
    this.source = source;
    this.options = { ...DEFAULT_WATCH_HUB_OPTIONS, ...options };
  }

  get size(): number {
    return this.watchers.size;
  }

  /**
   * Starts a watcher and delivers the history from its start revision before returning. Throws
   * InvalidArgumentError for a bad request, RevisionCompactedError when the start revision is
   * below the compacted revision, RESOURCE_EXHAUSTED when there are `watchersMax` watchers.
   */
  watch(request: WatchRequest, sink: WatchSink): WatchHandle {
    validateKeySpan(request, "watch");
    const start = request.startRevision ?? 0;
    if (!Number.isSafeInteger(start) || start < 0) {
      throw new InvalidArgumentError(`watch: startRevision must be a non-negative integer, got ${start}`);
    }
    if (start !== 0 && start < this.source.compactRevision) {
      throw new RevisionCompactedError("watch", start, this.source.compactRevision);
    }
    if (this.watchers.size >= this.options.watchersMax) {
      throw new MagnetarError("RESOURCE_EXHAUSTED", `watch: already ${this.options.watchersMax} watchers`);
    }
    const id = ++this.lastWatchId;
    const next = start === 0 ? this.source.revision + 1 : start;
    const watcher = new Watcher(this, id, spanOf(request), request.prevKv === true, sink, next);
    this.watchers.set(id, watcher);
    this.deliver(watcher);
    return watcher;
  }

  /** Delivers new revisions to running watchers; ends compacted and too slow paused ones. */
  sync(): void {
    for (const watcher of Array.from(this.watchers.values())) {
      if (watcher.done) continue;
      if (watcher.paused) this.checkPaused(watcher);
      else this.deliver(watcher);
    }
  }

  /** Switches to another source (a store restored from a snapshot), then syncs. */
  attach(source: WatchSource): void {
    this.source = source;
    this.sync();
  }

  resume(id: number): void {
    const watcher = this.watchers.get(id);
    if (watcher === undefined || !watcher.paused) return;
    watcher.paused = false;
    this.deliver(watcher);
  }

  cancel(id: number): void {
    const watcher = this.watchers.get(id);
    if (watcher === undefined) return;
    watcher.done = true;
    this.watchers.delete(id);
  }

  private deliver(watcher: Watcher): void {
    // A sink that resumes or syncs from inside onBatch must not start a second loop.
    if (watcher.delivering) return;
    watcher.delivering = true;
    try {
      while (!watcher.done && !watcher.paused && watcher.nextRevision <= this.source.revision) {
        if (watcher.nextRevision < this.source.compactRevision) {
          const compacted = this.source.compactRevision;
          this.end(
            watcher,
            new RevisionCompactedError(`watch ${watcher.id}`, watcher.nextRevision, compacted),
          );
          return;
        }
        const revision = watcher.nextRevision;
        const events = watcher.select(this.source.eventsAt(revision));
        watcher.nextRevision = revision + 1;
        if (events.length > 0 && !watcher.sink.onBatch({ watchId: watcher.id, revision, events })) {
          watcher.paused = true;
        }
      }
    } finally {
      watcher.delivering = false;
    }
  }

  private checkPaused(watcher: Watcher): void {
    const { revision, compactRevision } = this.source;
    if (watcher.nextRevision <= revision && watcher.nextRevision < compactRevision) {
      this.end(
        watcher,
        new RevisionCompactedError(`watch ${watcher.id}`, watcher.nextRevision, compactRevision),
      );
      return;
    }
    const behind = revision - watcher.nextRevision + 1;
    if (behind > this.options.behindRevisionsMax) {
      this.end(
        watcher,
        new SlowWatcherError(watcher.id, this.options.behindRevisionsMax, watcher.nextRevision),
      );
    }
  }

  private end(watcher: Watcher, error: MagnetarError): void {
    watcher.done = true;
    this.watchers.delete(watcher.id);
    watcher.sink.onCancel(error);
  }
}
