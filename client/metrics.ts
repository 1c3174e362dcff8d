/**
 * Client metrics: counters a client's producers and consumers bump on their existing paths (plain
 * number fields, no allocation per message), send latency in an HDR histogram, and a snapshot or a
 * prom-client export of them. Gauges (pending messages, producers, consumers) are read when asked
 * for, not kept up to date.
 */
import * as hdr from "hdr-histogram-js";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** Send latency, in milliseconds (HDR histogram: values within 1%). */
export interface LatencySnapshot {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

/**
 * Percentiles in ms of an HDR histogram of µs. HDR reports a percentile as the highest value of
 * its bucket, which can exceed the largest value recorded: clamped to it, so p99.9 <= max holds.
 */
export function latencySnapshot(h: hdr.Histogram): LatencySnapshot {
  const count = h.totalCount;
  const max = h.maxValue;
  const at = (p: number) => Math.min(h.getValueAtPercentile(p), max) / 1000;
  return {
    count,
    mean: count > 0 ? h.mean / 1000 : 0,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    max: max / 1000,
  };
}

/** What `MagnetarClient.metrics()` returns: totals since the client was created. */
export interface ClientMetricsSnapshot {
  /** Messages whose send resolved (the broker stored them). */
  readonly messagesSent: number;
  /** Payload bytes of those messages (before compression; keys and properties not counted). */
  readonly bytesSent: number;
  /** Sends that rejected after the producer accepted the message (timeout, broker error, ...). */
  readonly sendErrors: number;
  /** From the producer accepting a message to its receipt, successful sends only. */
  readonly sendLatencyMs: LatencySnapshot;
  /** Messages accepted by the client's open producers and not yet confirmed or failed (now). */
  readonly pendingMessages: number;
  /** Messages handed to the application (or to consumer interceptors that filtered them out). */
  readonly messagesReceived: number;
  /** Payload bytes of those messages. */
  readonly bytesReceived: number;
  /** Received messages the broker had delivered before (`redeliveryCount` > 0). */
  readonly redeliveredMessages: number;
  /** `ack` and `ackCumulative` calls the broker confirmed. */
  readonly acknowledgements: number;
  readonly negativeAcknowledgements: number;
  /** Producer and consumer streams re-established after a disconnect (per partition). */
  readonly reconnects: number;
  /** Loss detectors on this client's consumers: gaps reported, and the messages in them. */
  readonly gaps: number;
  readonly lostMessages: number;
  /** Loss detectors: a sequence seen again without being a redelivery. */
  readonly duplicateMessages: number;
  /** Loss detectors: messages that arrived after their gap was reported. */
  readonly lateMessages: number;
  /** Interceptor calls that threw (the error was swallowed). */
  readonly interceptorErrors: number;
  readonly producers: number;
  readonly consumers: number;
}

/** Microseconds; clamped so a send that waited for hours (sendTimeoutMs 0) still records. */
const MAX_LATENCY_US = 3_600_000_000;

/** Prometheus buckets for send latency, seconds. */
const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];

/** The live gauges, read from the client when a snapshot or a scrape asks. */
export interface MetricsGauges {
  pendingMessages(): number;
  producers(): number;
  consumers(): number;
}

/**
 * One client's recorder. Fields are bumped directly by producers, consumers and loss detectors.
 * @internal
 */
