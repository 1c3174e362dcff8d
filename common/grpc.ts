/**
 * gRPC plumbing shared by every server and client: limits, keep-alive, deadlines, and the one
 * mapping between our errors and gRPC statuses (the server sets `magnetar-error-code` in trailing
 * metadata; the client turns it back into the same error class).
 */
import type { Http2Server } from "node:http2";
import * as grpc from "@grpc/grpc-js";
import type { HostPort } from "./config.js";
import { formatHostPort } from "./config.js";
import { type ErrorCode, errorFromCode, GrpcStatus, isErrorCode, MagnetarError } from "./errors.js";
import type { Logger } from "./log.js";

/** Largest gRPC message accepted: a 5 MiB message plus batch and envelope overhead. */
export const GRPC_MESSAGE_BYTES_MAX = 8 * 1024 * 1024;
export const ERROR_CODE_KEY = "magnetar-error-code";
export const ERROR_HINT_KEY = "magnetar-error-hint";

const KEEPALIVE_OPTIONS = {
  "grpc.keepalive_time_ms": 10_000,
  "grpc.keepalive_timeout_ms": 5_000,
  "grpc.keepalive_permit_without_calls": 1,
  "grpc.max_receive_message_length": GRPC_MESSAGE_BYTES_MAX,
  "grpc.max_send_message_length": GRPC_MESSAGE_BYTES_MAX,
} as const;

/**
 * HTTP/2 flow-control windows. The default 64 KiB lets a sender have 64 KiB unacknowledged per
 * stream and per connection, and the receiver grants more only when its event loop has read the
 * data: a busy broker thus throttled every producer stream (and bookies every AddEntry stream) to
 * 64 KiB per event-loop turn. Measured with `bench run` on 1 metadata member, 3 bookies and a
 * broker: 8,100 -> 14,200 msgs/s, end-to-end p50 423 -> 123 ms.
 *
 * Those figures were taken with 4 MiB per stream and 16 MiB per connection; the windows are now
 * 1 MiB, kept under what the kernel buffers on a loopback connection. Node's HTTP/2 stops reading
 * a socket while its own write to it is pending, and a session destroyed in that state waits for
 * the write forever. With 16 MiB, a client that kept publishing into a paused broker filled the
 * connection; on resume the broker's deliveries blocked its writes too, both processes stopped
 * reading, and the connection and its streams hung for good (`bench many-topics --topics 2000`,
 * the standalone paused for 6 s; the kernel held 3-4 MiB each way). With 1 MiB the same run
 * recovered with no error. This makes the hang unlikely, not impossible: a connection whose
 * socket buffers are smaller than the window can still get there. max-rate-1kb, one pair each
 * (16 MiB, then 1 MiB): 77,500 and 85,400 msgs/s standalone, 37,800 and 39,100 on 3 bookies.
 * The cost is in reading a backlog: `catch-up --backlog-gb 0.3` on 3 bookies drained at 44,800
 * and 50,300 msgs/s with 16 MiB, 30,300 and 37,800 with 1 MiB (two pairs; 2 MiB gave 36,400),
 * still three times the rate it was written at.
 */
export const STREAM_FLOW_CONTROL_WINDOW = 1024 * 1024;
export const CONNECTION_FLOW_CONTROL_WINDOW = 1024 * 1024;

/** The grpc-js Server fields we reach into for the windows (grpc-js 1.14 has no server option yet). */
interface ServerInternals {
  commonServerOptions?: { settings?: Record<string, number> };
  http2Servers?: Map<Http2Server, unknown>;
}

export function createServer(): grpc.Server {
  const server = new grpc.Server({
    ...KEEPALIVE_OPTIONS,
    "grpc.http2.min_ping_interval_without_data_ms": 5_000,
    "grpc-node.max_session_memory": 64,
  });
  // Clients get the larger window through `grpc-node.flow_control_window`; servers only by
  // the SETTINGS grpc-js passes to http2.createServer. If a grpc-js upgrade renames the field,
  // the servers fall back to 64 KiB windows (slower, still correct).
  const internals = server as unknown as ServerInternals;
  if (internals.commonServerOptions)
    internals.commonServerOptions.settings = {
      ...internals.commonServerOptions.settings,
      initialWindowSize: STREAM_FLOW_CONTROL_WINDOW,
    };
  return server;
}

/** Binds on HOST:PORT (port 0 picks a free one) and resolves with the bound address. */
export function bindServer(server: grpc.Server, listen: HostPort): Promise<HostPort> {
  return new Promise((resolve, reject) => {
    server.bindAsync(formatHostPort(listen), grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err)
        reject(
          new MagnetarError("UNAVAILABLE", `cannot listen on ${formatHostPort(listen)}: ${err.message}`),
        );
      else {
        // The connection-level window is not a SETTINGS value: raise it on each new session.
        for (const h of (server as unknown as ServerInternals).http2Servers?.keys() ?? [])
          h.on("session", (session) => session.setLocalWindowSize(CONNECTION_FLOW_CONTROL_WINDOW));
        resolve({ host: listen.host, port });
      }
    });
  });
}

