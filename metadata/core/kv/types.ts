/**
 * Types of the metadata KV state machine (etcd's model: revisions, compare-and-set, leases,
 * watches). Everything here is plain data: commands go into the Raft log, responses go back to
 * the server, which maps them to proto messages.
 */
import type { MagnetarError } from "../../../common/errors.js";

/** Largest key, in UTF-8 bytes. */
export const KEY_BYTES_MAX = 4 * 1024;
/** Largest value, in bytes. */
export const VALUE_BYTES_MAX = 1024 * 1024;
/** Largest `requestId.clientId`, in UTF-8 bytes. */
export const CLIENT_ID_BYTES_MAX = 256;
/** Longest lease TTL: one year. */
export const LEASE_TTL_MS_MAX = 365 * 24 * 60 * 60 * 1000;
/** Most leases alive at once; a grant beyond it fails with RESOURCE_EXHAUSTED. */
export const LEASES_MAX = 100_000;
/** Most compares in one txn (etcd's default max-txn-ops). */
export const TXN_COMPARES_MAX = 128;
/** Most operations in one branch (success or failure) of a txn. */
export const TXN_OPS_MAX = 128;
/** As `rangeEnd`: every key >= `key` (etcd's convention). */
export const RANGE_END_ALL = "\u0000";

/**
 * One key at one revision. Immutable: the store shares these objects between the keyspace, the
 * watch history and responses, so callers must never mutate them (nor `value`'s bytes).
 */
export interface KeyValue {
  readonly key: string;
  readonly value: Uint8Array;
  /** Revision of the put that created the key (since its last deletion). */
  readonly createRevision: number;
  /** Revision of the last put to the key. */
  readonly modRevision: number;
  /** Number of puts since creation: 1 after the first put. A deleted key has none. */
  readonly version: number;
  /** Lease the key is attached to; 0 = none. */
  readonly lease: number;
}

export type EventType = "PUT" | "DELETE";

/**
 * A change to one key. For DELETE, `kv` is a tombstone: the key, `modRevision` = the deleting
 * revision, every other field 0 and an empty value (as in etcd).
 */
export interface KvEvent {
  readonly type: EventType;
  readonly kv: KeyValue;
  /** The key's value before this change; undefined when the key did not exist. */
  readonly prevKv: KeyValue | undefined;
}

/**
 * Which keys a request addresses:
 * - only `key`: that one key (must not be empty);
 * - `prefix: true`: every key that starts with `key` ("" = every key);
 * - `rangeEnd`: every key k with key <= k < rangeEnd (code-point order); `RANGE_END_ALL` means
 *   every key >= key.
 */
export interface KeySpan {
  readonly key: string;
  readonly rangeEnd?: string;
  readonly prefix?: boolean;
}

/**
 * Makes a retried write exactly-once: the store remembers the last `seq` applied per `clientId`
 * and its outcome. A client keeps at most one write in flight per clientId and numbers them
 * 1, 2, 3, ...; a retry reuses the seq.
 */
export interface RequestId {
  readonly clientId: string;
  readonly seq: number;
  /** The client's lowest seq still awaiting an outcome: outcomes below it may be forgotten. */
  readonly minPendingSeq?: number;
}

export interface PutCommand {
  readonly type: "put";
  readonly key: string;
  readonly value: Uint8Array;
  /** Lease to attach the key to; 0 or absent = none (a put without a lease detaches the key). */
  readonly lease?: number;
  /** Compare-and-set: the key's current version must equal this; 0 = the key must not exist. */
  readonly expectedVersion?: number;
  /** Return the previous key-value in the response. */
  readonly prevKv?: boolean;
  readonly requestId?: RequestId;
}

export interface DeleteCommand extends KeySpan {
  readonly type: "delete";
  /** Compare-and-delete, single key only: the key's version must equal this (0 = absent). */
  readonly expectedVersion?: number;
  /** Return the deleted key-values in the response. */
  readonly prevKv?: boolean;
  readonly requestId?: RequestId;
}

