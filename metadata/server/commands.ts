/**
 * Conversions between the gRPC messages of proto/metadata.proto and the KV state machine's
 * commands and responses, and the encoding of commands in Raft log entries (a MetadataCommand
 * protobuf: the stable log format).
 */
import { InvalidArgumentError } from "../../common/errors.js";
import type { Compare__Output } from "../../proto/gen/magnetar/v1/Compare.js";
import type { DeleteRequest__Output } from "../../proto/gen/magnetar/v1/DeleteRequest.js";
import type { Event } from "../../proto/gen/magnetar/v1/Event.js";
import type { KeyValue } from "../../proto/gen/magnetar/v1/KeyValue.js";
import type {
  MetadataCommand,
  MetadataCommand__Output,
} from "../../proto/gen/magnetar/v1/MetadataCommand.js";
import type { PutRequest__Output } from "../../proto/gen/magnetar/v1/PutRequest.js";
import type { RangeRequest__Output } from "../../proto/gen/magnetar/v1/RangeRequest.js";
import type { RequestId__Output } from "../../proto/gen/magnetar/v1/RequestId.js";
import type { RequestOp__Output } from "../../proto/gen/magnetar/v1/RequestOp.js";
import type { ResponseOp } from "../../proto/gen/magnetar/v1/ResponseOp.js";
import type { TxnRequest__Output } from "../../proto/gen/magnetar/v1/TxnRequest.js";
import { messageCodec } from "../../proto/index.js";
import type {
  CommandResponse,
  Compare,
  CompareResult,
  KvCommand,
  KvEvent,
  KeyValue as KvKeyValue,
  RequestId,
  TxnOp,
  TxnOpResponse,
} from "../core/kv/index.js";

const utf8 = (b: Buffer): string => b.toString("utf8");

export function requestIdFromWire(r: RequestId__Output | null): RequestId | undefined {
  if (!r || r.clientId === "") return undefined;
  return {
    clientId: r.clientId,
    seq: r.seq,
    ...(r.minPendingSeq > 0 ? { minPendingSeq: r.minPendingSeq } : {}),
  };
}

function span(r: { key: Buffer; rangeEnd: Buffer; prefix: boolean }) {
  return {
    key: utf8(r.key),
    ...(r.rangeEnd.length > 0 ? { rangeEnd: utf8(r.rangeEnd) } : {}),
    ...(r.prefix ? { prefix: true } : {}),
  };
}

export function rangeFromWire(r: RangeRequest__Output) {
  return {
    ...span(r),
    ...(r.limit > 0 ? { limit: r.limit } : {}),
    ...(r.keysOnly ? { keysOnly: true } : {}),
    ...(r.countOnly ? { countOnly: true } : {}),
    ...(r.revision > 0 ? { revision: r.revision } : {}),
  };
}

