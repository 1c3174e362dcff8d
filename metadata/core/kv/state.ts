/**
 * The replicated state of the KV store and the one way to change keys: a WriteBatch, which puts
 * and deletes at the next revision and commits them as one revision with its events.
 *
 * Invariants (checked by `checkInvariants`):
 * - the key index and the key map hold the same keys;
 * - every key-value has 1 <= createRevision <= modRevision <= revision and version >= 1;
 * - a key's lease exists and lists the key, and every key a lease lists points back to it;
 * - history holds exactly the revisions max(compactRevision, 2) .. revision (none at revision 1);
 * - within one revision, a key changes at most once.
 */
import { invariant } from "../../../common/errors.js";
import { History } from "./history.js";
import { type OrderedKeySet, SortedArrayKeySet } from "./key-index.js";
import { compareKeys, type Span } from "./keys.js";
import { RequestTable } from "./requests.js";
import type { KeyValue, KvEvent, KvStoreLimits } from "./types.js";

export interface Lease {
  readonly id: number;
  readonly ttlMs: number;
  /** Attached keys (unordered; sort when order matters). */
  readonly keys: Set<string>;
}

const EMPTY_VALUE = new Uint8Array(0);

export class KvState {
  /** Last revision; 1 for an empty store, +1 per command that changed at least one key. */
  revision = 1;
  /** Reads and watches below this revision fail with COMPACTED; 0 = nothing compacted. */
  compactRevision = 0;
  /** Raft index of the last applied command; 0 = none. */
  appliedIndex = 0;
  readonly kvs = new Map<string, KeyValue>();
  readonly keys: OrderedKeySet = new SortedArrayKeySet();
  readonly leases = new Map<number, Lease>();
  readonly history = new History();
  readonly requests: RequestTable;

  constructor(readonly limits: KvStoreLimits) {
    invariant(
      Number.isSafeInteger(limits.historyEventsMax) && limits.historyEventsMax >= 1,
      "historyEventsMax",
    );
    invariant(Number.isSafeInteger(limits.historyBytesMax) && limits.historyBytesMax >= 1, "historyBytesMax");
    this.requests = new RequestTable(limits.dedupClientsMax);
  }

  /** Keys in `span`, in order, copied (safe to change the keyspace while using them). */
  keysIn(span: Span): string[] {
    return Array.from(this.keys.keysIn(span));
  }

  /** Appends a committed revision to the history, then compacts it back under its bounds. */
  commit(revision: number, events: readonly KvEvent[]): void {
    invariant(revision === this.revision + 1, "commit: revisions advance by one");
    this.revision = revision;
    this.history.append(revision, events);
    const { historyEventsMax, historyBytesMax } = this.limits;
    let dropped = false;
    while (
      this.history.length > 1 &&
      (this.history.eventCount > historyEventsMax || this.history.byteCount > historyBytesMax)
    ) {
      this.history.dropOldest();
      dropped = true;
    }
    if (dropped) this.compactRevision = this.history.first;
  }

  /** Forgets history before `revision` (compactRevision < revision <= this.revision). */
  compact(revision: number): void {
    invariant(revision > this.compactRevision, "compact: revision must move forward");
    invariant(revision <= this.revision, "compact: revision must not be in the future");
    this.compactRevision = revision;
    this.history.dropBefore(revision);
  }

  checkInvariants(): void {
    invariant(this.keys.size === this.kvs.size, "state: key index and key map differ in size");
    let previous: string | undefined;
    for (const key of this.keys.keysIn({ start: "", end: undefined })) {
      invariant(previous === undefined || compareKeys(previous, key) < 0, "state: key index out of order");
      previous = key;
      const kv = this.kvs.get(key);
      invariant(kv !== undefined, "state: indexed key missing from the key map");
      this.checkKeyValue(key, kv);
    }
    for (const lease of this.leases.values()) {
      for (const key of lease.keys) {
        invariant(this.kvs.get(key)?.lease === lease.id, "state: lease lists a key not attached to it");
      }
    }
    this.checkHistory();
  }

