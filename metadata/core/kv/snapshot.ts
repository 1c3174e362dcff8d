/**
 * Snapshot encoding of the whole replicated state: keys, revisions, leases, the compacted
 * revision, the full event history (so watchers and old reads keep working across a restore) and
 * the dedup table. Equal states give equal bytes.
 *
 * Format version 1. Integers are unsigned LEB128 varints; strings are a varint byte length then
 * UTF-8; bytes are a varint length then the bytes; a "ref" is an index into the key-value table,
 * and "ref+1" is 0 for none. Every key-value appears once in the table, however many places
 * (keyspace, history, remembered responses) share it: a key-value is identified by (key,
 * modRevision, whether its value is empty), because one put makes one key-value.
 *
 *   u8   format version = 1
 *   appliedIndex, revision, compactRevision, historyEventsMax, historyBytesMax, dedupClientsMax
 *   table:   count; per key-value: string key, bytes value, createRevision, modRevision, version, lease
 *   keys:    count; per live key, in key order: ref
 *   leases:  count; per lease, by ascending id: id, ttlMs   (attached keys are rebuilt from the
 *            live key-values' lease fields)
 *   history: first revision (0 = empty), revision count; per revision: event count; per event:
 *            u8 0 = PUT: ref, prevKv ref+1 | u8 1 = DELETE: prevKv ref (the tombstone is rebuilt)
 *   dedup:   count; per client, least recently used first: string clientId, seq, index, outcome
 *   outcome: u8 0 = error: string code, string message | u8 1 = ok: response
 *   response: u8 tag, then
 *            1 put: revision, prevKv ref+1          2 delete: revision, deleted, count, refs
 *            3 range: revision, u8 more, count, kv count, refs
 *            4 txn: revision, u8 succeeded, count, responses (tags 1-3)
 *            5 leaseGrant: revision, id, ttlMs     6 leaseRevoke: revision, id, deleted
 *            7 compact: revision, compactRevision
 *
 * Decoding checks every field and then every state invariant; malformed or inconsistent bytes
 * throw InvalidArgumentError (never a crash), so a bad InstallSnapshot can be refused.
 */
import {
  errorFromCode,
  InvalidArgumentError,
  InvariantViolation,
  invariant,
  isErrorCode,
  unreachable,
} from "../../../common/errors.js";
import { ByteReader, ByteWriter } from "./codec.js";
import { compareKeys } from "./keys.js";
import { KvState, tombstone } from "./state.js";
import type { CommandResponse, KeyValue, KvEvent, Outcome, TxnOpResponse } from "./types.js";

export const SNAPSHOT_FORMAT_VERSION = 2;

const RESPONSE_TAGS = {
  put: 1,
  delete: 2,
  range: 3,
  txn: 4,
  leaseGrant: 5,
  leaseRevoke: 6,
  compact: 7,
} as const satisfies Record<CommandResponse["type"], number>;

/** Assigns table positions to key-values as the body refers to them. */
class KvTable {
  readonly kvs: KeyValue[] = [];
  private readonly positions = new Map<string, number>();

  ref(kv: KeyValue): number {
    const id = `${kv.modRevision}/${kv.value.length === 0 ? 0 : 1}/${kv.key}`;
    let position = this.positions.get(id);
    if (position === undefined) {
      position = this.kvs.length;
      this.kvs.push(kv);
      this.positions.set(id, position);
    }
    return position;
  }

  optionalRef(kv: KeyValue | undefined): number {
    return kv === undefined ? 0 : this.ref(kv) + 1;
  }
}

export function encodeSnapshot(state: KvState): Uint8Array {
  const table = new KvTable();
  const body = new ByteWriter();
  body.uint(state.kvs.size);
  for (const key of state.keys.keysIn({ start: "", end: undefined })) {
    body.uint(table.ref(state.kvs.get(key) as KeyValue));
  }
  const leaseIds = Array.from(state.leases.keys()).sort((a, b) => a - b);
  body.uint(leaseIds.length);
  for (const id of leaseIds) {
    body.uint(id);
    body.uint(state.leases.get(id)?.ttlMs ?? 0);
  }
  writeHistory(body, table, state);
  body.uint(state.requests.size);
  for (const window of state.requests.windows()) {
    body.string(window.clientId);
    body.uint(window.floor);
    body.uint(window.requests.length);
    for (const entry of window.requests) {
      body.uint(entry.seq);
      body.uint(entry.index);
      writeOutcome(body, table, entry.outcome);
    }
  }

  const out = new ByteWriter();
  out.u8(SNAPSHOT_FORMAT_VERSION);
  for (const n of [state.appliedIndex, state.revision, state.compactRevision]) out.uint(n);
  const { historyEventsMax, historyBytesMax, dedupClientsMax } = state.limits;
  for (const n of [historyEventsMax, historyBytesMax, dedupClientsMax]) out.uint(n);
  out.uint(table.kvs.length);
  for (const kv of table.kvs) {
    out.string(kv.key);
    out.bytes(kv.value);
    for (const n of [kv.createRevision, kv.modRevision, kv.version, kv.lease]) out.uint(n);
  }
  out.raw(body.finish());
  return out.finish();
}

