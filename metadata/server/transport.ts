/**
 * Raft peer transport over gRPC (proto/raft.proto).
 *
 * Outgoing: each request-type message of the core (AppendEntries, RequestVote, InstallSnapshot,
 * TimeoutNow, ReadIndex) becomes one RPC; its answer is turned back into the core's response
 * message and handed to `deliver`. A failed RPC is dropped: Raft treats a lost message like any
 * other and retries on its own schedule.
 *
 * Incoming: a request is stepped into the core at once; the RPC is answered with the response
 * message the core emits for it, which arrives in a later Ready — after the state it depends on is
 * persisted. `answer()` matches those messages to the waiting RPCs.
 */
import * as grpc from "@grpc/grpc-js";
import { MagnetarError } from "../../common/errors.js";
import { channelOptions, deadlineIn, fromServiceError } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import type { LogEntry, LogEntry__Output } from "../../proto/gen/magnetar/v1/LogEntry.js";
import type { RaftClient } from "../../proto/gen/magnetar/v1/Raft.js";
import { magnetarV1 } from "../../proto/index.js";
import type {
  Entry,
  EntryType,
  Message,
  NodeId,
  AppendEntries as RaftAppendEntries,
  AppendEntriesResponse as RaftAppendEntriesResponse,
  InstallSnapshot as RaftInstallSnapshot,
  ReadIndex as RaftReadIndex,
  RequestVote as RaftRequestVote,
  TimeoutNow as RaftTimeoutNow,
} from "../core/raft/index.js";

/** Deadline of one peer RPC; Raft resends on its own, so this only bounds resource use. */
export const PEER_RPC_TIMEOUT_MS = 2_000;
/** Snapshot chunk size on the wire. */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;

const TO_WIRE_TYPE: Record<EntryType, "NORMAL" | "NOOP" | "CONFIG"> = {
  normal: "NORMAL",
  noop: "NOOP",
  config: "CONFIG",
};

export function entryToWire(e: Entry): LogEntry {
  return {
    index: e.index,
    term: e.term,
    type: TO_WIRE_TYPE[e.type],
    data: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength),
  };
}

export function entryFromWire(e: LogEntry__Output): Entry {
  const type: EntryType | undefined =
    e.type === "NORMAL" ? "normal" : e.type === "NOOP" ? "noop" : e.type === "CONFIG" ? "config" : undefined;
  if (type === undefined)
    throw new MagnetarError("INVALID_ARGUMENT", `log entry ${e.index} has no valid type (${e.type})`);
  return { index: e.index, term: e.term, type, data: e.data };
}

export interface TransportOptions {
  readonly self: NodeId;
  readonly clusterId: string;
  /** Peer id -> "host:port". */
  readonly peers: ReadonlyMap<NodeId, string>;
  /** Hands an answer back to the core (as if it were a received message). */
  readonly deliver: (message: Message) => void;
  readonly logger: Logger;
}

export class PeerTransport {
  private readonly clients = new Map<NodeId, RaftClient>();

  constructor(private readonly options: TransportOptions) {}

  private client(peer: NodeId): RaftClient | undefined {
    let c = this.clients.get(peer);
    if (!c) {
      const addr = this.options.peers.get(peer);
      if (addr === undefined) return undefined;
      c = new (magnetarV1().Raft)(addr, grpc.credentials.createInsecure(), channelOptions());
      this.clients.set(peer, c);
    }
    return c;
  }

  private header(to: NodeId) {
    return { clusterId: this.options.clusterId, from: this.options.self, to };
  }

  /** Sends one request-type message; response-type messages go through `answer` instead. */
  send(m: Message): void {
    const client = this.client(m.to);
    if (!client) return;
    switch (m.type) {
      case "AppendEntries":
        this.appendEntries(client, m);
        return;
      case "RequestVote":
        this.requestVote(client, m);
        return;
      case "InstallSnapshot":
        this.installSnapshot(client, m);
        return;
      case "TimeoutNow":
        this.timeoutNow(client, m);
        return;
      case "ReadIndex":
        this.readIndex(client, m);
        return;
      default:
        this.options.logger.error(
          { type: m.type, to: m.to },
          "response message without a waiting request: dropped",
        );
    }
  }

  private failed(m: Message, err: unknown): void {
    const e = fromServiceError(err);
    this.options.logger.debug({ to: m.to, type: m.type, err: e.message }, "peer rpc failed");
  }

