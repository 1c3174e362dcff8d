/**
 * Workloads of `magnetar bench`, in the shape of the OpenMessaging Benchmark's workload files (same
 * camelCase field names, so an OMB workload file runs as it is) plus our own fields for batching,
 * compression, replication and the subscription type.
 *
 * A workload is resolved in layers: built-in defaults, then a named workload or a YAML/JSON file,
 * then command-line flags. Every layer is checked field by field, and the result as a whole, so a
 * mistake is reported naming the field (or flag) and what it accepts.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { type Compression, SUBSCRIPTION_TYPES, type SubscriptionType } from "../../client/index.js";
import { ConfigError } from "../../common/config.js";
import { NAMED_WORKLOADS } from "./named.js";

export const KEY_DISTRIBUTORS = ["NO_KEY", "KEY_ROUND_ROBIN", "RANDOM_NANO"] as const;
export type KeyDistributor = (typeof KEY_DISTRIBUTORS)[number];
export const COMPRESSION_CODECS: readonly Compression[] = ["none", "lz4", "zstd"];

export interface Workload {
  readonly name: string;
  readonly topics: number;
  /** 0 or 1: a non-partitioned topic (as OMB's Pulsar driver does for 1). */
  readonly partitionsPerTopic: number;
  readonly messageSize: number;
  /** Payload bytes come from this file; otherwise `messageSize` random bytes. */
  readonly payloadFile?: string;
  readonly producersPerTopic: number;
  readonly subscriptionsPerTopic: number;
  readonly consumerPerSubscription: number;
  /** Messages per second over all producers; 0 = as fast as possible. */
  readonly producerRate: number;
  readonly testDurationMinutes: number;
  readonly warmupDurationMinutes: number;
  /** > 0: build this backlog (summed over subscriptions) with consumers away, then drain it. */
  readonly consumerBacklogSizeGB: number;
  readonly keyDistributor: KeyDistributor;
  readonly batchingMaxMessages: number;
  readonly batchingMaxPublishDelayMs: number;
  readonly compression: Compression;
  /** Replication of the benchmark namespace's ledgers; absent = the brokers' defaults. */
  readonly ensembleSize?: number;
  readonly writeQuorum?: number;
  readonly ackQuorum?: number;
  /** Absent in input: Exclusive with one consumer per subscription, Shared with more. */
  readonly subscriptionType: SubscriptionType;
}

/** One layer: any subset of the fields. */
export type WorkloadInput = { -readonly [K in keyof Workload]?: Workload[K] };

type FieldSpec =
  | { readonly kind: "int"; readonly min: number; readonly max?: number; readonly note?: string }
  | { readonly kind: "number"; readonly min: number; readonly above?: boolean; readonly note?: string }
  | { readonly kind: "string" }
  | { readonly kind: "choice"; readonly values: readonly string[] };

/** Every accepted field and the values it takes; anything else in a file is an error. */
export const WORKLOAD_FIELDS: { readonly [K in keyof Workload]-?: FieldSpec } = {
  name: { kind: "string" },
  topics: { kind: "int", min: 1, max: 1_000_000 },
  partitionsPerTopic: { kind: "int", min: 0, max: 10_000, note: "0 or 1 = not partitioned" },
  messageSize: { kind: "int", min: 1, max: 5 * 1024 * 1024 },
  payloadFile: { kind: "string" },
  producersPerTopic: { kind: "int", min: 0, max: 10_000 },
  subscriptionsPerTopic: { kind: "int", min: 0, max: 10_000 },
  consumerPerSubscription: { kind: "int", min: 1, max: 10_000 },
  producerRate: { kind: "number", min: 0, note: "messages/s over all producers, 0 = as fast as possible" },
  testDurationMinutes: { kind: "number", min: 0, above: true },
  warmupDurationMinutes: { kind: "number", min: 0 },
  consumerBacklogSizeGB: { kind: "number", min: 0, note: "0 = no backlog phase" },
  keyDistributor: { kind: "choice", values: KEY_DISTRIBUTORS },
  batchingMaxMessages: { kind: "int", min: 1, max: 100_000 },
  batchingMaxPublishDelayMs: { kind: "int", min: 0, max: 60_000 },
  compression: { kind: "choice", values: COMPRESSION_CODECS },
  ensembleSize: { kind: "int", min: 1, max: 32 },
  writeQuorum: { kind: "int", min: 1, max: 32 },
  ackQuorum: { kind: "int", min: 1, max: 32 },
  subscriptionType: { kind: "choice", values: SUBSCRIPTION_TYPES },
};

