import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgumentError, type MagnetarError } from "../../common/errors.js";
import { createLogger } from "../../common/log.js";
import { freePort } from "../../e2e/process.js";
import { MetadataStore } from "../../metadata/client/index.js";
import { MetadataMember } from "../../metadata/server/member.js";
import { formatBundle, initialBundles, parseTopicName } from "../core/index.js";
import {
  applyDefaults,
  bundlesKey,
  managedLedgerKey,
  Namespaces,
  normalizePolicies,
  POLICY_DEFAULTS,
  policiesKey,
} from "./namespaces.js";

const logger = createLogger({ service: "namespaces-test", level: "silent" });

describe("namespaces - policies (pure)", () => {
  it("absent fields stay absent; wire forms (strings for int64, numeric enums) are normalized", () => {
    expect(normalizePolicies(null)).toEqual({});
    expect(normalizePolicies({ bundles: 0, maxMessageSizeBytes: 0 })).toEqual({});
    const p = normalizePolicies({
      messageTtlSeconds: "3600",
      backlogQuota: { limitBytes: "10", policy: 1 },
      permissions: { app: { actions: [2, "AUTH_ACTION_PRODUCE", 2] } },
    } as never);
    expect(p).toEqual({
      messageTtlSeconds: 3600,
      backlogQuota: { limitBytes: 10, limitTimeSeconds: 0, policy: "PRODUCER_EXCEPTION" },
      permissions: { app: { actions: ["AUTH_ACTION_PRODUCE", "AUTH_ACTION_CONSUME"] } },
    });
  });

  it("every out-of-range value is INVALID_ARGUMENT naming the field and the range", () => {
    const err = (() => {
      try {
        normalizePolicies({ persistence: { ensembleSize: 40 } } as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toBe(
      "policies.persistence.ensembleSize must be an integer 0..32 (0 = broker default), got 40",
    );
    expect(() => normalizePolicies({ maxMessageSizeBytes: 2048 } as never, 1024)).toThrow(
      /policies\.maxMessageSizeBytes .*cap is 1024/,
    );
    expect(() => normalizePolicies({ deduplicationEnabled: "yes" } as never)).toThrow(
      /policies\.deduplicationEnabled must be true or false/,
    );
  });

  it("defaults: dedup on, 5 MiB, 50,000 entries / 1 GiB / 4 h rollover, 1 cursor write/s", () => {
    const r = applyDefaults({}, initialBundles(2), 3);
    expect(r).toMatchObject({
      deduplication: true,
      maxMessageSizeBytes: 5 * 1024 * 1024,
      rollover: { maxEntries: 50_000, maxSizeBytes: 1024 ** 3, maxAgeMs: 14_400_000 },
      autoTopicCreation: true,
      markDeleteMaxRatePerSecond: 1,
      messageTtlSeconds: 0,
      ensembleSize: 0,
      version: 3,
    });
    const s = applyDefaults(
      { ledgerRollover: { maxEntries: 0, maxSizeMb: 2, maxAgeMinutes: 1 }, deduplicationEnabled: false },
      initialBundles(1),
      1,
    );
    expect(s.rollover).toEqual({
      maxEntries: POLICY_DEFAULTS.rolloverMaxEntries,
      maxSizeBytes: 2 * 1024 * 1024,
      maxAgeMs: 60_000,
    });
    expect(s.deduplication).toBe(false);
  });
});

describe("namespaces - store", () => {
  let dir: string;
  let member: MetadataMember;
  let store: MetadataStore;
  let namespaces: Namespaces;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "magnetar-namespaces-"));
    const address = { host: "127.0.0.1", port: await freePort() };
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
    namespaces = new Namespaces(store, logger, { cacheTtlMs: 60_000 });
  }, 30_000);

  afterAll(async () => {
    namespaces?.close();
    store?.close();
    await member?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("ensureDefaults is idempotent under concurrency and writes the documented keys", async () => {
    await Promise.all([
      namespaces.ensureDefaults(),
      namespaces.ensureDefaults(),
      namespaces.ensureDefaults(),
    ]);
    const ns = { tenant: "public", namespace: "default" };
    expect(JSON.parse((await store.get("/tenants/public"))?.value.toString() ?? "null")).toEqual({
      adminRoles: [],
      allowedClusters: [],
    });
    expect(JSON.parse((await store.get(policiesKey(ns)))?.value.toString() ?? "null")).toEqual({});
    const bundles = JSON.parse((await store.get(bundlesKey(ns)))?.value.toString() ?? "null");
    expect(bundles.bundles).toHaveLength(16);
    expect(bundles.bundles[0]).toBe("0x00000000_0x10000000");
    expect((await namespaces.resolve(ns)).bundles.map(formatBundle)).toEqual(bundles.bundles);
  });

  it("concurrent creations of one namespace: exactly one wins", async () => {
    const ns = { tenant: "public", namespace: "race" };
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => namespaces.createNamespace(ns, null)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as MagnetarError).code).toBe("ALREADY_EXISTS");
  });

  it("resolve errors name what is missing, and a change from elsewhere reaches the cache through the watch", async () => {
    await expect(namespaces.resolve({ tenant: "ghost", namespace: "x" })).rejects.toMatchObject({
      code: "TENANT_NOT_FOUND",
    });
    await expect(namespaces.resolve({ tenant: "public", namespace: "nope" })).rejects.toMatchObject({
      code: "NAMESPACE_NOT_FOUND",
    });
    const ns = { tenant: "public", namespace: "race" };
    expect((await namespaces.resolve(ns)).messageTtlSeconds).toBe(0);
    // Another broker's Namespaces writes; this one's cache (TTL 60 s) must drop the entry.
    const other = new Namespaces(store, logger, { watch: false });
    try {
      await other.setPolicies(ns, { messageTtlSeconds: 30 });
    } finally {
      other.close();
    }
    const deadline = Date.now() + 5_000;
    while ((await namespaces.resolve(ns)).messageTtlSeconds !== 30) {
      if (Date.now() > deadline) throw new Error("the policy change never reached the cache");
      await new Promise((r) => setTimeout(r, 10));
    }
  });

  it("topics: partitioned records, managed-ledger keys, listing without partitions", async () => {
    const ns = { tenant: "public", namespace: "race" };
    const p = parseTopicName("public/race/p");
    await namespaces.createPartitionedTopic(p, 2);
    expect(await namespaces.partitions(p)).toBe(2);
    expect(await namespaces.partitions(parseTopicName("public/race/p-partition-0"))).toBe(0);
    await store.put(managedLedgerKey(parseTopicName("public/race/p-partition-0")), "{}");
    await store.put(managedLedgerKey(parseTopicName("public/race/t")), "{}");
    await store.put(`${managedLedgerKey(parseTopicName("public/race/t"))}/sub-key`, "{}");
    expect(await namespaces.listTopics(ns)).toEqual([
      { topic: "persistent://public/race/p", partitions: 2 },
      { topic: "persistent://public/race/t", partitions: 0 },
    ]);
    await expect(namespaces.createPartitionedTopic(parseTopicName("public/race/t"), 2)).rejects.toMatchObject(
      {
        code: "ALREADY_EXISTS",
      },
    );
    expect(await namespaces.updatePartitions(p, 3)).toBe(2);
    await expect(namespaces.deleteNamespace(ns)).rejects.toMatchObject({ code: "NOT_EMPTY" });
  });
});
