/**
 * Deterministic simulation of a Raft cluster, for tests (TigerBeetle's VOPR, etcd-raft's network).
 *
 * Everything non-deterministic is simulated and driven by one seeded PRNG: the clock (ticks), the
 * network (delay, drop, duplicate, reorder, partitions), the disk (a Ready is persisted when the
 * simulated shell processes it; a crash loses everything not yet persisted, including a Ready
 * persisted but not yet sent) and the clients (proposals, read index requests). A `SafetyChecker`
 * (sim-checker.ts) observes every persist, apply and step and throws `SimFailure` naming the seed
 * and the step.
 */
import { InvariantViolation } from "../../../common/errors.js";
import { RaftNode } from "./raft.js";
import { command, decodeApp, encodeApp, SafetyChecker, SimFailure, SimNode } from "./sim-checker.js";
import { mulberry32, Rng } from "./sim-random.js";
import type { Message, NodeId, RaftConfig, Ready } from "./types.js";

export { command, SafetyChecker, SimFailure, SimNode } from "./sim-checker.js";
export { mulberry32, Rng } from "./sim-random.js";

/** Network behaviour; delays are in simulation steps. */
export interface NetFaults {
  readonly dropRate: number;
  readonly dupRate: number;
  readonly delayMaxSteps: number;
}

export const NO_FAULTS: NetFaults = { dropRate: 0, dupRate: 0, delayMaxSteps: 0 };

export interface SimOptions {
  readonly seed: number;
  readonly ids: readonly NodeId[];
  readonly electionTicks: number;
  readonly heartbeatTicks: number;
  readonly inflightMsgsMax: number;
  readonly entriesPerMsgMax: number;
  /** Defaults to 1024 (commands are 4 bytes: the count cap usually binds first). */
  readonly entryBytesPerMsgMax?: number;
  readonly faults: NetFaults;
  /** Probability that a node's shell leaves a persisted Ready unsent until a later step. */
  readonly slowShellRate: number;
  /** A node compacts once it applied this many entries past its snapshot; 0 = never. */
  readonly compactEvery: number;
  /** Overrides a node's randomness (scenario tests pin election timeouts with it). */
  readonly random?: (id: NodeId) => () => number;
}

interface InFlight {
  readonly msg: Message;
  readonly deliverAt: number;
}

function persist(node: SimNode, rd: Ready): void {
  const disk = node.disk;
  if (rd.snapshot !== null) {
    disk.snapshot = rd.snapshot;
    disk.entries = [];
  }
  const first = rd.entries[0];
  if (first !== undefined) {
    const keep = first.index - (disk.snapshot?.index ?? 0) - 1;
    if (keep < 0 || keep > disk.entries.length) throw new SimFailure(`${node.id}: Ready entries leave a gap`);
    disk.entries.length = keep;
    for (const e of rd.entries) disk.entries.push(e);
  }
  if (rd.hardState !== null) disk.hardState = rd.hardState;
}

/** What a schedule exercised; the simulation test asserts these are not all zero. */
export interface SimStats {
  delivered: number;
  crashes: number;
  restarts: number;
  partitions: number;
  snapshotsInstalled: number;
  compactions: number;
  leaderTerms: number;
  applied: number;
  proposals: number;
  readStates: number;
  transfers: number;
  crashesWithUnsentReady: number;
}

export function emptyStats(): SimStats {
  return {
    delivered: 0,
    crashes: 0,
    restarts: 0,
    partitions: 0,
    snapshotsInstalled: 0,
    compactions: 0,
    leaderTerms: 0,
    applied: 0,
    proposals: 0,
    readStates: 0,
    transfers: 0,
    crashesWithUnsentReady: 0,
  };
}

/** A simulated cluster: nodes, a lossy network, disks and clients, all driven by one seed. */
export class SimCluster {
  readonly stats: SimStats = emptyStats();
  readonly rng: Rng;
  readonly nodes: SimNode[];
  readonly checker: SafetyChecker;
  faults: NetFaults;
  private inflight: InFlight[] = [];
  private readonly blocked = new Set<string>();
  private readonly dropTypes = new Set<Message["type"]>();
  /** Drops every message it returns true for, until heal(). */
  dropIf: ((m: Message) => boolean) | null = null;
  now = 0;
  private commandSeq = 0;
  private readSeq = 0;

