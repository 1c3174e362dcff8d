/**
 * Hand-written Raft scenarios on a fault-free simulated network. Every scenario also runs the
 * simulation's safety checker after each delivery round (SimCluster.stabilize).
 *
 * Election timeouts are pinned to their maximum (2 * E - 1 ticks) so that a scenario decides who
 * campaigns: ticking a follower E times expires its leader lease without making it campaign.
 */
import { describe, expect, it } from "vitest";
import { InvariantViolation } from "../../../common/errors.js";
import { RaftNode } from "./raft.js";
import { command, NO_FAULTS, SimCluster, type SimOptions } from "./sim.js";
import type { Message, RaftConfig, Role } from "./types.js";

const E = 10;
const IDS = ["n1", "n2", "n3"];

function cluster(ids: readonly string[], overrides: Partial<SimOptions> = {}): SimCluster {
  return new SimCluster({
    seed: 7,
    ids,
    electionTicks: E,
    heartbeatTicks: 1,
    inflightMsgsMax: 8,
    entriesPerMsgMax: 8,
    faults: NO_FAULTS,
    slowShellRate: 0,
    compactEvery: 0,
    random: () => () => 0.99,
    ...overrides,
  });
}

function config(id: string, members: readonly string[]): RaftConfig {
  return {
    id,
    members,
    electionTicks: E,
    heartbeatTicks: 1,
    random: () => 0.5,
    inflightMsgsMax: 4,
    entriesPerMsgMax: 4,
    entryBytesPerMsgMax: 1024,
    uncommittedEntriesMax: 100,
    pendingReadsMax: 16,
    committedEntriesPerReadyMax: 100,
  };
}

function role(c: SimCluster, id: string): Role {
  return c.raft(id).status().role;
}

/** Ticks `id` until it campaigns, delivers everything, and retries if it only learned a term. */
function elect(c: SimCluster, id: string): void {
  for (let attempt = 0; attempt < 3 && role(c, id) !== "leader"; attempt++) {
    for (let i = 0; i < 2 * E && role(c, id) === "follower"; i++) c.tick(id);
    c.stabilize();
  }
  expect(role(c, id)).toBe("leader");
}

function proposeN(c: SimCluster, id: string, n: number): void {
  for (let i = 0; i < n; i++) expect(c.propose(id).type).toBe("proposed");
}

/** Heartbeat rounds: the leader ticks, everything is delivered. */
function heartbeats(c: SimCluster, leader: string, rounds: number): void {
  for (let i = 0; i < rounds; i++) {
    c.tick(leader);
    c.stabilize();
  }
}

