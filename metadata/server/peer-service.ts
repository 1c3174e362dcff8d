/**
 * The Raft peer service: incoming requests are stepped into the core; each RPC is answered with
 * the response message the core emits for it (after persisting what the answer depends on).
 */
import { randomUUID } from "node:crypto";
import { InvalidArgumentError, MagnetarError, UnavailableError } from "../../common/errors.js";
import { toServiceError, unary } from "../../common/grpc.js";
import type { InstallSnapshotRequest__Output } from "../../proto/gen/magnetar/v1/InstallSnapshotRequest.js";
import type { PeerHeader__Output } from "../../proto/gen/magnetar/v1/PeerHeader.js";
import type { RaftHandlers } from "../../proto/gen/magnetar/v1/Raft.js";
import type { RaftEnvelope, RaftEnvelope__Output } from "../../proto/gen/magnetar/v1/RaftEnvelope.js";
import { KvStore } from "../core/kv/index.js";
import type { Message, NodeId } from "../core/raft/index.js";
import { fromEnvelope, toEnvelope } from "./envelope.js";
import type { MetadataMember } from "./member.js";

/** How long an incoming peer RPC waits for the core's answer (the core may ignore a request). */
const ANSWER_TIMEOUT_MS = 1_500;
/** Largest snapshot accepted from a leader. */
const SNAPSHOT_BYTES_MAX = 1024 ** 3;
/** Installing a snapshot syncs and restores it: give the answer more time than a small message. */
const SNAPSHOT_ANSWER_TIMEOUT_MS = 20_000;
/** Bound on waiting RPCs, so a flood of requests the core ignores cannot grow memory. */
const WAITING_MAX = 10_000;

type Answer = Message;

function answerKey(m: Message): string | undefined {
  switch (m.type) {
    case "AppendEntriesResponse":
      return `ae|${m.to}|${m.seq}`;
    case "RequestVoteResponse":
      return `rv|${m.to}|${m.preVote}`;
    case "InstallSnapshotResponse":
      return `is|${m.to}|${m.index}`;
    case "TimeoutNowResponse":
      return `tn|${m.to}`;
    case "ReadIndexResponse":
      return `ri|${m.to}|${m.context}`;
    default:
      return undefined;
  }
}

/** RPCs waiting for the core's response message, matched by kind, peer and sequence. */
export class PeerAnswers {
  private readonly waiting = new Map<
    string,
    { resolve: (m: Answer) => void; reject: (e: Error) => void }[]
  >();
  private count = 0;

  wait(key: string, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Answer> {
    if (this.count >= WAITING_MAX)
      return Promise.reject(new UnavailableError("too many peer requests waiting"));
    return new Promise((resolve, reject) => {
      const entry = {
        resolve: (m: Answer) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        this.remove(key, entry);
        reject(new UnavailableError("no answer from the raft core"));
      }, timeoutMs);
      const list = this.waiting.get(key) ?? [];
      list.push(entry);
      this.waiting.set(key, list);
      this.count++;
    });
  }

  private remove(key: string, entry: object): void {
    const list = this.waiting.get(key);
    if (!list) return;
    const i = list.indexOf(entry as (typeof list)[number]);
    if (i >= 0) {
      list.splice(i, 1);
      this.count--;
    }
    if (list.length === 0) this.waiting.delete(key);
  }

  /** Resolves the oldest unary RPC waiting for `m`; false when none waits (send `m` instead). */
  answer(m: Message): boolean {
    const key = answerKey(m);
    if (key === undefined) return false;
    const list = this.waiting.get(key);
    const first = list?.shift();
    if (!first) return false;
    this.count--;
    if (list?.length === 0) this.waiting.delete(key);
    first.resolve(m);
    return true;
  }

  failAll(): void {
    for (const list of this.waiting.values())
      for (const w of list) w.reject(new UnavailableError("member stopping"));
    this.waiting.clear();
    this.count = 0;
  }
}

function checkHeader(member: MetadataMember, h: PeerHeader__Output | null): NodeId {
  if (!h || h.clusterId !== member.clusterId) {
    throw new MagnetarError(
      "PERMISSION_DENIED",
      `peer request for cluster "${h?.clusterId ?? ""}" reached cluster "${member.clusterId}"`,
    );
  }
  if (h.to !== member.id)
    throw new MagnetarError("PERMISSION_DENIED", `peer request for ${h.to} reached ${member.id}`);
  if (member.peerAddress(h.from) === undefined || h.from === member.id) {
    throw new MagnetarError("PERMISSION_DENIED", `unknown peer ${h.from}`);
  }
  return h.from;
}

function header(member: MetadataMember, to: string) {
  return { clusterId: member.clusterId, from: member.id, to };
}

/** The key under which the core's answer to request `m` is awaited (see `answerKey`). */
function requestKey(m: Message): string {
  switch (m.type) {
    case "AppendEntries":
      return `ae|${m.from}|${m.seq}`;
    case "RequestVote":
      return `rv|${m.from}|${m.preVote}`;
    case "TimeoutNow":
      return `tn|${m.from}`;
    case "ReadIndex":
      return `ri|${m.from}|${m.context}`;
    default:
      throw new MagnetarError("INVALID_ARGUMENT", `${m.type} is not a peer request`);
  }
}