export const FIELD_NAMES = Object.keys(WORKLOAD_FIELDS) as (keyof Workload)[];

/** Used for every field neither the workload nor the flags set. */
export const DEFAULT_WORKLOAD: Omit<Workload, "subscriptionType"> = {
  name: "custom",
  topics: 1,
  partitionsPerTopic: 1,
  messageSize: 1024,
  producersPerTopic: 1,
  subscriptionsPerTopic: 1,
  consumerPerSubscription: 1,
  producerRate: 0,
  testDurationMinutes: 1,
  warmupDurationMinutes: 0.5,
  consumerBacklogSizeGB: 0,
  keyDistributor: "NO_KEY",
  batchingMaxMessages: 1000,
  batchingMaxPublishDelayMs: 1,
  compression: "none",
};

export class WorkloadError extends ConfigError {
  constructor(message: string) {
    super(message);
    this.name = "WorkloadError";
  }
}

/** What a field accepts, in words: "an integer from 1 to 32", "one of NO_KEY, ...". */
export function describeField(spec: FieldSpec): string {
  switch (spec.kind) {
    case "int":
      return `an integer from ${spec.min} to ${spec.max ?? "any"}${spec.note ? ` (${spec.note})` : ""}`;
    case "number":
      return `a number ${spec.above ? ">" : ">="} ${spec.min}${spec.note ? ` (${spec.note})` : ""}`;
    case "string":
      return "a string";
    case "choice":
      return `one of ${spec.values.join(", ")}`;
  }
}

/**
 * Checks one value against its field's spec. Strings are accepted for numbers (flags arrive as
 * text); choices match case-insensitively and come back in their canonical spelling.
 * Throws WorkloadError("must be ..., got ...") without the field's name: the caller adds it.
 */
export function checkFieldValue<K extends keyof Workload>(field: K, value: unknown): Workload[K] {
  const spec = WORKLOAD_FIELDS[field];
  const got = typeof value === "string" ? JSON.stringify(value) : String(value);
  const fail = (): never => {
    throw new WorkloadError(`must be ${describeField(spec)}, got ${got}`);
  };
  switch (spec.kind) {
    case "int":
    case "number": {
      const n =
        typeof value === "number"
          ? value
          : typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
            ? Number(value)
            : Number.NaN;
      if (!Number.isFinite(n) || n < spec.min) fail();
      if (spec.kind === "int" && (!Number.isSafeInteger(n) || n > (spec.max ?? Number.MAX_SAFE_INTEGER)))
        fail();
      if (spec.kind === "number" && spec.above && n <= spec.min) fail();
      return n as Workload[K];
    }
    case "string":
      if (typeof value !== "string" || value.length === 0) fail();
      return value as Workload[K];
    case "choice": {
      const found =
        typeof value === "string"
          ? spec.values.find((v) => v.toLowerCase() === value.toLowerCase())
          : undefined;
      return (found ?? fail()) as Workload[K];
    }
  }
}

/** Levenshtein distance, for "did you mean" on a misspelt field. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

function suggestion(name: string): string {
  const best = FIELD_NAMES.map((f) => ({ f, d: distance(name.toLowerCase(), f.toLowerCase()) })).sort(
    (x, y) => x.d - y.d,
  )[0];
  return best && best.d <= 3 ? ` (did you mean "${best.f}"?)` : "";
}

/** Checks a parsed workload document (an object of fields), naming `source` in every error. */
export function checkWorkloadObject(doc: unknown, source: string): WorkloadInput {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new WorkloadError(
      `${source}: expected a mapping of workload fields (name: ..., topics: ..., ...), got ${Array.isArray(doc) ? "a list" : JSON.stringify(doc)}`,
    );
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!(key in WORKLOAD_FIELDS))
      throw new WorkloadError(
        `${source}: unknown field "${key}"${suggestion(key)}; allowed fields: ${FIELD_NAMES.join(", ")}`,
      );
    const field = key as keyof Workload;
    try {
      out[field] = checkFieldValue(field, value);
    } catch (err) {
      throw new WorkloadError(`${source}: field "${field}" ${(err as Error).message}`);
    }
  }
  return out as WorkloadInput;
}

