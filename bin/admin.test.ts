import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as grpc from "@grpc/grpc-js";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adminService, unimplementedTopicOps } from "../broker/server/admin-service.js";
import { managedLedgerKey, Namespaces } from "../broker/server/namespaces.js";
import { formatHostPort, type HostPort } from "../common/config.js";
import { bindServer, createServer, shutdownServer } from "../common/grpc.js";
import { createLogger } from "../common/log.js";
import { freePort } from "../e2e/process.js";
import { MetadataStore } from "../metadata/client/index.js";
import { MetadataMember } from "../metadata/server/member.js";
import { magnetarV1 } from "../proto/index.js";
import { addAdminCommand } from "./admin.js";

const logger = createLogger({ service: "admin-cli-test", level: "silent" });

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

describe("cli - magnetar admin", () => {
  let dir: string;
  let member: MetadataMember;
  let store: MetadataStore;
  let namespaces: Namespaces;
  let server: grpc.Server;
  let url: string;
  let metadataUrl: string;

  /** Runs `magnetar admin ...` in-process, capturing its output and exit code. */
  async function admin(...args: string[]): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    const cli = new Command("magnetar").exitOverride();
    cli.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
    addAdminCommand(cli);
    for (const c of cli.commands) {
      c.exitOverride();
      for (const g of c.commands) {
        g.exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
        for (const leaf of g.commands) leaf.exitOverride();
      }
    }
    process.exitCode = 0;
    let code = 0;
    try {
      const needsUrl = !["bookies", "ledger"].includes(args[0] ?? "");
      const extra = args.includes("--help") ? [] : needsUrl ? ["--url", url] : ["--metadata", metadataUrl];
      await cli.parseAsync(["node", "magnetar", "admin", ...args, ...extra]);
      code = Number(process.exitCode ?? 0);
    } catch (e) {
      code =
        typeof (e as { exitCode?: unknown }).exitCode === "number"
          ? (e as { exitCode: number }).exitCode
          : 99;
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      process.exitCode = 0;
    }
    return { code, stdout: out.join(""), stderr: err.join("") };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "magnetar-admin-cli-"));
    const port = await freePort();
    const address: HostPort = { host: "127.0.0.1", port };
    metadataUrl = formatHostPort(address);
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
    await namespaces.ensureDefaults();
    const ops = {
      ...unimplementedTopicOps(),
      createTopic: async (topic: Parameters<ReturnType<typeof unimplementedTopicOps>["createTopic"]>[0]) => {
        await store.put(managedLedgerKey(topic), JSON.stringify({ ledgers: [] }));
      },
      listSubscriptions: async () => [],
    };
    server = createServer();
    server.addService(
      magnetarV1().Admin.service,
      adminService({ namespaces, store, ops, logger, metadataEndpoints: [address] }),
    );
    url = formatHostPort(await bindServer(server, { host: "127.0.0.1", port: 0 }));
  }, 30_000);

  afterAll(async () => {
    if (server) await shutdownServer(server, 500);
    namespaces?.close();
    store?.close();
    await member?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("tenants: create, list, get (text and --json), errors exit 1 with the code", async () => {
    expect((await admin("tenants", "create", "acme", "--admin-roles", "ops,dev")).code).toBe(0);
    const listed = await admin("tenants", "list");
    expect(listed.stdout.split("\n")).toEqual(["acme", "public", ""]);
    const got = await admin("tenants", "get", "acme", "--json");
    expect(JSON.parse(got.stdout)).toMatchObject({ name: "acme", adminRoles: ["dev", "ops"], version: 1 });
    const again = await admin("tenants", "create", "acme");
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("error: ALREADY_EXISTS: tenant acme already exists\n");
    const missing = await admin("tenants", "get", "nope");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: TENANT_NOT_FOUND: /);
  });

  it("namespaces: create with flags, get, set-policies read-modify-write", async () => {
    const created = await admin(
      "namespaces",
      "create",
      "acme/orders",
      "--bundles",
      "4",
      "--dedup",
      "off",
      "--ensemble",
      "3",
      "--write-quorum",
      "2",
      "--ack-quorum",
      "2",
    );
    expect(created).toMatchObject({ code: 0, stdout: "created namespace acme/orders with 4 bundles\n" });
    const got = JSON.parse((await admin("namespaces", "get", "acme/orders", "--json")).stdout);
    expect(got.policies).toMatchObject({
      bundles: 4,
      deduplicationEnabled: false,
      persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 },
    });
    expect(got.version).toBe(1);
    const set = await admin(
      "namespaces",
      "set-policies",
      "acme/orders",
      "--dedup",
      "on",
      "--message-ttl",
      "60",
    );
    expect(set.stdout).toBe("updated policies of acme/orders (version 2)\n");
    const after = JSON.parse((await admin("namespaces", "get", "acme/orders", "--json")).stdout);
    expect(after.policies).toMatchObject({ deduplicationEnabled: true, messageTtlSeconds: 60, bundles: 4 });
    expect(after.policies.persistence).toMatchObject({ ensembleSize: 3 });
    const bad = await admin("namespaces", "create", "acme/bad", "--ensemble", "2", "--write-quorum", "3");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("policies.persistence.writeQuorum");
    const badFlag = await admin("namespaces", "create", "acme/bad", "--dedup", "maybe");
    expect(badFlag.code).not.toBe(0);
    expect(badFlag.stderr).toContain("expected on or off");
    expect((await admin("namespaces", "list", "acme")).stdout).toBe("acme/orders\n");
  });

  it("topics and bundles", async () => {
    expect((await admin("topics", "create", "acme/orders/p", "--partitions", "2")).code).toBe(0);
    expect((await admin("topics", "create", "acme/orders/plain")).code).toBe(0);
    const listed = await admin("topics", "list", "acme/orders");
    expect(listed.stdout).toBe("persistent://acme/orders/p\t2 partitions\npersistent://acme/orders/plain\n");
    const json = JSON.parse((await admin("topics", "list", "acme/orders", "--json")).stdout);
    expect(json.topics).toHaveLength(2);
    const upd = await admin("topics", "update-partitions", "acme/orders/p", "1");
    expect(upd.code).toBe(1);
    expect(upd.stderr).toMatch(
      /^error: INVALID_ARGUMENT: partitions must be greater than the current count 2/,
    );
    const bundles = await admin("bundles", "list", "acme/orders");
    expect(bundles.stdout.split("\n")[1]).toBe("0x00000000_0x40000000  -");
    const split = await admin("bundles", "split", "acme/orders", "0x00000000_0x40000000", "--json");
    expect(JSON.parse(split.stdout)).toEqual({ bundles: ["0x00000000_0x20000000", "0x20000000_0x40000000"] });
    const stats = await admin("topics", "stats", "acme/orders/plain");
    expect(stats.code).toBe(1);
    expect(stats.stderr).toMatch(/^error: UNIMPLEMENTED: /);
  });

  it("subscriptions validate their arguments before calling", async () => {
    const skip = await admin("subscriptions", "skip", "acme/orders/plain", "s");
    expect(skip.code).toBe(1);
    expect(skip.stderr).toBe("error: INVALID_ARGUMENT: give exactly one of -n N and --all\n");
    const reset = await admin("subscriptions", "reset-cursor", "acme/orders/plain", "s", "--to", "yesterday");
    expect(reset.code).toBe(1);
    expect(reset.stderr).toContain("--to must be earliest, latest or a message id");
    const peek = await admin("subscriptions", "peek", "acme/orders/plain", "s", "-n", "5000");
    expect(peek.code).not.toBe(0);
    expect(peek.stderr).toContain("--count must be an integer 1..1000");
  });

  it("cluster: brokers, metadata members", async () => {
    await store.put(
      "/brokers/b1",
      JSON.stringify({
        id: "b1",
        serviceAddress: "127.0.0.1:6650",
        httpAddress: "127.0.0.1:8080",
        startedAtMs: 1,
      }),
    );
    const brokers = await admin("brokers", "list");
    expect(brokers.stdout).toMatch(/^ID +SERVICE/);
    expect(brokers.stdout).toContain("b1  127.0.0.1:6650");
    const members = JSON.parse((await admin("metadata", "members", "--json")).stdout);
    expect(members.leaderId).toBe("m1");
    expect((await admin("metadata", "members")).stdout).toMatch(/m1 +127\.0\.0\.1:\d+ +LEADER/);
    expect((await admin("bookies", "list")).code).toBe(0);
  });

  it("an unknown subcommand lists the valid ones", async () => {
    const run = await admin("topics", "frobnicate", "x");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    for (const sub of ["list", "create", "update-partitions", "stats", "backlog", "terminate"])
      expect(run.stderr).toContain(sub);
    const top = await admin("frobnicate");
    expect(top.code).not.toBe(0);
    for (const group of [
      "tenants",
      "namespaces",
      "topics",
      "subscriptions",
      "bundles",
      "brokers",
      "metadata",
    ])
      expect(top.stderr).toContain(group);
  });

  it("a broker that is not there is an UNAVAILABLE error naming the address", async () => {
    const port = await freePort();
    const cli = new Command("magnetar").exitOverride();
    addAdminCommand(cli);
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    try {
      await cli.parseAsync(["node", "magnetar", "admin", "tenants", "list", "--url", `127.0.0.1:${port}`]);
      expect(process.exitCode).toBe(1);
    } finally {
      spy.mockRestore();
      process.exitCode = 0;
    }
    expect(err.join("")).toMatch(/^error: UNAVAILABLE: .*is a broker listening on 127\.0\.0\.1:\d+\?/s);
  });
});