/** Stops accepting calls, waits for running ones up to `graceMs`, then cuts the rest. */
export function shutdownServer(server: grpc.Server, graceMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function channelOptions(): grpc.ChannelOptions {
  return {
    ...KEEPALIVE_OPTIONS,
    "grpc.enable_retries": 0,
    "grpc-node.flow_control_window": STREAM_FLOW_CONTROL_WINDOW,
  };
}

export function deadlineIn(ms: number): grpc.Deadline {
  return Date.now() + ms;
}

/**
 * Our error -> gRPC status. Anything that is not a MagnetarError is a bug in the server: it is
 * logged and reported as INTERNAL, and the process keeps serving.
 */
export function toServiceError(err: unknown, logger?: Logger): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  if (err instanceof MagnetarError) {
    metadata.set(ERROR_CODE_KEY, err.code);
    if (err.hint !== undefined) metadata.set(ERROR_HINT_KEY, err.hint);
    return { code: err.grpcStatus, details: err.message, metadata };
  }
  logger?.error({ err }, "unexpected error while serving a call");
  metadata.set(ERROR_CODE_KEY, "INTERNAL");
  const message = err instanceof Error ? err.message : String(err);
  return { code: GrpcStatus.INTERNAL, details: `internal error: ${message}`, metadata };
}

const STATUS_TO_CODE: Partial<Record<number, ErrorCode>> = {
  [GrpcStatus.CANCELLED]: "CANCELLED",
  [GrpcStatus.INVALID_ARGUMENT]: "INVALID_ARGUMENT",
  [GrpcStatus.DEADLINE_EXCEEDED]: "TIMEOUT",
  [GrpcStatus.NOT_FOUND]: "NOT_FOUND",
  [GrpcStatus.ALREADY_EXISTS]: "ALREADY_EXISTS",
  [GrpcStatus.PERMISSION_DENIED]: "PERMISSION_DENIED",
  [GrpcStatus.RESOURCE_EXHAUSTED]: "RESOURCE_EXHAUSTED",
  [GrpcStatus.UNIMPLEMENTED]: "UNIMPLEMENTED",
  [GrpcStatus.UNAVAILABLE]: "UNAVAILABLE",
};

/**
 * Whether grpc-js made the status up from an HTTP/2 stream reset rather than receiving it from a
 * handler: the peer tore the connection down with an error (a GOAWAY with INTERNAL_ERROR, a
 * session destroyed under load), or cancelled the stream as a server does when it is forced to
 * shut down. Like a dropped connection, the call's outcome is unknown and another attempt may
 * well succeed; grpc-js reports them as INTERNAL or CANCELLED, which would otherwise read as
 * "do not retry" and fail every producer and consumer on that connection for good.
 */
function resetByTransport(err: grpc.ServiceError): boolean {
  const details = err.details ?? "";
  // RST_STREAM code 2 is INTERNAL_ERROR; other codes (protocol and framing errors, a stream ended
  // without a status) stay INTERNAL: retrying would not mend them.
  if (err.code === grpc.status.INTERNAL) return /^Received RST_STREAM with code 2\b/.test(details);
  // A cancel on this side reads "Cancelled on client"; a CANCEL from the peer reads this.
  return err.code === grpc.status.CANCELLED && details === "Call cancelled";
}

/** gRPC error -> our error, using the server's code when it sent one. */
export function fromServiceError(err: unknown): MagnetarError {
  if (err instanceof MagnetarError) return err;
  if (!isServiceError(err)) {
    return new MagnetarError("INTERNAL", err instanceof Error ? err.message : String(err), { cause: err });
  }
  const sent = err.metadata?.get(ERROR_CODE_KEY)[0];
  const hint = err.metadata?.get(ERROR_HINT_KEY)[0];
  const code: ErrorCode =
    typeof sent === "string" && isErrorCode(sent)
      ? sent
      : resetByTransport(err)
        ? "UNAVAILABLE"
        : (STATUS_TO_CODE[err.code] ?? "INTERNAL");
  const options = hint === undefined ? { cause: err } : { cause: err, hint: String(hint) };
  return errorFromCode(code, err.details || err.message, options);
}

function isServiceError(err: unknown): err is grpc.ServiceError {
  return err instanceof Error && typeof (err as Partial<grpc.ServiceError>).code === "number";
}

/** Wraps an async unary handler: its result is sent, any throw becomes a mapped status. */
export function unary<Req, Res>(
  handler: (request: Req, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res>,
  logger?: Logger,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    handler(call.request, call).then(
      (response) => callback(null, response),
      (err: unknown) => callback(toServiceError(err, logger)),
    );
  };
}

/**
 * The request and response types of a generated unary client method. Generated methods are
 * overloaded; TypeScript infers from the last overload, `(argument, callback)`.
 */
type UnaryTypes<F> = F extends (
  argument: infer Req,
  callback: grpc.requestCallback<infer Res>,
) => grpc.ClientUnaryCall
  ? { request: Req; response: Res }
  : never;

type FullUnary<Req, Res> = (
  request: Req,
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: grpc.requestCallback<Res>,
) => grpc.ClientUnaryCall;

/** Calls `client[method](request)` with a deadline; rejects with our error classes. */
export function callUnary<C extends grpc.Client, K extends keyof C & string>(
  client: C,
  method: K,
  request: UnaryTypes<C[K]>["request"],
  timeoutMs: number,
  metadata: grpc.Metadata = new grpc.Metadata(),
): Promise<UnaryTypes<C[K]>["response"]> {
  type Res = UnaryTypes<C[K]>["response"];
  // The generated overloads all funnel into this four-argument form at run time.
  const fn = client[method] as unknown as FullUnary<typeof request, Res>;
  return new Promise((resolve, reject) => {
    fn.call(client, request, metadata, { deadline: deadlineIn(timeoutMs) }, (err, response) => {
      if (err) reject(fromServiceError(err));
      else if (response === undefined) reject(new MagnetarError("INTERNAL", `empty response from ${method}`));
      else resolve(response);
    });
  });
}
