/**
 * The Admin gRPC service (proto/admin.proto). Every broker serves the whole API:
 *
 *  - tenants, namespaces, policies, partitioned-topic metadata, bundles and the cluster listings
 *    are answered here from the metadata store (through `Namespaces`);
 *  - calls on a live topic or bundle run on the owning broker: `TopicOps.route` says who that is,
 *    and the call is forwarded there once, marked with `magnetar-forwarded: 1` (a forwarded call
 *    is always executed where it lands, never forwarded again);
 *  - calls on a partitioned topic's base name fan out to every partition (each routed on its
 *    own) and are aggregated as the proto says.
 *
 * Requests are validated (names, counts, partition rules) before anything is called, with
 * INVALID_ARGUMENT messages that name the field.
 */
import * as grpc from "@grpc/grpc-js";
import { BookieRegistry } from "../../bookie/client/bookie-registry.js";
import { LedgerMetadataStore } from "../../bookie/client/ledger-metadata-store.js";
import { formatHostPort, type HostPort } from "../../common/config.js";
import { InvalidArgumentError, MagnetarError } from "../../common/errors.js";
import { callUnary, channelOptions, unary } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import type { AdminClient, AdminHandlers } from "../../proto/gen/magnetar/v1/Admin.js";
import type { BookieSummary } from "../../proto/gen/magnetar/v1/BookieSummary.js";
import type { BrokerSummary } from "../../proto/gen/magnetar/v1/BrokerSummary.js";
import type { LedgerInfo } from "../../proto/gen/magnetar/v1/LedgerInfo.js";
import type { ManagedLedgerInternalStats } from "../../proto/gen/magnetar/v1/ManagedLedgerInternalStats.js";
import type { MetadataClient } from "../../proto/gen/magnetar/v1/Metadata.js";
import type { MetadataMember } from "../../proto/gen/magnetar/v1/MetadataMember.js";
import type { NamespaceInfo } from "../../proto/gen/magnetar/v1/NamespaceInfo.js";
import type { PartitionedTopicStats } from "../../proto/gen/magnetar/v1/PartitionedTopicStats.js";
import type { PeekMessagesResponse } from "../../proto/gen/magnetar/v1/PeekMessagesResponse.js";
import type { PublisherStats } from "../../proto/gen/magnetar/v1/PublisherStats.js";
import type { SeekTarget__Output } from "../../proto/gen/magnetar/v1/SeekTarget.js";
import type { SubscriptionStats } from "../../proto/gen/magnetar/v1/SubscriptionStats.js";
import type { TenantInfo } from "../../proto/gen/magnetar/v1/TenantInfo.js";
import type { TerminateTopicResponse } from "../../proto/gen/magnetar/v1/TerminateTopicResponse.js";
import type { TopicStats } from "../../proto/gen/magnetar/v1/TopicStats.js";
import { magnetarV1 } from "../../proto/index.js";
import {
  formatBundle,
  formatNamespaceName,
  formatTopicName,
  type NamespaceName,
  parseBundle,
  parseNamespaceName,
  parseTopicName,
  partitionedTopicOf,
  partitionOf,
  type TopicName,
} from "../core/index.js";
import {
  BROKERS_PREFIX,
  type Namespaces,
  PARTITIONS_MAX,
  type VersionedPolicies,
  type VersionedTenant,
  validateTenantName,
} from "./namespaces.js";

/** gRPC metadata key marking a call forwarded by another broker (never forwarded again). */
export const FORWARDED_KEY = "magnetar-forwarded";
/** Deadline of a forwarded call when the incoming call has none. */
export const FORWARD_TIMEOUT_MS = 30_000;
/** Deadline of one metadata member's Status answer in ListMetadataMembers. */
export const MEMBER_STATUS_TIMEOUT_MS = 2_000;
export const SUBSCRIPTION_NAME_LENGTH_MAX = 255;
export const PEEK_COUNT_MAX = 1000;

export interface RouteOptions {
  /**
   * True (default): assign an unowned bundle first, exactly as Lookup does. False: an unowned
   * bundle stays unowned and `route` returns undefined; the local op then answers from metadata
   * alone (stats) or does nothing (unload).
   */
  readonly assign?: boolean;
}

/**
 * What the admin service needs from the broker runtime for calls on live topics. Every method
 * except `route`/`routeBundle` runs on the broker that owns the topic's bundle (or, for the
 * read-only stats and the unloads, on any broker when nobody owns it). The service has already
 * validated names and arguments, and resolved partitioned base names to single partitions.
 */
export interface TopicOps {
  /**
   * Ensures this broker owns the topic's bundle (assigning it exactly as Lookup does, unless
   * `assign` is false); returns undefined when this broker owns it (or, with `assign` false, nobody
   * does), else the owner's service address "host:port" to forward the call to.
   */
  route(topic: TopicName, options?: RouteOptions): Promise<string | undefined>;
  /** Like `route`, for a bundle ("0x<lower>_0x<upper>") of a namespace. */
  routeBundle(ns: NamespaceName, bundle: string, options?: RouteOptions): Promise<string | undefined>;
  /** Creates a non-partitioned topic or one partition (its managed ledger). ALREADY_EXISTS if it exists. */
  createTopic(topic: TopicName): Promise<void>;
  /** Deletes one topic or partition with its ledgers and subscriptions. */
  deleteTopic(topic: TopicName, force: boolean): Promise<void>;
  /** Stats of one topic or partition; from metadata alone when not loaded (rates 0, owner absent). */
  topicStats(topic: TopicName): Promise<TopicStats>;
  internalStats(topic: TopicName): Promise<ManagedLedgerInternalStats>;
  /** Closes the topic if loaded here; a topic not loaded is left as is. */
  unloadTopic(topic: TopicName): Promise<void>;
  terminateTopic(topic: TopicName): Promise<TerminateTopicResponse>;
  /** Subscription names of one topic or partition. */
  listSubscriptions(topic: TopicName): Promise<string[]>;
  /** `start` null = LATEST. */
  createSubscription(topic: TopicName, subscription: string, start: SeekTarget__Output | null): Promise<void>;
  deleteSubscription(topic: TopicName, subscription: string, force: boolean): Promise<void>;
  resetCursor(topic: TopicName, subscription: string, target: SeekTarget__Output): Promise<void>;
  /** `count` -1 = the whole backlog; returns the messages skipped. */
  skipMessages(topic: TopicName, subscription: string, count: number): Promise<number>;
  /** Returns the messages expired. */
  expireMessages(topic: TopicName, subscription: string, expireTimeSeconds: number): Promise<number>;
  peekMessages(topic: TopicName, subscription: string, count: number): Promise<PeekMessagesResponse>;
  /** Releases a bundle this broker owns (closes its topics, deletes its ownership key). */
  unloadBundle(ns: NamespaceName, bundle: string): Promise<void>;
}

