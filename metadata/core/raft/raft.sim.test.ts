/**
 * Deterministic simulation: thousands of seeded schedules of crashes, restarts, partitions and a
 * lossy, duplicating, reordering network, with every safety property checked after every step,
 * then a liveness phase (faults healed: a leader must appear and a proposal commit everywhere).
 *
 *   MAGNETAR_SIM_SCHEDULES=20000 npx vitest run metadata/core/raft   # more schedules
 *   MAGNETAR_SIM_STEPS=3000 npx vitest run metadata/core/raft        # longer schedules
 *   MAGNETAR_SEED=1234 npx vitest run metadata/core/raft             # replay one schedule
 */
import { env } from "node:process";
import { expect, it, describe as suite } from "vitest";
import { type SimCluster as Cluster, emptyStats, Rng, SimCluster, type SimStats, withSeed } from "./sim.js";

const SCHEDULES = Number(env.MAGNETAR_SIM_SCHEDULES ?? 2000);
const SEED = env.MAGNETAR_SEED === undefined ? null : Number(env.MAGNETAR_SEED);
/** Chaos steps per schedule; a step is roughly a third of a tick. */
const CHAOS_STEPS = Number(env.MAGNETAR_SIM_STEPS ?? 800);
const LIVENESS_STEPS_MAX = 3000;
const CHUNK = 250;

interface Schedule {
  readonly tickRate: number;
  readonly proposeRate: number;
  readonly readRate: number;
  readonly crashRate: number;
  readonly partitionRate: number;
}

function newCluster(seed: number): { cluster: Cluster; schedule: Schedule } {
  const r = new Rng(seed ^ 0x5eed5eed);
  const dice = r.next();
  const size = dice < 0.05 ? 1 : dice < 0.65 ? 3 : 5;
  const cluster = new SimCluster({
    seed,
    ids: ["n1", "n2", "n3", "n4", "n5"].slice(0, size),
    electionTicks: 10,
    heartbeatTicks: 2,
    inflightMsgsMax: 1 + r.int(8),
    entriesPerMsgMax: 1 + r.int(6),
    entryBytesPerMsgMax: r.chance(0.3) ? 6 : 1024,
    faults: { dropRate: r.next() * 0.2, dupRate: r.next() * 0.1, delayMaxSteps: 1 + r.int(4) },
    slowShellRate: r.next() * 0.3,
    compactEvery: 3 + r.int(25),
  });
  const schedule: Schedule = {
    tickRate: 0.25 + r.next() * 0.2,
    proposeRate: 0.05 + r.next() * 0.3,
    readRate: r.next() * 0.1,
    crashRate: r.next() * 0.03,
    partitionRate: r.next() * 0.02,
  };
  return { cluster, schedule };
}

function timeStep(c: Cluster, tickRate: number): void {
  c.now++;
  c.checker.step++;
  for (const n of c.liveNodes()) if (c.rng.chance(tickRate)) n.live.tick();
  c.deliverDue();
}

function clientStep(c: Cluster, s: Schedule): void {
  const live = c.liveNodes();
  if (live.length === 0) return;
  if (c.rng.chance(s.proposeRate)) c.propose(c.rng.pick(live).id);
  if (c.rng.chance(s.readRate)) c.readIndex(c.rng.pick(live).id);
  if (c.rng.chance(0.004)) {
    const leader = c.leaders()[0];
    const result = leader?.live.transferLeadership(c.rng.pick(c.nodes).id);
    if (result?.type === "started") c.stats.transfers++;
  }
}

function faultStep(c: Cluster, s: Schedule): void {
  const rng = c.rng;
  if (rng.chance(s.crashRate)) c.crash(rng.pick(c.nodes).id);
  // Leaders crashing mid-replication is where commit rules matter most (Raft figure 8).
  const leader = c.leaders()[0];
  if (leader !== undefined && rng.chance(s.crashRate)) c.crash(leader.id);
  if (rng.chance(s.crashRate * 3)) c.restart(rng.pick(c.nodes).id);
  if (rng.chance(s.partitionRate)) {
    const side = c.nodes.filter(() => rng.chance(0.5)).map((n) => n.id);
    const other = c.nodes.map((n) => n.id).filter((id) => !side.includes(id));
    c.partition([side, other]);
  }
  if (rng.chance(s.partitionRate / 2)) c.isolate(rng.pick(c.nodes).id);
  if (rng.chance(s.partitionRate * 2)) c.heal();
}