describe("raft - elections", () => {
  it("raft - a single node elects itself and commits on its own persistence", () => {
    const node = new RaftNode(config("n1", ["n1"]));
    for (let i = 0; i < 2 * E; i++) node.tick();
    // The vote for itself is not durable yet, so it does not count.
    expect(node.status().role).toBe("candidate");
    const vote = node.ready();
    expect(vote.hardState).toEqual({ term: 1, vote: "n1", commit: 0 });
    node.advance(vote);
    expect(node.status().role).toBe("leader");
    const noop = node.ready();
    expect(noop.entries.map((e) => e.type)).toEqual(["noop"]);
    expect(noop.committedEntries).toEqual([]);
    expect(node.status().commit).toBe(0);
    node.advance(noop);
    expect(node.status().commit).toBe(1);
    expect(node.propose(command(1))).toEqual({ type: "proposed", index: 2, term: 1 });
    const append = node.ready();
    expect(append.entries.map((e) => e.index)).toEqual([2]);
    expect(append.committedEntries.map((e) => e.type)).toEqual(["noop"]);
    node.advance(append);
    const apply = node.ready();
    expect(apply.committedEntries.map((e) => e.index)).toEqual([2]);
    expect(apply.hardState).toEqual({ term: 1, vote: "n1", commit: 2 });
  });

  it("raft - three nodes elect exactly one leader and commit its no-op", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    expect(c.leaders().map((n) => n.id)).toEqual(["n1"]);
    for (const id of IDS) {
      expect(c.raft(id).status()).toMatchObject({ term: 1, leader: "n1", commit: 1, lastIndex: 1 });
    }
  });

  it("raft - a leader steps down when check-quorum finds no majority", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n1");
    c.tick("n1", E); // the followers answered during the first window
    expect(role(c, "n1")).toBe("leader");
    c.tick("n1", E);
    expect(c.raft("n1").status()).toMatchObject({ role: "follower", leader: null, term: 1 });
  });

  it("raft - pre-vote keeps a partitioned node from disrupting the leader", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n3");
    for (let i = 0; i < 20 * E; i++) {
      c.tick("n1");
      c.tick("n3"); // many pre-vote rounds, none answered
      c.stabilize();
    }
    expect(c.raft("n3").status().term).toBe(1);
    expect(["follower", "pre-candidate"]).toContain(role(c, "n3"));
    c.heal();
    heartbeats(c, "n1", 1);
    expect(c.raft("n1").status()).toMatchObject({ role: "leader", term: 1 });
    expect(c.raft("n3").status()).toMatchObject({ role: "follower", leader: "n1", term: 1 });
  });

  it("raft - followers that hear from the leader reject a disruptive pre-vote (stickiness)", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.cut("n1", "n3"); // n3 hears no heartbeats but still reaches n2
    for (let i = 0; i < 10 * E; i++) {
      c.tick("n1");
      c.tick("n2");
      c.tick("n3");
      c.stabilize();
    }
    expect(c.raft("n1").status()).toMatchObject({ role: "leader", term: 1 });
    expect(c.raft("n2").status()).toMatchObject({ leader: "n1", term: 1 });
    expect(c.raft("n3").status().term).toBe(1);
  });

  it("raft - a higher-term vote request is rejected inside the leader lease without raising the term", () => {
    const node = new RaftNode(config("n2", IDS));
    const append: Message = {
      type: "AppendEntries",
      from: "n1",
      to: "n2",
      term: 3,
      prevLogIndex: 0,
      prevLogTerm: 0,
      entries: [],
      leaderCommit: 0,
      seq: 1,
    };
    node.step(append);
    node.step({
      type: "RequestVote",
      from: "n3",
      to: "n2",
      term: 4,
      lastLogIndex: 9,
      lastLogTerm: 3,
      preVote: false,
      leaderTransfer: false,
    });
    expect(node.status()).toMatchObject({ term: 3, vote: null, leader: "n1" });
    const rd = node.ready();
    expect(rd.messages.at(-1)).toMatchObject({ type: "RequestVoteResponse", voteGranted: false, term: 3 });
  });
});

