import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHostPort } from "../../common/config.js";
import {
  CompactedError,
  InvalidArgumentError,
  LeaseNotFoundError,
  type MagnetarError,
} from "../../common/errors.js";
import { callUnary, channelOptions } from "../../common/grpc.js";
import { createLogger } from "../../common/log.js";
import { freePort } from "../../e2e/process.js";
import type { MetadataClient } from "../../proto/gen/magnetar/v1/Metadata.js";
import type { WatchResponse__Output } from "../../proto/gen/magnetar/v1/WatchResponse.js";
import { magnetarV1 } from "../../proto/index.js";
import { Election, Lease, MetadataStore, Watch } from "../client/index.js";
import { MetadataMember } from "./member.js";

const logger = createLogger({ service: "metadata-test", level: "silent" });

async function startMembers(dir: string, n: number): Promise<MetadataMember[]> {
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const peers = ports.map((port, i) => ({ id: `m${i + 1}`, address: { host: "127.0.0.1", port } }));
  return Promise.all(
    peers.map((p) =>
      MetadataMember.start({
        id: p.id,
        peers,
        listen: p.address,
        dataDir: join(dir, p.id),
        logger,
        tickMs: 10,
      }),
    ),
  );
}

async function leaderOf(members: MetadataMember[]): Promise<MetadataMember> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const l = members.find((m) => m.isLeader);
    if (l) return l;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("no leader elected in 10 s");
}

describe("metadata - one member, bad input", () => {
  let dir: string;
  let member: MetadataMember;
  let client: MetadataClient;
  const call = <K extends "Put" | "Range" | "Txn" | "Compact" | "LeaseRevoke">(method: K, req: object) =>
    callUnary(client, method, req as never, 5_000);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "magnetar-member-"));
    [member] = (await startMembers(dir, 1)) as [MetadataMember];
    await leaderOf([member]);
    client = new (magnetarV1().Metadata)(
      formatHostPort(member.listenAddress),
      grpc.credentials.createInsecure(),
      channelOptions(),
    );
  });
  afterAll(async () => {
    client.close();
    await member.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("metadata - an empty key is refused with INVALID_ARGUMENT", async () => {
    const err = await call("Put", { key: Buffer.alloc(0), value: Buffer.from("v") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as MagnetarError).message).toMatch(/key/);
  });

  it("metadata - a value over 1 MiB is refused, naming the limit", async () => {
    const err = await call("Put", { key: Buffer.from("/big"), value: Buffer.alloc(1024 * 1024 + 1) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as MagnetarError).message).toMatch(/1048576|1 MiB/);
  });

  it("metadata - a put on an unknown lease is refused with LEASE_NOT_FOUND", async () => {
    const err = await call("Put", { key: Buffer.from("/l"), value: Buffer.from("v"), lease: 424242 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LeaseNotFoundError);
  });

  it("metadata - a malformed txn compare is refused", async () => {
    const err = await call("Txn", {
      compares: [{ key: Buffer.from("/a"), target: "TARGET_UNSPECIFIED", result: "EQUAL", version: 1 }],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
  });

  it("metadata - a txn op may not carry its own compare-and-set; a compare needs its operand", async () => {
    const put = { requestPut: { key: Buffer.from("/t"), value: Buffer.from("v"), expectedVersion: 3 } };
    const err = await call("Txn", { success: [put] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as MagnetarError).message).toContain("expected_version");
    const mismatch = await call("Txn", {
      compares: [{ key: Buffer.from("/t"), target: "VERSION", result: "EQUAL", modRevision: 1 }],
    }).catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(InvalidArgumentError);
    expect((mismatch as MagnetarError).message).toContain('operand "version"');
  });

  it("metadata - a request larger than the log entry limit is refused before it reaches the log", async () => {
    const big = Buffer.alloc(1024 * 1024 - 100);
    const success = Array.from({ length: 5 }, (_, i) => ({
      requestPut: { key: Buffer.from(`/big/${i}`), value: big },
    }));
    const err = await call("Txn", { success }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as MagnetarError).message).toMatch(/at most \d+ bytes/);
  });

  it("metadata - reads and watches below the compacted revision get COMPACTED; the member keeps serving", async () => {
    const revs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await call("Put", { key: Buffer.from(`/c/${i}`), value: Buffer.from("v") });
      revs.push(r.header?.revision ?? 0);
    }
    await call("Compact", { revision: revs[2] });
    const range = await call("Range", { key: Buffer.from("/c/0"), revision: revs[0] }).catch(
      (e: unknown) => e,
    );
    expect(range).toBeInstanceOf(CompactedError);

    const responses: WatchResponse__Output[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = client.Watch({ key: Buffer.from("/c/"), prefix: true, startRevision: revs[0] });
      stream.on("data", (r: WatchResponse__Output) => responses.push(r));
      stream.on("end", resolve);
      stream.on("error", reject);
    });
    const canceled = responses.find((r) => r.canceled);
    expect(canceled?.cancelReason?.code).toBe("COMPACTED");
    expect(canceled?.compactRevision).toBe(revs[2]);

    const ok = await call("Put", { key: Buffer.from("/still/serving"), value: Buffer.from("yes") });
    expect(ok.header?.revision).toBeGreaterThan(revs[3] as number);
  });

  it("metadata - revoking an unknown lease is LEASE_NOT_FOUND", async () => {
    await expect(call("LeaseRevoke", { id: 999 })).rejects.toBeInstanceOf(LeaseNotFoundError);
  });
});