export type CompareTarget = "VERSION" | "CREATE_REVISION" | "MOD_REVISION" | "VALUE" | "LEASE";
export type CompareResult = "EQUAL" | "NOT_EQUAL" | "GREATER" | "LESS";

/**
 * `<key's target> <result> <value>`, e.g. VERSION EQUAL 0 ("absent"). Over a span, every key in
 * it must satisfy the compare. A missing key (or an empty span) compares as version, revisions and
 * lease 0; a VALUE compare on a missing key is false whatever the result (etcd semantics).
 */
export type Compare = CompareNumber | CompareValue;

export interface CompareNumber extends KeySpan {
  readonly target: "VERSION" | "CREATE_REVISION" | "MOD_REVISION" | "LEASE";
  readonly result: CompareResult;
  readonly value: number;
}

/** Values compare bytewise (lexicographic, unsigned). */
export interface CompareValue extends KeySpan {
  readonly target: "VALUE";
  readonly result: CompareResult;
  readonly value: Uint8Array;
}

export interface RangeOptions {
  /** Most key-values returned; 0 or absent = no limit. `more` tells whether some were left out. */
  readonly limit?: number;
  /** Return key-values with empty values. */
  readonly keysOnly?: boolean;
  /** Return only `count`, no key-values. */
  readonly countOnly?: boolean;
}

export interface TxnRangeOp extends KeySpan, RangeOptions {
  readonly type: "range";
}

export interface TxnPutOp {
  readonly type: "put";
  readonly key: string;
  readonly value: Uint8Array;
  readonly lease?: number;
  readonly prevKv?: boolean;
}

export interface TxnDeleteOp extends KeySpan {
  readonly type: "delete";
  readonly prevKv?: boolean;
}

/**
 * Ops run in order; a range sees the writes of earlier ops of the same txn. A branch may not put
 * one key twice nor put a key that one of its deletes covers (etcd's "duplicate key" rule), so
 * every key changes at most once per revision.
 */
export type TxnOp = TxnRangeOp | TxnPutOp | TxnDeleteOp;

export interface TxnCommand {
  readonly type: "txn";
  readonly compares: readonly Compare[];
  readonly success: readonly TxnOp[];
  readonly failure: readonly TxnOp[];
  readonly requestId?: RequestId;
}

/** `id` is chosen by the proposer (e.g. from the Raft index) or by the client; never 0. */
export interface LeaseGrantCommand {
  readonly type: "leaseGrant";
  readonly id: number;
  readonly ttlMs: number;
  readonly requestId?: RequestId;
}

/** Deletes the lease and every key attached to it, in one revision. */
export interface LeaseRevokeCommand {
  readonly type: "leaseRevoke";
  readonly id: number;
  readonly requestId?: RequestId;
}

/** Same effect as revoke; proposed by the leader when the lease's TTL ran out (see Lessor). */
export interface LeaseExpireCommand {
  readonly type: "leaseExpire";
  readonly id: number;
  readonly requestId?: RequestId;
}

/** Drops history older than `revision`: reads and watches below it then fail with COMPACTED. */
export interface CompactCommand {
  readonly type: "compact";
  readonly revision: number;
  readonly requestId?: RequestId;
}

export type KvCommand =
  | PutCommand
  | DeleteCommand
  | TxnCommand
  | LeaseGrantCommand
  | LeaseRevokeCommand
  | LeaseExpireCommand
  | CompactCommand;

export type CommandType = KvCommand["type"];

/** A read. `revision` 0 or absent = the current revision. */
export interface RangeRequest extends KeySpan, RangeOptions {
  readonly revision?: number;
}

// --- responses: every one carries `revision`, the store revision after the command (the header
// revision of etcd's responses).

