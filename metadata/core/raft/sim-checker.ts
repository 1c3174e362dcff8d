/**
 * The simulation's safety checker and simulated node state (see sim.ts). Every property Raft
 * promises is checked on each persist, apply and step; a violation throws `SimFailure` with the
 * seed and the step so the schedule can be replayed with MAGNETAR_SEED.
 */
import type { RaftNode } from "./raft.js";
import type { Entry, HardState, LogView, NodeId, RaftStatus, ReadState, Ready, Snapshot } from "./types.js";

export class SimFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimFailure";
  }
}

/** The simulated state machine: a running hash over every applied entry. */
interface AppState {
  index: number;
  hash: number;
}

interface Disk {
  hardState: HardState;
  snapshot: Snapshot | null;
  entries: Entry[];
}

export class SimNode {
  raft: RaftNode | null = null;
  disk: Disk = { hardState: { term: 0, vote: null, commit: 0 }, snapshot: null, entries: [] };
  app: AppState = { index: 0, hash: 0 };
  /** A Ready persisted but not yet sent, applied and advanced (a slow shell). */
  pending: Ready | null = null;
  readStates: ReadState[] = [];
  /** Commit index last observed in this incarnation (monotonicity). */
  lastCommit = 0;

  constructor(readonly id: NodeId) {}

  get live(): RaftNode {
    if (this.raft === null) throw new SimFailure(`node ${this.id} is down`);
    return this.raft;
  }
}

export function hashStep(hash: number, e: Entry): number {
  let h = (hash ^ (e.type === "normal" ? 0x9e3779b9 : 0x7f4a7c15)) >>> 0;
  for (const b of e.data) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return Math.imul(h ^ e.index, 0x01000193) >>> 0;
}

export function encodeApp(app: AppState): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, app.index);
  view.setUint32(4, app.hash);
  return out;
}

export function decodeApp(data: Uint8Array): AppState {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { index: view.getUint32(0), hash: view.getUint32(4) };
}

