/**
 * Raft peer transport over gRPC (proto/raft.proto).
 *
 * Every message except snapshots travels on one long-lived `Stream` call per peer, in order; the
 * peer steps each message and sends its answers back on its own stream. Raft tolerates lost
 * messages, so a broken stream just drops what was in flight and is reopened for the next
 * message (at most once per `STREAM_RETRY_MS`, so a dead peer costs nothing per message).
 * Snapshots use the `InstallSnapshot` client stream, chunked.
 */
import * as grpc from "@grpc/grpc-js";
import { channelOptions, deadlineIn, fromServiceError } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import type { RaftClient } from "../../proto/gen/magnetar/v1/Raft.js";
import type { RaftEnvelope } from "../../proto/gen/magnetar/v1/RaftEnvelope.js";
import { magnetarV1 } from "../../proto/index.js";
import type { Message, NodeId, InstallSnapshot as RaftInstallSnapshot } from "../core/raft/index.js";
import { toEnvelope } from "./envelope.js";

/** Bound on a snapshot transfer. */
export const SNAPSHOT_RPC_TIMEOUT_MS = 30_000;
/** Snapshot chunk size on the wire. */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;
/** Minimum time between two attempts to open a stream to the same peer. */
export const STREAM_RETRY_MS = 100;

export interface TransportOptions {
  readonly self: NodeId;
  readonly clusterId: string;
  /** Peer id -> "host:port". */
  readonly peers: ReadonlyMap<NodeId, string>;
  /** Hands a snapshot answer back to the core (as if it were a received message). */
  readonly deliver: (message: Message) => void;
  readonly logger: Logger;
}

interface PeerLink {
  readonly client: RaftClient;
  stream: grpc.ClientWritableStream<RaftEnvelope> | undefined;
  lastOpenAttempt: number;
  /** The stream's buffer is full: drop messages until it drains (Raft resends). */
  congested: boolean;
  /** A snapshot transfer is running: the core's re-sends meanwhile are dropped. */
  sendingSnapshot: boolean;
}

export class PeerTransport {
  private readonly links = new Map<NodeId, PeerLink>();

  constructor(private readonly options: TransportOptions) {}

  private link(peer: NodeId): PeerLink | undefined {
    let l = this.links.get(peer);
    if (!l) {
      const addr = this.options.peers.get(peer);
      if (addr === undefined) return undefined;
      l = {
        client: new (magnetarV1().Raft)(addr, grpc.credentials.createInsecure(), channelOptions()),
        stream: undefined,
        lastOpenAttempt: 0,
        congested: false,
        sendingSnapshot: false,
      };
      this.links.set(peer, l);
    }
    return l;
  }

  private stream(peer: NodeId, l: PeerLink): grpc.ClientWritableStream<RaftEnvelope> | undefined {
    if (l.stream) return l.stream;
    const now = Date.now();
    if (now - l.lastOpenAttempt < STREAM_RETRY_MS) return undefined;
    l.lastOpenAttempt = now;
    const stream = l.client.Stream((err) => {
      if (l.stream === stream) l.stream = undefined;
      if (err) this.options.logger.debug({ peer, err: fromServiceError(err).message }, "peer stream ended");
    });
    stream.on("error", () => {
      if (l.stream === stream) l.stream = undefined;
    });
    stream.on("drain", () => {
      l.congested = false;
    });
    l.stream = stream;
    l.congested = false;
    return stream;
  }

  send(m: Message): void {
    const l = this.link(m.to);
    if (!l) return;
    if (m.type === "InstallSnapshot") {
      if (l.sendingSnapshot) return;
      l.sendingSnapshot = true;
      this.installSnapshot(l.client, m, () => {
        l.sendingSnapshot = false;
      });
      return;
    }
    if (m.type === "InstallSnapshotResponse") {
      this.options.logger.error({ to: m.to }, "snapshot answer without a waiting request: dropped");
      return;
    }
    // Dropped when the stream is down or congested; Raft resends on its own schedule.
    if (l.congested) return;
    const stream = this.stream(m.to, l);
    if (stream && !stream.write(toEnvelope(m, this.options.clusterId))) l.congested = true;
  }

  private installSnapshot(client: RaftClient, m: RaftInstallSnapshot, finished: () => void): void {
    const call = client.InstallSnapshot({ deadline: deadlineIn(SNAPSHOT_RPC_TIMEOUT_MS) }, (err, res) => {
      finished();
      if (err || !res) {
        this.options.logger.debug(
          { to: m.to, err: err ? fromServiceError(err).message : "empty" },
          "snapshot send failed",
        );
        return;
      }
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
    const header = { clusterId: this.options.clusterId, from: this.options.self, to: m.to };
    for (let offset = 0; ; offset += SNAPSHOT_CHUNK_BYTES) {
      const done = offset + SNAPSHOT_CHUNK_BYTES >= data.length;
      call.write({
        header,
        term: m.term,
        leaderId: m.from,
        metadata,
        offset,
        data: data.subarray(offset, offset + SNAPSHOT_CHUNK_BYTES),
        done,
        totalSize: data.length,
      });
      if (done) break;
    }
    call.end();
  }

  close(): void {
    for (const l of this.links.values()) {
      l.stream?.end();
      l.client.close();
    }
    this.links.clear();
  }
}