export class ClientMetrics {
  messagesSent = 0;
  bytesSent = 0;
  sendErrors = 0;
  messagesReceived = 0;
  bytesReceived = 0;
  redeliveredMessages = 0;
  acknowledgements = 0;
  negativeAcknowledgements = 0;
  reconnects = 0;
  gaps = 0;
  lostMessages = 0;
  duplicateMessages = 0;
  lateMessages = 0;
  interceptorErrors = 0;
  private warned = false;
  private readonly latency = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: MAX_LATENCY_US,
    numberOfSignificantValueDigits: 2,
  });
  /** Set while registered with a prom-client registry: histograms cannot be filled at scrape time. */
  private promLatency: Histogram | undefined;
  private registry: Registry | undefined;
  private readonly registered: string[] = [];

  constructor(private readonly gauges: MetricsGauges) {}

  /** `ms` from `performance.now()` differences. */
  recordSendLatency(ms: number): void {
    const us = Math.min(MAX_LATENCY_US, Math.max(1, Math.round(ms * 1000)));
    this.latency.recordValue(us);
    this.promLatency?.observe(ms / 1000);
  }

  /**
   * An interceptor threw. Its error must not reach the producer or consumer; it is counted, and the
   * first one per client is reported as a process warning so a broken interceptor is not silent.
   */
  interceptorError(err: unknown, hook: string): void {
    this.interceptorErrors++;
    if (this.warned) return;
    this.warned = true;
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.emitWarning(
      `magnetar: interceptor ${hook} threw (ignored; later errors are only counted): ${detail}`,
      {
        code: "MAGNETAR_INTERCEPTOR_ERROR",
      },
    );
  }

  snapshot(): ClientMetricsSnapshot {
    const h = this.latency;
    return {
      messagesSent: this.messagesSent,
      bytesSent: this.bytesSent,
      sendErrors: this.sendErrors,
      sendLatencyMs: latencySnapshot(h),
      pendingMessages: this.gauges.pendingMessages(),
      messagesReceived: this.messagesReceived,
      bytesReceived: this.bytesReceived,
      redeliveredMessages: this.redeliveredMessages,
      acknowledgements: this.acknowledgements,
      negativeAcknowledgements: this.negativeAcknowledgements,
      reconnects: this.reconnects,
      gaps: this.gaps,
      lostMessages: this.lostMessages,
      duplicateMessages: this.duplicateMessages,
      lateMessages: this.lateMessages,
      interceptorErrors: this.interceptorErrors,
      producers: this.gauges.producers(),
      consumers: this.gauges.consumers(),
    };
  }

  /** Adds the `magnetar_client_*` metrics to `registry` (see docs/client.md). */
  register(registry: Registry): void {
    if (this.registry !== undefined) {
      throw new Error("this client's metrics are already registered with a registry");
    }
    const registers = [registry];
    const names = this.registered;
    const counter = (name: string, help: string, read: () => number) => {
      names.push(name);
      // Counters are kept as plain numbers on the hot path and copied in when scraped.
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    };
    const gauge = (name: string, help: string, read: () => number) => {
      names.push(name);
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    };
    try {
      counter(
        "magnetar_client_messages_sent_total",
        "Messages the broker confirmed",
        () => this.messagesSent,
      );
      counter(
        "magnetar_client_bytes_sent_total",
        "Payload bytes of confirmed messages (before compression)",
        () => this.bytesSent,
      );
      counter(
        "magnetar_client_send_errors_total",
        "Sends that rejected after the producer accepted the message",
        () => this.sendErrors,
      );
      counter(
        "magnetar_client_messages_received_total",
        "Messages handed to the application or to consumer interceptors",
        () => this.messagesReceived,
      );
      counter(
        "magnetar_client_bytes_received_total",
        "Payload bytes of received messages",
        () => this.bytesReceived,
      );
      counter(
        "magnetar_client_redelivered_messages_total",
        "Received messages with a redelivery count above 0",
        () => this.redeliveredMessages,
      );
      counter(
        "magnetar_client_acknowledgements_total",
        "ack and ackCumulative calls confirmed by the broker",
        () => this.acknowledgements,
      );
      counter(
        "magnetar_client_negative_acknowledgements_total",
        "nack calls",
        () => this.negativeAcknowledgements,
      );
      counter(
        "magnetar_client_reconnects_total",
        "Producer and consumer streams re-established after a disconnect",
        () => this.reconnects,
      );
      counter("magnetar_client_gaps_total", "Sequence gaps reported by loss detectors", () => this.gaps);
      counter(
        "magnetar_client_lost_messages_total",
        "Messages in sequence gaps reported by loss detectors",
        () => this.lostMessages,
      );
      counter(
        "magnetar_client_duplicate_messages_total",
        "Sequences seen again by loss detectors, redeliveries excluded",
        () => this.duplicateMessages,
      );
      counter(
        "magnetar_client_late_messages_total",
        "Messages that arrived after loss detectors reported their gap",
        () => this.lateMessages,
      );
      counter(
        "magnetar_client_interceptor_errors_total",
        "Interceptor calls that threw (ignored)",
        () => this.interceptorErrors,
      );
      gauge(
        "magnetar_client_pending_messages",
        "Messages accepted by producers and not yet confirmed or failed",
        () => this.gauges.pendingMessages(),
      );
      gauge("magnetar_client_producers", "Open producers", () => this.gauges.producers());
      gauge("magnetar_client_consumers", "Open consumers", () => this.gauges.consumers());
      names.push("magnetar_client_send_latency_seconds");
      this.promLatency = new Histogram({
        name: "magnetar_client_send_latency_seconds",
        help: "From the producer accepting a message to its receipt (successful sends, since registration)",
        buckets: LATENCY_BUCKETS_SECONDS,
        registers,
      });
    } catch (err) {
      // E.g. a second client on the same registry: leave the registry as it was.
      for (const n of names.slice(0, -1)) registry.removeSingleMetric(n);
      names.length = 0;
      throw err;
    }
    this.registry = registry;
  }

  /** Takes the metrics out of the registry again (the client closed). */
  unregister(): void {
    const r = this.registry;
    if (r === undefined) return;
    for (const n of this.registered) r.removeSingleMetric(n);
    this.registered.length = 0;
    this.registry = undefined;
    this.promLatency = undefined;
  }
}

/** Which client's metrics a consumer feeds (for loss detectors, which only see the consumer). */
const owners = new WeakMap<object, ClientMetrics>();

/** @internal */
export function bindMetrics(owner: object, metrics: ClientMetrics): void {
  owners.set(owner, metrics);
}

/** @internal */
export function metricsOf(owner: object): ClientMetrics | undefined {
  return owners.get(owner);
}