/** Parses a YAML or JSON workload file (JSON is YAML). */
export function parseWorkloadText(text: string, source: string): WorkloadInput {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new WorkloadError(`${source} is not valid YAML or JSON: ${(err as Error).message.split("\n")[0]}`);
  }
  return checkWorkloadObject(doc, source);
}

export function readWorkloadFile(path: string): WorkloadInput {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new WorkloadError(`cannot read workload file ${path}: ${(err as Error).message}`);
  }
  const input = parseWorkloadText(text, `workload file ${path}`);
  return { name: basename(path, extname(path)), ...input };
}

/** A named workload, or a file when `ref` is not one (a name wins over a file of that name). */
export function loadWorkload(ref: string): WorkloadInput {
  const named = NAMED_WORKLOADS[ref];
  if (named) return { ...named };
  if (existsSync(ref)) return readWorkloadFile(ref);
  throw new WorkloadError(
    `unknown workload "${ref}": not a file, and not a named workload (${Object.keys(NAMED_WORKLOADS).join(", ")})`,
  );
}

/** Layers (later wins) on top of the defaults, then the checks that span fields. */
export function resolveWorkload(...layers: readonly WorkloadInput[]): Workload {
  const merged: WorkloadInput = { ...DEFAULT_WORKLOAD };
  for (const layer of layers)
    for (const [k, v] of Object.entries(layer))
      if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  // Every field, whatever layer it came from (a file, flags, `bench run`'s own flags), meets its spec.
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined) continue;
    try {
      (merged as Record<string, unknown>)[k] = checkFieldValue(k as keyof Workload, v);
    } catch (err) {
      throw new WorkloadError(`workload ${merged.name ?? "custom"}: field "${k}" ${(err as Error).message}`);
    }
  }
  const w = merged as Omit<Workload, "subscriptionType"> & { subscriptionType?: SubscriptionType };
  const subscriptionType = w.subscriptionType ?? (w.consumerPerSubscription > 1 ? "Shared" : "Exclusive");
  const bad = (msg: string): never => {
    throw new WorkloadError(`workload ${w.name}: ${msg}`);
  };
  if (subscriptionType === "Exclusive" && w.consumerPerSubscription > 1)
    bad(
      `subscriptionType Exclusive allows one consumer per subscription, but consumerPerSubscription is ${w.consumerPerSubscription} (use Failover, Shared or Key_Shared)`,
    );
  if (w.producersPerTopic === 0 && w.subscriptionsPerTopic === 0)
    bad("producersPerTopic and subscriptionsPerTopic are both 0: nothing to measure");
  if (w.consumerBacklogSizeGB > 0 && (w.producersPerTopic === 0 || w.subscriptionsPerTopic === 0))
    bad("consumerBacklogSizeGB needs producersPerTopic >= 1 and subscriptionsPerTopic >= 1");
  const { ensembleSize: e, writeQuorum: wq, ackQuorum: a } = w;
  if (e !== undefined && wq !== undefined && wq > e)
    bad(`writeQuorum (${wq}) must not exceed ensembleSize (${e})`);
  if (wq !== undefined && a !== undefined && a > wq)
    bad(`ackQuorum (${a}) must not exceed writeQuorum (${wq})`);
  if (e !== undefined && a !== undefined && a > e)
    bad(`ackQuorum (${a}) must not exceed ensembleSize (${e})`);
  return { ...w, subscriptionType };
}

/**
 * The payload every producer sends: the payload file's bytes (messageSize becomes their length, as
 * the rates in MB/s must count what is sent), else messageSize random bytes, which compression
 * cannot shrink, so a codec's cost shows without its gain.
 */
export function loadPayload(
  w: Workload,
  random: (n: number) => Buffer,
): { workload: Workload; payload: Buffer } {
  if (w.payloadFile === undefined) return { workload: w, payload: random(w.messageSize) };
  let payload: Buffer;
  try {
    payload = readFileSync(w.payloadFile);
  } catch (err) {
    throw new WorkloadError(`payloadFile ${w.payloadFile} cannot be read: ${(err as Error).message}`);
  }
  if (payload.length === 0) throw new WorkloadError(`payloadFile ${w.payloadFile} is empty`);
  try {
    checkFieldValue("messageSize", payload.length);
  } catch (err) {
    throw new WorkloadError(
      `payloadFile ${w.payloadFile} is ${payload.length} bytes: as the message size it ${(err as Error).message}`,
    );
  }
  return { workload: { ...w, messageSize: payload.length }, payload };
}
