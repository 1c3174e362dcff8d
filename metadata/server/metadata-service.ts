/**
 * The Metadata gRPC service (proto/metadata.proto) of one member. Writes on a follower are
 * forwarded to the leader with their request id unchanged, so a retry anywhere stays
 * exactly-once. Bad input is answered with INVALID_ARGUMENT before anything is proposed.
 */
import * as grpc from "@grpc/grpc-js";
import {
  InvalidArgumentError,
  LeaseNotFoundError,
  MagnetarError,
  NotLeaderError,
} from "../../common/errors.js";
import { callUnary, toServiceError, unary } from "../../common/grpc.js";
import type { CompactResponse } from "../../proto/gen/magnetar/v1/CompactResponse.js";
import type { DeleteResponse } from "../../proto/gen/magnetar/v1/DeleteResponse.js";
import type { Event } from "../../proto/gen/magnetar/v1/Event.js";
import type { LeaseGrantResponse } from "../../proto/gen/magnetar/v1/LeaseGrantResponse.js";
import type { LeaseKeepAliveRequest__Output } from "../../proto/gen/magnetar/v1/LeaseKeepAliveRequest.js";
import type { LeaseKeepAliveResponse } from "../../proto/gen/magnetar/v1/LeaseKeepAliveResponse.js";
import type { LeaseRevokeResponse } from "../../proto/gen/magnetar/v1/LeaseRevokeResponse.js";
import type { LeaseTimeToLiveResponse } from "../../proto/gen/magnetar/v1/LeaseTimeToLiveResponse.js";
import type { MetadataClient, MetadataHandlers } from "../../proto/gen/magnetar/v1/Metadata.js";
import type { PutResponse } from "../../proto/gen/magnetar/v1/PutResponse.js";
import type { ResponseHeader } from "../../proto/gen/magnetar/v1/ResponseHeader.js";
import type { TxnResponse } from "../../proto/gen/magnetar/v1/TxnResponse.js";
import type { WatchRequest__Output } from "../../proto/gen/magnetar/v1/WatchRequest.js";
import type { WatchResponse } from "../../proto/gen/magnetar/v1/WatchResponse.js";
import type { ApplySuccess, KvCommand, WatchBatch } from "../core/kv/index.js";
import {
  deleteFromWire,
  eventToWire,
  kvToWire,
  putFromWire,
  rangeFromWire,
  requestIdFromWire,
  responseOpToWire,
  txnFromWire,
} from "./commands.js";
import type { MetadataMember } from "./member.js";

const FORWARD_TIMEOUT_MS = 5_000;
/** Watch responses are split near this size (the gRPC message limit is 8 MiB). */
const WATCH_FRAGMENT_BYTES = 2 * 1024 * 1024;

function header(member: MetadataMember, revision?: number): ResponseHeader {
  return {
    memberId: member.id,
    revision: revision ?? member.kv.revision,
    raftTerm: member.term,
    leaderId: member.leader ?? "",
    clusterId: member.clusterId,
  };
}

const FORWARDED_KEY = "magnetar-forwarded";

function forwardedMark(): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set(FORWARDED_KEY, "1");
  return md;
}

/**
 * Runs `local` on the leader, or forwards to the leader with `forward`. A request that was
 * already forwarded once is not forwarded again (two members with stale views of the leader would
 * bounce it): it gets NOT_LEADER and the client retries.
 */
async function onLeader<T>(
  member: MetadataMember,
  call: grpc.ServerUnaryCall<unknown, unknown>,
  local: () => Promise<T>,
  forward: (client: MetadataClient) => Promise<T>,
): Promise<T> {
  const forwarded = call.metadata.get(FORWARDED_KEY).length > 0;
  const notLeader = (hint?: string) =>
    new NotLeaderError(`member ${member.id} is not the leader`, hint === undefined ? {} : { hint });
  if (member.isLeader) {
    try {
      return await local();
    } catch (err) {
      if (!(err instanceof NotLeaderError)) throw err;
      if (forwarded) throw err;
      return forward(member.leaderClient(err.hint));
    }
  }
  if (forwarded) throw notLeader(member.leader ?? undefined);
  return forward(member.leaderClient());
}

function write(member: MetadataMember, cmd: KvCommand): Promise<ApplySuccess> {
  return member.propose(cmd);
}

