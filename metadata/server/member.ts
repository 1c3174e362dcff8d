/**
 * One metadata quorum member: the Raft core and the KV state machine wired to LevelDB and gRPC.
 *
 * The Ready loop (see core/raft/types.ts for the contract): persist (one synced LevelDB batch),
 * send, apply, answer reads, advance. Only one Ready is processed at a time, so proposals that
 * arrive during a sync ride on the next batch: many proposals share one sync.
 *
 * Writes on a follower are forwarded to the leader; writes on the leader are proposed and
 * answered when applied. Linearizable reads wait for a read index confirmed by a quorum, then for
 * the state machine to reach it; concurrent reads share one confirmation round.
 */
import { randomInt } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { formatHostPort, type HostPort, type Peer } from "../../common/config.js";
import {
  InvalidArgumentError,
  MagnetarError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
} from "../../common/errors.js";
import { bindServer, channelOptions, createServer, shutdownServer } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import { type Span, tracer } from "../../common/tracing.js";
import { magnetarV1 } from "../../proto/index.js";
import {
  type ApplyResult,
  type ApplySuccess,
  type KvCommand,
  KvStore,
  Lessor,
  validateCommand,
  WatchHub,
} from "../core/kv/index.js";
import {
  type Entry,
  type Message,
  RAFT_DEFAULTS,
  RaftNode,
  type Ready,
  type Role,
  raftConfigProblems,
} from "../core/raft/index.js";
import { decodeCommand, encodeCommand } from "./commands.js";
import { metadataService } from "./metadata-service.js";
import { PeerAnswers, raftService } from "./peer-service.js";
import { RaftStorage } from "./raft-storage.js";
import { PeerTransport } from "./transport.js";

export interface MemberOptions {
  readonly id: string;
  /** Every member, this one included. */
  readonly peers: readonly Peer[];
  /** Where to listen (port 0 = any free port). */
  readonly listen: HostPort;
  readonly dataDir: string;
  readonly logger: Logger;
  readonly clusterId?: string;
  /** Length of one Raft tick. */
  readonly tickMs?: number;
  /** Election timeout in ticks (randomised in [n, 2n)). */
  readonly electionTicks?: number;
  readonly heartbeatTicks?: number;
  /** Applied entries between snapshots (log compaction). */
  readonly snapshotEntries?: number;
  /** Told about events that metrics count or time. */
  readonly observer?: MemberObserver;
}

/** Hooks for metrics (metrics.ts); called on the Ready loop, so they must be cheap. */
export interface MemberObserver {
  /** A write proposed on this member (as leader) was applied, `seconds` after it was proposed. */
  proposalApplied(seconds: number): void;
  /** This member saw a new leader (another member, or itself). */
  leaderChanged(leader: string): void;
}

/** Largest encoded command accepted into the log (well under the 8 MiB peer message limit). */
export const COMMAND_BYTES_MAX = 4 * 1024 * 1024;

export const MEMBER_DEFAULTS = {
  clusterId: "magnetar",
  tickMs: 20,
  electionTicks: 10,
  heartbeatTicks: 2,
  snapshotEntries: 10_000,
  /** How long a proposal or a read may wait for its outcome before answering TIMEOUT. */
  requestTimeoutMs: 5_000,
} as const;

interface Waiter<T> {
  resolve(value: T): void;
  reject(err: Error): void;
}

interface ProposalWaiter extends Waiter<ApplySuccess> {
  readonly term: number;
  readonly timer: NodeJS.Timeout;
  /** performance.now() when proposed. */
  readonly proposedAt: number;
}

const electionTracer = tracer("magnetar.metadata");

export class MetadataMember {
  readonly id: string;
  readonly clusterId: string;
  readonly logger: Logger;
  kv: KvStore;
  readonly hub: WatchHub;
  readonly lessor = new Lessor();
  readonly answers = new PeerAnswers();
  private readonly node: RaftNode;
  private readonly transport: PeerTransport;
  private readonly server: grpc.Server;
  private readonly peers: ReadonlyMap<string, string>;
  private address: HostPort;
  private tickTimer: NodeJS.Timeout | undefined;
  private readyRunning = false;
  private readyAgain = false;
  /** The Ready loop in progress, awaited by close(). */
  private readyDone: Promise<void> = Promise.resolve();
  private role: Role = "follower";
  /** This member's campaign in progress, as a trace span. */
  private election: Span | undefined;
  private termNow = 0;
  private leaderId: string | null = null;
  private applied: number;
  private snapshotIndex: number;
  private readonly proposals = new Map<number, ProposalWaiter>();
  /** Commands this leader proposed, by index: applied without decoding them back. */
  private readonly proposed = new Map<number, KvCommand>();
  private readonly appliedWaiters: { index: number; waiter: Waiter<void> }[] = [];
  private readonly readCtxWaiters = new Map<string, Waiter<number>>();
  private readBatch: Waiter<number>[] = [];
  private readInFlight = false;
  private readCtxSeq = 0;
  /** Makes read contexts unique across restarts, so a late answer never matches a new read. */
  private readonly readCtxPrefix = `${randomInt(2 ** 40).toString(36)}`;
  private readonly leaderClients = new Map<string, ReturnType<typeof this.makeClient>>();
  private closed = false;

