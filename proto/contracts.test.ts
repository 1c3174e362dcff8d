import type * as grpc from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { magnetarV1, PROTO_FILES, packageDefinition } from "./index.js";

type Shape = "unary" | "server-stream" | "client-stream" | "bidi";

/** Every service and RPC the contracts promise, with its streaming shape. */
const CONTRACT: Record<string, Record<string, Shape>> = {
  Messaging: {
    Lookup: "unary",
    GetPartitionedMetadata: "unary",
    Produce: "bidi",
    Consume: "bidi",
  },
  Admin: {
    CreateTenant: "unary",
    UpdateTenant: "unary",
    GetTenant: "unary",
    ListTenants: "unary",
    DeleteTenant: "unary",
    CreateNamespace: "unary",
    ListNamespaces: "unary",
    GetNamespace: "unary",
    SetPolicies: "unary",
    DeleteNamespace: "unary",
    CreateTopic: "unary",
    ListTopics: "unary",
    DeleteTopic: "unary",
    GetTopicStats: "unary",
    GetPartitionedStats: "unary",
    ListSubscriptions: "unary",
    CreateSubscription: "unary",
    DeleteSubscription: "unary",
    ResetCursor: "unary",
    SkipMessages: "unary",
    ListBundles: "unary",
    UnloadBundle: "unary",
    ListBrokers: "unary",
    ListBookies: "unary",
    ListMetadataMembers: "unary",
    GetLedger: "unary",
  },
  Bookie: {
    AddEntry: "bidi",
    ReadEntry: "unary",
    ReadLac: "unary",
    DeleteLedger: "unary",
    GetBookieInfo: "unary",
  },
  Metadata: {
    Range: "unary",
    Put: "unary",
    Delete: "unary",
    Txn: "unary",
    Watch: "server-stream",
    LeaseGrant: "unary",
    LeaseKeepAlive: "bidi",
    LeaseRevoke: "unary",
    Status: "unary",
  },
  Raft: {
    AppendEntries: "unary",
    RequestVote: "unary",
    InstallSnapshot: "client-stream",
    TimeoutNow: "unary",
  },
};

function shapeOf(method: grpc.MethodDefinition<unknown, unknown>): Shape {
  if (method.requestStream && method.responseStream) return "bidi";
  if (method.requestStream) return "client-stream";
  if (method.responseStream) return "server-stream";
  return "unary";
}

describe("proto - contracts", () => {
  it("loads every proto file into package magnetar.v1", () => {
    const def = packageDefinition();
    expect(PROTO_FILES).toHaveLength(6);
    for (const service of Object.keys(CONTRACT)) {
      expect(def[`magnetar.v1.${service}`], `service ${service}`).toBeDefined();
    }
  });

  for (const [service, rpcs] of Object.entries(CONTRACT)) {
    it(`${service} has every promised RPC with its streaming shape`, () => {
      const ctor = (magnetarV1() as unknown as Record<string, grpc.ServiceClientConstructor>)[service];
      expect(ctor, `service ${service}`).toBeDefined();
      const methods = ctor?.service ?? {};
      for (const [rpc, shape] of Object.entries(rpcs)) {
        const method = methods[rpc];
        expect(method, `${service}.${rpc}`).toBeDefined();
        if (method) expect(shapeOf(method), `${service}.${rpc}`).toBe(shape);
      }
    });
  }

  it("message ids are (ledgerId, entryId, batchIndex, partition)", () => {
    const type = packageDefinition()["magnetar.v1.MessageId"] as { type: { field: { name: string }[] } };
    expect(type.type.field.map((f) => f.name)).toEqual(["ledgerId", "entryId", "batchIndex", "partition"]);
  });

  it("subscription types are Exclusive, Failover, Shared and Key_Shared", () => {
    const def = packageDefinition()["magnetar.v1.SubscriptionType"] as {
      type: { value: { name: string }[] };
    };
    expect(def.type.value.map((v) => v.name)).toEqual(
      expect.arrayContaining([
        "SUBSCRIPTION_TYPE_EXCLUSIVE",
        "SUBSCRIPTION_TYPE_FAILOVER",
        "SUBSCRIPTION_TYPE_SHARED",
        "SUBSCRIPTION_TYPE_KEY_SHARED",
      ]),
    );
  });

  it("round-trips a produce batch through the wire encoding", () => {
    const method = magnetarV1().Messaging.service.Produce;
    const request = {
      batch: {
        requestId: 7,
        firstSequenceId: 100,
        lastSequenceId: 109,
        messageCount: 10,
        payload: Buffer.from("hello"),
      },
    };
    const decoded = method.requestDeserialize(method.requestSerialize(request)) as {
      batch: { requestId: number; lastSequenceId: number; payload: Buffer };
      request: string;
    };
    expect(decoded.request).toBe("batch");
    expect(decoded.batch.requestId).toBe(7);
    expect(decoded.batch.lastSequenceId).toBe(109);
    expect(decoded.batch.payload.toString()).toBe("hello");
  });
});
