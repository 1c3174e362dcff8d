/**
 * Tracing helpers on the OpenTelemetry API. Code that makes spans uses only these and the API;
 * whether spans are recorded and exported is decided once per process by the SDK setup in
 * `tracing-sdk.ts` (servers and CLI tools) or by the application that embeds the client.
 *
 * Off costs nothing on hot paths: callers test `tracingActive()` (or a flag they took from it)
 * before building any span, attribute object or carrier, so an untraced publish allocates nothing
 * for tracing. Trace context crosses process boundaries as W3C `traceparent`/`tracestate` in
 * string maps: gRPC metadata for unary calls, `trace_context` fields of streamed items.
 */
import {
  type Attributes,
  type Context,
  type Link,
  ProxyTracerProvider,
  ROOT_CONTEXT,
  type Span,
  type SpanContext,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";

export { type Context, type Span, SpanKind, type Tracer };

/** String map carrying W3C trace context (`traceparent`, optionally `tracestate`). */
export type TraceCarrier = Record<string, string>;

const propagator = new W3CTraceContextPropagator();
const setter = {
  set(carrier: TraceCarrier, key: string, value: string): void {
    carrier[key] = value;
  },
};
const getter = {
  get: (carrier: TraceCarrier, key: string): string | undefined => carrier[key],
  keys: (carrier: TraceCarrier): string[] => Object.keys(carrier),
};

/**
 * True when a tracer provider is registered globally (an SDK was set up). Cheap (a property
 * read), but components still take it once when they start rather than per message.
 */
export function tracingActive(): boolean {
  const provider = trace.getTracerProvider();
  if (provider instanceof ProxyTracerProvider) return provider.getDelegateTracer("magnetar") !== undefined;
  return true;
}

/** The tracer of one component (instrumentation scope), e.g. `magnetar.broker`. */
export function tracer(scope: string): Tracer {
  return trace.getTracer(scope);
}

/** The span's context as a carrier; empty when the span is not sampled. */
export function inject(span: Span | SpanContext): TraceCarrier {
  const sc = "spanContext" in span ? span.spanContext() : span;
  const carrier: TraceCarrier = {};
  propagator.inject(trace.setSpanContext(ROOT_CONTEXT, sc), carrier, setter);
  return carrier;
}

/**
 * Whether a carrier names a sampled span (`traceparent` flags bit 0), read from the string alone.
 * Servers trace a message's storage and delivery only under a sampled client span: the client's
 * sampler decides, and an unsampled or untraced batch costs this one test.
 */
export function isSampled(carrier: TraceCarrier | undefined | null): boolean {
  const tp = carrier?.traceparent;
  return tp !== undefined && tp.length === 55 && (Number.parseInt(tp.slice(53), 16) & 1) === 1;
}

/** The context a carrier names, for a child span; ROOT_CONTEXT when it names none. */
export function extract(carrier: TraceCarrier | undefined | null): Context {
  if (!carrier?.traceparent) return ROOT_CONTEXT;
  return propagator.extract(ROOT_CONTEXT, carrier, getter);
}

/** The remote span context a carrier names, for a link; undefined when it names none. */
export function remoteSpanContext(carrier: TraceCarrier | undefined | null): SpanContext | undefined {
  if (!carrier?.traceparent) return undefined;
  return trace.getSpanContext(extract(carrier));
}

/** `extract` then `startSpan` under it. */
export function startChildSpan(
  t: Tracer,
  name: string,
  parent: Context | TraceCarrier | undefined | null,
  options: { kind?: SpanKind; attributes?: Attributes; links?: Link[]; startTime?: number } = {},
): Span {
  const ctx = parent === undefined || parent === null || !isContext(parent) ? extract(parent) : parent;
  return t.startSpan(name, options, ctx);
}

/** The context of `span`, for children. */
export function contextOf(span: Span): Context {
  return trace.setSpan(ROOT_CONTEXT, span);
}

/** Ends a span as failed, with the error's message as status. */
export function endWithError(span: Span, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  if (err instanceof Error) span.recordException(err);
  span.end();
}

function isContext(v: Context | TraceCarrier): v is Context {
  return typeof (v as Context).getValue === "function";
}
