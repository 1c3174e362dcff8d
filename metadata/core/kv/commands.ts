/**
 * What each write command does to the state. Each handler checks every precondition first and
 * throws a MagnetarError (state untouched) when one fails; then it writes through one WriteBatch,
 * which cannot fail. Commands arrive already validated (validate.ts).
 */
import {
  InvalidArgumentError,
  LeaseNotFoundError,
  MagnetarError,
  unreachable,
  VersionMismatchError,
} from "../../../common/errors.js";
import { RevisionCompactedError } from "./errors.js";
import { compareBytes, compareKeys, isSingleKey, quoteKey, spanOf } from "./keys.js";
import { kvsAt, shapeRange } from "./range.js";
import { type KvState, WriteBatch } from "./state.js";
import {
  type CommandResponse,
  type CompactCommand,
  type Compare,
  type DeleteCommand,
  type KeySpan,
  type KeyValue,
  type KvCommand,
  type KvEvent,
  LEASES_MAX,
  type LeaseGrantCommand,
  type PutCommand,
  type TxnCommand,
  type TxnOp,
  type TxnOpResponse,
} from "./types.js";

export interface Executed {
  readonly response: CommandResponse;
  readonly events: readonly KvEvent[];
}

export function execute(state: KvState, command: KvCommand): Executed {
  switch (command.type) {
    case "put":
      return executePut(state, command);
    case "delete":
      return executeDelete(state, command);
    case "txn":
      return executeTxn(state, command);
    case "leaseGrant":
      return executeLeaseGrant(state, command);
    case "leaseRevoke":
    case "leaseExpire":
      return executeLeaseRevoke(state, command.id);
    case "compact":
      return executeCompact(state, command);
    default:
      return unreachable(command);
  }
}

function executePut(state: KvState, command: PutCommand): Executed {
  const prev = state.kvs.get(command.key);
  if (command.expectedVersion !== undefined) checkVersion("put", command.key, command.expectedVersion, prev);
  const lease = command.lease ?? 0;
  requireLease(state, lease);
  const batch = new WriteBatch(state);
  batch.put(command.key, copyBytes(command.value), lease);
  const events = batch.commit();
  return {
    response: {
      type: "put",
      revision: state.revision,
      prevKv: command.prevKv === true ? prev : undefined,
      kv: state.kvs.get(command.key),
    },
    events,
  };
}

function executeDelete(state: KvState, command: DeleteCommand): Executed {
  if (command.expectedVersion !== undefined) {
    checkVersion("delete", command.key, command.expectedVersion, state.kvs.get(command.key));
  }
  const batch = new WriteBatch(state);
  const deleted = deleteSpan(state, batch, command);
  const events = batch.commit();
  return {
    response: {
      type: "delete",
      revision: state.revision,
      deleted: deleted.length,
      prevKvs: command.prevKv === true ? deleted : [],
    },
    events,
  };
}

function executeTxn(state: KvState, command: TxnCommand): Executed {
  const succeeded = command.compares.every((compare) => compareHolds(state, compare));
  const ops = succeeded ? command.success : command.failure;
  for (const op of ops) if (op.type === "put") requireLease(state, op.lease ?? 0);
  const batch = new WriteBatch(state);
  // Revisions in op responses are only known after commit: fill them in afterwards.
  const partials = ops.map((op) => executeTxnOp(state, batch, op));
  const events = batch.commit();
  const revision = state.revision;
  // A branch writes each key at most once (checked before it runs), so a put's key as it is now
  // is the key as that put wrote it: its new version and create revision.
  const responses = partials.map((partial, i): TxnOpResponse => {
    const op = ops[i];
    return partial.type === "put" && op?.type === "put"
      ? { ...partial, revision, kv: state.kvs.get(op.key) }
      : { ...partial, revision };
  });
  return { response: { type: "txn", revision, succeeded, responses }, events };
}

type WithoutRevision<T> = T extends unknown ? Omit<T, "revision"> : never;

function executeTxnOp(state: KvState, batch: WriteBatch, op: TxnOp): WithoutRevision<TxnOpResponse> {
  switch (op.type) {
    case "range": {
      const { revision: _, ...range } = shapeRange(kvsAt(state, spanOf(op), state.revision), op, 0);
      return range;
    }
    case "put": {
      const prev = batch.put(op.key, copyBytes(op.value), op.lease ?? 0);
      return { type: "put", prevKv: op.prevKv === true ? prev : undefined };
    }
    case "delete": {
      const deleted = deleteSpan(state, batch, op);
      return { type: "delete", deleted: deleted.length, prevKvs: op.prevKv === true ? deleted : [] };
    }
    default:
      return unreachable(op);
  }
}

