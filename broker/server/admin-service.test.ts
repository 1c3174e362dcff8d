import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHostPort, type HostPort } from "../../common/config.js";
import { MagnetarError } from "../../common/errors.js";
import { bindServer, callUnary, channelOptions, createServer, shutdownServer } from "../../common/grpc.js";
import { createLogger } from "../../common/log.js";
import { freePort } from "../../e2e/process.js";
import { MetadataStore } from "../../metadata/client/index.js";
import { MetadataMember } from "../../metadata/server/member.js";
import type { AdminClient } from "../../proto/gen/magnetar/v1/Admin.js";
import type { SeekTarget__Output } from "../../proto/gen/magnetar/v1/SeekTarget.js";
import type { TopicStats } from "../../proto/gen/magnetar/v1/TopicStats.js";
import { magnetarV1 } from "../../proto/index.js";
import { formatTopicName, type NamespaceName, type TopicName } from "../core/index.js";
import { adminHandlers, type TopicOps, unimplementedTopicOps } from "./admin-service.js";
import { managedLedgerKey, Namespaces, ownershipKey } from "./namespaces.js";

/** Request and response types of a generated unary client method (its last overload). */
type Unary<F> = F extends (
  argument: infer Req,
  callback: grpc.requestCallback<infer Res>,
) => grpc.ClientUnaryCall
  ? { req: Req; res: Res }
  : never;
type AdminMethod = Extract<keyof AdminClient, `${Uppercase<string>}${string}`> & string;

const logger = createLogger({ service: "admin-test", level: "silent" });

/** An in-memory broker runtime: topics are managed-ledger keys in the real store. */
class FakeOps implements TopicOps {
  readonly calls: string[] = [];
  readonly subs = new Map<string, Set<string>>();
  forwardTo: ((topic: string) => string | undefined) | undefined;

  constructor(private readonly store: MetadataStore) {}

  private log(op: string, topic: TopicName | string): void {
    this.calls.push(`${op} ${typeof topic === "string" ? topic : formatTopicName(topic)}`);
  }

  private subsOf(topic: TopicName): Set<string> {
    const name = formatTopicName(topic);
    let s = this.subs.get(name);
    if (!s) {
      s = new Set();
      this.subs.set(name, s);
    }
    return s;
  }

  async route(topic: TopicName): Promise<string | undefined> {
    return this.forwardTo?.(formatTopicName(topic));
  }
  async routeBundle(): Promise<string | undefined> {
    return undefined;
  }
  async createTopic(topic: TopicName): Promise<void> {
    this.log("createTopic", topic);
    const ok = await this.store.tryCas(managedLedgerKey(topic), 0, JSON.stringify({ ledgers: [] }));
    if (!ok) throw new MagnetarError("ALREADY_EXISTS", `topic ${formatTopicName(topic)} exists`);
  }
  async deleteTopic(topic: TopicName): Promise<void> {
    this.log("deleteTopic", topic);
    const n = await this.store.delete(managedLedgerKey(topic));
    if (n === 0) throw new MagnetarError("TOPIC_NOT_FOUND", "no such topic");
  }
  async topicStats(topic: TopicName): Promise<TopicStats> {
    this.log("topicStats", topic);
    const subscriptions = Object.fromEntries(
      [...this.subsOf(topic)].map((s) => [s, { msgBacklog: 5, backlogSizeBytes: 50, isDurable: true }]),
    );
    return {
      topic: formatTopicName(topic),
      msgRateIn: 1.5,
      msgsInTotal: 10,
      storageSizeBytes: 100,
      subscriptions,
    };
  }
  async internalStats(topic: TopicName) {
    this.log("internalStats", topic);
    return { topic: formatTopicName(topic), loaded: false };
  }
  async unloadTopic(topic: TopicName): Promise<void> {
    this.log("unloadTopic", topic);
  }
  async terminateTopic(topic: TopicName) {
    this.log("terminateTopic", topic);
    return { lastMessageId: null };
  }
  async listSubscriptions(topic: TopicName): Promise<string[]> {
    return [...this.subsOf(topic)];
  }
  async createSubscription(topic: TopicName, sub: string, start: SeekTarget__Output | null): Promise<void> {
    this.log(`createSubscription ${sub} ${start?.position ?? "latest"}`, topic);
    const s = this.subsOf(topic);
    if (s.has(sub)) throw new MagnetarError("ALREADY_EXISTS", "subscription exists");
    s.add(sub);
  }
  async deleteSubscription(topic: TopicName, sub: string): Promise<void> {
    if (!this.subsOf(topic).delete(sub))
      throw new MagnetarError("SUBSCRIPTION_NOT_FOUND", "no such subscription");
  }
  async resetCursor(topic: TopicName, sub: string): Promise<void> {
    this.log(`resetCursor ${sub}`, topic);
  }
  async skipMessages(_topic: TopicName, _sub: string, count: number): Promise<number> {
    return count === -1 ? 42 : count;
  }
  async expireMessages(): Promise<number> {
    return 3;
  }
  async peekMessages() {
    return { entries: [] };
  }
  async unloadBundle(ns: NamespaceName, bundle: string): Promise<void> {
    this.log("unloadBundle", `${ns.tenant}/${ns.namespace} ${bundle}`);
  }
}