function writeHistory(out: ByteWriter, table: KvTable, state: KvState): void {
  const { history } = state;
  out.uint(history.first);
  out.uint(history.length);
  for (let revision = history.first; revision <= history.last && history.length > 0; revision++) {
    const events = history.at(revision) ?? [];
    out.uint(events.length);
    for (const event of events) {
      if (event.type === "PUT") {
        out.u8(0);
        out.uint(table.ref(event.kv));
        out.uint(table.optionalRef(event.prevKv));
      } else {
        invariant(event.prevKv !== undefined, "snapshot: a DELETE event without prevKv");
        out.u8(1);
        out.uint(table.ref(event.prevKv));
      }
    }
  }
}

function writeOutcome(out: ByteWriter, table: KvTable, outcome: Outcome): void {
  if (!outcome.ok) {
    out.u8(0);
    out.string(outcome.error.code);
    out.string(outcome.error.message);
    return;
  }
  out.u8(1);
  writeResponse(out, table, outcome.response);
}

function writeResponse(out: ByteWriter, table: KvTable, response: CommandResponse): void {
  out.u8(RESPONSE_TAGS[response.type]);
  out.uint(response.revision);
  switch (response.type) {
    case "put":
      out.uint(table.optionalRef(response.prevKv));
      out.uint(table.optionalRef(response.kv));
      return;
    case "delete":
      out.uint(response.deleted);
      writeRefs(out, table, response.prevKvs);
      return;
    case "range":
      out.bool(response.more);
      out.uint(response.count);
      writeRefs(out, table, response.kvs);
      return;
    case "txn":
      out.bool(response.succeeded);
      out.uint(response.responses.length);
      for (const op of response.responses) writeResponse(out, table, op);
      return;
    case "leaseGrant":
      out.uint(response.id);
      out.uint(response.ttlMs);
      return;
    case "leaseRevoke":
      out.uint(response.id);
      out.uint(response.deleted);
      return;
    case "compact":
      out.uint(response.compactRevision);
      return;
    default:
      unreachable(response);
  }
}

function writeRefs(out: ByteWriter, table: KvTable, kvs: readonly KeyValue[]): void {
  out.uint(kvs.length);
  for (const kv of kvs) out.uint(table.ref(kv));
}

/** Decodes and checks a snapshot; throws InvalidArgumentError when malformed or inconsistent. */
export function decodeSnapshot(bytes: Uint8Array): KvState {
  if (!(bytes instanceof Uint8Array)) throw new InvalidArgumentError("kv snapshot must be bytes");
  const reader = new ByteReader(bytes, "kv snapshot");
  const version = reader.u8();
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    reader.fail(`format version ${version}, this build reads version ${SNAPSHOT_FORMAT_VERSION}`);
  }
  try {
    const state = readState(reader);
    reader.end();
    state.checkInvariants();
    return state;
  } catch (error) {
    if (!(error instanceof InvariantViolation)) throw error;
    throw new InvalidArgumentError(`kv snapshot is inconsistent: ${error.message}`, { cause: error });
  }
}

function readState(reader: ByteReader): KvState {
  const [appliedIndex, revision, compactRevision] = [reader.uint(), reader.uint(), reader.uint()];
  const limits = {
    historyEventsMax: reader.uint(),
    historyBytesMax: reader.uint(),
    dedupClientsMax: reader.uint(),
  };
  const state = new KvState(limits);
  state.appliedIndex = appliedIndex;
  state.revision = revision;
  state.compactRevision = compactRevision;
  const table = readTable(reader);
  const refs = new RefReader(reader, table);
  const liveCount = reader.count();
  let previousKey: string | undefined;
  for (let i = 0; i < liveCount; i++) {
    const kv = refs.ref();
    if (previousKey !== undefined && compareKeys(previousKey, kv.key) >= 0) {
      reader.fail(`key ${JSON.stringify(kv.key)} out of order`);
    }
    previousKey = kv.key;
    state.kvs.set(kv.key, kv);
    state.keys.add(kv.key);
  }
  const leaseCount = reader.count();
  for (let i = 0; i < leaseCount; i++) {
    const id = reader.uint();
    if (id === 0 || state.leases.has(id)) reader.fail(`lease id ${id} is 0 or listed twice`);
    state.leases.set(id, { id, ttlMs: reader.uint(), keys: new Set() });
  }
  for (const kv of state.kvs.values()) {
    if (kv.lease === 0) continue;
    const lease = state.leases.get(kv.lease);
    if (lease === undefined)
      reader.fail(`key ${JSON.stringify(kv.key)} is attached to missing lease ${kv.lease}`);
    lease.keys.add(kv.key);
  }
  readHistory(reader, refs, state);
  const clientCount = reader.count();
  for (let i = 0; i < clientCount; i++) {
    const clientId = reader.string();
    const floor = reader.uint();
    const count = reader.count();
    const requests = [];
    for (let j = 0; j < count; j++) {
      const [seq, index] = [reader.uint(), reader.uint()];
      requests.push({ clientId, seq, index, outcome: readOutcome(reader, refs) });
    }
    state.requests.restore(clientId, floor, requests);
  }
  return state;
}