export function metadataService(member: MetadataMember): MetadataHandlers {
  const log = member.logger;
  const notImplemented = (what: string) =>
    unary(async () => {
      throw new MagnetarError("UNIMPLEMENTED", `${what} is not supported: membership is fixed by --peers`);
    }, log);

  return {
    Range: unary(async (req) => {
      const request = rangeFromWire(req);
      if (!req.serializable) await member.linearizableBarrier();
      const res = member.kv.range(request);
      return {
        header: header(member, res.revision),
        kvs: res.kvs.map(kvToWire),
        more: res.more,
        count: res.count,
      };
    }, log),

    Put: unary(
      (req, call) =>
        onLeader<PutResponse>(
          member,
          call,
          async () => {
            const cmd = putFromWire(req);
            const r = await write(member, cmd);
            if (r.response.type !== "put")
              throw new MagnetarError("INTERNAL", "put answered with another response");
            return {
              header: header(member, r.response.revision),
              prevKv: r.response.prevKv ? kvToWire(r.response.prevKv) : null,
              modRevision: r.response.revision,
              version: r.response.kv?.version ?? 0,
              createRevision: r.response.kv?.createRevision ?? 0,
            };
          },
          (c) => callUnary(c, "Put", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    Delete: unary(
      (req, call) =>
        onLeader<DeleteResponse>(
          member,
          call,
          async () => {
            const r = await write(member, deleteFromWire(req));
            if (r.response.type !== "delete")
              throw new MagnetarError("INTERNAL", "delete answered with another response");
            return {
              header: header(member, r.response.revision),
              deleted: r.response.deleted,
              prevKvs: r.response.prevKvs.map(kvToWire),
            };
          },
          (c) => callUnary(c, "Delete", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    Txn: unary(
      (req, call) =>
        onLeader<TxnResponse>(
          member,
          call,
          async () => {
            const r = await write(member, txnFromWire(req));
            if (r.response.type !== "txn")
              throw new MagnetarError("INTERNAL", "txn answered with another response");
            return {
              header: header(member, r.response.revision),
              succeeded: r.response.succeeded,
              responses: r.response.responses.map(responseOpToWire),
            };
          },
          (c) => callUnary(c, "Txn", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    Compact: unary(
      (req, call) =>
        onLeader<CompactResponse>(
          member,
          call,
          async () => {
            const r = await write(member, { type: "compact", revision: req.revision });
            return { header: header(member, r.revision) };
          },
          (c) => callUnary(c, "Compact", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    LeaseGrant: unary(
      (req, call) =>
        onLeader<LeaseGrantResponse>(
          member,
          call,
          async () => {
            if (req.ttlMs <= 0) throw new InvalidArgumentError(`ttl_ms must be > 0, got ${req.ttlMs}`);
            const requestId = requestIdFromWire(req.requestId);
            const id = req.id !== 0 ? req.id : member.newLeaseId();
            const r = await write(member, {
              type: "leaseGrant",
              id,
              ttlMs: req.ttlMs,
              ...(requestId ? { requestId } : {}),
            });
            if (r.response.type !== "leaseGrant")
              throw new MagnetarError("INTERNAL", "grant answered with another response");
            return { header: header(member, r.revision), id: r.response.id, ttlMs: r.response.ttlMs };
          },
          (c) => callUnary(c, "LeaseGrant", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    LeaseRevoke: unary(
      (req, call) =>
        onLeader<LeaseRevokeResponse>(
          member,
          call,
          async () => {
            const requestId = requestIdFromWire(req.requestId);
            const r = await write(member, {
              type: "leaseRevoke",
              id: req.id,
              ...(requestId ? { requestId } : {}),
            });
            if (r.response.type !== "leaseRevoke")
              throw new MagnetarError("INTERNAL", "revoke answered with another response");
            return { header: header(member, r.revision), deleted: r.response.deleted };
          },
          (c) => callUnary(c, "LeaseRevoke", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    LeaseKeepAlive: (call) => keepAlive(member, call),

    LeaseTimeToLive: unary(
      (req, call) =>
        onLeader<LeaseTimeToLiveResponse>(
          member,
          call,
          async () => {
            const lease = member.kv.lease(req.id);
            if (!lease) throw new LeaseNotFoundError(`lease ${req.id} does not exist`);
            return {
              header: header(member),
              id: lease.id,
              ttlMs: member.lessor.remainingMs(lease.id, Date.now()),
              grantedTtlMs: lease.ttlMs,
              keys: req.keys ? lease.keys.map((k) => Buffer.from(k, "utf8")) : [],
            };
          },
          (c) => callUnary(c, "LeaseTimeToLive", req, FORWARD_TIMEOUT_MS, forwardedMark()),
        ),
      log,
    ),

    LeaseList: unary(async () => ({ header: header(member), ids: member.kv.leases().map((l) => l.id) }), log),

    Watch: (call) => watch(member, call),

    Status: unary(async () => {
      const s = member.raftStatus();
      return {
        header: header(member),
        memberId: member.id,
        address: member.peerAddress(member.id) ?? "",
        leaderId: member.leader ?? "",
        role:
          s.role === "pre-candidate"
            ? "PRE_CANDIDATE"
            : (s.role.toUpperCase() as "LEADER" | "FOLLOWER" | "CANDIDATE"),
        raftTerm: s.term,
        commitIndex: s.commit,
        appliedIndex: member.appliedIndex,
        lastLogIndex: s.lastIndex,
        snapshotIndex: s.snapshotIndex,
        revision: member.kv.revision,
        compactRevision: member.kv.compactRevision,
        dbSizeBytes: await member.storageBytes(),
        members: member.members(),
        clusterId: member.clusterId,
      };
    }, log),

    MemberList: unary(async () => ({ header: header(member), members: member.members() }), log),
    MemberAdd: notImplemented("MemberAdd"),
    MemberRemove: notImplemented("MemberRemove"),
    MemberPromote: notImplemented("MemberPromote"),
    MoveLeader: unary(async (req) => {
      const r = member.transferLeadership(req.targetId);
      if (r.type === "not-leader")
        throw new NotLeaderError(`member ${member.id} is not the leader`, { hint: r.leader ?? undefined });
      if (r.type === "invalid")
        throw new InvalidArgumentError(`cannot move leadership to "${req.targetId}": ${r.reason}`);
      return { header: header(member) };
    }, log),
  };
}

/** LeaseKeepAlive: answered by the leader only; a follower ends the stream with NOT_LEADER. */
function keepAlive(
  member: MetadataMember,
  call: grpc.ServerDuplexStream<LeaseKeepAliveRequest__Output, LeaseKeepAliveResponse>,
): void {
  call.on("data", (req: LeaseKeepAliveRequest__Output) => {
    if (!member.isLeader) {
      call.emit(
        "error",
        toServiceError(
          new NotLeaderError(`member ${member.id} is not the leader`, { hint: member.leader ?? undefined }),
        ),
      );
      return;
    }
    let ttlMs = 0;
    try {
      ttlMs = member.lessor.keepAlive(req.id, Date.now());
    } catch (err) {
      if (!(err instanceof LeaseNotFoundError)) {
        call.emit("error", toServiceError(err, member.logger));
        return;
      }
    }
    call.write({ header: header(member), id: req.id, ttlMs });
  });
  call.on("end", () => call.end());
  call.on("error", () => undefined);
}

/** Watch: history first, then live events, one response per revision; backpressure pauses it. */
function watch(
  member: MetadataMember,
  call: grpc.ServerWritableStream<WatchRequest__Output, WatchResponse>,
): void {
  const req = call.request;
  const key = req.key.toString("utf8");
  let handle: ReturnType<typeof member.hub.watch> | undefined;
  const send = (batch: WatchBatch): boolean => {
    // One revision may hold more than a gRPC message takes (a prefix delete with prev_kv):
    // split it into fragments of about WATCH_FRAGMENT_BYTES; the last one has fragment = false.
    let more = true;
    let events: Event[] = [];
    let bytes = 0;
    for (const e of batch.events) {
      const size =
        e.kv.key.length +
        e.kv.value.byteLength +
        (e.prevKv ? e.prevKv.key.length + e.prevKv.value.byteLength : 0);
      if (events.length > 0 && bytes + size > WATCH_FRAGMENT_BYTES) {
        more = call.write({ header: header(member, batch.revision), events, fragment: true });
        events = [];
        bytes = 0;
      }
      events.push(eventToWire(e));
      bytes += size;
    }
    return call.write({ header: header(member, batch.revision), events }) && more;
  };
  try {
    call.write({ header: header(member), created: true });
    handle = member.hub.watch(
      {
        key,
        ...(req.rangeEnd.length > 0 ? { rangeEnd: req.rangeEnd.toString("utf8") } : {}),
        ...(req.prefix ? { prefix: true } : {}),
        ...(req.startRevision > 0 ? { startRevision: req.startRevision } : {}),
        ...(req.prevKv ? { prevKv: true } : {}),
      },
      {
        onBatch: (batch) => {
          const more = send(batch);
          if (!more) call.once("drain", () => handle?.resume());
          return more;
        },
        onCancel: (err) => {
          call.write({
            header: header(member),
            canceled: true,
            cancelReason: { code: err.code, message: err.message },
            compactRevision: err.code === "COMPACTED" ? member.kv.compactRevision : 0,
          });
          call.end();
        },
      },
    );
  } catch (err) {
    if (err instanceof MagnetarError && err.code === "COMPACTED") {
      // As documented in metadata.proto: a canceled response saying from where to restart.
      call.write({
        header: header(member),
        canceled: true,
        cancelReason: { code: err.code, message: err.message },
        compactRevision: member.kv.compactRevision,
      });
      call.end();
    } else {
      call.emit("error", toServiceError(err, member.logger));
    }
    return;
  }
  call.on("cancelled", () => handle?.cancel());
  call.on("close", () => handle?.cancel());
}

export { grpc };