/** TopicOps whose every method fails with UNIMPLEMENTED (for tests and metadata-only set-ups). */
export function unimplementedTopicOps(): TopicOps {
  const fail = (what: string) => () =>
    Promise.reject(new MagnetarError("UNIMPLEMENTED", `${what} is not available on this broker`));
  return {
    route: () => Promise.resolve(undefined),
    routeBundle: () => Promise.resolve(undefined),
    createTopic: fail("createTopic"),
    deleteTopic: fail("deleteTopic"),
    topicStats: fail("topicStats"),
    internalStats: fail("internalStats"),
    unloadTopic: fail("unloadTopic"),
    terminateTopic: fail("terminateTopic"),
    listSubscriptions: fail("listSubscriptions"),
    createSubscription: fail("createSubscription"),
    deleteSubscription: fail("deleteSubscription"),
    resetCursor: fail("resetCursor"),
    skipMessages: fail("skipMessages"),
    expireMessages: fail("expireMessages"),
    peekMessages: fail("peekMessages"),
    unloadBundle: fail("unloadBundle"),
  };
}

export interface AdminServiceDeps {
  readonly namespaces: Namespaces;
  readonly store: MetadataStore;
  readonly ops: TopicOps;
  readonly logger: Logger;
  /** The metadata quorum's members, for ListMetadataMembers. */
  readonly metadataEndpoints: readonly HostPort[];
}

/** JSON value of `/brokers/<id>` as far as ListBrokers reads it. */
export interface BrokerRecord {
  readonly id: string;
  readonly serviceAddress: string;
  readonly httpAddress: string;
  readonly startedAtMs: number;
  readonly version?: string;
  readonly load?: {
    readonly bundles?: number;
    readonly topics?: number;
    readonly producers?: number;
    readonly consumers?: number;
    readonly msgRateIn?: number;
    readonly msgRateOut?: number;
    readonly msgThroughputIn?: number;
    readonly msgThroughputOut?: number;
    readonly cpuUsage?: number;
    readonly memoryUsedBytes?: number;
    readonly reportTimeMs?: number;
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function forwardedMark(): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set(FORWARDED_KEY, "1");
  return md;
}

function isForwarded(call: { metadata: grpc.Metadata }): boolean {
  return call.metadata.get(FORWARDED_KEY).length > 0;
}

/** Milliseconds left of the incoming call's deadline (FORWARD_TIMEOUT_MS without one). */
function remainingMs(call: { getDeadline(): grpc.Deadline }): number {
  const d = call.getDeadline();
  const at = d instanceof Date ? d.getTime() : d;
  if (!Number.isFinite(at) || at <= 0) return FORWARD_TIMEOUT_MS;
  return Math.max(1, Math.min(FORWARD_TIMEOUT_MS, at - Date.now()));
}

function topicArg(name: string, field = "topic"): TopicName {
  if (typeof name !== "string" || name.length === 0) throw new InvalidArgumentError(`${field} is required`);
  return parseTopicName(name);
}

function namespaceArg(name: string, field = "namespace"): NamespaceName {
  if (typeof name !== "string" || name.length === 0)
    throw new InvalidArgumentError(`${field} is required ("tenant/namespace")`);
  return parseNamespaceName(name);
}

function subscriptionArg(name: string): string {
  if (typeof name !== "string" || name.length === 0)
    throw new InvalidArgumentError("subscription is required");
  const length = [...name].length;
  if (length > SUBSCRIPTION_NAME_LENGTH_MAX)
    throw new InvalidArgumentError(
      `subscription is ${length} characters, more than ${SUBSCRIPTION_NAME_LENGTH_MAX}`,
    );
  return name;
}

function bundleArg(name: string): string {
  if (typeof name !== "string" || name.length === 0)
    throw new InvalidArgumentError('bundle is required ("0x<lower>_0x<upper>")');
  return formatBundle(parseBundle(name));
}

function tenantInfo(t: VersionedTenant): TenantInfo {
  return { name: t.name, adminRoles: t.adminRoles, allowedClusters: t.allowedClusters, version: t.version };
}

function namespaceInfo(p: VersionedPolicies): NamespaceInfo {
  return { namespace: formatNamespaceName(p.namespace), policies: p.policies, version: p.version };
}

function hasOptional(request: object, field: string): boolean {
  const r = request as Record<string, unknown>;
  return r[field] !== undefined && r[field] !== null;
}

function seekTargetProblem(target: SeekTarget__Output): string | undefined {
  switch (target.target) {
    case "position":
      return target.position === "INITIAL_POSITION_EARLIEST" || target.position === "INITIAL_POSITION_LATEST"
        ? undefined
        : "position must be EARLIEST or LATEST";
    case "messageId": {
      const id = target.messageId;
      if (!id) return "messageId is empty";
      if (!Number.isSafeInteger(id.ledgerId) || id.ledgerId < 0) return "messageId.ledgerId must be >= 0";
      if (!Number.isSafeInteger(id.entryId) || id.entryId < -1) return "messageId.entryId must be >= -1";
      if (!Number.isInteger(id.batchIndex) || id.batchIndex < -1) return "messageId.batchIndex must be >= -1";
      return undefined;
    }
    case "publishTimeMs":
      return Number.isSafeInteger(target.publishTimeMs) && (target.publishTimeMs ?? -1) >= 0
        ? undefined
        : "publishTimeMs must be >= 0";
    default:
      return "no target: set position, messageId or publishTimeMs";
  }
}

// ---------------------------------------------------------------------------------------------
// Partitioned aggregation (PartitionedTopicStats.aggregated, as admin.proto specifies)
// ---------------------------------------------------------------------------------------------

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0)) || 0;