function readTable(reader: ByteReader): KeyValue[] {
  const count = reader.count();
  const table: KeyValue[] = [];
  for (let i = 0; i < count; i++) {
    const key = reader.string();
    const value = reader.bytes();
    const [createRevision, modRevision, version, lease] = [
      reader.uint(),
      reader.uint(),
      reader.uint(),
      reader.uint(),
    ];
    table.push({ key, value, createRevision, modRevision, version, lease });
  }
  return table;
}

class RefReader {
  constructor(
    private readonly reader: ByteReader,
    private readonly table: readonly KeyValue[],
  ) {}

  ref(): KeyValue {
    const position = this.reader.uint();
    const kv = this.table[position];
    if (kv === undefined)
      this.reader.fail(`key-value ref ${position} outside a table of ${this.table.length}`);
    return kv;
  }

  optionalRef(): KeyValue | undefined {
    const position = this.reader.uint();
    if (position === 0) return undefined;
    const kv = this.table[position - 1];
    if (kv === undefined)
      this.reader.fail(`key-value ref ${position - 1} outside a table of ${this.table.length}`);
    return kv;
  }

  refs(): KeyValue[] {
    const count = this.reader.count();
    return Array.from({ length: count }, () => this.ref());
  }
}

function readHistory(reader: ByteReader, refs: RefReader, state: KvState): void {
  const first = reader.uint();
  const length = reader.count();
  for (let i = 0; i < length; i++) {
    const revision = first + i;
    const eventCount = reader.count();
    const events: KvEvent[] = [];
    for (let j = 0; j < eventCount; j++) {
      const type = reader.u8();
      if (type === 0) {
        const kv = refs.ref();
        events.push({ type: "PUT", kv, prevKv: refs.optionalRef() });
      } else if (type === 1) {
        const prevKv = refs.ref();
        events.push({ type: "DELETE", kv: tombstone(prevKv.key, revision), prevKv });
      } else {
        reader.fail(`unknown event type ${type}`);
      }
    }
    if (events.length === 0) reader.fail(`history revision ${revision} without events`);
    state.history.append(revision, events);
  }
}

function readOutcome(reader: ByteReader, refs: RefReader): Outcome {
  const tag = reader.u8();
  if (tag === 0) {
    const code = reader.string();
    const message = reader.string();
    if (!isErrorCode(code)) reader.fail(`unknown error code ${JSON.stringify(code)}`);
    return { ok: false, error: errorFromCode(code, message) };
  }
  if (tag !== 1) reader.fail(`unknown outcome tag ${tag}`);
  return { ok: true, response: readResponse(reader, refs, true) };
}

function readResponse(reader: ByteReader, refs: RefReader, topLevel: boolean): CommandResponse {
  const tag = reader.u8();
  if (!topLevel && tag !== RESPONSE_TAGS.put && tag !== RESPONSE_TAGS.delete && tag !== RESPONSE_TAGS.range) {
    reader.fail(`response tag ${tag} inside a txn response`);
  }
  const revision = reader.uint();
  switch (tag) {
    case RESPONSE_TAGS.put:
      return { type: "put", revision, prevKv: refs.optionalRef(), kv: refs.optionalRef() };
    case RESPONSE_TAGS.delete:
      return { type: "delete", revision, deleted: reader.uint(), prevKvs: refs.refs() };
    case RESPONSE_TAGS.range:
      return { type: "range", revision, more: reader.bool(), count: reader.uint(), kvs: refs.refs() };
    case RESPONSE_TAGS.txn: {
      const succeeded = reader.bool();
      const count = reader.count();
      const responses = Array.from(
        { length: count },
        () => readResponse(reader, refs, false) as TxnOpResponse,
      );
      return { type: "txn", revision, succeeded, responses };
    }
    case RESPONSE_TAGS.leaseGrant:
      return { type: "leaseGrant", revision, id: reader.uint(), ttlMs: reader.uint() };
    case RESPONSE_TAGS.leaseRevoke:
      return { type: "leaseRevoke", revision, id: reader.uint(), deleted: reader.uint() };
    case RESPONSE_TAGS.compact:
      return { type: "compact", revision, compactRevision: reader.uint() };
    default:
      return reader.fail(`unknown response tag ${tag}`);
  }
}
