/**
 * Loads the magnetar.v1 gRPC contracts at run time, with the exact options the generated types in
 * proto/gen were made with (`make proto`), so the typed view below matches the decoded objects:
 * camelCase fields, 64-bit integers as numbers (ids stay below 2^53), enums as their names, every
 * field present with its default, and oneof fields named by a virtual property.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import protobuf from "protobufjs";
import type { ProtoGrpcType as AdminProto } from "./gen/admin.js";
import type { ProtoGrpcType as BookieProto } from "./gen/bookie.js";
import type { ProtoGrpcType as MessagingProto } from "./gen/messaging.js";
import type { ProtoGrpcType as MetadataProto } from "./gen/metadata.js";
import type { ProtoGrpcType as RaftProto } from "./gen/raft.js";

export const PROTO_FILES = [
  "common.proto",
  "messaging.proto",
  "admin.proto",
  "bookie.proto",
  "metadata.proto",
  "raft.proto",
] as const;

/** The folder holding the .proto files, from source (proto/) or from the build (dist/proto/). */
export const PROTO_DIR: string = (() => {
  for (const rel of ["./", "../../proto/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}common.proto`)) return dir;
  }
  throw new Error(`cannot find the .proto files next to ${fileURLToPath(import.meta.url)}`);
})();

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

let definition: protoLoader.PackageDefinition | undefined;

/** The package definition of every proto, loaded once. */
export function packageDefinition(): protoLoader.PackageDefinition {
  definition ??= protoLoader.loadSync([...PROTO_FILES], LOADER_OPTIONS);
  return definition;
}

type MagnetarV1 = MessagingProto["magnetar"]["v1"] &
  AdminProto["magnetar"]["v1"] &
  BookieProto["magnetar"]["v1"] &
  MetadataProto["magnetar"]["v1"] &
  RaftProto["magnetar"]["v1"];

let v1: MagnetarV1 | undefined;

/** Typed service constructors and definitions: `magnetarV1().Bookie.service`, `new (magnetarV1().Metadata)(addr, creds)`. */
export function magnetarV1(): MagnetarV1 {
  // loadPackageDefinition returns an untyped tree; the generated ProtoGrpcType types describe it.
  v1 ??= (grpc.loadPackageDefinition(packageDefinition()) as unknown as { magnetar: { v1: MagnetarV1 } })
    .magnetar.v1;
  return v1;
}

let root: protobuf.Root | undefined;

const CONVERSION: protobuf.IConversionOptions = {
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
};

/**
 * The protobufjs type of one message (camelCase fields, as the gRPC loader produces), for hot paths
 * that skip messageCodec's conversions (see client/batch.ts).
 */
export function messageType(name: string): protobuf.Type {
  root ??= new protobuf.Root().loadSync(
    PROTO_FILES.map((f) => `${PROTO_DIR}${f}`),
    { keepCase: false },
  );
  return root.lookupType(`magnetar.v1.${name}`);
}

/**
 * Encoder/decoder of one message type outside gRPC (e.g. the MetadataCommand stored in Raft log
 * entries), with the same conversions as the gRPC loader so the generated types apply.
 */
export function messageCodec<In extends object, Out>(
  name: string,
): { encode(value: In): Uint8Array; decode(bytes: Uint8Array): Out } {
  const type = messageType(name);
  return {
    encode: (value) => type.encode(type.fromObject(value)).finish(),
    decode: (bytes) => type.toObject(type.decode(bytes), CONVERSION) as Out,
  };
}