export interface RangeResponse {
  readonly type: "range";
  readonly revision: number;
  /** In key order; at most `limit`. Empty for countOnly. */
  readonly kvs: readonly KeyValue[];
  /** True when the range holds more keys than were returned. */
  readonly more: boolean;
  /** Number of keys in the range (ignoring `limit`). */
  readonly count: number;
}

export interface PutResponse {
  readonly type: "put";
  readonly revision: number;
  /** Only when asked for with `prevKv`, and the key existed. */
  readonly prevKv: KeyValue | undefined;
  /** The key as written (its new version and create revision). */
  readonly kv?: KeyValue | undefined;
}

export interface DeleteResponse {
  readonly type: "delete";
  readonly revision: number;
  readonly deleted: number;
  /** Only when asked for with `prevKv`; in key order. */
  readonly prevKvs: readonly KeyValue[];
}

export type TxnOpResponse = RangeResponse | PutResponse | DeleteResponse;

export interface TxnResponse {
  readonly type: "txn";
  readonly revision: number;
  /** Whether every compare held (the success branch ran). */
  readonly succeeded: boolean;
  /** One per op of the branch that ran, in order. */
  readonly responses: readonly TxnOpResponse[];
}

export interface LeaseGrantResponse {
  readonly type: "leaseGrant";
  readonly revision: number;
  readonly id: number;
  readonly ttlMs: number;
}

/** For both leaseRevoke and leaseExpire. */
export interface LeaseRevokeResponse {
  readonly type: "leaseRevoke";
  readonly revision: number;
  readonly id: number;
  /** Keys deleted with the lease. */
  readonly deleted: number;
}

export interface CompactResponse {
  readonly type: "compact";
  readonly revision: number;
  readonly compactRevision: number;
}

export type CommandResponse =
  | TxnOpResponse
  | TxnResponse
  | LeaseGrantResponse
  | LeaseRevokeResponse
  | CompactResponse;

/** What a command did: a response, or the operating error it failed with (state unchanged). */
export type Outcome =
  | { readonly ok: true; readonly response: CommandResponse }
  | { readonly ok: false; readonly error: MagnetarError };

interface ApplyCommon {
  /** The Raft index this result belongs to. */
  readonly index: number;
  /** Store revision after this apply. */
  readonly revision: number;
  /**
   * The changes this apply made, all at `revision`; empty when nothing changed (a failure, a
   * replay, a lease grant, a compaction, a delete that matched nothing).
   */
  readonly events: readonly KvEvent[];
  /**
   * True when `requestId` had already been applied: the outcome is the remembered one and
   * nothing was applied again.
   */
  readonly replayed: boolean;
}

export interface ApplySuccess extends ApplyCommon {
  readonly ok: true;
  readonly response: CommandResponse;
}

export interface ApplyFailure extends ApplyCommon {
  readonly ok: false;
  readonly error: MagnetarError;
}

export type ApplyResult = ApplySuccess | ApplyFailure;

/** A lease as replicated state: no deadline (deadlines live in the leader's Lessor). */
export interface LeaseInfo {
  readonly id: number;
  readonly ttlMs: number;
  /** Attached keys, in key order. */
  readonly keys: readonly string[];
}

/**
 * Limits that shape replicated state. They are part of the state machine's definition, so every
 * member must use the same values; they are carried in snapshots so a restored store keeps them.
 */
export interface KvStoreLimits {
  /**
   * Watch/read history kept, in events. When exceeded, the oldest revisions are compacted away
   * automatically (the newest revision is always kept).
   */
  readonly historyEventsMax: number;
  /** Same, in approximate bytes (keys + values + 64 per event). */
  readonly historyBytesMax: number;
  /** Clients whose last request the dedup table remembers; least recently used evicted first. */
  readonly dedupClientsMax: number;
}

export const DEFAULT_KV_STORE_LIMITS: KvStoreLimits = {
  historyEventsMax: 100_000,
  historyBytesMax: 64 * 1024 * 1024,
  dedupClientsMax: 10_000,
};
