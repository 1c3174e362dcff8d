import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseHostPortList } from "../common/config.js";
import { MagnetarError, VersionMismatchError } from "../common/errors.js";
import { Lease, MetadataStore, Watch, type WatchBatch } from "../metadata/client/index.js";
import { checkKvHistory, type KvInput, type KvOperation, type KvOutput } from "./linearizability.js";
import {
  type MetadataClusterHandle,
  type NodeProcess,
  runCli,
  startMetadataCluster,
  waitFor,
} from "./process.js";

let cluster: MetadataClusterHandle | undefined;
let dir: string | undefined;
const stores: MetadataStore[] = [];

async function start(extraArgs: string[] = []): Promise<MetadataClusterHandle> {
  dir = await mkdtemp(join(tmpdir(), "magnetar-md-"));
  cluster = await startMetadataCluster(dir, 3, extraArgs);
  return cluster;
}

function store(c: MetadataClusterHandle): MetadataStore {
  const s = new MetadataStore({ endpoints: parseHostPortList(c.endpoints) });
  stores.push(s);
  return s;
}

afterEach(async (ctx) => {
  for (const s of stores.splice(0)) s.close();
  if (cluster && ctx.task.result?.state === "fail") console.error(cluster.logs());
  await cluster?.stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
  cluster = undefined;
});

/** Status of one member through its own endpoint only. */
async function memberStatus(c: MetadataClusterHandle, m: NodeProcess) {
  const i = c.members.indexOf(m);
  const endpoint = c.endpoints.split(",")[i] as string;
  const s = new MetadataStore({ endpoints: parseHostPortList(endpoint) });
  try {
    const [only] = await s.status();
    return only && "status" in only ? only.status : undefined;
  } finally {
    s.close();
  }
}

