import { trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, it } from "vitest";
import {
  extract,
  inject,
  isSampled,
  remoteSpanContext,
  startChildSpan,
  tracer,
  tracingActive,
} from "./tracing.js";
import { tracesExporterFromEnv } from "./tracing-sdk.js";

describe("tracesExporterFromEnv", () => {
  it("is off unless an endpoint or an exporter is named", () => {
    expect(tracesExporterFromEnv({})).toBeUndefined();
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4317" })).toBe("otlp");
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://h:4317" })).toBe("otlp");
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: "console" })).toBe("console");
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: " OTLP " })).toBe("otlp");
  });

  it("is off when disabled, whatever else is set", () => {
    const on = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4317" };
    expect(tracesExporterFromEnv({ ...on, OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    expect(tracesExporterFromEnv({ ...on, OTEL_TRACES_EXPORTER: "none" })).toBeUndefined();
    expect(tracesExporterFromEnv({ ...on, OTEL_SDK_DISABLED: "false" })).toBe("otlp");
  });
});

describe("tracing helpers", () => {
  afterEach(() => trace.disable());

  it("are inactive, and spans non-recording, without a registered provider", () => {
    expect(tracingActive()).toBe(false);
    const span = tracer("test").startSpan("x");
    expect(span.isRecording()).toBe(false);
  });

  it("carry a span's context through a carrier to a child in the same trace", () => {
    const exporter = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    expect(tracingActive()).toBe(true);
    const parent = tracer("test").startSpan("parent");
    const carrier = inject(parent);
    expect(carrier.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    startChildSpan(tracer("test"), "child", carrier).end();
    parent.end();
    const [child, root] = exporter.getFinishedSpans();
    expect(child?.parentSpanContext?.spanId).toBe(root?.spanContext().spanId);
    expect(child?.spanContext().traceId).toBe(root?.spanContext().traceId);
    expect(remoteSpanContext(carrier)?.spanId).toBe(parent.spanContext().spanId);
  });

  it("start a root span from an empty or malformed carrier", () => {
    expect(remoteSpanContext({})).toBeUndefined();
    expect(trace.getSpanContext(extract({ traceparent: "garbage" }))).toBeUndefined();
  });
});

describe("isSampled", () => {
  it("reads the sampled flag of a traceparent", () => {
    const id = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331";
    expect(isSampled({ traceparent: `${id}-01` })).toBe(true);
    expect(isSampled({ traceparent: `${id}-03` })).toBe(true);
    expect(isSampled({ traceparent: `${id}-00` })).toBe(false);
    expect(isSampled({ traceparent: "garbage" })).toBe(false);
    expect(isSampled({})).toBe(false);
    expect(isSampled(undefined)).toBe(false);
  });
});
