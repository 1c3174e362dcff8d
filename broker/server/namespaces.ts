/**
 * Tenants, namespaces, their policies and bundles, and partitioned-topic metadata, stored in the
 * metadata store (see docs/admin.md for the keyspace):
 *
 *   /tenants/<tenant>                     {adminRoles, allowedClusters}
 *   /policies/<tenant>/<namespace>        StoredPolicies (absent fields = broker defaults)
 *   /bundles/<tenant>/<namespace>         {bundles: ["0x00000000_0x10000000", ...]}
 *   /partitioned-topics/<full topic>      {partitions: N}
 *
 * Every read-modify-write is a compare-and-set on the key's version; creations are transactions
 * that compare version 0, so two concurrent admins never overwrite each other. Values read back
 * are validated: a corrupt record is an INTERNAL error naming the key, never a crash.
 */
import { InvalidArgumentError, MagnetarError, VersionMismatchError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import { type KeyValue, type MetadataStore, Watch } from "../../metadata/client/index.js";
import type { Compare } from "../../proto/gen/magnetar/v1/Compare.js";
import type { Policies__Output } from "../../proto/gen/magnetar/v1/Policies.js";
import type { RequestOp } from "../../proto/gen/magnetar/v1/RequestOp.js";
import {
  BUNDLE_COUNT_DEFAULT,
  BUNDLE_COUNT_MAX,
  type BundleRange,
  formatBundle,
  formatNamespaceName,
  formatTopicName,
  initialBundles,
  type NamespaceName,
  PARTITION_INDEX_MAX,
  parseBundle,
  parseTopicName,
  partitionedTopicOf,
  splitBundle as splitBundles,
  type TopicName,
  validateBundles,
} from "../core/index.js";

// ---------------------------------------------------------------------------------------------
// Keyspace
// ---------------------------------------------------------------------------------------------

export const TENANTS_PREFIX = "/tenants/";
export const POLICIES_PREFIX = "/policies/";
export const BUNDLES_PREFIX = "/bundles/";
export const PARTITIONED_TOPICS_PREFIX = "/partitioned-topics/";
/** The lead's managed-ledger records: `/managed-ledgers/<full topic name>`. */
export const MANAGED_LEDGERS_PREFIX = "/managed-ledgers/";
/** Bundle ownership: `/ownership/<tenant>/<namespace>/<bundle>`, JSON OwnershipRecord. */
export const OWNERSHIP_PREFIX = "/ownership/";
/** Live brokers: `/brokers/<id>`, JSON BrokerRecord. */
export const BROKERS_PREFIX = "/brokers/";

export const DEFAULT_TENANT_NAME = "public";
export const DEFAULT_NAMESPACE_NAME = "default";

export function tenantKey(tenant: string): string {
  return `${TENANTS_PREFIX}${tenant}`;
}
export function policiesKey(ns: NamespaceName): string {
  return `${POLICIES_PREFIX}${formatNamespaceName(ns)}`;
}
export function bundlesKey(ns: NamespaceName): string {
  return `${BUNDLES_PREFIX}${formatNamespaceName(ns)}`;
}
export function partitionedTopicKey(topic: TopicName): string {
  return `${PARTITIONED_TOPICS_PREFIX}${formatTopicName(topic)}`;
}
export function managedLedgerKey(topic: TopicName): string {
  return `${MANAGED_LEDGERS_PREFIX}${formatTopicName(topic)}`;
}
/** Prefix of the managed-ledger keys of a namespace's topics. */
export function managedLedgersPrefix(ns: NamespaceName): string {
  return `${MANAGED_LEDGERS_PREFIX}persistent://${formatNamespaceName(ns)}/`;
}
export function partitionedTopicsPrefix(ns: NamespaceName): string {
  return `${PARTITIONED_TOPICS_PREFIX}persistent://${formatNamespaceName(ns)}/`;
}
export function ownershipKey(ns: NamespaceName, bundle: string): string {
  return `${OWNERSHIP_PREFIX}${formatNamespaceName(ns)}/${bundle}`;
}
export function ownershipPrefix(ns: NamespaceName): string {
  return `${OWNERSHIP_PREFIX}${formatNamespaceName(ns)}/`;
}

/** JSON value of `/ownership/<tenant>/<namespace>/<bundle>`. */
export interface OwnershipRecord {
  readonly brokerId: string;
  readonly serviceAddress: string;
  readonly httpAddress: string;
}

/** JSON value of `/tenants/<tenant>`. */
export interface TenantRecord {
  readonly adminRoles: string[];
  readonly allowedClusters: string[];
}

/** JSON value of `/bundles/<tenant>/<namespace>`. */
export interface BundlesRecord {
  readonly bundles: string[];
}

/** JSON value of `/partitioned-topics/<topic>`. */
export interface PartitionedTopicRecord {
  readonly partitions: number;
}

// ---------------------------------------------------------------------------------------------
// Policies: stored form, validation, defaults
// ---------------------------------------------------------------------------------------------

export type BacklogQuotaPolicyName =
  | "PRODUCER_REQUEST_HOLD"
  | "PRODUCER_EXCEPTION"
  | "CONSUMER_BACKLOG_EVICTION";
export type AuthActionName = "AUTH_ACTION_PRODUCE" | "AUTH_ACTION_CONSUME";

export interface StoredDispatchRate {
  maxMessagesPerPeriod: number;
  maxBytesPerPeriod: number;
  periodSeconds: number;
}

/**
 * The stored policies: the proto `Policies` message as plain JSON (camelCase, 64-bit values as
 * numbers, enums by name). An absent field means the broker default. Assignable to the generated
 * `Policies` input type, so it can be returned in a NamespaceInfo as is.
 */
export interface StoredPolicies {
  retention?: { retentionTimeMinutes: number; retentionSizeMb: number };
  messageTtlSeconds?: number;
  backlogQuota?: { limitBytes: number; limitTimeSeconds: number; policy: BacklogQuotaPolicyName };
  deduplicationEnabled?: boolean;
  persistence?: {
    ensembleSize: number;
    writeQuorum: number;
    ackQuorum: number;
    markDeleteMaxRatePerSecond: number;
  };
  /** The count the namespace was created with (0 = 16); reported as the current count on reads. */
  bundles?: number;
  maxProducersPerTopic?: number;
  maxConsumersPerTopic?: number;
  maxConsumersPerSubscription?: number;
  maxMessageSizeBytes?: number;
  ledgerRollover?: { maxEntries: number; maxSizeMb: number; maxAgeMinutes: number };
  permissions?: Record<string, { actions: AuthActionName[] }>;
  delayedDeliveryEnabled?: boolean;
  topicDispatchRate?: StoredDispatchRate;
  subscriptionDispatchRate?: StoredDispatchRate;
  autoTopicCreationEnabled?: boolean;
}

export const MIB = 1024 * 1024;
/** Defaults of absent policy fields (docs/admin.md lists them). */
export const POLICY_DEFAULTS = {
  deduplication: true,
  maxMessageSizeBytes: 5 * MIB,
  rolloverMaxEntries: 50_000,
  rolloverMaxSizeBytes: 1024 * MIB,
  rolloverMaxAgeMs: 4 * 60 * 60 * 1000,
  autoTopicCreation: true,
  markDeleteMaxRatePerSecond: 1,
  delayedDelivery: true,
  bundles: BUNDLE_COUNT_DEFAULT,
} as const;

/** Limits checked by CreateNamespace and SetPolicies. */
export const POLICY_LIMITS = {
  messageTtlSecondsMax: 10 * 365 * 24 * 60 * 60,
  ensembleSizeMax: 32,
  rolesMax: 1024,
  roleLengthMax: 255,
  dispatchPeriodSecondsMax: 3600,
  markDeleteMaxRatePerSecondMax: 1000,
  rolloverMaxSizeMbMax: 1024 * 1024,
  int32Max: 2 ** 31 - 1,
} as const;

/** Tenant record limits (admin.proto TenantInfo). */
export const TENANT_LIMITS = { rolesMax: 256, clustersMax: 256, entryLengthMax: 255 } as const;

export interface ResolvedPolicies {
  readonly bundles: readonly BundleRange[];
  /** Default true. */
  readonly deduplication: boolean;
  /** 0 = broker default (resolved from live bookies by the broker). */
  readonly ensembleSize: number;
  readonly writeQuorum: number;
  readonly ackQuorum: number;
  /** Default 5 MiB. */
  readonly maxMessageSizeBytes: number;
  /** Defaults 50,000 entries, 1 GiB, 4 h. */
  readonly rollover: {
    readonly maxEntries: number;
    readonly maxSizeBytes: number;
    readonly maxAgeMs: number;
  };
  /** Default true. */
  readonly autoTopicCreation: boolean;
  /** 0 = unlimited. */
  readonly maxProducersPerTopic: number;
  readonly maxConsumersPerTopic: number;
  readonly maxConsumersPerSubscription: number;
  /** Default 10. */
  readonly markDeleteMaxRatePerSecond: number;
  /** 0 = none. */
  readonly messageTtlSeconds: number;
  /** -1 = no limit, 0 = acknowledged messages are not kept (the default for both). */
  readonly retention: { readonly timeMinutes: number; readonly sizeMb: number };
  /** Absent = no quota. */
  readonly backlogQuota:
    | {
        readonly limitBytes: number;
        readonly limitTimeSeconds: number;
        readonly policy: BacklogQuotaPolicyName;
      }
    | undefined;
  /** Default true. */
  readonly delayedDeliveryEnabled: boolean;
  readonly topicDispatchRate: StoredDispatchRate | undefined;
  readonly subscriptionDispatchRate: StoredDispatchRate | undefined;
  readonly permissions: Readonly<Record<string, { actions: AuthActionName[] }>>;
  /** The stored record, as is. */
  readonly stored: StoredPolicies;
  /** Metadata version of the policies record. */
  readonly version: number;
}

/** What a policy value may be before validation (wire or stored JSON). */
type Loose = Record<string, unknown> | null | undefined;

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function bad(field: string, expected: string, got: unknown): InstanceType<typeof InvalidArgumentError> {
  return new InvalidArgumentError(`policies.${field} must be ${expected}, got ${JSON.stringify(got)}`);
}

function int(field: string, value: unknown, min: number, max: number, expected?: string): number {
  const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min || n > max)
    throw bad(field, expected ?? `an integer ${min}..${max}`, value);
  return n;
}