/** Encodes a client command: a unique counter. */
export function command(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameEntry(a: Entry, b: Entry): boolean {
  return (
    a === b || (a.index === b.index && a.term === b.term && a.type === b.type && bytesEqual(a.data, b.data))
  );
}

function termAt(view: LogView, index: number): number | undefined {
  if (index === view.snapshotIndex) return view.snapshotTerm;
  return view.entries[index - view.snapshotIndex - 1]?.term;
}

function entryAt(view: LogView, index: number): Entry | undefined {
  return view.entries[index - view.snapshotIndex - 1];
}

function lastIndexOf(view: LogView): number {
  return view.snapshotIndex + view.entries.length;
}

interface CommittedRecord {
  readonly entry: Entry;
  /** An upper bound of the term in which the entry was committed (the applier's term). */
  commitTerm: number;
  readonly hash: number;
}

/**
 * The safety properties, checked on every event and after every step:
 * election safety, log matching, leader completeness, state machine safety, commit monotonicity,
 * durability of committed entries, and linearizability of read indexes.
 */
export class SafetyChecker {
  private readonly leaderOfTerm = new Map<number, NodeId>();
  private readonly committed = new Map<number, CommittedRecord>();
  private readonly reads = new Map<string, number>();
  /** Leaders already checked for completeness, as "id@term". */
  private readonly knownLeaders = new Set<string>();
  /** Records created (or whose commitTerm dropped) since the last afterStep. */
  private fresh: number[] = [];
  maxCommitSeen = 0;
  step = 0;

  constructor(private readonly seed: number) {}

  fail(message: string): never {
    throw new SimFailure(
      `seed=${this.seed} step=${this.step}: ${message} (replay: MAGNETAR_SEED=${this.seed})`,
    );
  }

  committedRecord(index: number): CommittedRecord | undefined {
    return this.committed.get(index);
  }

  onPersist(node: SimNode, rd: Ready, before: HardState): void {
    const hs = node.disk.hardState;
    if (hs.term < before.term) this.fail(`${node.id} persisted term went back ${before.term} -> ${hs.term}`);
    if (hs.commit < before.commit) this.fail(`${node.id} persisted commit went back`);
    if (hs.term === before.term && before.vote !== null && hs.vote !== before.vote) {
      this.fail(`${node.id} changed its vote in term ${hs.term}`);
    }
    const last = (node.disk.snapshot?.index ?? 0) + node.disk.entries.length;
    if (hs.commit > last) this.fail(`${node.id} persisted commit ${hs.commit} beyond stored ${last}`);
    for (const e of rd.entries) {
      const rec = this.committed.get(e.index);
      if (rec !== undefined && rec.entry.term !== e.term && e.index <= hs.commit) {
        this.fail(`${node.id} persisted ${e.index}@${e.term} over committed ${rec.entry.term}`);
      }
    }
  }

  /** State machine safety: every node applies the same entry at each index, in order. */
  onApply(node: SimNode, e: Entry, term: number): void {
    if (e.index !== node.app.index + 1) this.fail(`${node.id} applied ${e.index} after ${node.app.index}`);
    node.app = { index: e.index, hash: hashStep(node.app.hash, e) };
    const rec = this.committed.get(e.index);
    if (rec === undefined) {
      this.committed.set(e.index, { entry: e, commitTerm: term, hash: node.app.hash });
      this.fresh.push(e.index);
      return;
    }
    if (!sameEntry(rec.entry, e)) this.fail(`${node.id} applied a different entry at ${e.index}`);
    if (rec.hash !== node.app.hash) this.fail(`${node.id} state diverged at ${e.index}`);
    if (term < rec.commitTerm) {
      rec.commitTerm = term;
      this.fresh.push(e.index);
    }
  }

  onRestore(node: SimNode, snap: Snapshot): void {
    const app = decodeApp(snap.data);
    if (app.index !== snap.index) this.fail(`snapshot ${snap.index} holds state of ${app.index}`);
    if (snap.index <= node.app.index) this.fail(`${node.id} restored an older snapshot`);
    const rec = this.committed.get(snap.index);
    if (rec !== undefined && rec.hash !== app.hash) this.fail(`snapshot ${snap.index} state diverged`);
    if (rec !== undefined && rec.entry.term !== snap.term) this.fail(`snapshot ${snap.index} term differs`);
    node.app = app;
  }

  onReadIssued(ctx: string): void {
    this.reads.set(ctx, this.maxCommitSeen);
  }

  /** Linearizability: a read index covers every write committed before the read was issued. */
  onReadState(node: SimNode, rs: ReadState): void {
    const minIndex = this.reads.get(rs.ctx);
    if (minIndex === undefined) this.fail(`${node.id} got a read state for unknown ctx ${rs.ctx}`);
    if (rs.index < minIndex) this.fail(`stale read ${rs.ctx}: index ${rs.index} < committed ${minIndex}`);
    if (rs.index > this.maxCommitSeen) this.fail(`read ${rs.ctx} at uncommitted index ${rs.index}`);
    node.readStates.push(rs);
  }

  /** Brings maxCommitSeen up to the commit indexes of the live nodes right now. */
  observeCommits(nodes: readonly SimNode[]): void {
    for (const n of nodes) {
      if (n.raft !== null) this.maxCommitSeen = Math.max(this.maxCommitSeen, n.raft.status().commit);
    }
  }

  /** After every step: roles, terms, commit indexes and logs of all live nodes. */
  afterStep(nodes: readonly SimNode[]): void {
    const live: Array<{ node: SimNode; st: RaftStatus; view: LogView }> = [];
    for (const node of nodes) {
      if (node.raft === null) continue;
      const st = node.raft.status();
      if (st.commit < node.lastCommit)
        this.fail(`${node.id} commit went back ${node.lastCommit} -> ${st.commit}`);
      node.lastCommit = st.commit;
      this.maxCommitSeen = Math.max(this.maxCommitSeen, st.commit);
      live.push({ node, st, view: node.raft.logView() });
    }
    for (const { node, st, view } of live) {
      if (st.role === "leader") this.checkLeader(node.id, st.term, view);
    }
    this.fresh = [];
    for (let i = 0; i < live.length; i++) {
      for (let j = i + 1; j < live.length; j++) {
        const a = live[i];
        const b = live[j];
        if (a !== undefined && b !== undefined) this.checkLogMatching(a.node.id, a.view, b.node.id, b.view);
      }
    }
  }

  /** Election safety, then leader completeness (once per leader and term: its log only grows). */
  private checkLeader(id: NodeId, term: number, view: LogView): void {
    const known = this.leaderOfTerm.get(term);
    if (known !== undefined && known !== id) this.fail(`two leaders in term ${term}: ${known} and ${id}`);
    this.leaderOfTerm.set(term, id);
    const key = `${id}@${term}`;
    if (this.knownLeaders.has(key)) {
      for (const index of this.fresh) this.checkHas(id, term, view, index);
      return;
    }
    this.knownLeaders.add(key);
    for (const index of this.committed.keys()) this.checkHas(id, term, view, index);
  }

  private checkHas(id: NodeId, term: number, view: LogView, index: number): void {
    const rec = this.committed.get(index);
    if (rec === undefined || rec.commitTerm >= term || index <= view.snapshotIndex) return;
    const t = termAt(view, index);
    if (t !== rec.entry.term) this.fail(`leader ${id} of term ${term} lacks committed entry ${index}`);
  }

  /** Log matching over the overlap of two in-memory logs. */
  private checkLogMatching(ida: NodeId, a: LogView, idb: NodeId, b: LogView): void {
    const lo = Math.max(a.snapshotIndex, b.snapshotIndex) + 1;
    let k = Math.min(lastIndexOf(a), lastIndexOf(b));
    while (k >= lo && termAt(a, k) !== termAt(b, k)) k--;
    for (let i = lo; i <= k; i++) {
      const ea = entryAt(a, i);
      const eb = entryAt(b, i);
      if (ea === undefined || eb === undefined || !sameEntry(ea, eb)) {
        this.fail(`log matching: ${ida} and ${idb} agree at ${k} but differ at ${i}`);
      }
    }
  }

  /** Every committed entry is durable on a majority of disks. */
  checkDurability(nodes: readonly SimNode[]): void {
    const quorum = Math.floor(nodes.length / 2) + 1;
    for (const [index, rec] of this.committed) {
      let holders = 0;
      for (const n of nodes) {
        const snapIndex = n.disk.snapshot?.index ?? 0;
        const e = n.disk.entries[index - snapIndex - 1];
        if (index <= snapIndex || (e !== undefined && e.term === rec.entry.term)) holders++;
      }
      if (holders < quorum) this.fail(`committed entry ${index} is durable on ${holders} disks only`);
    }
  }
}
