import { once } from "node:events";
import http2 from "node:http2";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHostPort } from "./config.js";
import { LedgerFencedError, MagnetarError, NotLeaderError, TimeoutError } from "./errors.js";
import {
  bindServer,
  CONNECTION_FLOW_CONTROL_WINDOW,
  callUnary,
  channelOptions,
  createServer,
  fromServiceError,
  STREAM_FLOW_CONTROL_WINDOW,
  shutdownServer,
  unary,
} from "./grpc.js";

// A real gRPC server on a loopback socket, with a JSON codec so the test needs no proto.
interface Req {
  readonly op: string;
}
interface Res {
  readonly echo: string;
}
const json = {
  serialize: (v: unknown) => Buffer.from(JSON.stringify(v)),
  deserialize: (b: Buffer) => JSON.parse(b.toString()),
};
const definition: grpc.ServiceDefinition = {
  Do: {
    path: "/test.Echo/Do",
    requestStream: false,
    responseStream: false,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  },
};
const EchoClient = grpc.makeGenericClientConstructor(definition, "Echo");
// The generic constructor is untyped by nature; this is the shape it builds from `definition`.
interface EchoStub extends grpc.Client {
  Do(
    req: Req,
    md: grpc.Metadata,
    opts: grpc.CallOptions,
    cb: grpc.requestCallback<Res>,
  ): grpc.ClientUnaryCall;
  Do(req: Req, cb: grpc.requestCallback<Res>): grpc.ClientUnaryCall;
}

async function handler(req: Req): Promise<Res> {
  switch (req.op) {
    case "fenced":
      throw new LedgerFencedError("ledger 7 is fenced");
    case "not-leader":
      throw new NotLeaderError("member m2 is not the leader", { hint: "m1" });
    case "bug":
      throw new TypeError("cannot read properties of undefined");
    case "slow":
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { echo: "late" };
    default:
      return { echo: req.op };
  }
}

describe("grpc - error mapping over a real socket", () => {
  const server = createServer();
  let client: EchoStub;
  let call: (req: Req, timeoutMs?: number) => Promise<Res>;

  beforeAll(async () => {
    server.addService(definition, { Do: unary(handler) });
    const addr = await bindServer(server, { host: "127.0.0.1", port: 0 });
    expect(addr.port).toBeGreaterThan(0);
    client = new EchoClient(
      formatHostPort(addr),
      grpc.credentials.createInsecure(),
      channelOptions(),
    ) as unknown as EchoStub;
    call = (req, timeoutMs = 5_000) => callUnary(client, "Do", req, timeoutMs);
  });

  afterAll(async () => {
    client.close();
    await shutdownServer(server);
  });

  it("returns results", async () => {
    await expect(call({ op: "hello" })).resolves.toEqual({ echo: "hello" });
  });

  it("maps a MagnetarError to the same class on the client, with its message", async () => {
    const err = await call({ op: "fenced" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerFencedError);
    expect((err as MagnetarError).message).toBe("ledger 7 is fenced");
    expect((err as MagnetarError).retriable).toBe(false);
  });

  it("carries the hint (e.g. who the leader is)", async () => {
    const err = await call({ op: "not-leader" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotLeaderError);
    expect((err as MagnetarError).hint).toBe("m1");
    expect((err as MagnetarError).retriable).toBe(true);
  });

  it("reports an unexpected throw as INTERNAL and keeps serving", async () => {
    const err = await call({ op: "bug" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MagnetarError);
    expect((err as MagnetarError).code).toBe("INTERNAL");
    expect((err as MagnetarError).message).toMatch(/cannot read properties/);
    await expect(call({ op: "still-here" })).resolves.toEqual({ echo: "still-here" });
  });

  it("turns a passed deadline into a retriable TimeoutError", async () => {
    const err = await call({ op: "slow" }, 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as MagnetarError).retriable).toBe(true);
  });

  it("maps statuses without our code by their gRPC status", () => {
    const raw = Object.assign(new Error("14 UNAVAILABLE: no connection"), {
      code: grpc.status.UNAVAILABLE,
      details: "no connection",
      metadata: new grpc.Metadata(),
    });
    const err = fromServiceError(raw);
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.retriable).toBe(true);
    expect(err.cause).toBe(raw);
  });

  it("refuses to bind an address in use with a clear error", async () => {
    const other = createServer();
    const addr = await bindServer(other, { host: "127.0.0.1", port: 0 });
    const third = createServer();
    await expect(bindServer(third, addr)).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+/);
    await shutdownServer(other);
    third.forceShutdown();
  });
});

