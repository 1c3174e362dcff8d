/**
 * KvStore: the metadata KV state machine, applied identically on every Raft member. Pure and
 * deterministic: no clock, randomness or I/O; the same commands at the same indexes give the same
 * state, results and snapshot bytes on every member.
 *
 * - `apply(index, command)` never throws for operating errors: the result carries them, and the
 *   state is then unchanged (except `appliedIndex` and the dedup table). It throws
 *   InvariantViolation only for bugs (e.g. an index that does not increase).
 * - `range(request)` throws operating errors (INVALID_ARGUMENT, COMPACTED).
 * - The store keeps the event history that watches replay (it implements WatchSource); a
 *   WatchHub delivers it to watchers.
 */
import { InvalidArgumentError, invariant, MagnetarError } from "../../../common/errors.js";
import { execute } from "./commands.js";
import { RevisionCompactedError } from "./errors.js";
import { compareKeys, spanOf } from "./keys.js";
import { kvsAt, shapeRange } from "./range.js";
import { decodeSnapshot, encodeSnapshot } from "./snapshot.js";
import { KvState } from "./state.js";
import {
  type ApplyResult,
  DEFAULT_KV_STORE_LIMITS,
  type KeyValue,
  type KvCommand,
  type KvEvent,
  type KvStoreLimits,
  type LeaseInfo,
  type Outcome,
  type RangeRequest,
  type RangeResponse,
} from "./types.js";
import { validateCommand, validateRange, validateRequestId } from "./validate.js";
import type { WatchSource } from "./watch.js";

const NO_EVENTS: readonly KvEvent[] = [];

export class KvStore implements WatchSource {
  private state: KvState;

  constructor(limits: Partial<KvStoreLimits> = {}) {
    this.state = new KvState({ ...DEFAULT_KV_STORE_LIMITS, ...limits });
  }

  /** Rebuilds a store from `snapshot()` bytes; throws InvalidArgumentError when they are malformed. */
  static restore(bytes: Uint8Array): KvStore {
    const state = decodeSnapshot(bytes);
    const store = new KvStore(state.limits);
    store.state = state; // decodeSnapshot has checked every invariant
    return store;
  }

  /** The current revision: 1 for an empty store, +1 per command that changed a key. */
  get revision(): number {
    return this.state.revision;
  }

  /** Reads and watches below this revision fail with COMPACTED (0 = nothing compacted). */
  get compactRevision(): number {
    return this.state.compactRevision;
  }

  /** Raft index of the last applied command (0 = none). */
  get appliedIndex(): number {
    return this.state.appliedIndex;
  }

  get limits(): KvStoreLimits {
    return this.state.limits;
  }

  /** Number of live keys. */
  get size(): number {
    return this.state.kvs.size;
  }

  /**
   * Applies the command committed at Raft `index` (strictly greater than the last applied one;
   * gaps are fine: not every log entry is a KV command).
   */
  apply(index: number, command: KvCommand): ApplyResult {
    invariant(Number.isSafeInteger(index), "apply: index must be an integer");
    invariant(index > this.state.appliedIndex, "apply: Raft indexes must increase");
    this.state.appliedIndex = index;
    const requestId = command.requestId;
    if (requestId !== undefined) {
      const refused = catchOperatingError(() => validateRequestId(requestId));
      if (refused !== undefined) return this.result(index, { ok: false, error: refused }, NO_EVENTS, false);
      const check = this.state.requests.check(requestId);
      if (check.kind === "duplicate") return this.result(index, check.remembered.outcome, NO_EVENTS, true);
      if (check.kind === "stale") {
        const error = new InvalidArgumentError(
          `request id expired: request ${requestId.seq} of client ${JSON.stringify(requestId.clientId)} is below ` +
            `${check.forgottenBelow}, whose outcomes are forgotten; not applied (its outcome is unknown: re-read and decide)`,
        );
        return this.result(index, { ok: false, error }, NO_EVENTS, false);
      }
    }
    let events = NO_EVENTS;
    let outcome: Outcome;
    try {
      validateCommand(command);
      const executed = execute(this.state, command);
      events = executed.events;
      outcome = { ok: true, response: executed.response };
    } catch (error) {
      if (!(error instanceof MagnetarError)) throw error;
      outcome = { ok: false, error };
    }
    if (requestId !== undefined) this.state.requests.record(requestId, index, outcome);
    return this.result(index, outcome, events, false);
  }

  /** A read at the current revision, or at an older one not yet compacted. */
  range(request: RangeRequest): RangeResponse {
    validateRange(request);
    const revision =
      request.revision === undefined || request.revision === 0 ? this.revision : request.revision;
    if (revision > this.revision) {
      throw new InvalidArgumentError(
        `range: revision ${revision} is in the future (current revision ${this.revision})`,
      );
    }
    if (revision < this.compactRevision) {
      throw new RevisionCompactedError("range", revision, this.compactRevision);
    }
    return shapeRange(kvsAt(this.state, spanOf(request), revision), request, this.revision);
  }

  /** The current key-value of one key. */
  get(key: string): KeyValue | undefined {
    return this.state.kvs.get(key);
  }

  lease(id: number): LeaseInfo | undefined {
    const lease = this.state.leases.get(id);
    if (lease === undefined) return undefined;
    return { id: lease.id, ttlMs: lease.ttlMs, keys: Array.from(lease.keys).sort(compareKeys) };
  }

  /** Every lease, by ascending id. */
  leases(): LeaseInfo[] {
    const ids = Array.from(this.state.leases.keys()).sort((a, b) => a - b);
    return ids.map((id) => this.lease(id) as LeaseInfo);
  }

  /**
   * Events of one revision, for watches. `revision` must be held: compactRevision <= revision <=
   * the current revision. Revision 1 (the empty store) has none.
   */
  eventsAt(revision: number): readonly KvEvent[] {
    invariant(revision >= this.compactRevision, "eventsAt: revision compacted");
    invariant(revision <= this.revision, "eventsAt: revision in the future");
    if (revision <= 1) return NO_EVENTS;
    const events = this.state.history.at(revision);
    invariant(events !== undefined, "eventsAt: history misses a revision it must hold");
    return events;
  }

  /** Encodes the whole replicated state; see snapshot.ts for the format. */
  snapshot(): Uint8Array {
    return encodeSnapshot(this.state);
  }

  /** Checks every internal invariant (O(size)); for tests and after restore. */
  checkInvariants(): void {
    this.state.checkInvariants();
  }

  private result(
    index: number,
    outcome: Outcome,
    events: readonly KvEvent[],
    replayed: boolean,
  ): ApplyResult {
    const common = { index, revision: this.revision, events, replayed };
    return outcome.ok
      ? { ...common, ok: true, response: outcome.response }
      : { ...common, ok: false, error: outcome.error };
  }
}

function catchOperatingError(action: () => void): MagnetarError | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    if (error instanceof MagnetarError) return error;
    throw error;
  }
}