function chaos(c: Cluster, s: Schedule): void {
  for (let i = 0; i < CHAOS_STEPS; i++) {
    timeStep(c, s.tickRate);
    clientStep(c, s);
    faultStep(c, s);
    c.processAll(c.options.slowShellRate);
    c.checker.afterStep(c.nodes);
    if (i % 50 === 49) c.checker.checkDurability(c.nodes);
  }
}

/** Heal everything; a leader must emerge and a fresh proposal must be applied on every node. */
function liveness(c: Cluster, s: Schedule): number {
  c.heal();
  c.faults = { dropRate: 0, dupRate: 0, delayMaxSteps: 2 };
  for (const n of c.nodes) c.restart(n.id);
  let target: { index: number; term: number } | null = null;
  let proposedAt = 0;
  for (let i = 0; i < LIVENESS_STEPS_MAX; i++) {
    timeStep(c, s.tickRate);
    c.processAll(0);
    c.checker.afterStep(c.nodes);
    if (target !== null && appliedEverywhere(c, target)) return i;
    const rec = target === null ? undefined : c.checker.committedRecord(target.index);
    const lost = rec !== undefined && rec.entry.term !== target?.term;
    if (target === null || lost || i - proposedAt > 400) {
      const leader = c.leaders()[0];
      const result = leader?.live.propose(new Uint8Array([0xff]));
      if (result?.type === "proposed") {
        target = { index: result.index, term: result.term };
        proposedAt = i;
      }
    }
  }
  return c.checker.fail(
    `liveness: no proposal committed on all nodes within ${LIVENESS_STEPS_MAX} steps; ${describe(c)}`,
  );
}

function describe(c: Cluster): string {
  return c.nodes
    .map((n) => {
      const st = n.raft?.status();
      return st === undefined ? `${n.id}: down` : `${n.id}: app=${n.app.index} ${JSON.stringify(st)}`;
    })
    .join("\n");
}

function appliedEverywhere(c: Cluster, target: { index: number; term: number }): boolean {
  const rec = c.checker.committedRecord(target.index);
  if (rec === undefined || rec.entry.term !== target.term) return false;
  return c.nodes.every((n) => n.app.index >= target.index);
}

function runSchedule(seed: number, total: SimStats): Cluster {
  const { cluster, schedule } = newCluster(seed);
  withSeed(cluster.checker, () => {
    chaos(cluster, schedule);
    liveness(cluster, schedule);
    cluster.checker.checkDurability(cluster.nodes);
  });
  for (const key of Object.keys(total) as (keyof SimStats)[]) total[key] += cluster.stats[key];
  return cluster;
}

/** The schedules must actually exercise the protocol, or passing them means nothing. */
function expectCoverage(total: SimStats, schedules: number): void {
  expect(total.leaderTerms).toBeGreaterThan(schedules * 2);
  expect(total.applied).toBeGreaterThan(schedules * 20);
  expect(total.crashes).toBeGreaterThan(schedules / 4);
  expect(total.crashesWithUnsentReady).toBeGreaterThan(0);
  expect(total.partitions).toBeGreaterThan(schedules / 4);
  expect(total.snapshotsInstalled).toBeGreaterThan(schedules / 10);
  expect(total.compactions).toBeGreaterThan(schedules);
  expect(total.readStates).toBeGreaterThan(schedules);
  expect(total.transfers).toBeGreaterThan(0);
}

suite("raft - deterministic simulation", () => {
  if (SEED !== null) {
    it(`raft - replays schedule seed=${SEED}`, () => {
      runSchedule(SEED, emptyStats());
    });
    return;
  }
  it("raft - a seed replays the same schedule exactly", () => {
    const fingerprint = (c: Cluster) =>
      JSON.stringify({ stats: c.stats, nodes: c.nodes.map((n) => [n.app, n.raft?.status()]) });
    expect(fingerprint(runSchedule(42, emptyStats()))).toBe(fingerprint(runSchedule(42, emptyStats())));
  });
  for (let from = 0; from < SCHEDULES; from += CHUNK) {
    const to = Math.min(SCHEDULES, from + CHUNK);
    it(`raft - schedules ${from}..${to - 1} keep every safety property and recover`, () => {
      const total = emptyStats();
      for (let seed = from; seed < to; seed++) runSchedule(seed, total);
      console.log(`schedules ${from}..${to - 1}: ${JSON.stringify(total)}`);
      expectCoverage(total, to - from);
    });
  }
});