function mergeSubscription(a: SubscriptionStats | undefined, b: SubscriptionStats): SubscriptionStats {
  if (a === undefined) return { ...b, consumers: [...(b.consumers ?? [])], markDeletePosition: null };
  return {
    type: a.type ?? b.type,
    isDurable: (a.isDurable ?? false) || (b.isDurable ?? false),
    msgBacklog: num(a.msgBacklog) + num(b.msgBacklog),
    backlogSizeBytes: num(a.backlogSizeBytes) + num(b.backlogSizeBytes),
    unackedMessages: num(a.unackedMessages) + num(b.unackedMessages),
    msgRateOut: num(a.msgRateOut) + num(b.msgRateOut),
    msgThroughputOut: num(a.msgThroughputOut) + num(b.msgThroughputOut),
    msgRateRedeliver: num(a.msgRateRedeliver) + num(b.msgRateRedeliver),
    msgRateExpired: num(a.msgRateExpired) + num(b.msgRateExpired),
    oldestUnackedMessageAgeMs: Math.max(num(a.oldestUnackedMessageAgeMs), num(b.oldestUnackedMessageAgeMs)),
    consumers: [...(a.consumers ?? []), ...(b.consumers ?? [])],
    markDeletePosition: null,
    msgDelayed: num(a.msgDelayed) + num(b.msgDelayed),
    lastAckedTimeMs: Math.max(num(a.lastAckedTimeMs), num(b.lastAckedTimeMs)),
  };
}

/** The partitions combined, as PartitionedTopicStats.aggregated specifies. */
export function aggregateTopicStats(topic: string, parts: readonly TopicStats[]): TopicStats {
  const publishers: PublisherStats[] = [];
  const subscriptions: Record<string, SubscriptionStats> = {};
  const sum = (f: keyof TopicStats) => parts.reduce((s, p) => s + num(p[f]), 0);
  for (const p of parts) {
    publishers.push(...(p.publishers ?? []));
    for (const [name, s] of Object.entries(p.subscriptions ?? {}))
      subscriptions[name] = mergeSubscription(subscriptions[name], s);
  }
  return {
    topic,
    msgRateIn: sum("msgRateIn"),
    msgThroughputIn: sum("msgThroughputIn"),
    msgRateOut: sum("msgRateOut"),
    msgThroughputOut: sum("msgThroughputOut"),
    msgsInTotal: sum("msgsInTotal"),
    bytesInTotal: sum("bytesInTotal"),
    msgsOutTotal: sum("msgsOutTotal"),
    bytesOutTotal: sum("bytesOutTotal"),
    storageSizeBytes: sum("storageSizeBytes"),
    backlogSizeBytes: sum("backlogSizeBytes"),
    publishers,
    subscriptions,
    ledgers: [],
    owner: null,
    lastMessageId: null,
    lastPublishTimeMs: parts.reduce((m, p) => Math.max(m, num(p.lastPublishTimeMs)), 0),
    deduplicationEnabled: parts.some((p) => p.deduplicationEnabled === true),
    terminated: parts.length > 0 && parts.every((p) => p.terminated === true),
    statsTimeMs: Date.now(),
  };
}

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

type AnyCall = { metadata: grpc.Metadata; getDeadline(): grpc.Deadline };

/** The resolved form of a topic argument. */
interface Resolved {
  readonly topic: TopicName;
  /** > 0: `topic` is a partitioned topic's base name with this many partitions. */
  readonly partitions: number;
  /** The concrete topics the call applies to (the partitions, or the topic itself). */
  readonly targets: TopicName[];
}

class AdminService {
  private readonly clients = new Map<string, AdminClient>();
  private readonly ledgers: LedgerMetadataStore;

  constructor(private readonly deps: AdminServiceDeps) {
    this.ledgers = new LedgerMetadataStore(deps.store);
  }

  private get ns(): Namespaces {
    return this.deps.namespaces;
  }

  private client(address: string): AdminClient {
    let c = this.clients.get(address);
    if (!c) {
      c = new (magnetarV1().Admin)(address, grpc.credentials.createInsecure(), channelOptions());
      this.clients.set(address, c);
    }
    return c;
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }

  /**
   * Runs `local` here when this broker owns the topic (or the call was forwarded already), else
   * forwards the same call (`remote`) to the owner.
   */
  private async onOwner<R>(
    topic: TopicName,
    call: AnyCall,
    options: RouteOptions,
    local: () => Promise<R>,
    remote: (client: AdminClient, timeoutMs: number, md: grpc.Metadata) => Promise<R>,
  ): Promise<R> {
    if (isForwarded(call)) return local();
    const owner = await this.deps.ops.route(topic, options);
    if (owner === undefined) return local();
    this.deps.logger.debug({ topic: formatTopicName(topic), owner }, "admin call forwarded to the owner");
    return remote(this.client(owner), remainingMs(call), forwardedMark());
  }

  /**
   * Parses a topic argument and finds what it names: a partitioned topic (with its partitions), a
   * partition of one, or a non-partitioned topic. TOPIC_NOT_FOUND when none exists.
   */
  private async resolveTopic(name: string, call: AnyCall): Promise<Resolved> {
    const topic = topicArg(name);
    const full = formatTopicName(topic);
    if (isForwarded(call)) return { topic, partitions: 0, targets: [topic] };
    if (topic.partitionIndex >= 0) {
      const base = partitionedTopicOf(topic);
      const n = await this.ns.partitions(base);
      if (n > 0) {
        if (topic.partitionIndex >= n)
          throw new MagnetarError(
            "TOPIC_NOT_FOUND",
            `topic ${full} does not exist: ${formatTopicName(base)} has ${n} partitions`,
          );
        return { topic, partitions: 0, targets: [topic] };
      }
    } else {
      const n = await this.ns.partitions(topic);
      if (n > 0)
        return {
          topic,
          partitions: n,
          targets: Array.from({ length: n }, (_, i) => partitionOf(topic, i)),
        };
    }
    if (!(await this.ns.managedLedgerExists(topic))) {
      await this.ns.requireNamespace(topic);
      throw new MagnetarError("TOPIC_NOT_FOUND", `topic ${full} does not exist`);
    }
    return { topic, partitions: 0, targets: [topic] };
  }