function bool(field: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw bad(field, "true or false", value);
  return value;
}

function obj(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw bad(field, "an object", value);
  return value as Record<string, unknown>;
}

function retentionValue(field: string, value: unknown): number {
  return int(
    field,
    value ?? 0,
    -1,
    Number.MAX_SAFE_INTEGER,
    "-1 (no limit), 0 (not kept) or a positive integer",
  );
}

function dispatchRate(field: string, value: unknown): StoredDispatchRate {
  const r = obj(field, value);
  return {
    maxMessagesPerPeriod: int(
      `${field}.maxMessagesPerPeriod`,
      r.maxMessagesPerPeriod ?? 0,
      0,
      Number.MAX_SAFE_INTEGER,
      "an integer >= 0 (0 = unlimited)",
    ),
    maxBytesPerPeriod: int(
      `${field}.maxBytesPerPeriod`,
      r.maxBytesPerPeriod ?? 0,
      0,
      Number.MAX_SAFE_INTEGER,
      "an integer >= 0 (0 = unlimited)",
    ),
    periodSeconds: int(
      `${field}.periodSeconds`,
      r.periodSeconds ?? 0,
      0,
      POLICY_LIMITS.dispatchPeriodSecondsMax,
      `an integer 0..${POLICY_LIMITS.dispatchPeriodSecondsMax} (0 = 1)`,
    ),
  };
}

const BACKLOG_POLICIES: readonly BacklogQuotaPolicyName[] = [
  "PRODUCER_REQUEST_HOLD",
  "PRODUCER_EXCEPTION",
  "CONSUMER_BACKLOG_EVICTION",
];
const AUTH_ACTIONS: readonly AuthActionName[] = ["AUTH_ACTION_PRODUCE", "AUTH_ACTION_CONSUME"];

function enumName<T extends string>(field: string, value: unknown, names: readonly T[]): T {
  if (typeof value === "number" && Number.isInteger(value)) {
    // Numeric enum values index the proto enum; AUTH_ACTION_UNSPECIFIED (0) is not in `names`.
    const offset = names[0] === "AUTH_ACTION_PRODUCE" ? 1 : 0;
    const named = names[value - offset];
    if (named !== undefined) return named;
  }
  if (typeof value === "string" && (names as readonly string[]).includes(value)) return value as T;
  throw bad(field, `one of ${names.join(", ")}`, value);
}

