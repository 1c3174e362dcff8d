import { describe, expect, it } from "vitest";
import type { ProcessSample } from "./process-stats.js";
import { storageCeiling } from "./storage.js";

const proc = (name: string, role: string, diskWriteMBps: number | null): ProcessSample => ({
  name,
  role,
  pid: 1,
  cpuPercent: 10,
  rssMB: 100,
  diskWriteMBps,
});

describe("storage ceiling", () => {
  it("divides the disk's synced rate by W and by the bookies' write amplification", () => {
    // 10 MiB/s of payload on W=3 bookies that together wrote 120 MiB/s: 4x amplification.
    const c = storageCeiling({
      diskSyncedMBps: 300,
      writeQuorum: 3,
      publishMBps: 10,
      messageSize: 1024,
      processes: [
        proc("bench", "bench", 0),
        proc("m1", "metadata", 5),
        proc("b1", "bookie", 40),
        proc("b2", "bookie", 40),
        proc("b3", "bookie", 40),
        proc("br1", "broker", 1),
      ],
    });
    expect(c).toEqual({
      diskSyncedMBps: 300,
      writeQuorum: 3,
      storageProcesses: ["b1", "b2", "b3"],
      storageWrittenMBps: 120,
      writeAmplification: 4,
      ceilingMBps: 25,
      ceilingMsgsPerSec: 25_600,
      ratio: 0.4,
    });
  });

  it("counts the standalone process as the storage, and never less than 1x", () => {
    const c = storageCeiling({
      diskSyncedMBps: 200,
      writeQuorum: 1,
      publishMBps: 50,
      messageSize: 2048,
      processes: [proc("standalone", "standalone", 20)],
    });
    // Writeback lagging behind the run: 0.4x measured, counted as 1x.
    expect(c).toMatchObject({
      writeAmplification: 1,
      ceilingMBps: 200,
      ceilingMsgsPerSec: 102_400,
      ratio: 0.25,
    });
  });

  it("has no figure without storage processes, their disk counters, or traffic", () => {
    const base = { diskSyncedMBps: 300, writeQuorum: 3, publishMBps: 10, messageSize: 1024 };
    expect(storageCeiling({ ...base, processes: [proc("bench", "bench", 1)] })).toBeNull();
    expect(storageCeiling({ ...base, processes: [proc("b1", "bookie", null)] })).toBeNull();
    expect(storageCeiling({ ...base, publishMBps: 0, processes: [proc("b1", "bookie", 9)] })).toBeNull();
  });
});