  private checkKeyValue(key: string, kv: KeyValue): void {
    invariant(kv.key === key, "state: key-value stored under another key");
    invariant(kv.createRevision >= 1, "state: createRevision < 1");
    invariant(kv.createRevision <= kv.modRevision, "state: createRevision > modRevision");
    invariant(kv.modRevision <= this.revision, "state: modRevision in the future");
    invariant(kv.version >= 1, "state: live key with version < 1");
    if (kv.lease !== 0) {
      invariant(this.leases.get(kv.lease)?.keys.has(key) === true, "state: key attached to a missing lease");
    }
  }

  private checkHistory(): void {
    invariant(this.compactRevision <= this.revision, "state: compactRevision in the future");
    invariant(this.requests.size <= this.requests.clientsMax, "state: dedup table over its bound");
    if (this.revision === 1) {
      invariant(this.history.length === 0, "state: history at revision 1");
      return;
    }
    invariant(this.history.first === Math.max(this.compactRevision, 2), "state: history starts off");
    invariant(this.history.last === this.revision, "state: history ends before the revision");
    for (let revision = this.history.first; revision <= this.revision; revision++) {
      const events = this.history.at(revision) ?? [];
      invariant(events.length > 0, "state: history revision without events");
      const seen = new Set<string>();
      for (const event of events) {
        invariant(event.kv.modRevision === revision, "state: event stamped with another revision");
        invariant(!seen.has(event.kv.key), "state: key changed twice in one revision");
        seen.add(event.kv.key);
      }
    }
  }
}

/**
 * Writes at revision `state.revision + 1`. Changes apply to the keyspace immediately (so a txn's
 * later range sees them); `commit` records them as one revision. Callers check every precondition
 * before the first write: a batch never fails halfway.
 */
export class WriteBatch {
  readonly revision: number;
  private readonly events: KvEvent[] = [];
  private readonly touched = new Set<string>();
  private committed = false;

  constructor(private readonly state: KvState) {
    this.revision = state.revision + 1;
  }

  /** Puts a key; returns the previous key-value. The lease (0 = none) must exist. */
  put(key: string, value: Uint8Array, lease: number): KeyValue | undefined {
    this.touch(key);
    const prev = this.state.kvs.get(key);
    const kv: KeyValue = {
      key,
      value,
      createRevision: prev?.createRevision ?? this.revision,
      modRevision: this.revision,
      version: (prev?.version ?? 0) + 1,
      lease,
    };
    if (prev === undefined) this.state.keys.add(key);
    else this.detach(prev);
    this.state.kvs.set(key, kv);
    if (lease !== 0) {
      const attached = this.state.leases.get(lease);
      invariant(attached !== undefined, "put: lease must be checked before writing");
      attached.keys.add(key);
    }
    this.events.push({ type: "PUT", kv, prevKv: prev });
    return prev;
  }

  /** Deletes a key if present; returns the deleted key-value. */
  delete(key: string): KeyValue | undefined {
    const prev = this.state.kvs.get(key);
    if (prev === undefined) return undefined;
    this.touch(key);
    this.detach(prev);
    this.state.kvs.delete(key);
    this.state.keys.delete(key);
    this.events.push({ type: "DELETE", kv: tombstone(key, this.revision), prevKv: prev });
    return prev;
  }

  /** Ends the batch: one new revision if anything changed. Returns the events. */
  commit(): readonly KvEvent[] {
    invariant(!this.committed, "write batch committed twice");
    this.committed = true;
    if (this.events.length > 0) this.state.commit(this.revision, this.events);
    return this.events;
  }

  private touch(key: string): void {
    invariant(!this.committed, "write after commit");
    invariant(!this.touched.has(key), "a key may change at most once per revision");
    this.touched.add(key);
  }

  private detach(prev: KeyValue): void {
    if (prev.lease === 0) return;
    const lease = this.state.leases.get(prev.lease);
    invariant(lease !== undefined, "a key's lease must exist");
    lease.keys.delete(prev.key);
  }
}

/** The tombstone of a deleted key, as DELETE events carry it. */
export function tombstone(key: string, revision: number): KeyValue {
  return { key, value: EMPTY_VALUE, createRevision: 0, modRevision: revision, version: 0, lease: 0 };
}