/**
 * Validates policies from the wire (or stored JSON) and returns their stored form: absent fields
 * stay absent. Throws InvalidArgumentError naming the field and its allowed range.
 */
export function normalizePolicies(
  input: Policies__Output | StoredPolicies | Loose,
  maxMessageSizeCapBytes: number = POLICY_DEFAULTS.maxMessageSizeBytes,
): StoredPolicies {
  const p = (input ?? {}) as Record<string, unknown>;
  const out: StoredPolicies = {};
  if (present(p.retention)) {
    const r = obj("retention", p.retention);
    out.retention = {
      retentionTimeMinutes: retentionValue("retention.retentionTimeMinutes", r.retentionTimeMinutes),
      retentionSizeMb: retentionValue("retention.retentionSizeMb", r.retentionSizeMb),
    };
  }
  if (present(p.messageTtlSeconds))
    out.messageTtlSeconds = int(
      "messageTtlSeconds",
      p.messageTtlSeconds,
      0,
      POLICY_LIMITS.messageTtlSecondsMax,
      `an integer 0..${POLICY_LIMITS.messageTtlSecondsMax} (0 = no TTL, at most 10 years)`,
    );
  if (present(p.backlogQuota)) {
    const q = obj("backlogQuota", p.backlogQuota);
    out.backlogQuota = {
      limitBytes: int(
        "backlogQuota.limitBytes",
        q.limitBytes ?? 0,
        0,
        Number.MAX_SAFE_INTEGER,
        "an integer >= 0 (0 = no size limit)",
      ),
      limitTimeSeconds: int(
        "backlogQuota.limitTimeSeconds",
        q.limitTimeSeconds ?? 0,
        0,
        Number.MAX_SAFE_INTEGER,
        "an integer >= 0 (0 = no time limit)",
      ),
      policy: enumName("backlogQuota.policy", q.policy ?? "PRODUCER_REQUEST_HOLD", BACKLOG_POLICIES),
    };
  }
  if (present(p.deduplicationEnabled))
    out.deduplicationEnabled = bool("deduplicationEnabled", p.deduplicationEnabled);
  if (present(p.persistence)) {
    const e = obj("persistence", p.persistence);
    const max = POLICY_LIMITS.ensembleSizeMax;
    const ensembleSize = int(
      "persistence.ensembleSize",
      e.ensembleSize ?? 0,
      0,
      max,
      `an integer 0..${max} (0 = broker default)`,
    );
    const writeQuorum = int(
      "persistence.writeQuorum",
      e.writeQuorum ?? 0,
      0,
      max,
      `an integer 0..${max} (0 = broker default)`,
    );
    const ackQuorum = int(
      "persistence.ackQuorum",
      e.ackQuorum ?? 0,
      0,
      max,
      `an integer 0..${max} (0 = broker default)`,
    );
    if (ensembleSize > 0 && writeQuorum > ensembleSize)
      throw new InvalidArgumentError(
        `policies.persistence.writeQuorum (${writeQuorum}) must be at most ensembleSize (${ensembleSize})`,
      );
    if (writeQuorum > 0 && ackQuorum > writeQuorum)
      throw new InvalidArgumentError(
        `policies.persistence.ackQuorum (${ackQuorum}) must be at most writeQuorum (${writeQuorum})`,
      );
    if (ensembleSize > 0 && ackQuorum > ensembleSize)
      throw new InvalidArgumentError(
        `policies.persistence.ackQuorum (${ackQuorum}) must be at most ensembleSize (${ensembleSize})`,
      );
    const rate = e.markDeleteMaxRatePerSecond ?? 0;
    const rateMax = POLICY_LIMITS.markDeleteMaxRatePerSecondMax;
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0 || rate > rateMax)
      throw bad(
        "persistence.markDeleteMaxRatePerSecond",
        `a number 0..${rateMax} (0 = broker default)`,
        rate,
      );
    out.persistence = { ensembleSize, writeQuorum, ackQuorum, markDeleteMaxRatePerSecond: rate };
  }
  if (present(p.bundles) && p.bundles !== 0)
    out.bundles = int(
      "bundles",
      p.bundles,
      0,
      BUNDLE_COUNT_MAX,
      `an integer 1..${BUNDLE_COUNT_MAX} (0 = ${BUNDLE_COUNT_DEFAULT})`,
    );
  for (const field of [
    "maxProducersPerTopic",
    "maxConsumersPerTopic",
    "maxConsumersPerSubscription",
  ] as const) {
    if (present(p[field]))
      out[field] = int(
        field,
        p[field],
        0,
        POLICY_LIMITS.int32Max,
        `an integer 0..${POLICY_LIMITS.int32Max} (0 = unlimited)`,
      );
  }
  if (present(p.maxMessageSizeBytes) && p.maxMessageSizeBytes !== 0)
    out.maxMessageSizeBytes = int(
      "maxMessageSizeBytes",
      p.maxMessageSizeBytes,
      0,
      maxMessageSizeCapBytes,
      `an integer 0..${maxMessageSizeCapBytes} (0 = ${POLICY_DEFAULTS.maxMessageSizeBytes}, the broker's cap is ${maxMessageSizeCapBytes})`,
    );
  if (present(p.ledgerRollover)) {
    const r = obj("ledgerRollover", p.ledgerRollover);
    out.ledgerRollover = {
      maxEntries: int(
        "ledgerRollover.maxEntries",
        r.maxEntries ?? 0,
        0,
        Number.MAX_SAFE_INTEGER,
        "an integer >= 0 (0 = broker default)",
      ),
      maxSizeMb: int(
        "ledgerRollover.maxSizeMb",
        r.maxSizeMb ?? 0,
        0,
        POLICY_LIMITS.rolloverMaxSizeMbMax,
        `an integer 0..${POLICY_LIMITS.rolloverMaxSizeMbMax} (0 = broker default)`,
      ),
      maxAgeMinutes: int(
        "ledgerRollover.maxAgeMinutes",
        r.maxAgeMinutes ?? 0,
        0,
        POLICY_LIMITS.int32Max,
        "an integer >= 0 (0 = broker default)",
      ),
    };
  }
  if (present(p.permissions)) {
    const perms = obj("permissions", p.permissions);
    const roles = Object.keys(perms);
    if (roles.length > POLICY_LIMITS.rolesMax)
      throw bad("permissions", `at most ${POLICY_LIMITS.rolesMax} roles`, `${roles.length} roles`);
    if (roles.length > 0) {
      const stored: Record<string, { actions: AuthActionName[] }> = {};
      for (const role of roles.sort()) {
        if (role.length === 0 || role.length > POLICY_LIMITS.roleLengthMax)
          throw bad("permissions", `keyed by roles of 1..${POLICY_LIMITS.roleLengthMax} characters`, role);
        const entry = obj(`permissions[${role}]`, perms[role]);
        const actions = entry.actions ?? [];
        if (!Array.isArray(actions)) throw bad(`permissions[${role}].actions`, "a list", actions);
        const set = new Set(actions.map((a) => enumName(`permissions[${role}].actions`, a, AUTH_ACTIONS)));
        stored[role] = { actions: AUTH_ACTIONS.filter((a) => set.has(a)) };
      }
      out.permissions = stored;
    }
  }
  if (present(p.delayedDeliveryEnabled))
    out.delayedDeliveryEnabled = bool("delayedDeliveryEnabled", p.delayedDeliveryEnabled);
  if (present(p.topicDispatchRate))
    out.topicDispatchRate = dispatchRate("topicDispatchRate", p.topicDispatchRate);
  if (present(p.subscriptionDispatchRate))
    out.subscriptionDispatchRate = dispatchRate("subscriptionDispatchRate", p.subscriptionDispatchRate);
  if (present(p.autoTopicCreationEnabled))
    out.autoTopicCreationEnabled = bool("autoTopicCreationEnabled", p.autoTopicCreationEnabled);
  return out;
}