describe("metadata - store client on three in-process members", () => {
  let dir: string;
  let members: MetadataMember[];
  let store: MetadataStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "magnetar-store-"));
    members = await startMembers(dir, 3);
    await leaderOf(members);
    store = new MetadataStore({ endpoints: members.map((m) => m.listenAddress) });
  });
  afterAll(async () => {
    store.close();
    await Promise.all(members.map((m) => m.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it("metadata - the unary peer RPCs answer with the core's response and refuse strangers", async () => {
    const [a, b] = members as [MetadataMember, MetadataMember];
    const raft = new (magnetarV1().Raft)(
      formatHostPort(a.listenAddress),
      grpc.credentials.createInsecure(),
      channelOptions(),
    );
    try {
      const term = a.term;
      const vote = await callUnary(
        raft,
        "RequestVote",
        {
          header: { clusterId: a.clusterId, from: b.id, to: a.id },
          term: term + 1,
          candidateId: b.id,
          lastLogIndex: 0,
          lastLogTerm: 0,
          preVote: true,
        },
        5_000,
      );
      // A pre-vote from a member with an empty log is refused, and answered by this member.
      expect(vote.voteGranted).toBe(false);
      expect(vote.preVote).toBe(true);
      expect(vote.header?.from).toBe(a.id);
      const stranger = await callUnary(
        raft,
        "AppendEntries",
        { header: { clusterId: "another-cluster", from: b.id, to: a.id }, term, leaderId: b.id },
        5_000,
      ).catch((e: unknown) => e);
      expect((stranger as MagnetarError).code).toBe("PERMISSION_DENIED");
    } finally {
      raft.close();
    }
  });

  it("store client - election: one leader at a time; the next candidate leads once the leader's lease is revoked", async () => {
    const election = new Election(store, "/elections/auditor/");
    const a = await Lease.grant(store, 5_000);
    const b = await Lease.grant(store, 5_000);
    await election.campaign(a, "a");
    let bLeads = false;
    const bCampaign = election.campaign(b, "b").then(() => {
      bLeads = true;
    });
    const observed: (string | undefined)[] = [];
    const observer = (async () => {
      for await (const leader of new Election(store, "/elections/auditor/").observe()) {
        observed.push(leader?.value.toString());
        if (observed.at(-1) === "b") return;
      }
    })();
    expect((await election.leader())?.value.toString()).toBe("a");
    expect(bLeads).toBe(false);
    await a.revoke();
    await bCampaign;
    expect((await election.leader())?.value.toString()).toBe("b");
    await observer;
    expect(observed[0]).toBe("a");
    expect(observed.at(-1)).toBe("b");
    await b.revoke();
  });

  it("store client - a watch survives the member it used stopping: no event skipped or repeated", async () => {
    const watch = new Watch(store, "/stream/", { prefix: true });
    await watch.ready;
    const seen: string[] = [];
    const collecting = (async () => {
      for await (const batch of watch) {
        for (const e of batch.events) seen.push(e.kv.key);
        if (seen.length >= 20) return;
      }
    })();
    for (let i = 0; i < 10; i++) await store.put(`/stream/${String(i).padStart(2, "0")}`, "v");
    // Stop the first member (the watch's first endpoint); the watch moves to another member.
    const first = members[0] as MetadataMember;
    await first.close();
    for (let i = 10; i < 20; i++) await store.put(`/stream/${String(i).padStart(2, "0")}`, "v");
    await collecting;
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `/stream/${String(i).padStart(2, "0")}`));
  });
});