  /** A topic argument that must name one non-partitioned topic or partition. */
  private async singleTopic(name: string, call: AnyCall, alternative: string): Promise<TopicName> {
    const r = await this.resolveTopic(name, call);
    if (r.partitions > 0)
      throw new InvalidArgumentError(
        `${formatTopicName(r.topic)} is a partitioned topic (${r.partitions} partitions): ${alternative}`,
      );
    return r.topic;
  }

  // --- tenants ---

  async createTenant(req: { tenant: TenantInfo | null }): Promise<TenantInfo> {
    const t = req.tenant;
    if (!t) throw new InvalidArgumentError("tenant is required");
    return tenantInfo(await this.ns.createTenant(String(t.name ?? ""), t));
  }

  async updateTenant(req: { tenant: TenantInfo | null; expectedVersion?: number }): Promise<TenantInfo> {
    const t = req.tenant;
    if (!t) throw new InvalidArgumentError("tenant is required");
    const expected = hasOptional(req, "expectedVersion") ? Number(req.expectedVersion) : undefined;
    return tenantInfo(await this.ns.updateTenant(String(t.name ?? ""), t, expected));
  }

  async deleteTenant(name: string, force: boolean, call: AnyCall): Promise<void> {
    validateTenantName(name);
    await this.ns.getTenant(name);
    if (force) {
      for (const nsName of await this.ns.listNamespaces(name))
        await this.deleteNamespace(parseNamespaceName(nsName), true, call);
    }
    await this.ns.deleteTenant(name);
  }

  // --- namespaces ---

  async deleteNamespace(ns: NamespaceName, force: boolean, call: AnyCall): Promise<void> {
    await this.ns.requireNamespace(ns);
    if (force) {
      for (const t of await this.ns.listTopics(ns)) await this.deleteTopic(t.topic, true, call);
    }
    await this.ns.deleteNamespace(ns);
  }

  // --- topics ---