/** Stored policies with the broker defaults filled in. */
export function applyDefaults(
  stored: StoredPolicies,
  bundles: readonly BundleRange[],
  version: number,
): ResolvedPolicies {
  const rollover = stored.ledgerRollover;
  const persistence = stored.persistence;
  return {
    bundles,
    deduplication: stored.deduplicationEnabled ?? POLICY_DEFAULTS.deduplication,
    ensembleSize: persistence?.ensembleSize ?? 0,
    writeQuorum: persistence?.writeQuorum ?? 0,
    ackQuorum: persistence?.ackQuorum ?? 0,
    maxMessageSizeBytes: stored.maxMessageSizeBytes || POLICY_DEFAULTS.maxMessageSizeBytes,
    rollover: {
      maxEntries: rollover?.maxEntries || POLICY_DEFAULTS.rolloverMaxEntries,
      maxSizeBytes: rollover?.maxSizeMb ? rollover.maxSizeMb * MIB : POLICY_DEFAULTS.rolloverMaxSizeBytes,
      maxAgeMs: rollover?.maxAgeMinutes ? rollover.maxAgeMinutes * 60_000 : POLICY_DEFAULTS.rolloverMaxAgeMs,
    },
    autoTopicCreation: stored.autoTopicCreationEnabled ?? POLICY_DEFAULTS.autoTopicCreation,
    maxProducersPerTopic: stored.maxProducersPerTopic ?? 0,
    maxConsumersPerTopic: stored.maxConsumersPerTopic ?? 0,
    maxConsumersPerSubscription: stored.maxConsumersPerSubscription ?? 0,
    markDeleteMaxRatePerSecond:
      persistence?.markDeleteMaxRatePerSecond || POLICY_DEFAULTS.markDeleteMaxRatePerSecond,
    messageTtlSeconds: stored.messageTtlSeconds ?? 0,
    retention: {
      timeMinutes: stored.retention?.retentionTimeMinutes ?? 0,
      sizeMb: stored.retention?.retentionSizeMb ?? 0,
    },
    backlogQuota: stored.backlogQuota,
    delayedDeliveryEnabled: stored.delayedDeliveryEnabled ?? POLICY_DEFAULTS.delayedDelivery,
    topicDispatchRate: stored.topicDispatchRate,
    subscriptionDispatchRate: stored.subscriptionDispatchRate,
    permissions: stored.permissions ?? {},
    stored,
    version,
  };
}

// ---------------------------------------------------------------------------------------------
// Tenants
// ---------------------------------------------------------------------------------------------

const NAME_PART = /^[A-Za-z0-9_.=:-]{1,64}$/;

export function validateTenantName(name: string): void {
  if (!NAME_PART.test(name))
    throw new InvalidArgumentError(
      `invalid tenant name ${JSON.stringify(name.slice(0, 100))}: expected 1 to 64 characters of [A-Za-z0-9_.=:-]`,
    );
}

function stringList(field: string, value: unknown, max: number): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InvalidArgumentError(`tenant.${field} must be a list of strings`);
  if (value.length > max)
    throw new InvalidArgumentError(`tenant.${field} has ${value.length} entries, at most ${max} allowed`);
  const out = new Set<string>();
  for (const v of value) {
    if (typeof v !== "string" || v.length === 0 || v.length > TENANT_LIMITS.entryLengthMax)
      throw new InvalidArgumentError(
        `tenant.${field} entries must be 1 to ${TENANT_LIMITS.entryLengthMax} characters, got ${JSON.stringify(v)}`,
      );
    out.add(v);
  }
  return [...out].sort();
}

export function normalizeTenant(input: { adminRoles?: unknown; allowedClusters?: unknown }): TenantRecord {
  return {
    adminRoles: stringList("adminRoles", input.adminRoles, TENANT_LIMITS.rolesMax),
    allowedClusters: stringList("allowedClusters", input.allowedClusters, TENANT_LIMITS.clustersMax),
  };
}

export interface VersionedTenant extends TenantRecord {
  readonly name: string;
  readonly version: number;
}

export interface VersionedPolicies {
  readonly namespace: NamespaceName;
  /** Stored policies; `bundles` is the current bundle count. */
  readonly policies: StoredPolicies;
  readonly version: number;
}

/** A partitioned topic's maximum partition count (admin.proto CreateTopic). */
export const PARTITIONS_MAX = 1024;