  constructor(readonly options: SimOptions) {
    this.rng = new Rng(options.seed);
    this.faults = options.faults;
    this.checker = new SafetyChecker(options.seed);
    this.nodes = options.ids.map((id) => new SimNode(id));
    for (const n of this.nodes) this.start(n);
  }

  node(id: NodeId): SimNode {
    const n = this.nodes.find((x) => x.id === id);
    if (n === undefined) throw new SimFailure(`unknown node ${id}`);
    return n;
  }

  raft(id: NodeId): RaftNode {
    return this.node(id).live;
  }

  private config(id: NodeId): RaftConfig {
    const o = this.options;
    return {
      id,
      members: o.ids,
      electionTicks: o.electionTicks,
      heartbeatTicks: o.heartbeatTicks,
      random: o.random?.(id) ?? mulberry32(this.rng.int(2 ** 31)),
      inflightMsgsMax: o.inflightMsgsMax,
      entriesPerMsgMax: o.entriesPerMsgMax,
      entryBytesPerMsgMax: o.entryBytesPerMsgMax ?? 1024,
      uncommittedEntriesMax: 1024,
      pendingReadsMax: 64,
      committedEntriesPerReadyMax: 16,
    };
  }

  private start(n: SimNode): void {
    const d = n.disk;
    n.raft = new RaftNode(this.config(n.id), {
      hardState: d.hardState,
      snapshot: d.snapshot,
      entries: [...d.entries],
    });
    n.app = d.snapshot === null ? { index: 0, hash: 0 } : decodeApp(d.snapshot.data);
    n.pending = null;
    n.lastCommit = n.raft.status().commit;
  }

  /** The node loses everything not on its disk, including a persisted but unsent Ready. */
  crash(id: NodeId): void {
    const n = this.node(id);
    if (n.raft !== null) this.stats.crashes++;
    if (n.pending !== null) this.stats.crashesWithUnsentReady++;
    n.raft = null;
    n.pending = null;
  }

  restart(id: NodeId): void {
    const n = this.node(id);
    if (n.raft !== null) return;
    this.start(n);
    this.stats.restarts++;
  }

  liveNodes(): SimNode[] {
    return this.nodes.filter((n) => n.raft !== null);
  }

  /** Blocks both directions between a and b. */
  cut(a: NodeId, b: NodeId): void {
    this.blocked.add(`${a}|${b}`);
    this.blocked.add(`${b}|${a}`);
  }

  isolate(id: NodeId): void {
    for (const n of this.nodes) if (n.id !== id) this.cut(id, n.id);
  }

  /** Splits the cluster: nodes in different groups cannot talk. */
  partition(groups: readonly (readonly NodeId[])[]): void {
    this.stats.partitions++;
    for (const g of groups) {
      for (const h of groups) {
        if (g === h) continue;
        for (const a of g) for (const b of h) this.cut(a, b);
      }
    }
  }

  heal(): void {
    this.blocked.clear();
    this.dropTypes.clear();
    this.dropIf = null;
  }

  /** Drops every message of this type until heal(). */
  ignore(type: Message["type"]): void {
    this.dropTypes.add(type);
  }

  tick(id: NodeId, times = 1): void {
    for (let i = 0; i < times; i++) this.raft(id).tick();
  }

  private send(msgs: readonly Message[]): void {
    const f = this.faults;
    for (const msg of msgs) {
      if (f.dropRate > 0 && this.rng.chance(f.dropRate)) continue;
      this.inflight.push({ msg, deliverAt: this.now + this.delay() });
      if (f.dupRate > 0 && this.rng.chance(f.dupRate)) {
        this.inflight.push({ msg, deliverAt: this.now + this.delay() });
      }
    }
  }

  private delay(): number {
    return this.faults.delayMaxSteps === 0 ? 0 : this.rng.int(this.faults.delayMaxSteps + 1);
  }

  /** Delivers every message due now, in random order when the network reorders. */
  deliverDue(): number {
    const due: InFlight[] = [];
    const later: InFlight[] = [];
    for (const f of this.inflight) (f.deliverAt <= this.now ? due : later).push(f);
    this.inflight = later;
    if (this.faults.delayMaxSteps > 0) shuffle(due, this.rng);
    for (const f of due) this.deliver(f.msg);
    return due.length;
  }

  private deliver(msg: Message): void {
    if (this.blocked.has(`${msg.from}|${msg.to}`) || this.dropTypes.has(msg.type)) return;
    if (this.dropIf?.(msg) === true) return;
    const n = this.node(msg.to);
    if (n.raft === null) return;
    this.stats.delivered++;
    const result = n.raft.step(msg);
    if (result.type !== "stepped") this.checker.fail(`${msg.to} ignored ${msg.type}: ${result.reason}`);
  }

