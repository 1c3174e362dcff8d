/**
 * Raft messages <-> RaftEnvelope (proto/raft.proto), the unit of the peer Stream.
 */
import { MagnetarError } from "../../common/errors.js";
import type { LogEntry, LogEntry__Output } from "../../proto/gen/magnetar/v1/LogEntry.js";
import type { PeerHeader__Output } from "../../proto/gen/magnetar/v1/PeerHeader.js";
import type { RaftEnvelope, RaftEnvelope__Output } from "../../proto/gen/magnetar/v1/RaftEnvelope.js";
import type { Entry, EntryType, Message } from "../core/raft/index.js";

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

/** Wraps a message (anything but InstallSnapshot, which has its own RPC) for the Stream. */
export function toEnvelope(m: Message, clusterId: string): RaftEnvelope {
  const header = { clusterId, from: m.from, to: m.to };
  switch (m.type) {
    case "AppendEntries":
      return {
        appendEntries: {
          header,
          term: m.term,
          leaderId: m.from,
          prevLogIndex: m.prevLogIndex,
          prevLogTerm: m.prevLogTerm,
          entries: m.entries.map(entryToWire),
          leaderCommit: m.leaderCommit,
          seq: m.seq,
        },
      };
    case "AppendEntriesResponse":
      return {
        appendEntriesResponse: {
          header,
          term: m.term,
          success: m.success,
          matchIndex: m.matchIndex,
          conflictIndex: m.conflictIndex,
          conflictTerm: m.conflictTerm,
          lastLogIndex: m.lastLogIndex,
          seq: m.seq,
        },
      };
    case "RequestVote":
      return {
        requestVote: {
          header,
          term: m.term,
          candidateId: m.from,
          lastLogIndex: m.lastLogIndex,
          lastLogTerm: m.lastLogTerm,
          preVote: m.preVote,
          leaderTransfer: m.leaderTransfer,
        },
      };
    case "RequestVoteResponse":
      return {
        requestVoteResponse: { header, term: m.term, voteGranted: m.voteGranted, preVote: m.preVote },
      };
    case "TimeoutNow":
      return { timeoutNow: { header, term: m.term, leaderId: m.from } };
    case "TimeoutNowResponse":
      return { timeoutNowResponse: { header, term: m.term, accepted: m.accepted } };
    case "ReadIndex":
      return { readIndex: { header, term: m.term }, context: m.context };
    case "ReadIndexResponse":
      return {
        readIndexResponse: { header, term: m.term, readIndex: m.readIndex },
        context: m.context,
        status: m.status,
      };
    case "InstallSnapshot":
    case "InstallSnapshotResponse":
      throw new MagnetarError("INTERNAL", `${m.type} does not travel on the peer stream`);
  }
}

function ends(h: PeerHeader__Output | null): { from: string; to: string } {
  if (!h) throw new MagnetarError("INVALID_ARGUMENT", "raft message without a peer header");
  return { from: h.from, to: h.to };
}

const READ_STATUSES = ["ok", "not-leader", "unavailable"] as const;

/** Unwraps an envelope; its header (cluster, from, to) is checked by the caller. */
export function fromEnvelope(env: RaftEnvelope__Output): {
  message: Message;
  header: PeerHeader__Output | null;
} {
  switch (env.message) {
    case "appendEntries": {
      const r = env.appendEntries as NonNullable<RaftEnvelope__Output["appendEntries"]>;
      const message: Message = {
        type: "AppendEntries",
        ...ends(r.header),
        term: r.term,
        prevLogIndex: r.prevLogIndex,
        prevLogTerm: r.prevLogTerm,
        entries: r.entries.map(entryFromWire),
        leaderCommit: r.leaderCommit,
        seq: r.seq,
      };
      return { message, header: r.header };
    }
    case "appendEntriesResponse": {
      const r = env.appendEntriesResponse as NonNullable<RaftEnvelope__Output["appendEntriesResponse"]>;
      const message: Message = {
        type: "AppendEntriesResponse",
        ...ends(r.header),
        term: r.term,
        success: r.success,
        matchIndex: r.matchIndex,
        conflictIndex: r.conflictIndex,
        conflictTerm: r.conflictTerm,
        lastLogIndex: r.lastLogIndex,
        seq: r.seq,
      };
      return { message, header: r.header };
    }
    case "requestVote": {
      const r = env.requestVote as NonNullable<RaftEnvelope__Output["requestVote"]>;
      const message: Message = {
        type: "RequestVote",
        ...ends(r.header),
        term: r.term,
        lastLogIndex: r.lastLogIndex,
        lastLogTerm: r.lastLogTerm,
        preVote: r.preVote,
        leaderTransfer: r.leaderTransfer,
      };
      return { message, header: r.header };
    }
    case "requestVoteResponse": {
      const r = env.requestVoteResponse as NonNullable<RaftEnvelope__Output["requestVoteResponse"]>;
      const message: Message = {
        type: "RequestVoteResponse",
        ...ends(r.header),
        term: r.term,
        voteGranted: r.voteGranted,
        preVote: r.preVote,
      };
      return { message, header: r.header };
    }
    case "timeoutNow": {
      const r = env.timeoutNow as NonNullable<RaftEnvelope__Output["timeoutNow"]>;
      return { message: { type: "TimeoutNow", ...ends(r.header), term: r.term }, header: r.header };
    }
    case "timeoutNowResponse": {
      const r = env.timeoutNowResponse as NonNullable<RaftEnvelope__Output["timeoutNowResponse"]>;
      return {
        message: { type: "TimeoutNowResponse", ...ends(r.header), term: r.term, accepted: r.accepted },
        header: r.header,
      };
    }
    case "readIndex": {
      const r = env.readIndex as NonNullable<RaftEnvelope__Output["readIndex"]>;
      return {
        message: { type: "ReadIndex", ...ends(r.header), term: r.term, context: env.context },
        header: r.header,
      };
    }
    case "readIndexResponse": {
      const r = env.readIndexResponse as NonNullable<RaftEnvelope__Output["readIndexResponse"]>;
      const status = READ_STATUSES.find((s) => s === env.status) ?? "unavailable";
      const message: Message = {
        type: "ReadIndexResponse",
        ...ends(r.header),
        term: r.term,
        context: env.context,
        status,
        readIndex: r.readIndex,
      };
      return { message, header: r.header };
    }
    default:
      throw new MagnetarError("INVALID_ARGUMENT", "raft envelope holds no message");
  }
}