export interface TopicEntry {
  /** Full name; base name for a partitioned topic. */
  readonly topic: string;
  /** 0 for a non-partitioned topic. */
  readonly partitions: number;
}

export interface NamespacesOptions {
  /** How long resolve() may serve a cached answer. Default 1 s; changes seen by the watch drop it at once. */
  readonly cacheTtlMs?: number;
  /** The broker's cap on policies.maxMessageSizeBytes. Default 5 MiB. */
  readonly maxMessageSizeCapBytes?: number;
  /** Watch /policies/ and /bundles/ to invalidate the cache and notify listeners. Default true. */
  readonly watch?: boolean;
}

/** Pause before re-opening a namespace watch that failed. */
const WATCH_RESTART_DELAY_MS = 200;

interface CacheEntry {
  readonly at: number;
  readonly value: Promise<ResolvedPolicies>;
}

function parseJson(kv: KeyValue): unknown {
  try {
    return JSON.parse(kv.value.toString("utf8"));
  } catch {
    throw new MagnetarError("INTERNAL", `metadata key ${kv.key} does not hold valid JSON`);
  }
}

function versionCompare(key: string, version: number): Compare {
  return {
    key: Buffer.from(key, "utf8"),
    target: "VERSION",
    result: "EQUAL",
    version,
    targetUnion: "version",
  };
}

function putOp(key: string, value: unknown): RequestOp {
  return { requestPut: { key: Buffer.from(key, "utf8"), value: Buffer.from(JSON.stringify(value), "utf8") } };
}

function deleteOp(key: string, prefix = false): RequestOp {
  return { requestDelete: { key: Buffer.from(key, "utf8"), prefix } };
}

/** Topic-name parsing that reports a corrupt key instead of throwing INVALID_ARGUMENT. */
function topicOfKey(name: string): TopicName | undefined {
  try {
    return parseTopicName(name);
  } catch {
    return undefined;
  }
}

export class Namespaces {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly cacheTtlMs: number;
  readonly maxMessageSizeCapBytes: number;
  private readonly watches: Watch[] = [];
  private readonly listeners = new Set<(ns: NamespaceName) => void>();
  private closed = false;

  constructor(
    private readonly store: MetadataStore,
    private readonly logger?: Logger,
    options: NamespacesOptions = {},
  ) {
    this.cacheTtlMs = options.cacheTtlMs ?? 1_000;
    this.maxMessageSizeCapBytes = options.maxMessageSizeCapBytes ?? POLICY_DEFAULTS.maxMessageSizeBytes;
    if (options.watch ?? true) {
      this.startWatch(POLICIES_PREFIX);
      this.startWatch(BUNDLES_PREFIX);
    }
  }