function executeLeaseGrant(state: KvState, command: LeaseGrantCommand): Executed {
  if (state.leases.has(command.id)) {
    throw new MagnetarError("ALREADY_EXISTS", `leaseGrant: lease ${command.id} already exists`);
  }
  if (state.leases.size >= LEASES_MAX) {
    throw new MagnetarError("RESOURCE_EXHAUSTED", `leaseGrant: already ${LEASES_MAX} leases (LEASES_MAX)`);
  }
  state.leases.set(command.id, { id: command.id, ttlMs: command.ttlMs, keys: new Set() });
  return {
    response: { type: "leaseGrant", revision: state.revision, id: command.id, ttlMs: command.ttlMs },
    events: [],
  };
}

/** Revoke and expire: delete every attached key (in key order) in one revision, then the lease. */
function executeLeaseRevoke(state: KvState, id: number): Executed {
  const lease = state.leases.get(id);
  if (lease === undefined) throw leaseNotFound(id);
  const keys = Array.from(lease.keys).sort(compareKeys);
  const batch = new WriteBatch(state);
  for (const key of keys) batch.delete(key);
  const events = batch.commit();
  state.leases.delete(id);
  return { response: { type: "leaseRevoke", revision: state.revision, id, deleted: keys.length }, events };
}

function executeCompact(state: KvState, command: CompactCommand): Executed {
  if (command.revision <= state.compactRevision) {
    throw new RevisionCompactedError("compact", command.revision, state.compactRevision);
  }
  if (command.revision > state.revision) {
    throw new InvalidArgumentError(
      `compact: revision ${command.revision} is in the future (current revision ${state.revision})`,
    );
  }
  state.compact(command.revision);
  return {
    response: { type: "compact", revision: state.revision, compactRevision: state.compactRevision },
    events: [],
  };
}

function deleteSpan(state: KvState, batch: WriteBatch, selector: KeySpan): KeyValue[] {
  const keys = isSingleKey(selector) ? [selector.key] : state.keysIn(spanOf(selector));
  const deleted: KeyValue[] = [];
  for (const key of keys) {
    const prev = batch.delete(key);
    if (prev !== undefined) deleted.push(prev);
  }
  return deleted;
}

/** etcd semantics: every key in the span must satisfy the compare; see Compare. */
export function compareHolds(state: KvState, compare: Compare): boolean {
  const kvs = isSingleKey(compare)
    ? [state.kvs.get(compare.key)].filter((kv): kv is KeyValue => kv !== undefined)
    : kvsAt(state, spanOf(compare), state.revision);
  if (kvs.length === 0) {
    if (compare.target === "VALUE") return false;
    return compareResult(0 - compare.value, compare.result);
  }
  return kvs.every((kv) => compareResult(compareTarget(kv, compare), compare.result));
}

/** Sign of (the key's target - the compare's value). */
function compareTarget(kv: KeyValue, compare: Compare): number {
  switch (compare.target) {
    case "VALUE":
      return compareBytes(kv.value, compare.value);
    case "VERSION":
      return kv.version - compare.value;
    case "CREATE_REVISION":
      return kv.createRevision - compare.value;
    case "MOD_REVISION":
      return kv.modRevision - compare.value;
    case "LEASE":
      return kv.lease - compare.value;
    default:
      return unreachable(compare);
  }
}

function compareResult(difference: number, result: Compare["result"]): boolean {
  switch (result) {
    case "EQUAL":
      return difference === 0;
    case "NOT_EQUAL":
      return difference !== 0;
    case "GREATER":
      return difference > 0;
    case "LESS":
      return difference < 0;
    default:
      return unreachable(result);
  }
}

function checkVersion(what: string, key: string, expected: number, prev: KeyValue | undefined): void {
  const found = prev?.version ?? 0;
  if (found === expected) return;
  const describe = (version: number) => (version === 0 ? "0 (absent)" : String(version));
  throw new VersionMismatchError(
    `${what} ${quoteKey(key)}: expected version ${describe(expected)}, found version ${describe(found)}`,
  );
}

function requireLease(state: KvState, lease: number): void {
  if (lease !== 0 && !state.leases.has(lease)) throw leaseNotFound(lease);
}

function leaseNotFound(id: number): MagnetarError {
  return new LeaseNotFoundError(`lease ${id} not found (never granted, revoked or expired)`);
}

/**
 * The store keeps its own copy: callers (gRPC decoding) may hand in views of pooled buffers that
 * are reused after the call.
 */
function copyBytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value);
}
