/**
 * What the driver counts while it runs: message and byte counters since the start (deltas between
 * two snapshots give rates) and HDR latency histograms in microseconds, one per interval (reset at
 * every report) added into one per phase for the final summary.
 */
import * as hdr from "hdr-histogram-js";
import type { LatencySnapshot } from "../../client/index.js";
import { latencySnapshot } from "../../client/metrics.js";

/** Latency percentiles in milliseconds, in the client's metrics shape. */
export type Percentiles = LatencySnapshot;

/** An hour, in µs: a catch-up backlog's oldest messages wait minutes; beyond that values are clamped. */
const HIGHEST_US = 3_600_000_000;

function histogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_US,
    numberOfSignificantValueDigits: 3,
  });
}

export function percentiles(h: hdr.Histogram): Percentiles | null {
  return h.totalCount === 0 ? null : latencySnapshot(h);
}

export class Latency {
  private readonly interval = histogram();
  private readonly phase = histogram();

  recordUs(us: number): void {
    this.interval.recordValue(Math.min(HIGHEST_US, Math.max(0, Math.round(us))));
  }

  /** Percentiles of the interval just ended; its values move into the phase histogram. */
  rollInterval(): Percentiles | null {
    const p = percentiles(this.interval);
    this.phase.add(this.interval);
    this.interval.reset();
    return p;
  }

  /** Percentiles of the phase just ended (call rollInterval first); starts the next phase empty. */
  rollPhase(): Percentiles | null {
    const p = percentiles(this.phase);
    this.phase.reset();
    return p;
  }
}

/** Totals since the run started. */
export class Counters {
  published = 0;
  publishedBytes = 0;
  publishErrors = 0;
  consumed = 0;
  consumedBytes = 0;

  copy(): CounterValues {
    return {
      published: this.published,
      publishedBytes: this.publishedBytes,
      publishErrors: this.publishErrors,
      consumed: this.consumed,
      consumedBytes: this.consumedBytes,
    };
  }
}

export type CounterValues = Readonly<Omit<Counters, "copy">>;

export function minus(a: CounterValues, b: CounterValues): CounterValues {
  return {
    published: a.published - b.published,
    publishedBytes: a.publishedBytes - b.publishedBytes,
    publishErrors: a.publishErrors - b.publishErrors,
    consumed: a.consumed - b.consumed,
    consumedBytes: a.consumedBytes - b.consumedBytes,
  };
}
