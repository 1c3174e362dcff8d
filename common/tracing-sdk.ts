/**
 * Sets up the OpenTelemetry trace SDK for one process, from the standard environment variables:
 *
 * - on when `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set, or
 *   `OTEL_TRACES_EXPORTER` names `otlp` or `console`; off when `OTEL_SDK_DISABLED=true` or
 *   `OTEL_TRACES_EXPORTER=none`; off otherwise (the SDK is then not even loaded);
 * - sampler from `OTEL_TRACES_SAMPLER`/`OTEL_TRACES_SAMPLER_ARG` (default parentbased_always_on),
 *   batching from `OTEL_BSP_*`, exporter from `OTEL_EXPORTER_OTLP_*` (OTLP over gRPC);
 * - resource: `service.name` (ours unless `OTEL_SERVICE_NAME` says otherwise),
 *   `service.instance.id` (the node id), `service.version`, and `OTEL_RESOURCE_ATTRIBUTES`.
 */
import { getStringFromEnv } from "@opentelemetry/core";

export interface TracingSetup {
  /** The span-reporting processes' service names (docs/tracing.md). */
  readonly service:
    | "magnetar-broker"
    | "magnetar-bookie"
    | "magnetar-metadata"
    | "magnetar-client"
    | "magnetar-standalone";
  /** The node id (`service.instance.id`); a random one when absent. */
  readonly nodeId?: string;
  readonly version: string;
}

export interface Tracing {
  readonly enabled: boolean;
  /** Exports what is buffered and stops; call before exit. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: async () => {} };

/** Which exporter the environment asks for, or undefined for none. */
export function tracesExporterFromEnv(env: NodeJS.ProcessEnv = process.env): "otlp" | "console" | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return undefined;
  const named = (env.OTEL_TRACES_EXPORTER ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (named.includes("none")) return undefined;
  if (named.includes("console")) return "console";
  if (named.includes("otlp")) return "otlp";
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return "otlp";
  return undefined;
}

/** Registers the global tracer provider if the environment turns tracing on. Call once, first. */
export async function startTracing(setup: TracingSetup): Promise<Tracing> {
  const exporterKind = tracesExporterFromEnv();
  if (!exporterKind) return OFF;
  // Loaded only when on: a process without tracing never pays for the SDK's modules.
  const [{ NodeTracerProvider, BatchSpanProcessor, ConsoleSpanExporter }, resources, otlp] =
    await Promise.all([
      import("@opentelemetry/sdk-trace-node"),
      import("@opentelemetry/resources"),
      import("@opentelemetry/exporter-trace-otlp-grpc"),
    ]);
  const attributes: Record<string, string> = {
    "service.name": getStringFromEnv("OTEL_SERVICE_NAME") ?? setup.service,
    "service.version": setup.version,
    "service.namespace": "magnetar",
  };
  if (setup.nodeId) attributes["service.instance.id"] = setup.nodeId;
  const fromEnv = resources.detectResources({ detectors: [resources.envDetector] });
  const resource = resources
    .defaultResource()
    .merge(fromEnv)
    .merge(resources.resourceFromAttributes(attributes));
  const exporter = exporterKind === "console" ? new ConsoleSpanExporter() : new otlp.OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // No context manager: Magnetar passes span contexts explicitly, and the default one
  // (AsyncLocalStorage over async hooks) slows every promise in the process: measured, it cost a
  // third of standalone's publish rate even with 1% sampling.
  provider.register({ contextManager: null });
  return {
    enabled: true,
    shutdown: () => provider.shutdown(),
  };
}

/** Runs a command-line tool's work with tracing set up, and exports its spans before returning. */
export async function withTracing<T>(setup: TracingSetup, fn: () => Promise<T>): Promise<T> {
  const tracing = await startTracing(setup);
  try {
    return await fn();
  } finally {
    await tracing.shutdown();
  }
}