describe("grpc - flow-control windows", () => {
  it("servers advertise the large stream window and open the connection window", async () => {
    const server = createServer();
    const addr = await bindServer(server, { host: "127.0.0.1", port: 0 });
    const session = http2.connect(`http://${formatHostPort(addr)}`);
    try {
      const [settings] = (await once(session, "remoteSettings")) as [http2.Settings];
      expect(settings.initialWindowSize).toBe(STREAM_FLOW_CONTROL_WINDOW);
      const deadline = Date.now() + 5_000;
      while ((session.state.remoteWindowSize ?? 0) < CONNECTION_FLOW_CONTROL_WINDOW && Date.now() < deadline)
        await new Promise((resolve) => setImmediate(resolve));
      expect(session.state.remoteWindowSize).toBeGreaterThanOrEqual(CONNECTION_FLOW_CONTROL_WINDOW);
    } finally {
      session.destroy();
      server.forceShutdown();
    }
  });
});

describe("grpc - calls the peer's transport tore down", () => {
  /** Calls Do on `address`, does `act` with the call, and resolves with the raw error grpc-js reports. */
  async function rawError(
    address: string,
    act: (call: grpc.ClientUnaryCall) => void = () => undefined,
  ): Promise<grpc.ServiceError> {
    const client = new EchoClient(
      address,
      grpc.credentials.createInsecure(),
      channelOptions(),
    ) as unknown as EchoStub;
    try {
      return await new Promise<grpc.ServiceError>((resolve, reject) => {
        act(
          client.Do({ op: "hang" }, (err) => (err ? resolve(err) : reject(new Error("the call succeeded")))),
        );
      });
    } finally {
      client.close();
    }
  }

  /** The raw error of a call to a bare HTTP/2 peer that does `onStream` with the call's stream. */
  async function rawErrorFromPeer(onStream: (stream: http2.ServerHttp2Stream) => void) {
    const peer = http2.createServer();
    peer.on("stream", (stream) => {
      stream.on("error", () => undefined); // the peer's own copy of what it does
      onStream(stream);
    });
    peer.listen(0, "127.0.0.1");
    await once(peer, "listening");
    try {
      return await rawError(`127.0.0.1:${(peer.address() as { port: number }).port}`);
    } finally {
      peer.close();
    }
  }

  it("a session the peer destroyed with an error (GOAWAY INTERNAL_ERROR) is retriable UNAVAILABLE", async () => {
    // Destroyed with an error, the session sends GOAWAY INTERNAL_ERROR (and emits the error).
    const raw = await rawErrorFromPeer((stream) => {
      stream.session?.on("error", () => undefined);
      stream.session?.destroy(new Error("peer failed"));
    });
    expect(raw.code).toBe(grpc.status.INTERNAL); // what grpc-js makes of it
    const err = fromServiceError(raw);
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.retriable).toBe(true);
    expect(err.message).toMatch(/RST_STREAM/);
  });

  it("a stream reset with a protocol error stays INTERNAL: another attempt would not mend it", async () => {
    const err = fromServiceError(
      await rawErrorFromPeer((stream) => stream.close(http2.constants.NGHTTP2_PROTOCOL_ERROR)),
    );
    expect(err.message).toMatch(/RST_STREAM with code 1/);
    expect(err.code).toBe("INTERNAL");
    expect(err.retriable).toBe(false);
  });

  it("a call cut by the server's forced shutdown is retriable UNAVAILABLE", async () => {
    const server = createServer();
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => {
      received = resolve;
    });
    server.addService(definition, {
      Do: () => received(), // never answers
    });
    const addr = await bindServer(server, { host: "127.0.0.1", port: 0 });
    const raw = await rawError(formatHostPort(addr), () => void arrived.then(() => server.forceShutdown()));
    expect(raw.code).toBe(grpc.status.CANCELLED);
    const err = fromServiceError(raw);
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.retriable).toBe(true);
  });

  it("a call cancelled on this side stays CANCELLED", async () => {
    const server = createServer();
    server.addService(definition, { Do: () => undefined }); // never answers
    const addr = await bindServer(server, { host: "127.0.0.1", port: 0 });
    try {
      const err = fromServiceError(await rawError(formatHostPort(addr), (call) => call.cancel()));
      expect(err.code).toBe("CANCELLED");
      expect(err.retriable).toBe(false);
    } finally {
      server.forceShutdown();
    }
  });
});
