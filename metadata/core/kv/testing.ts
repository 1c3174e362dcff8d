/**
 * Test support for the KV state machine (not part of the public surface): a store driver that
 * numbers Raft indexes, fast-check arbitraries for commands, and comparable dumps of state.
 */
import fc from "fast-check";
import { KvStore } from "./store.js";
import type {
  ApplyResult,
  CommandResponse,
  Compare,
  KeySpan,
  KeyValue,
  KvCommand,
  KvEvent,
  KvStoreLimits,
  LeaseInfo,
  RequestId,
  TxnOp,
} from "./types.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function text(value: Uint8Array): string {
  return decoder.decode(value);
}

/** A store plus the next Raft index, so tests can apply commands in order. */
export class Driver {
  index = 0;

  constructor(readonly store: KvStore = new KvStore()) {
    this.index = store.appliedIndex;
  }

  static withLimits(limits: Partial<KvStoreLimits>): Driver {
    return new Driver(new KvStore(limits));
  }

  apply(command: KvCommand): ApplyResult {
    this.index += 1;
    return this.store.apply(this.index, command);
  }

  /** Applies and asserts success; returns the response. */
  ok(command: KvCommand): CommandResponse {
    const result = this.apply(command);
    if (!result.ok) throw result.error;
    return result.response;
  }

  put(key: string, value: string, extra: Partial<Omit<Extract<KvCommand, { type: "put" }>, "type">> = {}) {
    return this.ok({ type: "put", key, value: bytes(value), ...extra });
  }

  keys(prefix = ""): string[] {
    return this.store.range({ key: prefix, prefix: true }).kvs.map((kv) => kv.key);
  }
}

// --- comparable forms

export interface Dump {
  readonly revision: number;
  readonly compactRevision: number;
  readonly appliedIndex: number;
  readonly kvs: readonly KeyValue[];
  readonly leases: readonly LeaseInfo[];
  readonly history: readonly (readonly KvEvent[])[];
}

export function dump(store: KvStore): Dump {
  const history: (readonly KvEvent[])[] = [];
  for (let r = Math.max(store.compactRevision, 2); r <= store.revision; r++) history.push(store.eventsAt(r));
  return {
    revision: store.revision,
    compactRevision: store.compactRevision,
    appliedIndex: store.appliedIndex,
    kvs: store.range({ key: "", prefix: true }).kvs,
    leases: store.leases(),
    history,
  };
}

/** An ApplyResult with its error reduced to code and message (error objects compare poorly). */
export function comparable(result: ApplyResult): unknown {
  if (result.ok) return result;
  const { error, ...rest } = result;
  return { ...rest, error: { code: error.code, message: error.message } };
}

// --- arbitraries: a small keyspace so that commands collide often

const KEYS = ["/a", "/a/b", "/a/c", "/ab", "/b", "/b/a", "/c"] as const;
const PREFIXES = ["", "/a", "/a/", "/b", "/z"] as const;

const keyArb = fc.constantFrom(...KEYS);
const valueArb = fc.uint8Array({ maxLength: 3 });
const leaseIdArb = fc.integer({ min: 1, max: 3 });
const flagArb = fc.option(fc.boolean(), { nil: undefined });

const spanArb: fc.Arbitrary<KeySpan> = fc.oneof(
  keyArb.map((key) => ({ key })),
  fc.constantFrom(...PREFIXES).map((key) => ({ key, prefix: true })),
  fc
    .tuple(keyArb, keyArb)
    .filter(([a, b]) => a < b)
    .map(([key, rangeEnd]) => ({ key, rangeEnd })),
);

/** Mostly absent; seqs collide often (replays) and sometimes go back (stale). */
const requestIdArb: fc.Arbitrary<RequestId | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record({
      clientId: fc.constantFrom("c1", "c2", "c3"),
      seq: fc.integer({ min: 1, max: 12 }),
    }),
  },
);

/** Absent three times out of four. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

const compareArb: fc.Arbitrary<Compare> = fc.oneof(
  fc.record({
    key: keyArb,
    target: fc.constantFrom("VERSION", "CREATE_REVISION", "MOD_REVISION", "LEASE" as const),
    result: fc.constantFrom("EQUAL", "NOT_EQUAL", "GREATER", "LESS" as const),
    value: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    key: keyArb,
    target: fc.constant("VALUE" as const),
    result: fc.constantFrom("EQUAL", "NOT_EQUAL", "GREATER", "LESS" as const),
    value: valueArb,
  }),
  fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.constantFrom("EQUAL", "NOT_EQUAL", "GREATER", "LESS" as const),
      fc.integer({ min: 0, max: 6 }),
    )
    .map(([key, result, value]): Compare => ({ key, prefix: true, target: "VERSION", result, value })),
);

const txnOpArb: fc.Arbitrary<TxnOp> = fc.oneof(
  fc
    .tuple(keyArb, valueArb, rarely(leaseIdArb), flagArb)
    .map(([key, value, lease, prevKv]): TxnOp => ({ type: "put", key, value, lease, prevKv })),
  fc.tuple(spanArb, flagArb).map(([span, prevKv]): TxnOp => ({ type: "delete", ...span, prevKv })),
  fc
    .tuple(spanArb, fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), flagArb)
    .map(([span, limit, keysOnly]): TxnOp => ({ type: "range", ...span, limit, keysOnly })),
);

export const commandArb: fc.Arbitrary<KvCommand> = fc.oneof(
  { weight: 6, arbitrary: putArb() },
  { weight: 2, arbitrary: deleteArb() },
  {
    weight: 3,
    arbitrary: fc
      .record({
        compares: fc.array(compareArb, { maxLength: 2 }),
        success: fc.array(txnOpArb, { maxLength: 3 }),
        failure: fc.array(txnOpArb, { maxLength: 3 }),
        requestId: requestIdArb,
      })
      .map((txn): KvCommand => ({ type: "txn", ...txn })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ id: leaseIdArb, ttlMs: fc.integer({ min: 1, max: 5000 }), requestId: requestIdArb })
      .map((grant): KvCommand => ({ type: "leaseGrant", ...grant })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        type: fc.constantFrom("leaseRevoke", "leaseExpire" as const),
        id: leaseIdArb,
        requestId: requestIdArb,
      })
      .map((revoke): KvCommand => revoke),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ revision: fc.integer({ min: 1, max: 16 }), requestId: requestIdArb })
      .map((compact): KvCommand => ({ type: "compact", ...compact })),
  },
);

function putArb(): fc.Arbitrary<KvCommand> {
  return fc
    .record({
      key: keyArb,
      value: valueArb,
      lease: rarely(leaseIdArb),
      expectedVersion: rarely(fc.integer({ min: 0, max: 3 })),
      prevKv: flagArb,
      requestId: requestIdArb,
    })
    .map((put): KvCommand => ({ type: "put", ...put }));
}

function deleteArb(): fc.Arbitrary<KvCommand> {
  return fc
    .tuple(spanArb, flagArb, requestIdArb, rarely(fc.integer({ min: 0, max: 2 })))
    .map(([span, prevKv, requestId, expectedVersion]): KvCommand => {
      // expectedVersion is only valid on a single key; keep some invalid ones to exercise the error.
      const single = span.prefix === undefined && span.rangeEnd === undefined;
      const cas = single || expectedVersion === 2 ? expectedVersion : undefined;
      return { type: "delete", ...span, prevKv, requestId, expectedVersion: cas };
    });
}

export const commandsArb = fc.array(commandArb, { minLength: 1, maxLength: 80, size: "large" });
