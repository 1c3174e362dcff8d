/**
 * The dedup table that makes retried writes exactly-once (Raft dissertation, section 6.3), for
 * clients that keep many writes in flight (proto/metadata.proto `RequestId`).
 *
 * Per clientId it remembers the outcomes of recent seqs. A seq is forgotten when the client says
 * it no longer waits for it (`minPendingSeq` above it) or when more than `SEQS_PER_CLIENT_MAX`
 * newer ones are remembered. A retry of a remembered seq returns the remembered outcome; a retry
 * of a forgotten seq is refused ("stale"), never applied twice. A seq never seen and above every
 * forgotten one is new, even when lower than others applied (writes in flight may be reordered).
 *
 * Bounded to `clientsMax` clients; the least recently used client is evicted first (its retries
 * would then be applied again: with the default 10,000 that is far beyond any retry window).
 * Eviction order is the Map's insertion order, which is deterministic and carried in snapshots.
 */
import { invariant } from "../../../common/errors.js";
import type { Outcome, RequestId } from "./types.js";

/** Remembered outcomes per client. */
export const SEQS_PER_CLIENT_MAX = 1024;

export interface RememberedRequest {
  readonly clientId: string;
  readonly seq: number;
  /** Raft index at which the request was first applied. */
  readonly index: number;
  readonly outcome: Outcome;
}

export type RequestCheck =
  | { readonly kind: "new" }
  | { readonly kind: "duplicate"; readonly remembered: RememberedRequest }
  | { readonly kind: "stale"; readonly forgottenBelow: number };

interface ClientWindow {
  /** Every seq below this that is not in `seqs` was forgotten (or never applied and now refused). */
  floor: number;
  /** Remembered outcomes, ascending by seq. */
  readonly seqs: Map<number, RememberedRequest>;
}

export class RequestTable {
  private readonly clients = new Map<string, ClientWindow>();

  constructor(readonly clientsMax: number) {
    invariant(Number.isSafeInteger(clientsMax) && clientsMax >= 1, "dedupClientsMax must be >= 1");
  }

  get size(): number {
    return this.clients.size;
  }

  /** Classifies a request; a duplicate also counts as use of its client (moves it to newest). */
  check(requestId: RequestId): RequestCheck {
    const window = this.clients.get(requestId.clientId);
    if (window === undefined) return { kind: "new" };
    const remembered = window.seqs.get(requestId.seq);
    if (remembered !== undefined) {
      this.touch(requestId.clientId, window);
      return { kind: "duplicate", remembered };
    }
    if (requestId.seq < window.floor) return { kind: "stale", forgottenBelow: window.floor };
    return { kind: "new" };
  }

  record(requestId: RequestId, index: number, outcome: Outcome): void {
    const window = this.clients.get(requestId.clientId) ?? { floor: 0, seqs: new Map() };
    invariant(!window.seqs.has(requestId.seq), "dedup: a remembered seq is recorded again");
    invariant(requestId.seq >= window.floor, "dedup: a forgotten seq is recorded");
    window.seqs.set(requestId.seq, { clientId: requestId.clientId, seq: requestId.seq, index, outcome });
    sortIfNeeded(window);
    forget(window, requestId.minPendingSeq ?? 0);
    this.touch(requestId.clientId, window);
    while (this.clients.size > this.clientsMax) {
      const oldest = this.clients.keys().next();
      invariant(oldest.done !== true, "dedup: table over its bound yet empty");
      this.clients.delete(oldest.value);
    }
  }

  /** Clients oldest (next to evict) first; each with its floor and remembered seqs ascending. */
  *windows(): IterableIterator<{ clientId: string; floor: number; requests: RememberedRequest[] }> {
    for (const [clientId, w] of this.clients)
      yield { clientId, floor: w.floor, requests: [...w.seqs.values()] };
  }

  /** Appends a client as the newest; used when restoring a snapshot. */
  restore(clientId: string, floor: number, requests: readonly RememberedRequest[]): void {
    invariant(!this.clients.has(clientId), "dedup: duplicate client in snapshot");
    const seqs = new Map<number, RememberedRequest>();
    for (const r of requests) {
      invariant(r.seq >= floor, "dedup: snapshot remembers a seq below its floor");
      seqs.set(r.seq, r);
    }
    this.clients.set(clientId, { floor, seqs });
    invariant(this.clients.size <= this.clientsMax, "dedup: snapshot holds more clients than its bound");
  }

  private touch(clientId: string, window: ClientWindow): void {
    this.clients.delete(clientId);
    this.clients.set(clientId, window);
  }
}

/** Keeps `seqs` ascending (a late, lower seq was just added at the end). */
function sortIfNeeded(window: ClientWindow): void {
  let last = -1;
  let sorted = true;
  for (const seq of window.seqs.keys()) {
    if (seq < last) sorted = false;
    last = seq;
  }
  if (sorted) return;
  const entries = [...window.seqs.entries()].sort((a, b) => a[0] - b[0]);
  window.seqs.clear();
  for (const [seq, r] of entries) window.seqs.set(seq, r);
}

/** Forgets seqs below `minPendingSeq` and beyond the per-client bound, raising the floor. */
function forget(window: ClientWindow, minPendingSeq: number): void {
  for (const seq of window.seqs.keys()) {
    if (seq >= minPendingSeq && window.seqs.size <= SEQS_PER_CLIENT_MAX) break;
    window.seqs.delete(seq);
    window.floor = Math.max(window.floor, seq + 1);
  }
  window.floor = Math.max(window.floor, Math.min(minPendingSeq, firstSeq(window) ?? minPendingSeq));
}

function firstSeq(window: ClientWindow): number | undefined {
  return window.seqs.keys().next().value;
}