  /**
   * Calls `listener` with the namespace whenever its policies or bundles change (seen through a
   * metadata watch, from any broker). Returns the unsubscribe function.
   */
  onChange(listener: (ns: NamespaceName) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private startWatch(prefix: string): void {
    const run = async (): Promise<void> => {
      while (!this.closed) {
        const watch = new Watch(this.store, prefix, { prefix: true });
        this.watches.push(watch);
        try {
          for await (const batch of watch) {
            for (const event of batch.events) this.changed(event.kv.key.slice(prefix.length));
          }
          return;
        } catch (err) {
          if (this.closed) return;
          // Fell behind compaction or the store failed: drop the cache and watch again.
          this.logger?.warn({ err, prefix }, "namespace watch ended; restarting");
          this.cache.clear();
          // Pace restarts, should the store keep failing the watch at once.
          await new Promise((resolve) => setTimeout(resolve, WATCH_RESTART_DELAY_MS).unref());
        } finally {
          watch.cancel();
          const i = this.watches.indexOf(watch);
          if (i >= 0) this.watches.splice(i, 1);
        }
      }
    };
    void run();
  }

  private changed(nsName: string): void {
    this.cache.delete(nsName);
    const [tenant, namespace] = nsName.split("/");
    if (tenant === undefined || namespace === undefined) return;
    for (const l of this.listeners) {
      try {
        l({ tenant, namespace });
      } catch (err) {
        this.logger?.error({ err }, "namespace change listener failed");
      }
    }
  }

  private invalidate(ns: NamespaceName): void {
    this.cache.delete(formatNamespaceName(ns));
  }

  // --- tenants ---

  async getTenant(name: string): Promise<VersionedTenant> {
    validateTenantName(name);
    const kv = await this.store.get(tenantKey(name));
    if (!kv) throw new MagnetarError("TENANT_NOT_FOUND", `tenant ${name} does not exist`);
    const record = normalizeTenant(parseJson(kv) as Record<string, unknown>);
    return { name, ...record, version: kv.version };
  }

  async tenantExists(name: string): Promise<boolean> {
    return (await this.store.get(tenantKey(name))) !== undefined;
  }

  async listTenants(): Promise<string[]> {
    const { kvs } = await this.store.list(TENANTS_PREFIX, { keysOnly: true });
    return kvs
      .map((kv) => kv.key.slice(TENANTS_PREFIX.length))
      .filter((n) => !n.includes("/"))
      .sort();
  }

  async createTenant(
    name: string,
    record: { adminRoles?: unknown; allowedClusters?: unknown },
  ): Promise<VersionedTenant> {
    validateTenantName(name);
    const value = normalizeTenant(record);
    try {
      const res = await this.store.cas(tenantKey(name), 0, JSON.stringify(value));
      return { name, ...value, version: res.version };
    } catch (err) {
      if (err instanceof VersionMismatchError)
        throw new MagnetarError("ALREADY_EXISTS", `tenant ${name} already exists`);
      throw err;
    }
  }

  /** Replaces a tenant's record; `expectedVersion` undefined = overwrite whatever is there. */
  async updateTenant(
    name: string,
    record: { adminRoles?: unknown; allowedClusters?: unknown },
    expectedVersion?: number,
  ): Promise<VersionedTenant> {
    validateTenantName(name);
    const value = normalizeTenant(record);
    const current = await this.getTenant(name);
    const version = expectedVersion ?? current.version;
    if (expectedVersion !== undefined && expectedVersion !== current.version)
      throw new VersionMismatchError(
        `tenant ${name} is at version ${current.version}, not ${expectedVersion}: read it again and retry`,
      );
    if (value.allowedClusters.length > 0) {
      const removed = current.allowedClusters.filter((c) => !value.allowedClusters.includes(c));
      // Namespaces carry no cluster list yet, so no namespace can be using a removed cluster.
      if (removed.length > 0) this.logger?.info({ tenant: name, removed }, "allowed clusters removed");
    }
    try {
      const res = await this.store.cas(tenantKey(name), version, JSON.stringify(value));
      return { name, ...value, version: res.version };
    } catch (err) {
      if (err instanceof VersionMismatchError)
        throw new VersionMismatchError(`tenant ${name} changed concurrently: read it again and retry`);
      throw err;
    }
  }

  /** Deletes an empty tenant (the caller deletes its namespaces first for a forced delete). */
  async deleteTenant(name: string): Promise<void> {
    const current = await this.getTenant(name);
    const namespaces = await this.listNamespaces(name);
    if (namespaces.length > 0)
      throw new MagnetarError(
        "NOT_EMPTY",
        `tenant ${name} has ${namespaces.length} namespace(s) (${namespaces.slice(0, 5).join(", ")}${namespaces.length > 5 ? ", ..." : ""}); delete them first or use force`,
      );
    const deleted = await this.store
      .delete(tenantKey(name), { expectedVersion: current.version })
      .catch((err: unknown) => {
        if (err instanceof VersionMismatchError)
          throw new VersionMismatchError(`tenant ${name} changed concurrently: retry`);
        throw err;
      });
    if (deleted === 0) throw new MagnetarError("TENANT_NOT_FOUND", `tenant ${name} does not exist`);
  }

  // --- namespaces ---

  private async requireTenant(tenant: string): Promise<void> {
    if (!(await this.tenantExists(tenant)))
      throw new MagnetarError("TENANT_NOT_FOUND", `tenant ${tenant} does not exist`);
  }

  private async notFound(ns: NamespaceName): Promise<never> {
    await this.requireTenant(ns.tenant);
    throw new MagnetarError("NAMESPACE_NOT_FOUND", `namespace ${formatNamespaceName(ns)} does not exist`);
  }

  /** Creates a namespace and its bundles atomically. */
  async createNamespace(
    ns: NamespaceName,
    policies: Policies__Output | StoredPolicies | null | undefined,
  ): Promise<VersionedPolicies> {
    const stored = normalizePolicies(policies, this.maxMessageSizeCapBytes);
    const count = stored.bundles ?? POLICY_DEFAULTS.bundles;
    const bundles: BundlesRecord = { bundles: initialBundles(count).map(formatBundle) };
    const res = await this.store.txn(
      [
        {
          key: Buffer.from(tenantKey(ns.tenant), "utf8"),
          target: "VERSION",
          result: "GREATER",
          version: 0,
          targetUnion: "version",
        },
        versionCompare(policiesKey(ns), 0),
      ],
      [putOp(policiesKey(ns), stored), putOp(bundlesKey(ns), bundles)],
    );
    if (!res.succeeded) {
      await this.requireTenant(ns.tenant);
      throw new MagnetarError("ALREADY_EXISTS", `namespace ${formatNamespaceName(ns)} already exists`);
    }
    this.invalidate(ns);
    return { namespace: ns, policies: { ...stored, bundles: count }, version: 1 };
  }

  async listNamespaces(tenant: string): Promise<string[]> {
    validateTenantName(tenant);
    const prefix = `${POLICIES_PREFIX}${tenant}/`;
    const [{ kvs }, exists] = await Promise.all([
      this.store.list(prefix, { keysOnly: true }),
      this.tenantExists(tenant),
    ]);
    if (!exists && kvs.length === 0)
      throw new MagnetarError("TENANT_NOT_FOUND", `tenant ${tenant} does not exist`);
    return kvs
      .map((kv) => kv.key.slice(POLICIES_PREFIX.length))
      .filter((n) => n.split("/").length === 2)
      .sort();
  }

  private async readBundles(
    ns: NamespaceName,
    storedCount: number | undefined,
  ): Promise<{ bundles: BundleRange[]; version: number }> {
    const kv = await this.store.get(bundlesKey(ns));
    if (!kv) return { bundles: initialBundles(storedCount ?? POLICY_DEFAULTS.bundles), version: 0 };
    const record = parseJson(kv) as Partial<BundlesRecord> | null;
    try {
      if (!record || !Array.isArray(record.bundles)) throw new InvalidArgumentError("no bundles list");
      const bundles = record.bundles.map((b) => parseBundle(String(b)));
      validateBundles(bundles);
      return { bundles, version: kv.version };
    } catch (err) {
      throw new MagnetarError(
        "INTERNAL",
        `metadata key ${kv.key} holds invalid bundles: ${(err as Error).message}`,
      );
    }
  }

  /** The stored policies and their version; `policies.bundles` is the current bundle count. */
  async getPolicies(ns: NamespaceName): Promise<VersionedPolicies> {
    const kv = await this.store.get(policiesKey(ns));
    if (!kv) return this.notFound(ns);
    const stored = this.parseStored(kv);
    const { bundles } = await this.readBundles(ns, stored.bundles);
    return { namespace: ns, policies: { ...stored, bundles: bundles.length }, version: kv.version };
  }

  private parseStored(kv: KeyValue): StoredPolicies {
    try {
      return normalizePolicies(parseJson(kv) as Loose, Number.MAX_SAFE_INTEGER);
    } catch (err) {
      if (err instanceof MagnetarError && err.code === "INTERNAL") throw err;
      throw new MagnetarError(
        "INTERNAL",
        `metadata key ${kv.key} holds invalid policies: ${(err as Error).message}`,
      );
    }
  }

  /** Replaces the policies (`bundles` ignored); `expectedVersion` undefined = overwrite. */
  async setPolicies(
    ns: NamespaceName,
    policies: Policies__Output | StoredPolicies | null | undefined,
    expectedVersion?: number,
  ): Promise<VersionedPolicies> {
    const incoming = normalizePolicies(policies, this.maxMessageSizeCapBytes);
    const kv = await this.store.get(policiesKey(ns));
    if (!kv) return this.notFound(ns);
    if (expectedVersion !== undefined && expectedVersion !== kv.version)
      throw new VersionMismatchError(
        `policies of ${formatNamespaceName(ns)} are at version ${kv.version}, not ${expectedVersion}: read them again and retry`,
      );
    const old = this.parseStored(kv);
    const { bundles: _ignored, ...rest } = incoming;
    const stored: StoredPolicies = old.bundles === undefined ? rest : { ...rest, bundles: old.bundles };
    let version: number;
    try {
      version = (await this.store.cas(policiesKey(ns), kv.version, JSON.stringify(stored))).version;
    } catch (err) {
      if (err instanceof VersionMismatchError)
        throw new VersionMismatchError(
          `policies of ${formatNamespaceName(ns)} changed concurrently: read them again and retry`,
        );
      throw err;
    }
    this.invalidate(ns);
    const { bundles } = await this.readBundles(ns, stored.bundles);
    return { namespace: ns, policies: { ...stored, bundles: bundles.length }, version };
  }

  /** Policies with defaults applied; cached for up to cacheTtlMs (changes seen by the watch drop it). */
  resolve(ns: NamespaceName): Promise<ResolvedPolicies> {
    const name = formatNamespaceName(ns);
    const now = Date.now();
    const hit = this.cache.get(name);
    if (hit && now - hit.at < this.cacheTtlMs) return hit.value;
    const value = this.load(ns);
    const entry = { at: now, value };
    this.cache.set(name, entry);
    value.catch(() => {
      if (this.cache.get(name) === entry) this.cache.delete(name);
    });
    return value;
  }

  private async load(ns: NamespaceName): Promise<ResolvedPolicies> {
    const kv = await this.store.get(policiesKey(ns));
    if (!kv) return this.notFound(ns);
    const stored = this.parseStored(kv);
    const { bundles } = await this.readBundles(ns, stored.bundles);
    return applyDefaults(stored, bundles, kv.version);
  }

  async namespaceExists(ns: NamespaceName): Promise<boolean> {
    return (await this.store.get(policiesKey(ns))) !== undefined;
  }

  async requireNamespace(ns: NamespaceName): Promise<void> {
    if (!(await this.namespaceExists(ns))) await this.notFound(ns);
  }

  /**
   * Deletes a namespace's metadata: policies, bundles and partitioned-topic records (ownership
   * keys are the owners' ephemeral keys and go with their leases or unloads). Fails with NOT_EMPTY when it still has topics (the caller deletes them first
   * for a forced delete).
   */
  async deleteNamespace(ns: NamespaceName): Promise<void> {
    const kv = await this.store.get(policiesKey(ns));
    if (!kv) return this.notFound(ns);
    const topics = await this.listTopics(ns);
    if (topics.length > 0)
      throw new MagnetarError(
        "NOT_EMPTY",
        `namespace ${formatNamespaceName(ns)} has ${topics.length} topic(s) (${topics
          .slice(0, 5)
          .map((t) => t.topic)
          .join(", ")}${topics.length > 5 ? ", ..." : ""}); delete them first or use force`,
      );
    const res = await this.store.txn(
      [versionCompare(policiesKey(ns), kv.version)],
      [deleteOp(policiesKey(ns)), deleteOp(bundlesKey(ns)), deleteOp(partitionedTopicsPrefix(ns), true)],
    );
    if (!res.succeeded)
      throw new VersionMismatchError(
        `namespace ${formatNamespaceName(ns)} changed while being deleted: retry`,
      );
    this.invalidate(ns);
  }

  // --- bundles ---

  async bundles(ns: NamespaceName): Promise<BundleRange[]> {
    const kv = await this.store.get(policiesKey(ns));
    if (!kv) return this.notFound(ns);
    return (await this.readBundles(ns, this.parseStored(kv).bundles)).bundles;
  }

  /** Splits a bundle in the middle (CAS on /bundles/...); returns the two new bundle names. */
  async splitBundle(ns: NamespaceName, bundle: string): Promise<[string, string]> {
    parseBundle(bundle);
    for (let attempt = 0; ; attempt++) {
      const kv = await this.store.get(policiesKey(ns));
      if (!kv) return this.notFound(ns);
      const current = await this.readBundles(ns, this.parseStored(kv).bundles);
      const next = splitBundles(current.bundles, bundle);
      const record: BundlesRecord = { bundles: next.map(formatBundle) };
      const ok = await this.store.tryCas(bundlesKey(ns), current.version, JSON.stringify(record));
      if (ok) {
        this.invalidate(ns);
        const target = parseBundle(bundle);
        const halves = next
          .filter((b) => b.lower >= target.lower && b.upper <= target.upper)
          .map(formatBundle);
        const [low, high] = halves;
        if (low === undefined || high === undefined || halves.length !== 2)
          throw new MagnetarError("INTERNAL", `split of ${bundle} did not produce two bundles`);
        return [low, high];
      }
      if (attempt >= 5)
        throw new VersionMismatchError(
          `bundles of ${formatNamespaceName(ns)} keep changing concurrently: retry`,
        );
    }
  }

  /** Owners of a namespace's bundles, by bundle name (from the ownership keys). */
  async owners(ns: NamespaceName): Promise<Map<string, OwnershipRecord>> {
    const prefix = ownershipPrefix(ns);
    const { kvs } = await this.store.list(prefix);
    const owners = new Map<string, OwnershipRecord>();
    for (const kv of kvs) {
      const bundle = kv.key.slice(prefix.length);
      if (bundle.includes("/")) continue;
      try {
        const v = JSON.parse(kv.value.toString("utf8")) as Partial<OwnershipRecord>;
        owners.set(bundle, {
          brokerId: String(v.brokerId ?? ""),
          serviceAddress: String(v.serviceAddress ?? ""),
          httpAddress: String(v.httpAddress ?? ""),
        });
      } catch {
        this.logger?.warn({ key: kv.key }, "ownership key does not hold JSON; ignored");
      }
    }
    return owners;
  }

  // --- topics ---

  /** Partition count of a partitioned topic; 0 = not partitioned (or absent). */
  async partitions(topic: TopicName): Promise<number> {
    if (topic.partitionIndex >= 0) return 0;
    const kv = await this.store.get(partitionedTopicKey(topic));
    if (!kv) return 0;
    return this.parsePartitions(kv);
  }

  private parsePartitions(kv: KeyValue): number {
    const v = parseJson(kv) as Partial<PartitionedTopicRecord> | null;
    const n = v?.partitions;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1 || n > PARTITION_INDEX_MAX)
      throw new MagnetarError("INTERNAL", `metadata key ${kv.key} holds an invalid partition count`);
    return n;
  }