describe("metadata - real 3-member quorum", () => {
  it("metadata - kill -9 of the leader during writes: writes resume, none lost or applied twice; the member catches up by snapshot", async () => {
    const c = await start(["--snapshot-entries", "100"]);
    const s = store(c);
    const acked: string[] = [];
    const ackTimes: number[] = [];
    let killedAt = 0;
    const lanes = Array.from({ length: 4 }, async (_, lane) => {
      for (let i = 0; i < 150; i++) {
        const key = `/w/${lane}/${String(i).padStart(4, "0")}`;
        await s.put(key, `v${i}`);
        acked.push(key);
        ackTimes.push(Date.now());
      }
    });
    await waitFor("100 acknowledged writes", () => acked.length >= 100);
    const leader = await c.leader();
    await leader.kill();
    killedAt = Date.now();
    await Promise.all(lanes);

    const firstAfterKill = ackTimes.find((t) => t > killedAt) ?? Number.POSITIVE_INFINITY;
    const failoverMs = firstAfterKill - killedAt;
    console.log(`metadata failover: first acknowledged write ${failoverMs} ms after kill -9 of the leader`);
    expect(failoverMs).toBeLessThan(5_000);

    // Every acknowledged write is there exactly once (a put applied twice would be at version 2).
    const { kvs } = await s.list("/w/");
    const byKey = new Map(kvs.map((kv) => [kv.key, kv]));
    expect(acked).toHaveLength(600);
    for (const key of acked) {
      expect(byKey.get(key)?.version, key).toBe(1);
    }

    // The killed member restarts from its data dir and catches up (by snapshot: it missed more
    // than --snapshot-entries entries).
    await leader.start();
    await leader.waitHealthy();
    const newLeader = await c.leader();
    const target = (await memberStatus(c, newLeader))?.commitIndex ?? 0;
    await waitFor(
      "the restarted member to catch up",
      async () => ((await memberStatus(c, leader))?.appliedIndex ?? 0) >= target,
    );
    const restarted = await memberStatus(c, leader);
    expect(restarted?.snapshotIndex).toBeGreaterThan(0);
    expect(restarted?.revision).toBeGreaterThanOrEqual(601);
  });

  it("metadata - a lease whose holder stops keeping it alive expires within TTL plus an election; watchers see the deletes in order", async () => {
    const c = await start();
    const s = store(c);
    const lease = await Lease.grant(s, 1_000);
    const put1 = await s.put("/owners/a", "x", { lease: lease.id });
    await s.put("/owners/b", "y", { lease: lease.id });
    await s.put("/owners/c", "no lease");
    const watch = new Watch(s, "/owners/", { prefix: true, startRevision: put1.revision });
    const batches: WatchBatch[] = [];
    const collecting = (async () => {
      for await (const b of watch) {
        batches.push(b);
        if (b.events.some((e) => e.type === "delete")) return;
      }
    })();
    lease.close(); // stop keep-alives without revoking: the holder "died"
    const stoppedAt = Date.now();
    await collecting;
    const expiredAfterMs = Date.now() - stoppedAt;
    expect(expiredAfterMs).toBeLessThan(1_000 + 1_500);
    // History first (the three puts, in revision order), then one revision deleting both keys.
    const revisions = batches.map((b) => b.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(batches.slice(0, 3).map((b) => b.events[0]?.kv.key)).toEqual([
      "/owners/a",
      "/owners/b",
      "/owners/c",
    ]);
    const deletes = batches.at(-1)?.events ?? [];
    expect(deletes.map((e) => [e.type, e.kv.key])).toEqual([
      ["delete", "/owners/a"],
      ["delete", "/owners/b"],
    ]);
    expect((await s.list("/owners/")).kvs.map((kv) => kv.key)).toEqual(["/owners/c"]);
  });

  it("kv cli - put, get, list, del and status --json against a real quorum", async () => {
    const c = await start();
    const kv = (...args: string[]) => runCli(["kv", ...args, "--metadata", c.endpoints]);
    expect((await kv("put", "/cli/a", "hello")).stdout).toMatch(/^OK revision=\d+ version=1$/m);
    expect((await kv("get", "/cli/a")).stdout).toBe("hello\n");
    const cas = await kv("put", "/cli/a", "x", "--expected-version", "0");
    expect(cas.code).toBe(1);
    expect(cas.stderr).toContain("VERSION_MISMATCH");
    const missing = await kv("get", "/cli/nope");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("KEY_NOT_FOUND");
    expect((await kv("list", "/cli/", "--keys-only")).stdout).toBe("/cli/a\n");
    expect((await kv("del", "/cli/", "--prefix")).stdout).toBe("1\n");
    const status = JSON.parse((await kv("status", "--json")).stdout) as Record<string, unknown>[];
    expect(status).toHaveLength(3);
    expect(status.filter((m) => m.role === "leader")).toHaveLength(1);
    for (const m of status) {
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining(["id", "address", "role", "term", "commitIndex"]),
      );
    }
  });

  it("metadata - SIGTERM stops a member cleanly (exit 0); restarted from its data dir it still has every write", async () => {
    const c = await start();
    const s = store(c);
    for (let i = 0; i < 20; i++) await s.put(`/keep/${i}`, `v${i}`);
    const all = c.members;
    const codes = await Promise.all(all.map((m) => m.stop()));
    expect(codes).toEqual([0, 0, 0]);
    await Promise.all(all.map((m) => m.start()));
    await Promise.all(all.map((m) => m.waitHealthy()));
    const { kvs } = await s.list("/keep/");
    expect(kvs.map((kv) => kv.value.toString()).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `v${i}`).sort(),
    );
  });

  it("metadata - a lease holder is told at once when its lease is gone", async () => {
    const c = await start();
    const s = store(c);
    const lease = await Lease.grant(s, 2_000);
    const other = store(c);
    await other.revokeLease(lease.id); // someone else revoked it
    await expect(lease.lost).resolves.toBe("expired");
    expect(lease.isLost).toBe(true);
  });

  it("metadata - concurrent put/get/cas histories stay linearizable while members are killed and restarted", async () => {
    const c = await start();
    const ops: KvOperation[] = [];
    const keys = ["k0", "k1", "k2"];
    let running = true;
    const t0 = performance.now();
    const clientLoop = async (client: number) => {
      const s = store(c);
      let n = 0;
      while (running) {
        const key = keys[(client + n) % keys.length] as string;
        const kind = ["get", "put", "cas"][n % 3] as "get" | "put" | "cas";
        const value = `c${client}-${n}`;
        n++;
        const call = performance.now() - t0;
        let input: KvInput;
        let output: KvOutput | undefined;
        try {
          if (kind === "get") {
            input = { kind: "get" };
            const kv = await s.get(key);
            output = { kind: "get", value: kv ? kv.value.toString() : null, version: kv?.version ?? 0 };
          } else if (kind === "put") {
            input = { kind: "put", value };
            output = { kind: "put", version: (await s.put(key, value)).version };
          } else {
            const current = await s.get(key, { serializable: true });
            const expectedVersion = current?.version ?? 0;
            input = { kind: "cas", expectedVersion, value };
            try {
              await s.cas(key, expectedVersion, value);
              output = { kind: "cas", ok: true };
            } catch (err) {
              if (!(err instanceof VersionMismatchError)) throw err;
              output = { kind: "cas", ok: false };
            }
          }
          ops.push({ client: `c${client}`, key, input, output, call, ret: performance.now() - t0 });
        } catch (err) {
          if (!(err instanceof MagnetarError)) throw err;
          // Outcome unknown: it may take effect at any time after its call, or never.
          if (kind !== "get") {
            const unknownInput: KvInput =
              kind === "put" ? { kind: "put", value } : { kind: "cas", expectedVersion: -1, value };
            if (kind === "put")
              ops.push({
                client: `c${client}`,
                key,
                input: unknownInput,
                output: undefined,
                call,
                ret: Number.POSITIVE_INFINITY,
              });
          }
        }
      }
    };
    const clients = [0, 1, 2, 3].map(clientLoop);
    // Faults: kill the leader, restart it; kill a follower, restart it.
    await waitFor("some history", () => ops.length >= 50);
    const leader = await c.leader();
    await leader.kill();
    await waitFor("progress after the leader kill", () => ops.length >= 150);
    await leader.start();
    const follower = c.members.find((m) => m !== leader && m.running) as NodeProcess;
    await follower.kill();
    await waitFor("progress after the follower kill", () => ops.length >= 250);
    await follower.start();
    await waitFor("progress after restarts", () => ops.length >= 350);
    running = false;
    await Promise.all(clients);
    const result = checkKvHistory(ops);
    expect(result.linearizable, JSON.stringify(result)).toBe(true);
  });
});