/**
 * A unary peer RPC: the request is the same message the Stream carries (converted by the same
 * envelope code), stepped into the core; the RPC is answered with the core's response.
 */
async function viaCore<K extends keyof RaftEnvelope>(
  member: MetadataMember,
  request: RaftEnvelope__Output,
  answerField: K,
): Promise<{ answer: Message; wire: NonNullable<RaftEnvelope[K]> }> {
  const { message, header } = fromEnvelope(request);
  checkHeader(member, header);
  const answer = member.answers.wait(requestKey(message));
  member.step(message);
  const a = await answer;
  const wire = toEnvelope(a, member.clusterId)[answerField];
  if (wire === undefined || wire === null) throw new MagnetarError("INTERNAL", "mismatched raft answer");
  return { answer: a, wire: wire as NonNullable<RaftEnvelope[K]> };
}

const envelope = (fields: Partial<RaftEnvelope__Output>): RaftEnvelope__Output => ({
  context: "",
  status: "",
  ...fields,
});

/** The peer Stream: every envelope is checked and stepped; answers go back on our own stream. */
function stream(member: MetadataMember): RaftHandlers["Stream"] {
  return (call, callback) => {
    let received = 0;
    let refused = false;
    call.on("data", (env: RaftEnvelope__Output) => {
      if (refused) return;
      try {
        const { message, header } = fromEnvelope(env);
        checkHeader(member, header);
        received++;
        member.step(message);
      } catch (err) {
        // A peer of another cluster or a malformed message: end this stream with the reason.
        refused = true;
        callback(toServiceError(err));
      }
    });
    call.on("end", () => {
      if (!refused) callback(null, { received });
    });
    call.on("error", () => undefined);
  };
}

export function raftService(member: MetadataMember): RaftHandlers {
  return {
    Stream: stream(member),
    AppendEntries: unary(
      async (req) =>
        (
          await viaCore(
            member,
            envelope({ appendEntries: req, message: "appendEntries" }),
            "appendEntriesResponse",
          )
        ).wire,
    ),
    RequestVote: unary(
      async (req) =>
        (await viaCore(member, envelope({ requestVote: req, message: "requestVote" }), "requestVoteResponse"))
          .wire,
    ),
    TimeoutNow: unary(
      async (req) =>
        (await viaCore(member, envelope({ timeoutNow: req, message: "timeoutNow" }), "timeoutNowResponse"))
          .wire,
    ),
    ReadIndex: unary(async (req) => {
      // The unary form has no context field: make one to match the core's answer to this call.
      const context = `peer:${randomUUID()}`;
      const { answer, wire } = await viaCore(
        member,
        envelope({ readIndex: req, message: "readIndex", context }),
        "readIndexResponse",
      );
      if (answer.type === "ReadIndexResponse" && answer.status !== "ok") {
        const code = answer.status === "not-leader" ? "NOT_LEADER" : "UNAVAILABLE";
        throw new MagnetarError(code, `member ${member.id} cannot confirm a read index (${answer.status})`);
      }
      return wire;
    }),
    InstallSnapshot: (call, callback) => {
      const chunks: Buffer[] = [];
      let received = 0;
      let first: InstallSnapshotRequest__Output | undefined;
      let last: InstallSnapshotRequest__Output | undefined;
      let bad: MagnetarError | undefined;
      call.on("data", (req: InstallSnapshotRequest__Output) => {
        if (bad) return;
        first ??= req;
        last = req;
        if (req.offset !== received)
          bad = new InvalidArgumentError(`snapshot chunk at offset ${req.offset}, expected ${received}`);
        else if (received + req.data.length > SNAPSHOT_BYTES_MAX)
          bad = new InvalidArgumentError(`snapshot larger than ${SNAPSHOT_BYTES_MAX} bytes`);
        chunks.push(req.data);
        received += req.data.length;
      });
      call.on("error", () => undefined);
      call.on("end", () => {
        void (async () => {
          if (bad) throw bad;
          if (!first?.metadata || !last?.done || received !== last.totalSize) {
            throw new InvalidArgumentError(
              `incomplete snapshot: ${received} of ${last?.totalSize ?? "?"} bytes, done=${last?.done ?? false}`,
            );
          }
          const from = checkHeader(member, first.header);
          const data = Buffer.concat(chunks);
          // Never hand the core (which persists it) a snapshot the state machine cannot load.
          KvStore.restore(data);
          const meta = first.metadata;
          const answer = member.answers.wait(`is|${from}|${meta.index}`, SNAPSHOT_ANSWER_TIMEOUT_MS);
          member.step({
            type: "InstallSnapshot",
            from,
            to: member.id,
            term: first.term,
            snapshot: {
              index: meta.index,
              term: meta.term,
              members: (meta.configuration?.members ?? []).map((mm) => mm.id),
              data,
            },
          });
          const a = await answer;
          if (a.type !== "InstallSnapshotResponse")
            throw new MagnetarError("INTERNAL", "mismatched raft answer");
          return { header: header(member, from), term: a.term, success: a.success };
        })().then(
          (res) => callback(null, res),
          (err: unknown) => callback(toServiceError(err)),
        );
      });
    },
  };
}