  /** Takes and persists a Ready; sends and applies it now, or later when the shell is slow. */
  processReady(n: SimNode, slow: boolean): boolean {
    const raft = n.raft;
    if (raft === null) return false;
    if (n.pending !== null) {
      if (slow) return false;
      this.completeReady(n, raft, n.pending);
      return true;
    }
    if (!raft.hasReady()) return false;
    const rd = raft.ready();
    const before = n.disk.hardState;
    persist(n, rd);
    this.checker.onPersist(n, rd, before);
    n.pending = rd;
    if (!slow) this.completeReady(n, raft, rd);
    return true;
  }

  private completeReady(n: SimNode, raft: RaftNode, rd: Ready): void {
    n.pending = null;
    this.send(rd.messages);
    if (rd.snapshot !== null) {
      this.checker.onRestore(n, rd.snapshot);
      this.stats.snapshotsInstalled++;
    }
    const term = raft.status().term;
    for (const e of rd.committedEntries) this.checker.onApply(n, e, term);
    if (rd.readStates.length > 0) this.checker.observeCommits(this.nodes);
    for (const rs of rd.readStates) this.checker.onReadState(n, rs);
    this.stats.applied += rd.committedEntries.length;
    this.stats.readStates += rd.readStates.length;
    if (rd.softState?.role === "leader") this.stats.leaderTerms++;
    raft.advance(rd);
    this.maybeCompact(n, raft);
  }

  private maybeCompact(n: SimNode, raft: RaftNode): void {
    const every = this.options.compactEvery;
    if (every === 0 || n.app.index - raft.logView().snapshotIndex < every) return;
    const result = raft.compact(n.app.index, encodeApp(n.app));
    if (result.type !== "compacted") return;
    this.stats.compactions++;
    const snap = result.snapshot;
    const base = n.disk.snapshot?.index ?? 0;
    n.disk.entries = n.disk.entries.slice(snap.index - base);
    n.disk.snapshot = snap;
  }

  /** Processes Readies of every live node until none is left (bounded). */
  processAll(slowRate: number): void {
    for (let round = 0; round < 100; round++) {
      let any = false;
      for (const n of this.nodes) {
        if (this.processReady(n, slowRate > 0 && this.rng.chance(slowRate))) any = true;
      }
      if (!any || slowRate > 0) return;
    }
    throw new SimFailure("processAll: Readies never ran dry");
  }

  /** Delivers and processes until the network is quiet (scenario tests; bounded). */
  stabilize(): void {
    for (let round = 0; round < 1000; round++) {
      this.processAll(0);
      this.checker.afterStep(this.nodes);
      if (this.inflight.length === 0) return;
      this.deliverDue();
      this.now++;
    }
    throw new SimFailure("stabilize: the cluster never went quiet");
  }

  /** Proposes to `id`, or to the node it names as leader. */
  propose(id: NodeId): ReturnType<RaftNode["propose"]> {
    const data = command(++this.commandSeq);
    let result = this.raft(id).propose(data);
    if (result.type === "not-leader" && result.leader !== null) {
      const leader = this.node(result.leader);
      if (leader.raft !== null) result = leader.raft.propose(data);
    }
    if (result.type === "proposed") this.stats.proposals++;
    return result;
  }

  readIndex(id: NodeId): { ctx: string; result: ReturnType<RaftNode["readIndex"]> } {
    const ctx = `read-${++this.readSeq}`;
    this.checker.observeCommits(this.nodes);
    this.checker.onReadIssued(ctx);
    return { ctx, result: this.raft(id).readIndex(ctx) };
  }

  leaders(): SimNode[] {
    return this.liveNodes().filter((n) => n.live.status().role === "leader");
  }

  inflightCount(): number {
    return this.inflight.length;
  }
}

function shuffle<T>(xs: T[], rng: Rng): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const x = xs[i];
    const y = xs[j];
    if (x === undefined || y === undefined) continue;
    xs[i] = y;
    xs[j] = x;
  }
}

/** Runs `fn`, turning an invariant violation inside the core into a failure naming the seed. */
export function withSeed<T>(checker: SafetyChecker, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InvariantViolation) checker.fail(`invariant violated in raft core: ${e.message}`);
    throw e;
  }
}
