/**
 * The chaos report: per fault, the publish unavailability window (from the fault until the first
 * acknowledgement of a message sent after it) and the consume stall (until the Exclusive
 * subscription first receives a message sent after it); p50 and max per fault kind; totals.
 */
import type { CheckResult, Delivery, Sent } from "./checker.js";
import type { FaultRecord } from "./nemesis.js";

export interface FaultMeasurement extends FaultRecord {
  /** undefined: publishing never resumed before the run ended. */
  readonly publishUnavailableMs: number | undefined;
  readonly consumeStallMs: number | undefined;
}

export interface KindSummary {
  readonly count: number;
  readonly publishUnavailableMs: { readonly p50: number; readonly max: number };
  readonly consumeStallMs: { readonly p50: number; readonly max: number };
}

export interface ChaosReport {
  readonly seed: number;
  readonly profile: string;
  readonly durationMs: number;
  readonly faults: readonly FaultMeasurement[];
  readonly byKind: Readonly<Record<string, KindSummary>>;
  readonly totals: {
    readonly sent: number;
    readonly acked: number;
    readonly delivered: Readonly<Record<string, number>>;
    readonly duplicated: number;
    readonly lost: number;
    readonly redeliveredUnacked: number;
    readonly redeliveredAfterAck: number;
    readonly outOfOrder: number;
  };
  readonly violations: readonly string[];
}

export function measure(
  faults: readonly FaultRecord[],
  sent: readonly Sent[],
  exclusive: readonly Delivery[],
): FaultMeasurement[] {
  const sentAt = new Map(sent.map((s) => [`${s.producer}#${s.seq}`, s.sentAt]));
  const acks = sent
    .filter((s) => s.ackedAt !== undefined)
    .map((s) => ({ sentAt: s.sentAt, ackedAt: s.ackedAt as number }))
    .sort((a, b) => a.ackedAt - b.ackedAt);
  const deliveries = [...exclusive].sort((a, b) => a.at - b.at);
  return faults.map((f) => {
    const ack = acks.find((a) => a.sentAt >= f.at);
    const delivery = deliveries.find((d) => (sentAt.get(`${d.producer}#${d.seq}`) ?? 0) >= f.at);
    return {
      ...f,
      publishUnavailableMs: ack ? ack.ackedAt - f.at : undefined,
      consumeStallMs: delivery ? delivery.at - f.at : undefined,
    };
  });
}

function p50max(values: readonly number[]): { p50: number; max: number } {
  if (values.length === 0) return { p50: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor((sorted.length - 1) / 2)] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

export function summarize(
  seed: number,
  profile: string,
  durationMs: number,
  measured: readonly FaultMeasurement[],
  result: CheckResult,
): ChaosReport {
  const byKind: Record<string, KindSummary> = {};
  for (const kind of new Set(measured.map((m) => m.kind))) {
    const of = measured.filter((m) => m.kind === kind);
    byKind[kind] = {
      count: of.length,
      publishUnavailableMs: p50max(of.map((m) => m.publishUnavailableMs ?? durationMs)),
      consumeStallMs: p50max(of.map((m) => m.consumeStallMs ?? durationMs)),
    };
  }
  const subs = result.subscriptions;
  return {
    seed,
    profile,
    durationMs,
    faults: measured,
    byKind,
    totals: {
      sent: result.sent,
      acked: result.acked,
      delivered: Object.fromEntries(subs.map((s) => [s.name, s.delivered])),
      duplicated: subs.reduce((n, s) => n + s.duplicated, 0),
      lost: subs.reduce((n, s) => n + s.lost, 0),
      redeliveredUnacked: subs.reduce((n, s) => n + s.redeliveredUnacked, 0),
      redeliveredAfterAck: subs.reduce((n, s) => n + s.redeliveredAfterAck, 0),
      outOfOrder: subs.reduce((n, s) => n + s.outOfOrder, 0),
    },
    violations: result.violations,
  };
}

export function reportText(r: ChaosReport): string {
  const ms = (v: number | undefined) => (v === undefined ? "never" : `${v} ms`);
  const lines = [
    `chaos run: profile ${r.profile}, seed ${r.seed} (replay with CHAOS_SEED=${r.seed}), ${(r.durationMs / 1000).toFixed(0)} s`,
    "",
    "faults (publish unavailable / consume stall):",
    ...r.faults.map(
      (f) =>
        `  +${((f.at - (r.faults[0]?.at ?? f.at)) / 1000).toFixed(1)} s  ${f.kind.padEnd(24)} ${f.targets.join(",").padEnd(10)} ${ms(f.publishUnavailableMs).padStart(9)} / ${ms(f.consumeStallMs)}`,
    ),
    "",
    "per kind (p50 / max):",
    ...Object.entries(r.byKind).map(
      ([kind, s]) =>
        `  ${kind.padEnd(24)} x${s.count}  publish ${s.publishUnavailableMs.p50} / ${s.publishUnavailableMs.max} ms, consume ${s.consumeStallMs.p50} / ${s.consumeStallMs.max} ms`,
    ),
    "",
    `totals: sent ${r.totals.sent}, acked ${r.totals.acked}, delivered ${Object.entries(r.totals.delivered)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `        duplicated ${r.totals.duplicated}, lost ${r.totals.lost}, out of order ${r.totals.outOfOrder}, redelivered after a persisted ack ${r.totals.redeliveredAfterAck}, redelivered (allowed) ${r.totals.redeliveredUnacked}`,
    "",
    r.violations.length === 0 ? "invariants: all hold" : `VIOLATIONS:\n  ${r.violations.join("\n  ")}`,
  ];
  return lines.join("\n");
}
