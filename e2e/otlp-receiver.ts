/**
 * A real OTLP/gRPC trace receiver for tests: the collector's TraceService from the official
 * OpenTelemetry proto definitions (shipped in an npm package, loaded with proto-loader), served
 * with @grpc/grpc-js on 127.0.0.1. It keeps every exported span, flattened with its resource's
 * service name, so a test can check the trees and links that processes exported.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

export interface ReceivedSpan {
  readonly service: string;
  readonly instance: string;
  readonly scope: string;
  readonly name: string;
  readonly kind: string;
  readonly traceId: string;
  readonly spanId: string;
  /** "" for a root span. */
  readonly parentSpanId: string;
  readonly startNs: bigint;
  readonly endNs: bigint;
  readonly attributes: Record<string, string | number | boolean | string[]>;
  readonly events: { name: string; attributes: Record<string, unknown> }[];
  readonly links: { traceId: string; spanId: string }[];
  readonly status: { code: string; message: string };
}

interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  doubleValue?: number;
  arrayValue?: { values: AnyValue[] };
  value?: string;
}
interface KeyValue {
  key: string;
  value: AnyValue | null;
}
interface WireSpan {
  traceId: Buffer;
  spanId: Buffer;
  parentSpanId: Buffer;
  name: string;
  kind: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: KeyValue[];
  events: { name: string; attributes: KeyValue[] }[];
  links: { traceId: Buffer; spanId: Buffer }[];
  status: { code: string; message: string } | null;
}
interface ExportRequest {
  resourceSpans: {
    resource: { attributes: KeyValue[] } | null;
    scopeSpans: { scope: { name: string } | null; spans: WireSpan[] }[];
  }[];
}

function protoRoot(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("opentelemetry-otlp-protos/package.json");
  return join(dirname(pkg), "build", "protos");
}

function value(v: AnyValue | null): string | number | boolean | string[] {
  if (!v) return "";
  switch (v.value) {
    case "stringValue":
      return v.stringValue ?? "";
    case "boolValue":
      return v.boolValue ?? false;
    case "intValue":
      return Number(v.intValue);
    case "doubleValue":
      return v.doubleValue ?? 0;
    case "arrayValue":
      return (v.arrayValue?.values ?? []).map((x) => String(value(x)));
    default:
      return "";
  }
}

function attributes(kvs: KeyValue[]): Record<string, string | number | boolean | string[]> {
  return Object.fromEntries(kvs.map((kv) => [kv.key, value(kv.value)]));
}

export class OtlpReceiver {
  private constructor(
    private readonly server: grpc.Server,
    readonly port: number,
    /** Every span received so far; grows as exports arrive. */
    readonly spans: readonly ReceivedSpan[],
  ) {}

  /** The endpoint for OTEL_EXPORTER_OTLP_ENDPOINT. */
  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<OtlpReceiver> {
    const root = protoRoot();
    const definition = protoLoader.loadSync("opentelemetry/proto/collector/trace/v1/trace_service.proto", {
      includeDirs: [root],
      keepCase: false,
      longs: String,
      enums: String,
      defaults: true,
      oneofs: true,
    });
    const loaded = grpc.loadPackageDefinition(definition) as unknown as {
      opentelemetry: {
        proto: { collector: { trace: { v1: { TraceService: grpc.ServiceClientConstructor } } } };
      };
    };
    const service = loaded.opentelemetry.proto.collector.trace.v1.TraceService.service;
    const server = new grpc.Server();
    const spans: ReceivedSpan[] = [];
    server.addService(service, {
      Export: (call: grpc.ServerUnaryCall<ExportRequest, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        for (const rs of call.request.resourceSpans) {
          const res = attributes(rs.resource?.attributes ?? []);
          for (const ss of rs.scopeSpans)
            for (const s of ss.spans)
              spans.push({
                service: String(res["service.name"] ?? ""),
                instance: String(res["service.instance.id"] ?? ""),
                scope: ss.scope?.name ?? "",
                name: s.name,
                kind: s.kind,
                traceId: s.traceId.toString("hex"),
                spanId: s.spanId.toString("hex"),
                parentSpanId: s.parentSpanId.toString("hex"),
                startNs: BigInt(s.startTimeUnixNano),
                endNs: BigInt(s.endTimeUnixNano),
                attributes: attributes(s.attributes),
                events: s.events.map((e) => ({ name: e.name, attributes: attributes(e.attributes) })),
                links: s.links.map((l) => ({
                  traceId: l.traceId.toString("hex"),
                  spanId: l.spanId.toString("hex"),
                })),
                status: { code: s.status?.code ?? "STATUS_CODE_UNSET", message: s.status?.message ?? "" },
              });
        }
        callback(null, {});
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) =>
        err ? reject(err) : resolve(p),
      ),
    );
    return new OtlpReceiver(server, port, spans);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
  }
}