  private appendEntries(client: RaftClient, m: RaftAppendEntries): void {
    client.AppendEntries(
      {
        header: this.header(m.to),
        term: m.term,
        leaderId: m.from,
        prevLogIndex: m.prevLogIndex,
        prevLogTerm: m.prevLogTerm,
        entries: m.entries.map(entryToWire),
        leaderCommit: m.leaderCommit,
        seq: m.seq,
      },
      { deadline: deadlineIn(PEER_RPC_TIMEOUT_MS) },
      (err, res) => {
        if (err || !res) return this.failed(m, err);
        const answer: RaftAppendEntriesResponse = {
          type: "AppendEntriesResponse",
          from: m.to,
          to: m.from,
          term: res.term,
          success: res.success,
          matchIndex: res.matchIndex,
          conflictIndex: res.conflictIndex,
          conflictTerm: res.conflictTerm,
          lastLogIndex: res.lastLogIndex,
          seq: res.seq,
        };
        this.options.deliver(answer);
      },
    );
  }

  private requestVote(client: RaftClient, m: RaftRequestVote): void {
    client.RequestVote(
      {
        header: this.header(m.to),
        term: m.term,
        candidateId: m.from,
        lastLogIndex: m.lastLogIndex,
        lastLogTerm: m.lastLogTerm,
        preVote: m.preVote,
        leaderTransfer: m.leaderTransfer,
      },
      { deadline: deadlineIn(PEER_RPC_TIMEOUT_MS) },
      (err, res) => {
        if (err || !res) return this.failed(m, err);
        this.options.deliver({
          type: "RequestVoteResponse",
          from: m.to,
          to: m.from,
          term: res.term,
          voteGranted: res.voteGranted,
          preVote: res.preVote,
        });
      },
    );
  }

  private installSnapshot(client: RaftClient, m: RaftInstallSnapshot): void {
    const call = client.InstallSnapshot({ deadline: deadlineIn(PEER_RPC_TIMEOUT_MS * 10) }, (err, res) => {
      if (err || !res) return this.failed(m, err);
      this.options.deliver({
        type: "InstallSnapshotResponse",
        from: m.to,
        to: m.from,
        term: res.term,
        success: res.success,
        index: m.snapshot.index,
      });
    });
    const data = Buffer.from(m.snapshot.data.buffer, m.snapshot.data.byteOffset, m.snapshot.data.byteLength);
    const metadata = {
      index: m.snapshot.index,
      term: m.snapshot.term,
      configuration: {
        members: m.snapshot.members.map((id) => ({ id, address: this.options.peers.get(id) ?? "" })),
      },
    };
    for (let offset = 0; offset === 0 || offset < data.length; offset += SNAPSHOT_CHUNK_BYTES) {
      const chunk = data.subarray(offset, offset + SNAPSHOT_CHUNK_BYTES);
      const done = offset + SNAPSHOT_CHUNK_BYTES >= data.length;
      call.write({
        header: this.header(m.to),
        term: m.term,
        leaderId: m.from,
        metadata,
        offset,
        data: chunk,
        done,
        totalSize: data.length,
      });
      if (done) break;
    }
    call.end();
  }

  private timeoutNow(client: RaftClient, m: RaftTimeoutNow): void {
    client.TimeoutNow(
      { header: this.header(m.to), term: m.term, leaderId: m.from },
      { deadline: deadlineIn(PEER_RPC_TIMEOUT_MS) },
      (err, res) => {
        if (err || !res) return this.failed(m, err);
        this.options.deliver({
          type: "TimeoutNowResponse",
          from: m.to,
          to: m.from,
          term: res.term,
          accepted: res.accepted,
        });
      },
    );
  }

  private readIndex(client: RaftClient, m: RaftReadIndex): void {
    client.ReadIndex(
      { header: this.header(m.to), term: m.term },
      { deadline: deadlineIn(PEER_RPC_TIMEOUT_MS) },
      (err, res) => {
        const ok = !err && res !== undefined;
        this.options.deliver({
          type: "ReadIndexResponse",
          from: m.to,
          to: m.from,
          term: res?.term ?? m.term,
          context: m.context,
          status: ok ? "ok" : "unavailable",
          readIndex: res?.readIndex ?? 0,
        });
      },
    );
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
