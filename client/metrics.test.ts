import * as hdr from "hdr-histogram-js";
import { describe, expect, it } from "vitest";
import { latencySnapshot } from "./metrics.js";

describe("latencySnapshot", () => {
  it("never reports a percentile above the largest value recorded", () => {
    // HDR answers a percentile with the highest value of its bucket: 81,000 µs reads back as ~81,023.
    const h = hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
    });
    h.recordValue(81_000);
    expect(h.getValueAtPercentile(99.9)).toBeGreaterThan(81_000);
    const s = latencySnapshot(h);
    expect(s).toMatchObject({ count: 1, max: 81, p50: 81, p999: 81 });
  });

  it("reports zeros for an empty histogram", () => {
    const h = hdr.build();
    expect(latencySnapshot(h)).toMatchObject({ count: 0, mean: 0, max: 0 });
  });
});