interface Broker {
  server: grpc.Server;
  address: HostPort;
  ops: FakeOps;
  close(): void;
}

async function startBroker(
  store: MetadataStore,
  namespaces: Namespaces,
  metadata: HostPort,
): Promise<Broker> {
  const ops = new FakeOps(store);
  const server = createServer();
  const { handlers, close } = adminHandlers({
    namespaces,
    store,
    ops,
    logger,
    metadataEndpoints: [metadata],
  });
  server.addService(magnetarV1().Admin.service, handlers);
  const address = await bindServer(server, { host: "127.0.0.1", port: 0 });
  return { server, address, ops, close };
}

describe("admin service", () => {
  let dir: string;
  let member: MetadataMember;
  let store: MetadataStore;
  let namespaces: Namespaces;
  let a: Broker;
  let b: Broker;
  let client: AdminClient;

  const call = <K extends AdminMethod>(method: K, request: Unary<AdminClient[K]>["req"]) =>
    callUnary(client, method, request as never, 10_000) as Promise<Unary<AdminClient[K]>["res"]>;
  const failure = async <K extends AdminMethod>(
    method: K,
    request: Unary<AdminClient[K]>["req"],
  ): Promise<MagnetarError> => {
    const err = await call(method, request).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err, `${method} ${JSON.stringify(request)} should fail`).toBeInstanceOf(MagnetarError);
    return err as MagnetarError;
  };
  const code = async <K extends AdminMethod>(method: K, request: Unary<AdminClient[K]>["req"]) =>
    (await failure(method, request)).code;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "magnetar-admin-"));
    const port = await freePort();
    const address = { host: "127.0.0.1", port };
    member = await MetadataMember.start({
      id: "m1",
      peers: [{ id: "m1", address }],
      listen: address,
      dataDir: join(dir, "m1"),
      logger,
      tickMs: 10,
    });
    const deadline = Date.now() + 10_000;
    while (!member.isLeader) {
      if (Date.now() > deadline) throw new Error("no leader in 10 s");
      await new Promise((r) => setTimeout(r, 10));
    }
    store = new MetadataStore({ endpoints: [address] });
    namespaces = new Namespaces(store, logger);
    await Promise.all([namespaces.ensureDefaults(), namespaces.ensureDefaults()]);
    a = await startBroker(store, namespaces, address);
    b = await startBroker(store, namespaces, address);
    client = new (magnetarV1().Admin)(
      formatHostPort(a.address),
      grpc.credentials.createInsecure(),
      channelOptions(),
    );
  }, 30_000);

  afterAll(async () => {
    client?.close();
    for (const x of [a, b]) {
      if (!x) continue;
      x.close();
      await shutdownServer(x.server, 500);
    }
    namespaces?.close();
    store?.close();
    await member?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("ensureDefaults creates public/default once, with default policies", async () => {
    expect((await call("ListTenants", {})).tenants).toContain("public");
    expect((await call("ListNamespaces", { tenant: "public" })).namespaces).toEqual(["public/default"]);
    const resolved = await namespaces.resolve({ tenant: "public", namespace: "default" });
    expect(resolved.bundles).toHaveLength(16);
    expect(resolved.deduplication).toBe(true);
    expect(resolved.maxMessageSizeBytes).toBe(5 * 1024 * 1024);
    expect(resolved.rollover).toEqual({
      maxEntries: 50_000,
      maxSizeBytes: 1024 ** 3,
      maxAgeMs: 4 * 3_600_000,
    });
    expect(resolved.autoTopicCreation).toBe(true);
    expect(resolved.markDeleteMaxRatePerSecond).toBe(1);
    expect(resolved.messageTtlSeconds).toBe(0);
    expect([resolved.ensembleSize, resolved.writeQuorum, resolved.ackQuorum]).toEqual([0, 0, 0]);
  });

  it("tenants: create, get, update with CAS, list, bad input", async () => {
    const t = await call("CreateTenant", { tenant: { name: "acme", adminRoles: ["ops", "ops"] } });
    expect(t).toMatchObject({ name: "acme", adminRoles: ["ops"], version: 1 });
    expect(await code("CreateTenant", { tenant: { name: "acme" } })).toBe("ALREADY_EXISTS");
    expect(await code("CreateTenant", { tenant: { name: "bad/name" } })).toBe("INVALID_ARGUMENT");
    expect(await code("CreateTenant", { tenant: { name: "" } })).toBe("INVALID_ARGUMENT");
    expect(await code("CreateTenant", {})).toBe("INVALID_ARGUMENT");
    expect(await code("GetTenant", { name: "nope" })).toBe("TENANT_NOT_FOUND");
    const u = await call("UpdateTenant", { tenant: { name: "acme", adminRoles: ["x"] }, expectedVersion: 1 });
    expect(u.version).toBe(2);
    expect(await code("UpdateTenant", { tenant: { name: "acme" }, expectedVersion: 1 })).toBe(
      "VERSION_MISMATCH",
    );
    expect((await call("GetTenant", { name: "acme" })).adminRoles).toEqual(["x"]);
    expect((await call("ListTenants", {})).tenants).toEqual(["acme", "public"]);
  });

  it("namespaces: create with policies, bundles, every bad policy names its field", async () => {
    const info = await call("CreateNamespace", {
      namespace: "acme/orders",
      policies: {
        bundles: 4,
        deduplicationEnabled: false,
        persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 },
      },
    });
    expect(info).toMatchObject({ namespace: "acme/orders", version: 1 });
    expect(info.policies?.bundles).toBe(4);
    expect(info.policies?.deduplicationEnabled).toBe(false);
    // Absent optional fields stay absent (defaults are not filled in).
    expect(info.policies?.messageTtlSeconds).toBeUndefined();
    expect(info.policies?.autoTopicCreationEnabled).toBeUndefined();
    const bundles = (await call("ListBundles", { namespace: "acme/orders" })).bundles;
    expect(bundles.map((x: { bundle: string }) => x.bundle)).toEqual([
      "0x00000000_0x40000000",
      "0x40000000_0x80000000",
      "0x80000000_0xc0000000",
      "0xc0000000_0xffffffff",
    ]);
    const resolved = await namespaces.resolve({ tenant: "acme", namespace: "orders" });
    expect(resolved.deduplication).toBe(false);
    expect(resolved.ensembleSize).toBe(3);

    expect(await code("CreateNamespace", { namespace: "acme/orders" })).toBe("ALREADY_EXISTS");
    expect(await code("CreateNamespace", { namespace: "ghost/orders" })).toBe("TENANT_NOT_FOUND");
    expect(await code("CreateNamespace", { namespace: "acme" })).toBe("INVALID_ARGUMENT");
    expect(await code("GetNamespace", { namespace: "acme/none" })).toBe("NAMESPACE_NOT_FOUND");
    expect(await code("ListNamespaces", { tenant: "ghost" })).toBe("TENANT_NOT_FOUND");
    const badPolicies: [object, string][] = [
      [{ bundles: 2000 }, "policies.bundles"],
      [{ persistence: { ensembleSize: 2, writeQuorum: 3 } }, "policies.persistence.writeQuorum"],
      [{ persistence: { writeQuorum: 2, ackQuorum: 3 } }, "policies.persistence.ackQuorum"],
      [{ persistence: { ensembleSize: 33 } }, "policies.persistence.ensembleSize"],
      [
        { persistence: { markDeleteMaxRatePerSecond: -1 } },
        "policies.persistence.markDeleteMaxRatePerSecond",
      ],
      [{ messageTtlSeconds: -5 }, "policies.messageTtlSeconds"],
      [{ messageTtlSeconds: 11 * 365 * 86_400 }, "policies.messageTtlSeconds"],
      [{ maxMessageSizeBytes: 6 * 1024 * 1024 }, "policies.maxMessageSizeBytes"],
      [{ maxProducersPerTopic: -1 }, "policies.maxProducersPerTopic"],
      [{ retention: { retentionTimeMinutes: -2 } }, "policies.retention.retentionTimeMinutes"],
      [{ backlogQuota: { limitBytes: -1 } }, "policies.backlogQuota.limitBytes"],
      [{ topicDispatchRate: { periodSeconds: 4000 } }, "policies.topicDispatchRate.periodSeconds"],
      [{ ledgerRollover: { maxEntries: -1 } }, "policies.ledgerRollover.maxEntries"],
      [{ permissions: { r: { actions: ["AUTH_ACTION_UNSPECIFIED"] } } }, "policies.permissions[r].actions"],
    ];
    for (const [policies, field] of badPolicies) {
      const err = await failure("CreateNamespace", { namespace: "acme/bad", policies });
      expect(err.code, JSON.stringify(policies)).toBe("INVALID_ARGUMENT");
      expect(err.message).toContain(field);
    }
    expect(await code("GetNamespace", { namespace: "acme/bad" })).toBe("NAMESPACE_NOT_FOUND");
  });

  it("SetPolicies replaces the policies with compare-and-set and keeps the bundle count", async () => {
    const before = await call("GetNamespace", { namespace: "acme/orders" });
    const after = await call("SetPolicies", {
      namespace: "acme/orders",
      policies: { ...before.policies, messageTtlSeconds: 60, bundles: 99 },
      expectedVersion: before.version,
    });
    expect(after.version).toBe(before.version + 1);
    expect(after.policies?.messageTtlSeconds).toBe(60);
    expect(after.policies?.bundles).toBe(4);
    expect(
      await code("SetPolicies", { namespace: "acme/orders", policies: {}, expectedVersion: before.version }),
    ).toBe("VERSION_MISMATCH");
    expect(
      await code("SetPolicies", { namespace: "acme/orders", policies: { maxConsumersPerTopic: -3 } }),
    ).toBe("INVALID_ARGUMENT");
    // The watch (or the local invalidation) makes resolve() see the change.
    expect((await namespaces.resolve({ tenant: "acme", namespace: "orders" })).messageTtlSeconds).toBe(60);
  });

  it("topics: partitioned and plain, listing, partition rules", async () => {
    await call("CreateTopic", { topic: "persistent://acme/orders/p", partitions: 3 });
    expect(a.ops.calls.filter((c) => c.startsWith("createTopic")).sort()).toEqual([
      "createTopic persistent://acme/orders/p-partition-0",
      "createTopic persistent://acme/orders/p-partition-1",
      "createTopic persistent://acme/orders/p-partition-2",
    ]);
    await call("CreateTopic", { topic: "acme/orders/plain" });
    expect((await call("ListTopics", { namespace: "acme/orders" })).topics).toEqual([
      { topic: "persistent://acme/orders/p", partitions: 3 },
      { topic: "persistent://acme/orders/plain", partitions: 0 },
    ]);
    expect(await code("CreateTopic", { topic: "acme/orders/p", partitions: 2 })).toBe("ALREADY_EXISTS");
    expect(await code("CreateTopic", { topic: "acme/orders/p" })).toBe("ALREADY_EXISTS");
    expect(await code("CreateTopic", { topic: "acme/orders/plain", partitions: 2 })).toBe("ALREADY_EXISTS");
    expect(await code("CreateTopic", { topic: "acme/orders/p-partition-1" })).toBe("ALREADY_EXISTS");
    expect(await code("CreateTopic", { topic: "acme/orders/x-partition-1", partitions: 2 })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("CreateTopic", { topic: "acme/orders/y", partitions: 1025 })).toBe("INVALID_ARGUMENT");
    expect(await code("CreateTopic", { topic: "acme/orders/y", partitions: -1 })).toBe("INVALID_ARGUMENT");
    expect(await code("CreateTopic", { topic: "acme/nowhere/y" })).toBe("NAMESPACE_NOT_FOUND");
    expect(await code("CreateTopic", { topic: "a/b/c/d" })).toBe("INVALID_ARGUMENT");
    expect(await code("ListTopics", { namespace: "acme/nowhere" })).toBe("NAMESPACE_NOT_FOUND");
    expect(await code("UpdatePartitionedTopic", { topic: "acme/orders/p", partitions: 3 })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("UpdatePartitionedTopic", { topic: "acme/orders/plain", partitions: 5 })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("UpdatePartitionedTopic", { topic: "acme/orders/none", partitions: 5 })).toBe(
      "TOPIC_NOT_FOUND",
    );
  });

  it("subscriptions fan out over partitions, and new partitions get every subscription", async () => {
    await call("CreateSubscription", { topic: "acme/orders/p", subscription: "s1" });
    expect((await call("ListSubscriptions", { topic: "acme/orders/p" })).subscriptions).toEqual(["s1"]);
    expect(await code("CreateSubscription", { topic: "acme/orders/p", subscription: "s1" })).toBe(
      "ALREADY_EXISTS",
    );
    await call("UpdatePartitionedTopic", { topic: "acme/orders/p", partitions: 5 });
    expect(a.ops.calls).toContain(
      "createSubscription s1 INITIAL_POSITION_EARLIEST persistent://acme/orders/p-partition-4",
    );
    expect((await call("ListTopics", { namespace: "acme/orders" })).topics[0]).toEqual({
      topic: "persistent://acme/orders/p",
      partitions: 5,
    });
    expect(
      (await call("ExpireMessages", { topic: "acme/orders/p", subscription: "s1" })).expiredMessages,
    ).toBe(15);
    expect(await code("CreateSubscription", { topic: "acme/orders/p", subscription: "" })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("CreateSubscription", { topic: "acme/orders/p", subscription: "x".repeat(256) })).toBe(
      "INVALID_ARGUMENT",
    );
    const id = { ledgerId: 1, entryId: 2, batchIndex: -1, partition: 0 };
    expect(
      await code("CreateSubscription", {
        topic: "acme/orders/p",
        subscription: "s2",
        start: { messageId: id },
      }),
    ).toBe("INVALID_ARGUMENT");
    expect(await code("ResetCursor", { topic: "acme/orders/p", subscription: "s1" })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      await code("ResetCursor", { topic: "acme/orders/p", subscription: "s1", target: { messageId: id } }),
    ).toBe("INVALID_ARGUMENT");
    expect(
      await code("ResetCursor", {
        topic: "acme/orders/p-partition-1",
        subscription: "s1",
        target: { messageId: id },
      }),
    ).toBe("INVALID_MESSAGE_ID");
    await call("ResetCursor", {
      topic: "acme/orders/p",
      subscription: "s1",
      target: { position: "INITIAL_POSITION_EARLIEST" },
    });
    expect(a.ops.calls.filter((c) => c.startsWith("resetCursor s1"))).toHaveLength(5);
    expect(await code("SkipMessages", { topic: "acme/orders/plain", subscription: "s1" })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      await code("SkipMessages", { topic: "acme/orders/plain", subscription: "s1", count: 2, all: true }),
    ).toBe("INVALID_ARGUMENT");
    expect(await code("SkipMessages", { topic: "acme/orders/p", subscription: "s1", all: true })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      (await call("SkipMessages", { topic: "acme/orders/plain", subscription: "s1", all: true }))
        .skippedMessages,
    ).toBe(42);
    expect(await code("PeekMessages", { topic: "acme/orders/plain", subscription: "s1", count: 0 })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("PeekMessages", { topic: "acme/orders/plain", subscription: "s1", count: 1001 })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      await code("ExpireMessages", { topic: "acme/orders/p", subscription: "s1", expireTimeSeconds: -1 }),
    ).toBe("INVALID_ARGUMENT");
    expect(await code("DeleteSubscription", { topic: "acme/orders/p", subscription: "nope" })).toBe(
      "SUBSCRIPTION_NOT_FOUND",
    );
    await call("DeleteSubscription", { topic: "acme/orders/p", subscription: "s1" });
    expect((await call("ListSubscriptions", { topic: "acme/orders/p" })).subscriptions).toEqual([]);
  });

  it("stats: single topics only, partitioned stats aggregate, unknown topics are TOPIC_NOT_FOUND", async () => {
    await call("CreateSubscription", { topic: "acme/orders/p", subscription: "agg" });
    expect(await code("GetTopicStats", { topic: "acme/orders/p" })).toBe("INVALID_ARGUMENT");
    expect(await code("GetInternalStats", { topic: "acme/orders/p" })).toBe("INVALID_ARGUMENT");
    expect(await code("TerminateTopic", { topic: "acme/orders/p" })).toBe("INVALID_ARGUMENT");
    expect(await code("GetPartitionedStats", { topic: "acme/orders/plain" })).toBe("INVALID_ARGUMENT");
    expect(await code("GetTopicStats", { topic: "acme/orders/ghost" })).toBe("TOPIC_NOT_FOUND");
    expect(await code("GetTopicStats", { topic: "acme/orders/p-partition-7" })).toBe("TOPIC_NOT_FOUND");
    const stats = await call("GetPartitionedStats", { topic: "acme/orders/p", perPartition: true });
    expect(stats.partitions).toBe(5);
    expect(stats.aggregated?.msgRateIn).toBeCloseTo(7.5);
    expect(stats.aggregated?.msgsInTotal).toBe(50);
    expect(stats.aggregated?.subscriptions.agg?.msgBacklog).toBe(25);
    expect(Object.keys(stats.partitionStats).sort()).toEqual(["0", "1", "2", "3", "4"]);
    const single = await call("GetTopicStats", { topic: "acme/orders/p-partition-2" });
    expect(single.topic).toBe("persistent://acme/orders/p-partition-2");
  });

  it("calls on a topic another broker owns are forwarded there once", async () => {
    const target = "persistent://acme/orders/plain";
    a.ops.forwardTo = (t) => (t === target ? formatHostPort(b.address) : undefined);
    // B would forward back to A if it did not honour the forwarded mark.
    b.ops.forwardTo = () => formatHostPort(a.address);
    try {
      const before = a.ops.calls.length;
      const stats = await call("GetTopicStats", { topic: target });
      expect(stats.topic).toBe(target);
      expect(b.ops.calls).toContain(`topicStats ${target}`);
      expect(a.ops.calls.slice(before)).not.toContain(`topicStats ${target}`);
      await call("UnloadTopic", { topic: target });
      expect(b.ops.calls).toContain(`unloadTopic ${target}`);
    } finally {
      a.ops.forwardTo = undefined;
      b.ops.forwardTo = undefined;
    }
  });

  it("bundles: split, unload only owned bundles, bad bundles", async () => {
    const res = await call("SplitBundle", { namespace: "acme/orders", bundle: "0x00000000_0x40000000" });
    expect(res.bundles).toEqual(["0x00000000_0x20000000", "0x20000000_0x40000000"]);
    expect((await call("ListBundles", { namespace: "acme/orders" })).bundles).toHaveLength(5);
    expect((await call("GetNamespace", { namespace: "acme/orders" })).policies?.bundles).toBe(5);
    expect((await namespaces.resolve({ tenant: "acme", namespace: "orders" })).bundles).toHaveLength(5);
    expect(await code("SplitBundle", { namespace: "acme/orders", bundle: "0x00000000_0x40000000" })).toBe(
      "NOT_FOUND",
    );
    expect(await code("SplitBundle", { namespace: "acme/orders", bundle: "nonsense" })).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await code("UnloadBundle", { namespace: "acme/orders", bundle: "0x00000000_0x40000000" })).toBe(
      "NOT_FOUND",
    );
    expect(await code("ListBundles", { namespace: "acme/none" })).toBe("NAMESPACE_NOT_FOUND");
    // Unowned: left as is.
    await call("UnloadBundle", { namespace: "acme/orders", bundle: "0x20000000_0x40000000" });
    expect(a.ops.calls.filter((c) => c.startsWith("unloadBundle"))).toEqual([]);
    const ns = { tenant: "acme", namespace: "orders" };
    const owner = { brokerId: "b1", serviceAddress: "127.0.0.1:1", httpAddress: "127.0.0.1:2" };
    await store.put(ownershipKey(ns, "0x20000000_0x40000000"), JSON.stringify(owner));
    const listed = (await call("ListBundles", { namespace: "acme/orders" })).bundles;
    expect(listed[1]).toEqual({ bundle: "0x20000000_0x40000000", owner });
    expect(listed[0].owner).toBeNull();
    await call("UnloadBundle", { namespace: "acme/orders", bundle: "0x20000000_0x40000000" });
    expect(a.ops.calls).toContain("unloadBundle acme/orders 0x20000000_0x40000000");
  });

  it("deleting: NOT_EMPTY without force, everything with force", async () => {
    expect(await code("DeleteNamespace", { namespace: "acme/orders" })).toBe("NOT_EMPTY");
    expect(await code("DeleteTenant", { name: "acme" })).toBe("NOT_EMPTY");
    await call("DeleteTopic", { topic: "acme/orders/p" });
    expect((await call("ListTopics", { namespace: "acme/orders" })).topics).toEqual([
      { topic: "persistent://acme/orders/plain", partitions: 0 },
    ]);
    expect(await code("DeleteTopic", { topic: "acme/orders/p" })).toBe("TOPIC_NOT_FOUND");
    await call("DeleteTenant", { name: "acme", force: true });
    expect(await code("GetTenant", { name: "acme" })).toBe("TENANT_NOT_FOUND");
    expect(await code("GetNamespace", { namespace: "acme/orders" })).toBe("TENANT_NOT_FOUND");
    expect(
      await store.get(
        managedLedgerKey({
          tenant: "acme",
          namespace: "orders",
          domain: "persistent",
          localName: "plain",
          partitionIndex: -1,
        }),
      ),
    ).toBeUndefined();
  });

  it("cluster: brokers, bookies, metadata members, ledgers", async () => {
    await store.put(
      "/brokers/b1",
      JSON.stringify({
        id: "b1",
        serviceAddress: "127.0.0.1:6650",
        httpAddress: "127.0.0.1:8080",
        startedAtMs: 1000,
        load: { bundles: 2, topics: 3, producers: 1, consumers: 4, msgRateIn: 1.5, msgRateOut: 2 },
      }),
    );
    const brokers = (await call("ListBrokers", {})).brokers;
    expect(brokers).toHaveLength(1);
    expect(brokers[0].address).toEqual({
      brokerId: "b1",
      serviceAddress: "127.0.0.1:6650",
      httpAddress: "127.0.0.1:8080",
    });
    expect(brokers[0].load).toMatchObject({ bundles: 2, topics: 3, consumers: 4, msgRateIn: 1.5 });
    expect((await call("ListBookies", {})).bookies).toEqual([]);
    const members = await call("ListMetadataMembers", {});
    expect(members.leaderId).toBe("m1");
    expect(members.members).toHaveLength(1);
    expect(members.members[0]).toMatchObject({ memberId: "m1", role: "RAFT_ROLE_LEADER", reachable: true });
    expect(await code("GetLedger", { ledgerId: 12345 })).toBe("LEDGER_NOT_FOUND");
    expect(await code("GetLedger", { ledgerId: -1 })).toBe("INVALID_ARGUMENT");
  });

  it("unimplementedTopicOps refuses topic calls with UNIMPLEMENTED", async () => {
    const ops = unimplementedTopicOps();
    const err = await ops.createTopic(undefined as unknown as TopicName).catch((e: unknown) => e);
    expect((err as MagnetarError).code).toBe("UNIMPLEMENTED");
    expect(await ops.route(undefined as unknown as TopicName)).toBeUndefined();
  });
});