  private constructor(
    private readonly options: Required<Omit<MemberOptions, "listen" | "observer">> & {
      listen: HostPort;
      observer?: MemberObserver;
    },
    private readonly storage: RaftStorage,
    persisted: Awaited<ReturnType<RaftStorage["load"]>>,
    server: grpc.Server,
  ) {
    this.id = options.id;
    this.clusterId = options.clusterId;
    this.logger = options.logger;
    this.server = server;
    this.address = options.listen;
    this.peers = new Map(options.peers.map((p) => [p.id, formatHostPort(p.address)]));
    this.kv = persisted.snapshot ? KvStore.restore(persisted.snapshot.data) : new KvStore();
    this.hub = new WatchHub(this.kv);
    this.applied = persisted.snapshot?.index ?? 0;
    this.termNow = persisted.hardState.term;
    this.snapshotIndex = this.applied;
    const config = {
      ...RAFT_DEFAULTS,
      id: options.id,
      members: options.peers.map((p) => p.id),
      electionTicks: options.electionTicks,
      heartbeatTicks: options.heartbeatTicks,
      random: Math.random,
    };
    const problems = raftConfigProblems(config);
    if (problems.length > 0)
      throw new MagnetarError("INVALID_ARGUMENT", `bad raft configuration: ${problems.join("; ")}`);
    this.node = new RaftNode(config, persisted);
    this.transport = new PeerTransport({
      self: options.id,
      clusterId: options.clusterId,
      peers: new Map([...this.peers].filter(([id]) => id !== options.id)),
      deliver: (m) => this.step(m),
      logger: options.logger,
    });
  }

  static async start(options: MemberOptions): Promise<MetadataMember> {
    const full = { ...MEMBER_DEFAULTS, ...options };
    if (!options.peers.some((p) => p.id === options.id)) {
      throw new MagnetarError("INVALID_ARGUMENT", `member id ${options.id} is not among the peers`);
    }
    const raftDir = join(options.dataDir, "raft");
    await mkdir(raftDir, { recursive: true });
    const storage = await RaftStorage.open(raftDir);
    const persisted = await storage.load();
    const server = createServer();
    const member = new MetadataMember(full, storage, persisted, server);
    server.addService(magnetarV1().Raft.service, raftService(member));
    server.addService(magnetarV1().Metadata.service, metadataService(member));
    try {
      member.address = await bindServer(server, options.listen);
    } catch (err) {
      await storage.close();
      throw err;
    }
    member.tickTimer = setInterval(() => member.tick(), full.tickMs);
    member.logger.info(
      {
        address: formatHostPort(member.address),
        peers: Object.fromEntries(member.peers),
        applied: member.applied,
      },
      "metadata member started",
    );
    return member;
  }

  get listenAddress(): HostPort {
    return this.address;
  }

  get isLeader(): boolean {
    return this.role === "leader";
  }

  get leader(): string | null {
    return this.leaderId;
  }

  /** The current term as last persisted (cheap, for response headers). */
  get term(): number {
    return this.termNow;
  }

  get appliedIndex(): number {
    return this.applied;
  }

  raftStatus() {
    return this.node.status();
  }

  peerAddress(id: string): string | undefined {
    return this.peers.get(id);
  }

  members(): { id: string; address: string }[] {
    return [...this.peers].map(([id, address]) => ({ id, address }));
  }

  storageBytes(): Promise<number> {
    return this.storage.sizeBytes();
  }

  // ---- driving the core ----

  private tick(): void {
    if (this.closed) return;
    this.node.tick();
    if (this.role === "leader") this.expireLeases();
    this.runReady();
  }