  async createTopic(name: string, partitions: number, call: AnyCall): Promise<void> {
    const topic = topicArg(name);
    const full = formatTopicName(topic);
    if (!Number.isInteger(partitions) || partitions < 0 || partitions > PARTITIONS_MAX)
      throw new InvalidArgumentError(
        `partitions must be 0 (non-partitioned) or 1..${PARTITIONS_MAX}, got ${partitions}`,
      );
    if (partitions > 0) {
      if (topic.partitionIndex >= 0)
        throw new InvalidArgumentError(`a partitioned topic's name must not contain "-partition-": ${full}`);
      await this.ns.createPartitionedTopic(topic, partitions);
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: partitions }, async (_, i) => {
          try {
            await this.createOne(partitionOf(topic, i), call);
          } catch (err) {
            if (err instanceof MagnetarError && err.code === "ALREADY_EXISTS") return;
            failures.push(`partition ${i}: ${err instanceof Error ? err.message : String(err)}`);
          }
        }),
      );
      if (failures.length > 0)
        throw new MagnetarError(
          "UNAVAILABLE",
          `partitioned topic ${full} was created, but ${failures.length} partition(s) could not be created now (they are created on first use): ${failures.slice(0, 3).join("; ")}`,
        );
      return;
    }
    if (!isForwarded(call)) {
      await this.ns.requireNamespace(topic);
      const base = partitionedTopicOf(topic);
      if (topic.partitionIndex >= 0 && (await this.ns.partitions(base)) > 0)
        throw new MagnetarError(
          "ALREADY_EXISTS",
          `${full} is a partition of the partitioned topic ${formatTopicName(base)}`,
        );
      if ((await this.ns.partitions(topic)) > 0)
        throw new MagnetarError("ALREADY_EXISTS", `a partitioned topic ${full} already exists`);
      if (await this.ns.managedLedgerExists(topic))
        throw new MagnetarError("ALREADY_EXISTS", `topic ${full} already exists`);
    }
    await this.createOne(topic, call);
  }

  private async createOne(topic: TopicName, call: AnyCall): Promise<void> {
    await this.onOwner(
      topic,
      call,
      {},
      () => this.deps.ops.createTopic(topic),
      async (c, t, md) => {
        await callUnary(c, "CreateTopic", { topic: formatTopicName(topic), partitions: 0 }, t, md);
      },
    );
  }

  async updatePartitions(name: string, partitions: number, call: AnyCall): Promise<void> {
    const topic = topicArg(name);
    const full = formatTopicName(topic);
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > PARTITIONS_MAX)
      throw new InvalidArgumentError(`partitions must be 1..${PARTITIONS_MAX}, got ${partitions}`);
    if (topic.partitionIndex >= 0)
      throw new InvalidArgumentError(`${full} is a partition, not a partitioned topic's base name`);
    const current = await this.ns.partitions(topic);
    if (current === 0) {
      if (await this.ns.managedLedgerExists(topic))
        throw new InvalidArgumentError(`topic ${full} is not partitioned`);
      await this.ns.requireNamespace(topic);
      throw new MagnetarError("TOPIC_NOT_FOUND", `partitioned topic ${full} does not exist`);
    }
    if (partitions <= current)
      throw new InvalidArgumentError(
        `partitions must be greater than the current count ${current} (partitions are never removed), got ${partitions}`,
      );
    // Create the new partitions and every subscription on them (at their start) before clients
    // can see the new count, so no message published to them is missed.
    const existing = Array.from({ length: current }, (_, i) => partitionOf(topic, i));
    const subs = new Set<string>();
    for (const list of await Promise.all(existing.map((p) => this.listSubscriptionsOf(p, call))))
      for (const s of list) subs.add(s);
    const earliest: SeekTarget__Output = { position: "INITIAL_POSITION_EARLIEST", target: "position" };
    for (let i = current; i < partitions; i++) {
      const p = partitionOf(topic, i);
      try {
        await this.createOne(p, call);
      } catch (err) {
        if (!(err instanceof MagnetarError && err.code === "ALREADY_EXISTS")) throw err;
      }
      for (const s of subs) {
        try {
          await this.createSubscriptionOn(p, s, earliest, call);
        } catch (err) {
          if (!(err instanceof MagnetarError && err.code === "ALREADY_EXISTS")) throw err;
        }
      }
    }
    await this.ns.updatePartitions(topic, partitions);
  }

  async deleteTopic(name: string, force: boolean, call: AnyCall): Promise<void> {
    const r = await this.resolveTopic(name, call);
    await Promise.all(
      r.targets.map(async (t) => {
        try {
          await this.onOwner(
            t,
            call,
            {},
            () => this.deps.ops.deleteTopic(t, force),
            async (c, ms, md) => {
              await callUnary(c, "DeleteTopic", { topic: formatTopicName(t), force }, ms, md);
            },
          );
        } catch (err) {
          // A partition that was never created (created on first use) has nothing to delete.
          if (r.partitions > 0 && err instanceof MagnetarError && err.code === "TOPIC_NOT_FOUND") return;
          throw err;
        }
      }),
    );
    if (r.partitions > 0) await this.ns.deletePartitionedTopic(r.topic);
  }

  private statsOf(t: TopicName, call: AnyCall): Promise<TopicStats> {
    return this.onOwner(
      t,
      call,
      { assign: false },
      () => this.deps.ops.topicStats(t),
      (c, ms, md) => callUnary(c, "GetTopicStats", { topic: formatTopicName(t) }, ms, md),
    );
  }

  async topicStats(name: string, call: AnyCall): Promise<TopicStats> {
    const t = await this.singleTopic(name, call, "use GetPartitionedStats");
    return this.statsOf(t, call);
  }

  async partitionedStats(name: string, perPartition: boolean, call: AnyCall): Promise<PartitionedTopicStats> {
    const r = await this.resolveTopic(name, call);
    if (r.partitions === 0)
      throw new InvalidArgumentError(
        `${formatTopicName(r.topic)} is not a partitioned topic: use GetTopicStats`,
      );
    const parts = await Promise.all(r.targets.map((t) => this.statsOf(t, call)));
    const full = formatTopicName(r.topic);
    const result: PartitionedTopicStats = {
      topic: full,
      partitions: r.partitions,
      aggregated: aggregateTopicStats(full, parts),
    };
    if (perPartition) result.partitionStats = Object.fromEntries(parts.map((p, i) => [i, p]));
    return result;
  }

  async internalStats(name: string, call: AnyCall): Promise<ManagedLedgerInternalStats> {
    const t = await this.singleTopic(name, call, "ask for one partition's internal stats");
    return this.onOwner(
      t,
      call,
      { assign: false },
      () => this.deps.ops.internalStats(t),
      (c, ms, md) => callUnary(c, "GetInternalStats", { topic: formatTopicName(t) }, ms, md),
    );
  }

  async unloadTopic(name: string, call: AnyCall): Promise<void> {
    const r = await this.resolveTopic(name, call);
    await Promise.all(
      r.targets.map((t) =>
        this.onOwner(
          t,
          call,
          { assign: false },
          () => this.deps.ops.unloadTopic(t),
          async (c, ms, md) => {
            await callUnary(c, "UnloadTopic", { topic: formatTopicName(t) }, ms, md);
          },
        ),
      ),
    );
  }

  async terminateTopic(name: string, call: AnyCall): Promise<TerminateTopicResponse> {
    const t = await this.singleTopic(name, call, "terminate each partition");
    return this.onOwner(
      t,
      call,
      {},
      () => this.deps.ops.terminateTopic(t),
      (c, ms, md) => callUnary(c, "TerminateTopic", { topic: formatTopicName(t) }, ms, md),
    );
  }

  // --- subscriptions ---

  private listSubscriptionsOf(t: TopicName, call: AnyCall): Promise<string[]> {
    return this.onOwner(
      t,
      call,
      {},
      () => this.deps.ops.listSubscriptions(t),
      async (c, ms, md) =>
        (await callUnary(c, "ListSubscriptions", { topic: formatTopicName(t) }, ms, md)).subscriptions,
    );
  }

  async listSubscriptions(name: string, call: AnyCall): Promise<string[]> {
    const r = await this.resolveTopic(name, call);
    const all = new Set<string>();
    for (const list of await Promise.all(r.targets.map((t) => this.listSubscriptionsOf(t, call))))
      for (const s of list) all.add(s);
    return [...all].sort();
  }

  private createSubscriptionOn(
    t: TopicName,
    subscription: string,
    start: SeekTarget__Output | null,
    call: AnyCall,
  ): Promise<void> {
    return this.onOwner(
      t,
      call,
      {},
      () => this.deps.ops.createSubscription(t, subscription, start),
      async (c, ms, md) => {
        await callUnary(c, "CreateSubscription", { topic: formatTopicName(t), subscription, start }, ms, md);
      },
    );
  }

  async createSubscription(
    name: string,
    subscriptionName: string,
    start: SeekTarget__Output | null,
    call: AnyCall,
  ): Promise<void> {
    const subscription = subscriptionArg(subscriptionName);
    if (start) {
      const problem = seekTargetProblem(start);
      if (problem !== undefined) throw new InvalidArgumentError(`start: ${problem}`);
    }
    const r = await this.resolveTopic(name, call);
    if (r.partitions > 0 && start?.target === "messageId")
      throw new InvalidArgumentError(
        "start: a message id belongs to one partition; it cannot start a subscription on a partitioned topic's base name",
      );
    if (start?.target === "messageId") this.checkIdPartition(r.topic, start);
    const results = await Promise.allSettled(
      r.targets.map((t) => this.createSubscriptionOn(t, subscription, start, call)),
    );
    const failed = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    if (failed.length === 0) return;
    // On a partitioned topic, ALREADY_EXISTS only when it exists everywhere.
    const notExists = failed.filter(
      (f) => !(f.reason instanceof MagnetarError && f.reason.code === "ALREADY_EXISTS"),
    );
    if (notExists.length > 0) throw notExists[0]?.reason;
    if (failed.length === results.length) throw failed[0]?.reason;
  }

  async deleteSubscription(
    name: string,
    subscriptionName: string,
    force: boolean,
    call: AnyCall,
  ): Promise<void> {
    const subscription = subscriptionArg(subscriptionName);
    const r = await this.resolveTopic(name, call);
    const results = await Promise.allSettled(
      r.targets.map((t) =>
        this.onOwner(
          t,
          call,
          {},
          () => this.deps.ops.deleteSubscription(t, subscription, force),
          async (c, ms, md) => {
            await callUnary(
              c,
              "DeleteSubscription",
              { topic: formatTopicName(t), subscription, force },
              ms,
              md,
            );
          },
        ),
      ),
    );
    const failed = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    if (failed.length === 0) return;
    const real = failed.filter(
      (f) => !(f.reason instanceof MagnetarError && f.reason.code === "SUBSCRIPTION_NOT_FOUND"),
    );
    if (real.length > 0) throw real[0]?.reason;
    // SUBSCRIPTION_NOT_FOUND only when no partition had it.
    if (failed.length === results.length) throw failed[0]?.reason;
  }

  private checkIdPartition(topic: TopicName, target: SeekTarget__Output): void {
    const id = target.messageId;
    if (!id || topic.partitionIndex < 0) return;
    if (id.partition >= 0 && id.partition !== topic.partitionIndex)
      throw new MagnetarError(
        "INVALID_MESSAGE_ID",
        `the message id is of partition ${id.partition}, not of ${formatTopicName(topic)} (partition ${topic.partitionIndex})`,
      );
  }

  async resetCursor(
    name: string,
    subscriptionName: string,
    target: SeekTarget__Output | null,
    call: AnyCall,
  ): Promise<void> {
    const subscription = subscriptionArg(subscriptionName);
    if (!target) throw new InvalidArgumentError("target is required: position, messageId or publishTimeMs");
    const problem = seekTargetProblem(target);
    if (problem !== undefined) throw new InvalidArgumentError(`target: ${problem}`);
    const r = await this.resolveTopic(name, call);
    if (r.partitions > 0 && target.target === "messageId")
      throw new InvalidArgumentError(
        "target: a message id belongs to one partition; reset each partition's cursor on the partition itself",
      );
    if (target.target === "messageId") this.checkIdPartition(r.topic, target);
    await Promise.all(
      r.targets.map((t) =>
        this.onOwner(
          t,
          call,
          {},
          () => this.deps.ops.resetCursor(t, subscription, target),
          async (c, ms, md) => {
            await callUnary(c, "ResetCursor", { topic: formatTopicName(t), subscription, target }, ms, md);
          },
        ),
      ),
    );
  }

  async skipMessages(
    name: string,
    subscriptionName: string,
    count: number,
    all: boolean,
    call: AnyCall,
  ): Promise<number> {
    const subscription = subscriptionArg(subscriptionName);
    if (all && count !== 0) throw new InvalidArgumentError(`count must be 0 when all is set, got ${count}`);
    if (!all && (!Number.isSafeInteger(count) || count < 1))
      throw new InvalidArgumentError(`count must be >= 1 (or set all), got ${count}`);
    const t = await this.singleTopic(name, call, "skip on each partition");
    return this.onOwner(
      t,
      call,
      {},
      () => this.deps.ops.skipMessages(t, subscription, all ? -1 : count),
      async (c, ms, md) =>
        (await callUnary(c, "SkipMessages", { topic: formatTopicName(t), subscription, count, all }, ms, md))
          .skippedMessages,
    );
  }

  async expireMessages(
    name: string,
    subscriptionName: string,
    expireTimeSeconds: number,
    call: AnyCall,
  ): Promise<number> {
    const subscription = subscriptionArg(subscriptionName);
    if (!Number.isSafeInteger(expireTimeSeconds) || expireTimeSeconds < 0)
      throw new InvalidArgumentError(`expireTimeSeconds must be an integer >= 0, got ${expireTimeSeconds}`);
    const r = await this.resolveTopic(name, call);
    const counts = await Promise.all(
      r.targets.map((t) =>
        this.onOwner(
          t,
          call,
          {},
          () => this.deps.ops.expireMessages(t, subscription, expireTimeSeconds),
          async (c, ms, md) =>
            (
              await callUnary(
                c,
                "ExpireMessages",
                { topic: formatTopicName(t), subscription, expireTimeSeconds },
                ms,
                md,
              )
            ).expiredMessages,
        ),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  async peekMessages(
    name: string,
    subscriptionName: string,
    count: number,
    call: AnyCall,
  ): Promise<PeekMessagesResponse> {
    const subscription = subscriptionArg(subscriptionName);
    if (!Number.isInteger(count) || count < 1 || count > PEEK_COUNT_MAX)
      throw new InvalidArgumentError(`count must be 1..${PEEK_COUNT_MAX}, got ${count}`);
    const t = await this.singleTopic(name, call, "peek each partition");
    return this.onOwner(
      t,
      call,
      {},
      () => this.deps.ops.peekMessages(t, subscription, count),
      (c, ms, md) => callUnary(c, "PeekMessages", { topic: formatTopicName(t), subscription, count }, ms, md),
    );
  }

  // --- bundles ---

  async listBundles(nsName: string) {
    const ns = namespaceArg(nsName);
    const [bundles, owners] = await Promise.all([this.ns.bundles(ns), this.ns.owners(ns)]);
    return {
      bundles: bundles.map((b) => {
        const name = formatBundle(b);
        const owner = owners.get(name);
        return { bundle: name, owner: owner ?? null };
      }),
    };
  }

  private async requireBundle(ns: NamespaceName, bundle: string): Promise<void> {
    const bundles = await this.ns.bundles(ns);
    if (!bundles.some((b) => formatBundle(b) === bundle))
      throw new MagnetarError("NOT_FOUND", `namespace ${formatNamespaceName(ns)} has no bundle ${bundle}`);
  }

  private async unloadBundleOn(ns: NamespaceName, bundle: string, call: AnyCall): Promise<void> {
    if (isForwarded(call)) {
      await this.deps.ops.unloadBundle(ns, bundle);
      return;
    }
    // An unowned bundle is left as is (not assigned first).
    if (!(await this.ns.owners(ns)).has(bundle)) return;
    const owner = await this.deps.ops.routeBundle(ns, bundle, { assign: false });
    if (owner === undefined) {
      await this.deps.ops.unloadBundle(ns, bundle);
      return;
    }
    await callUnary(
      this.client(owner),
      "UnloadBundle",
      { namespace: formatNamespaceName(ns), bundle },
      remainingMs(call),
      forwardedMark(),
    );
  }

  async unloadBundle(nsName: string, bundleName: string, call: AnyCall): Promise<void> {
    const ns = namespaceArg(nsName);
    const bundle = bundleArg(bundleName);
    if (!isForwarded(call)) await this.requireBundle(ns, bundle);
    await this.unloadBundleOn(ns, bundle, call);
  }

  async splitBundle(nsName: string, bundleName: string, unload: boolean, call: AnyCall): Promise<string[]> {
    const ns = namespaceArg(nsName);
    const bundle = bundleArg(bundleName);
    const halves = await this.ns.splitBundle(ns, bundle);
    // The owner of the old bundle keeps both halves unless asked to unload: unloading the old
    // bundle's owner releases it so the next lookups spread the halves over the brokers.
    if (unload) await this.unloadBundleOn(ns, bundle, call);
    return halves;
  }

  // --- cluster ---

  async listBrokers(): Promise<BrokerSummary[]> {
    const { kvs } = await this.deps.store.list(BROKERS_PREFIX);
    const out: BrokerSummary[] = [];
    for (const kv of kvs) {
      const id = kv.key.slice(BROKERS_PREFIX.length);
      if (id.includes("/")) continue;
      let v: Partial<BrokerRecord>;
      try {
        v = JSON.parse(kv.value.toString("utf8")) as Partial<BrokerRecord>;
      } catch {
        this.deps.logger.warn({ key: kv.key }, "broker registration is not JSON; skipped");
        continue;
      }
      const load = v.load;
      out.push({
        address: {
          brokerId: String(v.id ?? id),
          serviceAddress: String(v.serviceAddress ?? ""),
          httpAddress: String(v.httpAddress ?? ""),
        },
        load: load
          ? {
              topics: num(load.topics),
              bundles: num(load.bundles),
              producers: num(load.producers),
              consumers: num(load.consumers),
              msgRateIn: num(load.msgRateIn),
              msgRateOut: num(load.msgRateOut),
              msgThroughputIn: num(load.msgThroughputIn),
              msgThroughputOut: num(load.msgThroughputOut),
              cpuUsage: num(load.cpuUsage),
              memoryUsedBytes: num(load.memoryUsedBytes),
              reportTimeMs: num(load.reportTimeMs),
            }
          : null,
        version: String(v.version ?? ""),
        startedAtMs: num(v.startedAtMs),
      });
    }
    return out.sort((a, b) => String(a.address?.brokerId).localeCompare(String(b.address?.brokerId)));
  }

  async listBookies(): Promise<BookieSummary[]> {
    const registry = await BookieRegistry.open(this.deps.store, this.deps.logger);
    try {
      return registry
        .live()
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((b) => ({
          bookieId: b.id,
          address: b.address,
          state: b.state === "RO" ? "BOOKIE_STATE_READ_ONLY" : "BOOKIE_STATE_READ_WRITE",
          freeBytes: b.freeBytes,
        }));
    } finally {
      registry.close();
    }
  }

  async listMetadataMembers(call: AnyCall): Promise<{ members: MetadataMember[]; leaderId: string }> {
    const timeout = Math.min(MEMBER_STATUS_TIMEOUT_MS, remainingMs(call));
    const clients: MetadataClient[] = [];
    try {
      const answers = await Promise.all(
        this.deps.metadataEndpoints.map(async (ep) => {
          const address = formatHostPort(ep);
          const c = new (magnetarV1().Metadata)(address, grpc.credentials.createInsecure(), channelOptions());
          clients.push(c);
          try {
            return { address, status: await callUnary(c, "Status", {}, timeout) };
          } catch {
            return { address, status: undefined };
          }
        }),
      );
      // Every member of any configuration reported, plus every endpoint asked.
      const members = new Map<string, MetadataMember>();
      const byAddress = new Map<string, string>();
      for (const a of answers)
        for (const m of a.status?.members ?? []) {
          byAddress.set(m.address, m.id);
          if (!members.has(m.id))
            members.set(m.id, {
              memberId: m.id,
              address: m.address,
              reachable: false,
              role: "RAFT_ROLE_UNSPECIFIED",
            });
        }
      let leaderId = "";
      let leaderTerm = -1;
      for (const a of answers) {
        const s = a.status;
        const id = s?.memberId || byAddress.get(a.address) || a.address;
        if (!s) {
          if (!members.has(id)) members.set(id, { memberId: id, address: a.address, reachable: false });
          continue;
        }
        const role =
          s.role === "LEADER"
            ? "RAFT_ROLE_LEADER"
            : s.role === "FOLLOWER"
              ? "RAFT_ROLE_FOLLOWER"
              : s.role === "CANDIDATE" || s.role === "PRE_CANDIDATE"
                ? "RAFT_ROLE_CANDIDATE"
                : "RAFT_ROLE_UNSPECIFIED";
        members.set(id, {
          memberId: id,
          address: s.address || a.address,
          role,
          term: s.raftTerm,
          commitIndex: s.commitIndex,
          appliedIndex: s.appliedIndex,
          reachable: true,
        });
        if (s.leaderId && s.raftTerm > leaderTerm) {
          leaderTerm = s.raftTerm;
          leaderId = s.leaderId;
        }
      }
      // A member that did not answer but that others list: ask it directly is what we did if it
      // was an endpoint; otherwise it stays unreachable from here.
      const unanswered = [...members.values()].filter((m) => !m.reachable && m.address);
      await Promise.all(
        unanswered.map(async (m) => {
          const address = String(m.address);
          if (answers.some((a) => a.address === address)) return;
          const c = new (magnetarV1().Metadata)(address, grpc.credentials.createInsecure(), channelOptions());
          clients.push(c);
          try {
            const s = await callUnary(c, "Status", {}, timeout);
            members.set(String(m.memberId), {
              ...m,
              role:
                s.role === "LEADER"
                  ? "RAFT_ROLE_LEADER"
                  : s.role === "FOLLOWER"
                    ? "RAFT_ROLE_FOLLOWER"
                    : "RAFT_ROLE_CANDIDATE",
              term: s.raftTerm,
              commitIndex: s.commitIndex,
              appliedIndex: s.appliedIndex,
              reachable: true,
            });
          } catch {
            // unreachable
          }
        }),
      );
      return {
        members: [...members.values()].sort((a, b) => String(a.memberId).localeCompare(String(b.memberId))),
        leaderId,
      };
    } finally {
      for (const c of clients) c.close();
    }
  }

  async getLedger(ledgerId: number): Promise<LedgerInfo> {
    if (!Number.isSafeInteger(ledgerId) || ledgerId < 0)
      throw new InvalidArgumentError(`ledgerId must be an integer >= 0, got ${ledgerId}`);
    const { metadata: md, version } = await this.ledgers.read(ledgerId);
    return {
      ledgerId: md.ledgerId,
      ensembleSize: md.ensembleSize,
      writeQuorum: md.writeQuorum,
      ackQuorum: md.ackQuorum,
      state:
        md.state === "OPEN"
          ? "LEDGER_STATE_OPEN"
          : md.state === "IN_RECOVERY"
            ? "LEDGER_STATE_IN_RECOVERY"
            : "LEDGER_STATE_CLOSED",
      lastEntryId: md.lastEntryId,
      lengthBytes: md.lengthBytes,
      segments: md.segments.map((s) => ({ firstEntryId: s.firstEntryId, bookies: [...s.bookies] })),
      createdAtMs: md.createdAtMs,
      customMetadata: { ...(md.customMetadata ?? {}) },
      version,
    };
  }
}

/**
 * The Admin service implementation, to mount next to Messaging:
 * `server.addService(magnetarV1().Admin.service, adminService(deps))`.
 */
export function adminService(deps: AdminServiceDeps): grpc.UntypedServiceImplementation {
  return adminHandlers(deps).handlers as unknown as grpc.UntypedServiceImplementation;
}

/** The typed handlers and a `close()` for the forwarding clients (adminService wraps this). */
export function adminHandlers(deps: AdminServiceDeps): { handlers: AdminHandlers; close(): void } {
  const s = new AdminService(deps);
  const log = deps.logger;
  const ns = deps.namespaces;
  const handlers: AdminHandlers = {
    CreateTenant: unary((req) => s.createTenant(req), log),
    UpdateTenant: unary((req) => s.updateTenant(req), log),
    GetTenant: unary(async (req) => tenantInfo(await ns.getTenant(req.name)), log),
    ListTenants: unary(async () => ({ tenants: await ns.listTenants() }), log),
    DeleteTenant: unary(async (req, call) => {
      await s.deleteTenant(req.name, req.force, call);
      return {};
    }, log),

    CreateNamespace: unary(
      async (req) => namespaceInfo(await ns.createNamespace(namespaceArg(req.namespace), req.policies)),
      log,
    ),
    ListNamespaces: unary(async (req) => {
      validateTenantName(req.tenant);
      return { namespaces: await ns.listNamespaces(req.tenant) };
    }, log),
    GetNamespace: unary(async (req) => namespaceInfo(await ns.getPolicies(namespaceArg(req.namespace))), log),
    SetPolicies: unary(async (req) => {
      const name = namespaceArg(req.namespace);
      const expected = hasOptional(req, "expectedVersion") ? Number(req.expectedVersion) : undefined;
      return namespaceInfo(await ns.setPolicies(name, req.policies, expected));
    }, log),
    DeleteNamespace: unary(async (req, call) => {
      await s.deleteNamespace(namespaceArg(req.namespace), req.force, call);
      return {};
    }, log),

    CreateTopic: unary(async (req, call) => {
      await s.createTopic(req.topic, req.partitions, call);
      return {};
    }, log),
    UpdatePartitionedTopic: unary(async (req, call) => {
      await s.updatePartitions(req.topic, req.partitions, call);
      return {};
    }, log),
    ListTopics: unary(async (req) => ({ topics: await ns.listTopics(namespaceArg(req.namespace)) }), log),
    DeleteTopic: unary(async (req, call) => {
      await s.deleteTopic(req.topic, req.force, call);
      return {};
    }, log),
    GetTopicStats: unary((req, call) => s.topicStats(req.topic, call), log),
    GetPartitionedStats: unary((req, call) => s.partitionedStats(req.topic, req.perPartition, call), log),
    GetInternalStats: unary((req, call) => s.internalStats(req.topic, call), log),
    UnloadTopic: unary(async (req, call) => {
      await s.unloadTopic(req.topic, call);
      return {};
    }, log),
    TerminateTopic: unary((req, call) => s.terminateTopic(req.topic, call), log),

    ListSubscriptions: unary(
      async (req, call) => ({ subscriptions: await s.listSubscriptions(req.topic, call) }),
      log,
    ),
    CreateSubscription: unary(async (req, call) => {
      await s.createSubscription(req.topic, req.subscription, req.start, call);
      return {};
    }, log),
    DeleteSubscription: unary(async (req, call) => {
      await s.deleteSubscription(req.topic, req.subscription, req.force, call);
      return {};
    }, log),
    ResetCursor: unary(async (req, call) => {
      await s.resetCursor(req.topic, req.subscription, req.target, call);
      return {};
    }, log),
    SkipMessages: unary(
      async (req, call) => ({
        skippedMessages: await s.skipMessages(req.topic, req.subscription, req.count, req.all, call),
      }),
      log,
    ),
    ExpireMessages: unary(
      async (req, call) => ({
        expiredMessages: await s.expireMessages(req.topic, req.subscription, req.expireTimeSeconds, call),
      }),
      log,
    ),
    PeekMessages: unary((req, call) => s.peekMessages(req.topic, req.subscription, req.count, call), log),

    ListBundles: unary((req) => s.listBundles(req.namespace), log),
    UnloadBundle: unary(async (req, call) => {
      await s.unloadBundle(req.namespace, req.bundle, call);
      return {};
    }, log),
    SplitBundle: unary(
      async (req, call) => ({ bundles: await s.splitBundle(req.namespace, req.bundle, req.unload, call) }),
      log,
    ),

    ListBrokers: unary(async () => ({ brokers: await s.listBrokers() }), log),
    ListBookies: unary(async () => ({ bookies: await s.listBookies() }), log),
    ListMetadataMembers: unary((_req, call) => s.listMetadataMembers(call), log),
    GetLedger: unary((req) => s.getLedger(req.ledgerId), log),
  };
  return { handlers, close: () => s.close() };
}