  /** Whether a non-partitioned topic (or partition) has a managed ledger. */
  async managedLedgerExists(topic: TopicName): Promise<boolean> {
    return (await this.store.get(managedLedgerKey(topic))) !== undefined;
  }

  /** Records a partitioned topic (CAS: ALREADY_EXISTS if it or a topic of the same name exists). */
  async createPartitionedTopic(topic: TopicName, partitions: number): Promise<void> {
    if (topic.partitionIndex >= 0)
      throw new InvalidArgumentError(
        `a partitioned topic's name must not contain "-partition-": ${formatTopicName(topic)}`,
      );
    if (!Number.isSafeInteger(partitions) || partitions < 1 || partitions > PARTITIONS_MAX)
      throw new InvalidArgumentError(`partitions must be an integer 1..${PARTITIONS_MAX}, got ${partitions}`);
    await this.requireNamespace(topic);
    const name = formatTopicName(topic);
    if (await this.managedLedgerExists(topic))
      throw new MagnetarError("ALREADY_EXISTS", `a non-partitioned topic ${name} already exists`);
    const res = await this.store.txn(
      [versionCompare(partitionedTopicKey(topic), 0), versionCompare(managedLedgerKey(topic), 0)],
      [putOp(partitionedTopicKey(topic), { partitions } satisfies PartitionedTopicRecord)],
    );
    if (!res.succeeded) throw new MagnetarError("ALREADY_EXISTS", `topic ${name} already exists`);
  }