  /** Steps a peer message (incoming request or the answer to our request). */
  step(m: Message): void {
    if (this.closed) return;
    if (m.type === "ReadIndexResponse" && m.status !== "ok") {
      // The leader refused our read (it stepped down, or has not committed in its term yet):
      // fail that round now instead of letting every read here wait for its timeout.
      this.readCtxWaiters
        .get(m.context)
        ?.reject(new UnavailableError(`leader could not confirm a read index (${m.status}); retry`));
    }
    this.node.step(m);
    this.runReady();
  }

  private runReady(): void {
    if (this.readyRunning) {
      this.readyAgain = true;
      return;
    }
    this.readyRunning = true;
    // Start on the next turn of the event loop, so that every request and peer message that
    // arrived in this turn lands in the same Ready: one sync and one message per peer for all.
    this.readyDone = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.readyLoop())
      .catch((err: unknown) => {
        // Storage failed: we cannot promise durability any more. Crash rather than lie.
        this.logger.fatal({ err }, "raft storage failed; exiting");
        process.exit(70);
      });
  }

  private async readyLoop(): Promise<void> {
    try {
      do {
        this.readyAgain = false;
        while (!this.closed && this.node.hasReady()) {
          const rd = this.node.ready();
          const early = this.earlyAppends(rd);
          for (const m of early) this.transport.send(m);
          await this.storage.save(rd);
          this.handleReady(rd, early.length > 0);
          this.node.advance(rd);
          await this.maybeCompact();
        }
      } while (this.readyAgain && !this.closed);
    } finally {
      this.readyRunning = false;
    }
  }

  /**
   * A leader may send its AppendEntries before its own disk write finishes (Raft thesis §10.2.1):
   * it counts itself toward a commit only after advance(), i.e. once its copy is durable. Not when
   * this Ready changes the term or vote, which must be durable before any message leaves.
   */
  private earlyAppends(rd: Ready): Message[] {
    if (this.role !== "leader" || rd.snapshot) return [];
    if (rd.softState && rd.softState.role !== "leader") return [];
    const hs = rd.hardState;
    if (hs && (hs.term !== this.storage.syncedTerm || hs.vote !== this.storage.syncedVote)) return [];
    return rd.messages.filter((m) => m.type === "AppendEntries");
  }

  /**
   * A "raft election" span per campaign of this member: from becoming a candidate to winning
   * (outcome won) or to following another leader (outcome lost). No-op spans when tracing is off.
   */
  private traceElection(role: Role, leader: string | null): void {
    const term = this.node.status().term;
    if (role === "candidate") {
      if (!this.election)
        this.election = electionTracer.startSpan("raft election", {
          attributes: { "magnetar.metadata.member": this.id, "raft.term": term },
        });
      else this.election.addEvent("new term", { "raft.term": term });
      return;
    }
    if (role === "leader" && this.role !== "leader" && !this.election)
      // A single member wins without a visible candidate state.
      this.election = electionTracer.startSpan("raft election", {
        attributes: { "magnetar.metadata.member": this.id, "raft.term": term },
      });
    if (!this.election) return;
    this.election.setAttributes({
      "raft.outcome": role === "leader" ? "won" : "lost",
      "raft.term": term,
      "raft.leader": leader ?? "",
    });
    this.election.end();
    this.election = undefined;
  }

  private handleReady(rd: Ready, appendsSent: boolean): void {
    for (const m of rd.messages) {
      if (appendsSent && m.type === "AppendEntries") continue;
      if (!this.answers.answer(m)) this.transport.send(m);
    }
    if (rd.hardState) this.termNow = rd.hardState.term;
    if (rd.softState) this.onSoftState(rd.softState.role, rd.softState.leader);
    if (rd.snapshot) {
      this.kv = KvStore.restore(rd.snapshot.data);
      this.hub.attach(this.kv);
      this.applied = rd.snapshot.index;
      this.snapshotIndex = rd.snapshot.index;
      if (this.role === "leader") this.lessor.promote(Date.now(), this.kv.leases());
    }
    for (const e of rd.committedEntries) this.apply(e);
    if (rd.committedEntries.length > 0 || rd.snapshot) this.hub.sync();
    for (const rs of rd.readStates) {
      const w = this.readCtxWaiters.get(rs.ctx);
      this.readCtxWaiters.delete(rs.ctx);
      w?.resolve(rs.index);
    }
    this.wakeApplied();
  }

  private onSoftState(role: Role, leader: string | null): void {
    const wasLeader = this.role === "leader";
    if (leader !== null && leader !== this.leaderId) this.options.observer?.leaderChanged(leader);
    this.traceElection(role, leader);
    this.role = role;
    this.leaderId = leader;
    if (role === "leader" && !wasLeader) {
      this.lessor.promote(Date.now(), this.kv.leases());
      this.logger.info({ term: this.node.status().term }, "became leader");
    } else if (role !== "leader" && wasLeader) {
      // Proposals stay pending: the new leader may still commit them (apply() then answers), or
      // overwrite them (apply() answers "retry"), or they time out with an unknown outcome.
      this.lessor.demote();
      this.logger.info({ role, leader }, "lost leadership");
    }
    // A read round in flight may never be confirmed now; let it fail so reads retry at once.
    for (const w of [...this.readCtxWaiters.values()])
      w.reject(new UnavailableError("leadership changed during a read; retry"));
  }

  private apply(e: Entry): void {
    if (e.index <= this.applied) return;
    this.applied = e.index;
    const waiter = this.proposals.get(e.index);
    if (waiter) this.proposals.delete(e.index);
    if (e.type !== "normal") {
      waiter?.reject(new UnavailableError("leadership changed before the write was applied; retry"));
      return;
    }
    const own = this.proposed.get(e.index);
    this.proposed.delete(e.index);
    const result = this.kv.apply(e.index, own && waiter?.term === e.term ? own : decodeCommand(e.data));
    this.lessor.observe(result, Date.now());
    if (!waiter) return;
    clearTimeout(waiter.timer);
    if (waiter.term !== e.term) {
      waiter.reject(new UnavailableError("the write was overwritten by a new leader; retry"));
      return;
    }
    // Refused commands (compare-and-set mismatch, ...) went through the log too: timed alike.
    this.options.observer?.proposalApplied((performance.now() - waiter.proposedAt) / 1000);
    if (result.ok) waiter.resolve(result);
    else waiter.reject(result.error);
  }

  private async maybeCompact(): Promise<void> {
    if (this.applied - this.snapshotIndex < this.options.snapshotEntries) return;
    const res = this.node.compact(this.applied, this.kv.snapshot());
    if (res.type !== "compacted") return;
    await this.storage.compact(res.snapshot);
    this.snapshotIndex = res.snapshot.index;
    this.logger.debug({ index: res.snapshot.index, bytes: res.snapshot.data.byteLength }, "snapshot taken");
  }

  private failProposals(err: Error): void {
    for (const [, w] of this.proposals) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.proposals.clear();
  }

  // ---- writes ----

  /**
   * Proposes a command on the leader and resolves with its apply result. Throws NotLeaderError
   * (with the leader as hint) on a follower: the caller forwards.
   */
  propose(cmd: KvCommand): Promise<ApplySuccess> {
    if (this.closed) return Promise.reject(new UnavailableError(`member ${this.id} is shutting down`));
    validateCommand(cmd);
    const data = encodeCommand(cmd);
    if (data.byteLength > COMMAND_BYTES_MAX) {
      return Promise.reject(
        new InvalidArgumentError(
          `request is ${data.byteLength} bytes encoded; at most ${COMMAND_BYTES_MAX} bytes are allowed`,
        ),
      );
    }
    const r = this.node.propose(data);
    if (r.type === "not-leader") {
      return Promise.reject(
        new NotLeaderError(`member ${this.id} is not the leader`, { hint: r.leader ?? undefined }),
      );
    }
    if (r.type === "dropped") {
      return Promise.reject(new UnavailableError(`proposal dropped (${r.reason}); retry`));
    }
    const promise = new Promise<ApplySuccess>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.proposals.get(r.index)?.timer === timer) {
          this.proposals.delete(r.index);
          this.proposed.delete(r.index);
        }
        reject(
          new TimeoutError(
            `write not applied within ${MEMBER_DEFAULTS.requestTimeoutMs} ms; retry with the same request id`,
          ),
        );
      }, MEMBER_DEFAULTS.requestTimeoutMs);
      this.proposals.set(r.index, { term: r.term, timer, resolve, reject, proposedAt: performance.now() });
      this.proposed.set(r.index, cmd);
    });
    this.runReady();
    return promise;
  }

  /** A gRPC client to the current leader, for forwarding; UNAVAILABLE when there is none. */
  leaderClient(hint?: string) {
    const leader = hint ?? this.leaderId;
    const addr = leader ? this.peers.get(leader) : undefined;
    if (!leader || leader === this.id || !addr) {
      throw new UnavailableError("no leader is known (election in progress); retry");
    }
    let c = this.leaderClients.get(leader);
    if (!c) {
      c = this.makeClient(addr);
      this.leaderClients.set(leader, c);
    }
    return c;
  }

  private makeClient(addr: string) {
    return new (magnetarV1().Metadata)(addr, grpc.credentials.createInsecure(), channelOptions());
  }

  // ---- leases (leader only) ----

  /** A lease id for a grant that asked for 0: random, positive, below 2^48, unused. */
  newLeaseId(): number {
    for (;;) {
      const id = randomInt(1, 2 ** 48);
      if (!this.kv.lease(id)) return id;
    }
  }

  private readonly expiring = new Set<number>();

  private expireLeases(): void {
    for (const id of this.lessor.expired(Date.now())) {
      if (this.expiring.has(id)) continue;
      this.expiring.add(id);
      this.propose({ type: "leaseExpire", id })
        .catch((err: unknown) =>
          this.logger.debug({ lease: id, err: String(err) }, "lease expiry not applied yet"),
        )
        .finally(() => this.expiring.delete(id));
    }
  }

  // ---- linearizable reads ----

  /** Resolves once this member's state reflects every write completed before the call. */
  linearizableBarrier(): Promise<void> {
    if (this.closed) return Promise.reject(new UnavailableError(`member ${this.id} is shutting down`));
    return new Promise<number>((resolve, reject) => {
      this.readBatch.push({ resolve, reject });
      this.startReadRound();
    }).then((index) => this.waitApplied(index));
  }

  private startReadRound(): void {
    if (this.readInFlight || this.readBatch.length === 0) return;
    const batch = this.readBatch;
    this.readBatch = [];
    this.readInFlight = true;
    const ctx = `${this.readCtxPrefix}:${++this.readCtxSeq}`;
    const done = () => {
      this.readInFlight = false;
      this.startReadRound();
    };
    // About two election timeouts: long enough for a healthy round, short enough to retry
    // elsewhere well within the client's deadline.
    const roundTimeoutMs = Math.max(500, 2 * this.options.electionTicks * this.options.tickMs);
    const timer = setTimeout(() => {
      this.readCtxWaiters
        .get(ctx)
        ?.reject(new UnavailableError("read index not confirmed in time (no quorum?); retry"));
    }, roundTimeoutMs);
    const settle = () => {
      clearTimeout(timer);
      this.readCtxWaiters.delete(ctx);
      done();
    };
    this.readCtxWaiters.set(ctx, {
      resolve: (index) => {
        settle();
        for (const w of batch) w.resolve(index);
      },
      reject: (err) => {
        settle();
        for (const w of batch) w.reject(err);
      },
    });
    const r = this.node.readIndex(ctx);
    if (r.type === "not-leader" || r.type === "unavailable") {
      const why = r.type === "unavailable" ? r.reason : `no leader known`;
      this.readCtxWaiters
        .get(ctx)
        ?.reject(new UnavailableError(`cannot confirm a read index now (${why}); retry`));
      return;
    }
    this.runReady();
  }

  private waitApplied(index: number): Promise<void> {
    if (this.applied >= index) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.appliedWaiters.push({ index, waiter: { resolve, reject } });
    });
  }

  private wakeApplied(): void {
    if (this.appliedWaiters.length === 0) return;
    const still: typeof this.appliedWaiters = [];
    for (const w of this.appliedWaiters) {
      if (w.index <= this.applied) w.waiter.resolve();
      else still.push(w);
    }
    this.appliedWaiters.length = 0;
    this.appliedWaiters.push(...still);
  }

  // ---- lifecycle ----

  /** Hands leadership to another member (used before a planned stop). */
  transferLeadership(to: string) {
    const r = this.node.transferLeadership(to);
    this.runReady();
    return r;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.tickTimer);
    const stopped = new UnavailableError(`member ${this.id} is shutting down`);
    this.failProposals(stopped);
    for (const [, w] of this.readCtxWaiters) w.reject(stopped);
    for (const w of this.readBatch) w.reject(stopped);
    for (const w of this.appliedWaiters) w.waiter.reject(stopped);
    this.answers.failAll();
    await shutdownServer(this.server, 500);
    await this.readyDone; // the last Ready may still send: close the transport after it
    this.transport.close();
    for (const c of this.leaderClients.values()) c.close();
    await this.storage.close();
    this.logger.info("metadata member stopped");
  }
}

export type { ApplyResult };