describe("raft - replication", () => {
  it("raft - a follower's conflicting suffix is replaced by the new leader's log", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n1");
    for (let i = 0; i < 3; i++) expect(c.raft("n1").propose(command(100 + i)).type).toBe("proposed");
    c.stabilize();
    expect(c.raft("n1").status()).toMatchObject({ lastIndex: 4, commit: 1 });
    c.tick("n3", E); // n3's lease on n1 expires
    elect(c, "n2");
    proposeN(c, "n2", 2);
    c.stabilize();
    c.heal();
    heartbeats(c, "n2", 2);
    const leaderLog = c.raft("n2").logView().entries;
    const n1 = c.raft("n1");
    expect(n1.status()).toMatchObject({ role: "follower", leader: "n2", term: 2 });
    expect(n1.logView().entries.map((e) => [e.index, e.term])).toEqual(
      leaderLog.map((e) => [e.index, e.term]),
    );
    expect(c.node("n1").app).toEqual(c.node("n2").app);
  });

  it("raft - a leader never commits an earlier term's entry by counting replicas (figure 8)", () => {
    const c = cluster(IDS, { entriesPerMsgMax: 1 });
    elect(c, "n1"); // 1@1 everywhere
    c.isolate("n1");
    expect(c.raft("n1").propose(command(1)).type).toBe("proposed"); // 2@1 on n1 only
    c.stabilize();
    c.ignore("AppendEntries");
    c.tick("n2", E);
    elect(c, "n3"); // term 2; its no-op 2@2 stays on n3
    c.crash("n3");
    c.tick("n1", 2 * E); // check-quorum: the isolated n1 steps down
    expect(role(c, "n1")).toBe("follower");
    c.heal();
    let firstProbe = true;
    c.dropIf = (m) => {
      if (m.type !== "AppendEntries" || m.to !== "n2" || !m.entries.some((e) => e.term === 3)) return false;
      if (firstProbe)
        firstProbe = false; // rejected: n2 lacks index 2, which moves next back
      else return true; // n1's own no-op never reaches n2
      return false;
    };
    elect(c, "n1"); // term 3 with n2's vote; 2@1 now sits on n1 and n2, a majority
    expect(
      c
        .raft("n2")
        .logView()
        .entries.map((e) => e.term),
    ).toEqual([1, 1]);
    expect(c.raft("n1").status().commit).toBe(1); // 2@1 is not committed by counting
    c.crash("n1");
    c.heal();
    c.restart("n3");
    c.tick("n2", E);
    elect(c, "n3"); // term 4: n3's last term 2 beats n2's 1, and it overwrites 2@1 safely
    heartbeats(c, "n3", 1);
    expect(
      c
        .raft("n2")
        .logView()
        .entries.map((e) => e.term),
    ).toEqual([1, 2, 4]);
    expect(c.raft("n2").status().commit).toBe(3);
  });

  it("raft - a follower far behind catches up from a snapshot after compaction", () => {
    const c = cluster(IDS, { compactEvery: 5 });
    elect(c, "n1");
    c.crash("n3");
    for (let i = 0; i < 4; i++) {
      proposeN(c, "n1", 5);
      c.stabilize();
    }
    expect(c.raft("n1").logView().snapshotIndex).toBeGreaterThan(15);
    c.restart("n3");
    heartbeats(c, "n1", 2);
    expect(c.stats.snapshotsInstalled).toBe(1);
    expect(c.raft("n3").status().snapshotIndex).toBeGreaterThan(15);
    expect(c.raft("n3").status().commit).toBe(c.raft("n1").status().commit);
    expect(c.node("n3").app).toEqual(c.node("n1").app);
    expect(c.raft("n1").status().progress?.n3).toMatchObject({ state: "replicate" });
  });

  it("raft - a restarted node comes back as a follower with its persisted state", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    proposeN(c, "n1", 3);
    c.stabilize();
    heartbeats(c, "n1", 1);
    const before = c.raft("n2").status();
    c.crash("n2");
    c.restart("n2");
    expect(c.raft("n2").status()).toMatchObject({
      role: "follower",
      leader: null,
      term: before.term,
      vote: before.vote,
      commit: before.commit,
      lastIndex: before.lastIndex,
    });
    expect(c.node("n2").app.index).toBe(0);
    c.processAll(0); // committed entries are applied again from the log
    expect(c.node("n2").app).toEqual(c.node("n1").app);
  });

  it("raft - the leader counts its own entries toward commit only after advance()", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n1");
    expect(c.raft("n1").propose(command(1))).toMatchObject({ index: 2 });
    c.heal();
    const leader = c.raft("n1");
    const rd = leader.ready();
    expect(rd.entries.map((e) => e.index)).toEqual([2]);
    for (const m of rd.messages) if (m.to === "n2") c.raft("n2").step(m);
    const f = c.raft("n2").ready();
    for (const m of f.messages) leader.step(m);
    // n2 stored index 2, which with the leader's copy would be a majority; but the leader's copy
    // is not durable until advance(), so it must not count yet.
    expect(leader.status().progress?.n2?.match).toBe(2);
    expect(leader.status().commit).toBe(1);
    leader.advance(rd);
    expect(leader.status().commit).toBe(2);
  });
});

describe("raft - leader transfer", () => {
  it("raft - leader transfer hands leadership to an up-to-date target at once", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    expect(c.raft("n1").transferLeadership("n2")).toEqual({ type: "started", to: "n2" });
    expect(c.raft("n1").propose(command(1))).toEqual({ type: "dropped", reason: "leader-transfer" });
    c.stabilize();
    expect(c.raft("n2").status()).toMatchObject({ role: "leader", term: 2 });
    expect(c.raft("n1").status()).toMatchObject({ role: "follower", leader: "n2", term: 2 });
  });

  it("raft - leader transfer first brings a lagging target up to date", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.cut("n1", "n3");
    proposeN(c, "n1", 3);
    c.stabilize();
    c.heal();
    expect(c.raft("n3").status().lastIndex).toBe(1);
    expect(c.raft("n1").transferLeadership("n3").type).toBe("started");
    heartbeats(c, "n1", 1);
    expect(c.raft("n3").status()).toMatchObject({ role: "leader", term: 2 });
    expect(c.raft("n3").logView().entries.slice(0, 4)).toEqual(c.raft("n1").logView().entries.slice(0, 4));
  });

  it("raft - an unfinished leader transfer is abandoned after an election timeout", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n2");
    expect(c.raft("n1").transferLeadership("n2").type).toBe("started");
    heartbeats(c, "n1", E - 1);
    expect(c.raft("n1").status().transferee).toBe("n2");
    heartbeats(c, "n1", 1);
    expect(c.raft("n1").status()).toMatchObject({ role: "leader", term: 1, transferee: null });
    expect(c.raft("n1").propose(command(1)).type).toBe("proposed");
  });

  it("raft - transferLeadership checks its target", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    expect(c.raft("n1").transferLeadership("n9")).toEqual({ type: "invalid", reason: "unknown-member" });
    expect(c.raft("n1").transferLeadership("n1")).toEqual({ type: "invalid", reason: "self" });
    expect(c.raft("n2").transferLeadership("n3")).toEqual({ type: "not-leader", leader: "n1" });
  });
});