  /** Raises a partitioned topic's partition count (CAS); returns the old count. */
  async updatePartitions(topic: TopicName, partitions: number): Promise<number> {
    const name = formatTopicName(topic);
    if (!Number.isSafeInteger(partitions) || partitions < 1 || partitions > PARTITIONS_MAX)
      throw new InvalidArgumentError(`partitions must be an integer 1..${PARTITIONS_MAX}, got ${partitions}`);
    const kv = await this.store.get(partitionedTopicKey(topic));
    if (!kv) {
      if (topic.partitionIndex < 0 && (await this.managedLedgerExists(topic)))
        throw new InvalidArgumentError(`topic ${name} is not partitioned`);
      throw new MagnetarError("TOPIC_NOT_FOUND", `partitioned topic ${name} does not exist`);
    }
    const current = this.parsePartitions(kv);
    if (partitions <= current)
      throw new InvalidArgumentError(
        `partitions must be greater than the current count ${current} (partitions are never removed), got ${partitions}`,
      );
    const ok = await this.store.tryCas(
      partitionedTopicKey(topic),
      kv.version,
      JSON.stringify({ partitions } satisfies PartitionedTopicRecord),
    );
    if (!ok) throw new VersionMismatchError(`partitioned topic ${name} changed concurrently: retry`);
    return current;
  }

  /** Deletes a partitioned topic's record (its partitions are deleted by the caller first). */
  async deletePartitionedTopic(topic: TopicName): Promise<void> {
    const deleted = await this.store.delete(partitionedTopicKey(topic));
    if (deleted === 0)
      throw new MagnetarError(
        "TOPIC_NOT_FOUND",
        `partitioned topic ${formatTopicName(topic)} does not exist`,
      );
  }

  /**
   * A namespace's topics, sorted: non-partitioned topics (managed-ledger keys) and partitioned
   * topics by base name; partitions of a partitioned topic are not listed separately.
   */
  async listTopics(ns: NamespaceName): Promise<TopicEntry[]> {
    await this.requireNamespace(ns);
    const mlPrefix = managedLedgersPrefix(ns);
    const ptPrefix = partitionedTopicsPrefix(ns);
    const [ml, pt] = await Promise.all([
      this.store.list(mlPrefix, { keysOnly: true }),
      this.store.list(ptPrefix),
    ]);
    const partitioned = new Map<string, number>();
    for (const kv of pt.kvs) {
      const local = kv.key.slice(ptPrefix.length);
      if (local.includes("/")) continue;
      try {
        partitioned.set(`persistent://${formatNamespaceName(ns)}/${local}`, this.parsePartitions(kv));
      } catch (err) {
        this.logger?.warn({ err, key: kv.key }, "invalid partitioned-topic record; listed with 0 partitions");
        partitioned.set(`persistent://${formatNamespaceName(ns)}/${local}`, 0);
      }
    }
    const topics = new Map<string, number>(partitioned);
    for (const kv of ml.kvs) {
      const local = kv.key.slice(mlPrefix.length);
      if (local.length === 0 || local.includes("/")) continue;
      const parsed = topicOfKey(`persistent://${formatNamespaceName(ns)}/${local}`);
      if (!parsed) continue;
      const full = formatTopicName(parsed);
      if (parsed.partitionIndex >= 0 && partitioned.has(formatTopicName(partitionedTopicOf(parsed))))
        continue;
      if (!topics.has(full)) topics.set(full, 0);
    }
    return [...topics.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([topic, partitions]) => ({ topic, partitions }));
  }

  // --- defaults ---

  /** Creates tenant `public` and namespace `public/default` if absent (idempotent, race-safe). */
  async ensureDefaults(): Promise<void> {
    try {
      await this.store.cas(
        tenantKey(DEFAULT_TENANT_NAME),
        0,
        JSON.stringify({ adminRoles: [], allowedClusters: [] } satisfies TenantRecord),
      );
      this.logger?.info({ tenant: DEFAULT_TENANT_NAME }, "created the default tenant");
    } catch (err) {
      if (!(err instanceof VersionMismatchError)) throw err;
    }
    try {
      await this.createNamespace({ tenant: DEFAULT_TENANT_NAME, namespace: DEFAULT_NAMESPACE_NAME }, null);
      this.logger?.info({ namespace: "public/default" }, "created the default namespace");
    } catch (err) {
      if (!(err instanceof MagnetarError && err.code === "ALREADY_EXISTS")) throw err;
    }
  }

  close(): void {
    this.closed = true;
    for (const w of this.watches.splice(0)) w.cancel();
    this.cache.clear();
    this.listeners.clear();
  }
}
