/**
 * Watches that survive member failures: on a broken stream the watch reopens on another member
 * from the revision after the last one delivered, so events are never skipped or repeated. A watch
 * that fell behind compaction ends with CompactedError (the caller re-reads and watches again).
 */
import type * as grpc from "@grpc/grpc-js";
import { CompactedError, errorFromCode, isErrorCode, type MagnetarError } from "../../common/errors.js";
import { fromServiceError } from "../../common/grpc.js";
import type { WatchRequest } from "../../proto/gen/magnetar/v1/WatchRequest.js";
import type { WatchResponse__Output } from "../../proto/gen/magnetar/v1/WatchResponse.js";
import { sleep } from "./retry.js";
import { decodeKv, type KeyValue, type MetadataStore } from "./store.js";

export interface WatchEvent {
  readonly type: "put" | "delete";
  /** For a delete: the key, with modRevision the deletion's revision and an empty value. */
  readonly kv: KeyValue;
  readonly prevKv: KeyValue | undefined;
}

export interface WatchBatch {
  /** The revision all these events happened at. */
  readonly revision: number;
  readonly events: readonly WatchEvent[];
}

export interface WatchOptions {
  readonly prefix?: boolean;
  /** First revision to deliver (0 = changes after now). */
  readonly startRevision?: number;
  readonly prevKv?: boolean;
}

/** Buffer bound: a consumer this far behind has its watch ended rather than growing memory. */
export const WATCH_BUFFER_BATCHES_MAX = 100_000;

/** An async iterable of event batches, one per revision, in revision order. */
export class Watch implements AsyncIterable<WatchBatch> {
  private readonly queue: WatchBatch[] = [];
  private waiter: (() => void) | undefined;
  private failure: MagnetarError | undefined;
  private stream: grpc.ClientReadableStream<WatchResponse__Output> | undefined;
  private nextRevision: number;
  private endpoint = 0;
  private cancelled = false;
  private pending: WatchEvent[] = [];
  private reconnects = 0;

  /** Resolves once the first stream is established (the watch is registered). */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;

  constructor(
    private readonly store: MetadataStore,
    private readonly key: string,
    private readonly options: WatchOptions = {},
  ) {
    this.nextRevision = options.startRevision ?? 0;
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    this.open();
  }

  private open(): void {
    if (this.cancelled || this.failure) return;
    if (this.store.isClosed()) {
      this.cancel();
      return;
    }
    const client = this.store.client(this.endpoint);
    const request: WatchRequest = {
      key: Buffer.from(this.key, "utf8"),
      prefix: this.options.prefix ?? false,
      startRevision: this.nextRevision,
      prevKv: this.options.prevKv ?? false,
    };
    const stream = client.Watch(request);
    this.stream = stream;
    stream.on("data", (res: WatchResponse__Output) => this.onResponse(res));
    stream.on("error", (err) => this.onBroken(stream, fromServiceError(err)));
    stream.on("end", () => this.onBroken(stream, undefined));
  }

  private onResponse(res: WatchResponse__Output): void {
    this.reconnects = 0;
    if (res.created) {
      // From now on, a reconnect must not miss what happened between "now" and the reconnect.
      if (this.nextRevision === 0) this.nextRevision = (res.header?.revision ?? 0) + 1;
      this.resolveReady();
    }
    if (res.canceled) {
      const reason = res.cancelReason;
      const code = reason && isErrorCode(reason.code) ? reason.code : "UNAVAILABLE";
      if (code === "COMPACTED" || res.compactRevision > 0) {
        this.fail(
          new CompactedError(
            `watch fell behind compaction (compacted up to revision ${res.compactRevision})`,
          ),
        );
      } else {
        const err = errorFromCode(code, reason?.message ?? "watch canceled by the server");
        // A retriable cancel (e.g. this watcher fell too far behind): resume from where it was.
        if (err.retriable)
          this.onBroken(this.stream as grpc.ClientReadableStream<WatchResponse__Output>, err);
        else this.fail(err);
      }
      return;
    }
    for (const ev of res.events) {
      const kv = decodeKv(
        ev.kv ?? {
          key: Buffer.alloc(0),
          value: Buffer.alloc(0),
          createRevision: 0,
          modRevision: 0,
          version: 0,
          lease: 0,
        },
      );
      this.pending.push({
        type: ev.type === "DELETE" ? "delete" : "put",
        kv,
        prevKv: ev.prevKv ? decodeKv(ev.prevKv) : undefined,
      });
    }
    if (res.fragment || this.pending.length === 0) return;
    this.flushPending();
  }

  private flushPending(): void {
    // Events of one response may span revisions; deliver one batch per revision.
    let batch: WatchEvent[] = [];
    let revision = -1;
    for (const ev of this.pending) {
      if (ev.kv.modRevision !== revision && batch.length > 0) {
        this.push({ revision, events: batch });
        batch = [];
      }
      revision = ev.kv.modRevision;
      batch.push(ev);
    }
    if (batch.length > 0) this.push({ revision, events: batch });
    this.pending = [];
  }

  private push(batch: WatchBatch): void {
    this.nextRevision = batch.revision + 1;
    if (this.queue.length >= WATCH_BUFFER_BATCHES_MAX) {
      this.fail(
        errorFromCode("RESOURCE_EXHAUSTED", "watch consumer is too far behind; re-read and watch again"),
      );
      return;
    }
    this.queue.push(batch);
    this.wake();
  }

  private onBroken(
    stream: grpc.ClientReadableStream<WatchResponse__Output>,
    err: MagnetarError | undefined,
  ): void {
    if (this.stream !== stream || this.cancelled || this.failure) return;
    this.stream = undefined;
    this.pending = [];
    if (err && !err.retriable && err.code !== "CANCELLED") {
      this.fail(err);
      return;
    }
    this.endpoint = (this.endpoint + 1) % this.store.endpointCount;
    // Back off while every member is down: 50 ms, doubling to 1 s.
    const backoffMs = Math.min(1_000, 50 * 2 ** Math.min(this.reconnects++, 5));
    void sleep(backoffMs).then(() => this.open());
  }

  private fail(err: MagnetarError): void {
    this.failure = err;
    this.resolveReady();
    this.stream?.cancel();
    this.stream = undefined;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  /** Stops the watch; a pending iteration ends. */
  cancel(): void {
    this.cancelled = true;
    this.stream?.cancel();
    this.stream = undefined;
    this.resolveReady();
    this.wake();
  }

  async next(): Promise<WatchBatch | undefined> {
    for (;;) {
      const batch = this.queue.shift();
      if (batch) return batch;
      if (this.failure) throw this.failure;
      if (this.cancelled || this.store.isClosed()) return undefined;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WatchBatch> {
    try {
      for (;;) {
        const batch = await this.next();
        if (!batch) return;
        yield batch;
      }
    } finally {
      this.cancel();
    }
  }
}