describe("raft - client API", () => {
  it("raft - proposals to a follower return not-leader with the leader hint", () => {
    const fresh = new RaftNode(config("n1", IDS));
    expect(fresh.propose(command(1))).toEqual({ type: "not-leader", leader: null });
    const c = cluster(IDS);
    elect(c, "n1");
    expect(c.raft("n2").propose(command(1))).toEqual({ type: "not-leader", leader: "n1" });
    expect(c.raft("n3").readIndex("r")).toEqual({ type: "forwarded", leader: "n1" });
  });

  it("raft - readIndex on the leader is confirmed by a heartbeat quorum", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    proposeN(c, "n1", 2);
    c.stabilize();
    const { ctx, result } = c.readIndex("n1");
    expect(result).toEqual({ type: "pending" });
    const rd = c.raft("n1").ready();
    expect(rd.readStates).toEqual([]); // not before a majority answered the heartbeat
    expect(rd.messages.filter((m) => m.type === "AppendEntries")).toHaveLength(2);
    c.raft("n1").advance(rd);
    for (const m of rd.messages) c.raft(m.to).step(m);
    c.stabilize();
    expect(c.node("n1").readStates).toEqual([{ ctx, index: 3 }]);
  });

  it("raft - a follower's readIndex is forwarded to the leader", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    proposeN(c, "n1", 2);
    c.stabilize();
    const { ctx, result } = c.readIndex("n2");
    expect(result).toEqual({ type: "forwarded", leader: "n1" });
    c.stabilize();
    expect(c.node("n2").readStates).toEqual([{ ctx, index: 3 }]);
  });

  it("raft - readIndex linearizability: a stale leader in a minority cannot serve a read", () => {
    const c = cluster(IDS);
    elect(c, "n1");
    c.isolate("n1");
    c.tick("n3", E);
    elect(c, "n2");
    proposeN(c, "n2", 2);
    c.stabilize();
    expect(role(c, "n1")).toBe("leader"); // it has not noticed yet
    const { result } = c.readIndex("n1");
    expect(result).toEqual({ type: "pending" });
    for (let i = 0; i < 2 * E; i++) {
      c.tick("n1");
      c.stabilize();
    }
    expect(c.node("n1").readStates).toEqual([]);
    expect(role(c, "n1")).toBe("follower");
  });

  it("raft - a new leader serves no read index before it commits an entry of its term", () => {
    const c = cluster(IDS);
    c.ignore("AppendEntriesResponse");
    elect(c, "n1");
    expect(c.raft("n1").status().commit).toBe(0);
    expect(c.raft("n1").readIndex("early")).toEqual({ type: "unavailable", reason: "no-commit-in-term" });
    c.heal();
    heartbeats(c, "n1", 1);
    const { ctx, result } = c.readIndex("n1");
    expect(result).toEqual({ type: "pending" });
    c.stabilize();
    expect(c.node("n1").readStates).toEqual([{ ctx, index: 1 }]);
  });

  it("raft - a single node answers a read index at once", () => {
    const c = cluster(["n1"]);
    elect(c, "n1");
    const { ctx, result } = c.readIndex("n1");
    expect(result).toEqual({ type: "pending" });
    c.processAll(0);
    expect(c.node("n1").readStates).toEqual([{ ctx, index: 1 }]);
  });

  it("raft - compact drops the applied prefix and reports stale requests", () => {
    const c = cluster(["n1"]);
    elect(c, "n1");
    proposeN(c, "n1", 4);
    c.stabilize();
    const node = c.raft("n1");
    const result = node.compact(3, new Uint8Array([1]));
    expect(result).toMatchObject({ type: "compacted", snapshot: { index: 3, term: 1, members: ["n1"] } });
    expect(node.logView()).toMatchObject({ snapshotIndex: 3, snapshotTerm: 1 });
    expect(node.logView().entries.map((e) => e.index)).toEqual([4, 5]);
    expect(node.compact(2, new Uint8Array())).toEqual({ type: "stale", snapshotIndex: 3 });
    expect(() => node.compact(9, new Uint8Array())).toThrow(InvariantViolation);
  });
});