export function putFromWire(r: PutRequest__Output): KvCommand {
  const requestId = requestIdFromWire(r.requestId);
  return {
    type: "put",
    key: utf8(r.key),
    value: r.value,
    ...(r.lease !== 0 ? { lease: r.lease } : {}),
    ...(r.expectedVersion !== undefined ? { expectedVersion: r.expectedVersion } : {}),
    ...(r.prevKv ? { prevKv: true } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export function deleteFromWire(r: DeleteRequest__Output): KvCommand {
  const requestId = requestIdFromWire(r.requestId);
  return {
    type: "delete",
    ...span(r),
    ...(r.expectedVersion !== undefined ? { expectedVersion: r.expectedVersion } : {}),
    ...(r.prevKv ? { prevKv: true } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

const COMPARE_RESULTS: Record<string, CompareResult> = {
  EQUAL: "EQUAL",
  NOT_EQUAL: "NOT_EQUAL",
  GREATER: "GREATER",
  LESS: "LESS",
};

function compareFromWire(c: Compare__Output): Compare {
  const result = COMPARE_RESULTS[c.result];
  if (!result)
    throw new InvalidArgumentError(
      `compare on ${utf8(c.key)}: result must be EQUAL, NOT_EQUAL, GREATER or LESS`,
    );
  const base = { key: utf8(c.key), result };
  const operand: Record<string, string> = {
    VERSION: "version",
    CREATE_REVISION: "createRevision",
    MOD_REVISION: "modRevision",
    VALUE: "value",
    LEASE: "lease",
  };
  if (operand[c.target] !== undefined && c.targetUnion !== operand[c.target]) {
    throw new InvalidArgumentError(
      `compare on ${utf8(c.key)}: target ${c.target} needs its operand "${operand[c.target]}" set, got ${c.targetUnion ?? "none"}`,
    );
  }
  switch (c.target) {
    case "VERSION":
      return { ...base, target: "VERSION", value: c.version ?? 0 };
    case "CREATE_REVISION":
      return { ...base, target: "CREATE_REVISION", value: c.createRevision ?? 0 };
    case "MOD_REVISION":
      return { ...base, target: "MOD_REVISION", value: c.modRevision ?? 0 };
    case "LEASE":
      return { ...base, target: "LEASE", value: c.lease ?? 0 };
    case "VALUE":
      return { ...base, target: "VALUE", value: c.value ?? Buffer.alloc(0) };
    default:
      throw new InvalidArgumentError(
        `compare on ${utf8(c.key)}: target must be VERSION, CREATE_REVISION, MOD_REVISION, VALUE or LEASE`,
      );
  }
}

function refuseInTxn(what: string, set: boolean, field: string): void {
  if (set) throw new InvalidArgumentError(`a txn ${what} must not set ${field} (use compares instead)`);
}

function opFromWire(op: RequestOp__Output): TxnOp {
  if (op.requestRange) {
    const r = op.requestRange;
    refuseInTxn("range", r.revision !== 0, "revision");
    refuseInTxn("range", r.serializable, "serializable");
    return { type: "range", ...rangeFromWire(r) };
  }
  if (op.requestPut) {
    const p = op.requestPut;
    refuseInTxn("put", p.expectedVersion !== undefined, "expected_version");
    refuseInTxn("put", p.requestId !== null && p.requestId.clientId !== "", "request_id");
    return {
      type: "put",
      key: utf8(p.key),
      value: p.value,
      ...(p.lease !== 0 ? { lease: p.lease } : {}),
      ...(p.prevKv ? { prevKv: true } : {}),
    };
  }
  if (op.requestDelete) {
    const d = op.requestDelete;
    refuseInTxn("delete", d.expectedVersion !== undefined, "expected_version");
    refuseInTxn("delete", d.requestId !== null && d.requestId.clientId !== "", "request_id");
    return { type: "delete", ...span(d), ...(d.prevKv ? { prevKv: true } : {}) };
  }
  throw new InvalidArgumentError("a txn op must be one of request_range, request_put, request_delete");
}

export function txnFromWire(r: TxnRequest__Output): KvCommand {
  const requestId = requestIdFromWire(r.requestId);
  return {
    type: "txn",
    compares: r.compares.map(compareFromWire),
    success: r.success.map(opFromWire),
    failure: r.failure.map(opFromWire),
    ...(requestId ? { requestId } : {}),
  };
}

// ---- log entry encoding ----

const commandCodec = (() => {
  let codec: ReturnType<typeof messageCodec<MetadataCommand, MetadataCommand__Output>> | undefined;
  return () => {
    codec ??= messageCodec<MetadataCommand, MetadataCommand__Output>("MetadataCommand");
    return codec;
  };
})();

function kvOut(kv: KvKeyValue): KeyValue {
  return {
    key: Buffer.from(kv.key, "utf8"),
    value: Buffer.from(kv.value.buffer, kv.value.byteOffset, kv.value.byteLength),
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    lease: kv.lease,
  };
}

function spanOut(s: { key: string; rangeEnd?: string; prefix?: boolean }) {
  return {
    key: Buffer.from(s.key, "utf8"),
    rangeEnd: Buffer.from(s.rangeEnd ?? "", "utf8"),
    prefix: s.prefix ?? false,
  };
}

function opToWire(op: TxnOp) {
  switch (op.type) {
    case "range":
      return {
        requestRange: {
          ...spanOut(op),
          limit: op.limit ?? 0,
          keysOnly: op.keysOnly ?? false,
          countOnly: op.countOnly ?? false,
        },
      };
    case "put":
      return {
        requestPut: {
          key: Buffer.from(op.key, "utf8"),
          value: op.value,
          lease: op.lease ?? 0,
          prevKv: op.prevKv ?? false,
        },
      };
    case "delete":
      return { requestDelete: { ...spanOut(op), prevKv: op.prevKv ?? false } };
  }
}

function compareToWire(c: Compare) {
  const base = { key: Buffer.from(c.key, "utf8"), target: c.target, result: c.result };
  switch (c.target) {
    case "VALUE":
      return { ...base, value: c.value };
    case "VERSION":
      return { ...base, version: c.value };
    case "CREATE_REVISION":
      return { ...base, createRevision: c.value };
    case "MOD_REVISION":
      return { ...base, modRevision: c.value };
    case "LEASE":
      return { ...base, lease: c.value };
  }
}

/** KvCommand -> MetadataCommand bytes for a Raft entry. */
export function encodeCommand(cmd: KvCommand): Uint8Array {
  const requestId = cmd.requestId
    ? {
        clientId: cmd.requestId.clientId,
        seq: cmd.requestId.seq,
        minPendingSeq: cmd.requestId.minPendingSeq ?? 0,
      }
    : null;
  let body: Omit<MetadataCommand, "requestId">;
  switch (cmd.type) {
    case "put":
      body = {
        put: {
          key: Buffer.from(cmd.key, "utf8"),
          value: cmd.value,
          lease: cmd.lease ?? 0,
          prevKv: cmd.prevKv ?? false,
          ...(cmd.expectedVersion === undefined ? {} : { expectedVersion: cmd.expectedVersion }),
        },
      };
      break;
    case "delete":
      body = {
        delete: {
          ...spanOut(cmd),
          prevKv: cmd.prevKv ?? false,
          ...(cmd.expectedVersion === undefined ? {} : { expectedVersion: cmd.expectedVersion }),
        },
      };
      break;
    case "txn":
      body = {
        txn: {
          compares: cmd.compares.map(compareToWire),
          success: cmd.success.map(opToWire),
          failure: cmd.failure.map(opToWire),
        },
      };
      break;
    case "leaseGrant":
      body = { leaseGrant: { id: cmd.id, ttlMs: cmd.ttlMs } };
      break;
    case "leaseRevoke":
      body = { leaseRevoke: { id: cmd.id } };
      break;
    case "leaseExpire":
      body = { leaseExpire: { id: cmd.id } };
      break;
    case "compact":
      body = { compact: { revision: cmd.revision } };
      break;
  }
  return commandCodec().encode({ requestId, ...body });
}

/** MetadataCommand bytes -> KvCommand. */
export function decodeCommand(bytes: Uint8Array): KvCommand {
  const m = commandCodec().decode(bytes);
  const requestId = requestIdFromWire(m.requestId);
  const rid = requestId ? { requestId } : {};
  switch (m.command) {
    case "put":
      return { ...putFromWire(m.put as PutRequest__Output), ...rid } as KvCommand;
    case "delete":
      return { ...deleteFromWire(m.delete as DeleteRequest__Output), ...rid } as KvCommand;
    case "txn":
      return { ...txnFromWire(m.txn as TxnRequest__Output), ...rid } as KvCommand;
    case "leaseGrant":
      return { type: "leaseGrant", id: m.leaseGrant?.id ?? 0, ttlMs: m.leaseGrant?.ttlMs ?? 0, ...rid };
    case "leaseRevoke":
      return { type: "leaseRevoke", id: m.leaseRevoke?.id ?? 0, ...rid };
    case "leaseExpire":
      return { type: "leaseExpire", id: m.leaseExpire?.id ?? 0, ...rid };
    case "compact":
      return { type: "compact", revision: m.compact?.revision ?? 0, ...rid };
    default:
      throw new InvalidArgumentError(`log entry holds no known command (${String(m.command)})`);
  }
}

// ---- responses ----

export function kvToWire(kv: KvKeyValue): KeyValue {
  return kvOut(kv);
}

export function eventToWire(e: KvEvent): Event {
  return { type: e.type, kv: kvOut(e.kv), prevKv: e.prevKv ? kvOut(e.prevKv) : null };
}

export function responseOpToWire(r: TxnOpResponse): ResponseOp {
  switch (r.type) {
    case "range":
      return { responseRange: { kvs: r.kvs.map(kvOut), more: r.more, count: r.count } };
    case "put":
      return {
        responsePut: {
          prevKv: r.prevKv ? kvOut(r.prevKv) : null,
          modRevision: r.revision,
          version: r.kv?.version ?? 0,
          createRevision: r.kv?.createRevision ?? 0,
        },
      };
    case "delete":
      return { responseDelete: { deleted: r.deleted, prevKvs: r.prevKvs.map(kvOut) } };
  }
}

export type { CommandResponse };