describe("raft - input checks and the Ready contract", () => {
  it("raft - misaddressed, unknown and malformed messages are ignored, not thrown", () => {
    const node = new RaftNode(config("n1", IDS));
    const base = { from: "n2", to: "n1", term: 1, prevLogIndex: 0, prevLogTerm: 0, leaderCommit: 0, seq: 1 };
    const entry = (index: number) => ({ index, term: 1, type: "normal" as const, data: new Uint8Array() });
    expect(node.step({ type: "AppendEntries", ...base, to: "n2", entries: [] })).toEqual({
      type: "ignored",
      reason: "wrong-recipient",
    });
    expect(node.step({ type: "AppendEntries", ...base, from: "n9", entries: [] })).toEqual({
      type: "ignored",
      reason: "unknown-sender",
    });
    expect(node.step({ type: "AppendEntries", ...base, entries: [entry(1), entry(3)] })).toEqual({
      type: "ignored",
      reason: "malformed",
    });
    expect(node.step({ type: "AppendEntries", ...base, term: -1, entries: [] })).toEqual({
      type: "ignored",
      reason: "malformed",
    });
    expect(node.status()).toMatchObject({ term: 0, lastIndex: 0 });
    expect(node.step({ type: "AppendEntries", ...base, entries: [entry(1)] })).toEqual({ type: "stepped" });
    expect(node.status()).toMatchObject({ term: 1, lastIndex: 1, leader: "n2" });
  });

  it("raft - ready() twice without advance(), or advance() with another Ready, is a bug", () => {
    const node = new RaftNode(config("n1", ["n1"]));
    for (let i = 0; i < 2 * E; i++) node.tick();
    const rd = node.ready();
    expect(node.hasReady()).toBe(false);
    expect(() => node.ready()).toThrow(InvariantViolation);
    expect(() => node.advance({ ...rd })).toThrow(InvariantViolation);
    node.advance(rd);
    expect(node.hasReady()).toBe(true);
  });

  it("raft - invalid configuration and inconsistent persisted state are refused", () => {
    expect(() => new RaftNode({ ...config("n1", IDS), heartbeatTicks: E })).toThrow(InvariantViolation);
    expect(() => new RaftNode({ ...config("n4", IDS) })).toThrow(InvariantViolation);
    const persisted = {
      hardState: { term: 1, vote: null, commit: 5 },
      snapshot: null,
      entries: [{ index: 1, term: 1, type: "noop" as const, data: new Uint8Array() }],
    };
    expect(() => new RaftNode(config("n1", IDS), persisted)).toThrow(InvariantViolation);
  });
});

describe("raft - limits", () => {
  it("raft - an append carries at most entryBytesPerMsgMax of entry data, or one larger entry", () => {
    const c = cluster(IDS, { entryBytesPerMsgMax: 10 });
    elect(c, "n1");
    const leader = c.raft("n1");
    for (const size of [4, 4, 4, 30, 2]) leader.propose(new Uint8Array(size));
    heartbeats(c, "n1", 0);
    const rd = leader.ready();
    const batches = rd.messages
      .filter((m) => m.type === "AppendEntries" && m.to === "n2")
      .map((m) => (m.type === "AppendEntries" ? m.entries.map((e) => e.data.byteLength) : []));
    expect(batches).toEqual([[4, 4], [4], [30], [2]]);
    leader.advance(rd);
  });

  it("raft - proposals beyond uncommittedEntriesMax are dropped, not queued", () => {
    const node = new RaftNode(config("n1", ["n1"]));
    for (let i = 0; i < 2 * E; i++) node.tick();
    node.advance(node.ready()); // vote durable: leader
    node.advance(node.ready()); // no-op durable: committed
    expect(node.status()).toMatchObject({ role: "leader", commit: 1 });
    const results = Array.from({ length: 101 }, () => node.propose(command(1)).type);
    expect(results.filter((r) => r === "proposed")).toHaveLength(100);
    expect(node.propose(command(1))).toEqual({ type: "dropped", reason: "uncommitted-limit" });
    node.advance(node.ready());
    expect(node.propose(command(1)).type).toBe("proposed");
  });
});
