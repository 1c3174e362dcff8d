import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProcessMeter, parsePids } from "./process-stats.js";

describe("bench process stats", () => {
  it("parses --pids as bare pids or NAME=PID", () => {
    expect(parsePids("12, broker=34")).toEqual([
      { name: "pid-12", role: "external", pid: 12 },
      { name: "broker", role: "external", pid: 34 },
    ]);
    expect(() => parsePids("12,x=y")).toThrow('expected PID or NAME=PID, comma-separated, got "x=y"');
  });

  it.runIf(process.platform === "linux")(
    "reads CPU and RSS of itself and of another process by pid",
    async () => {
      // Spins until killed; says so once it runs, so the window below starts on a busy process.
      const child = spawn(process.execPath, ["-e", "process.stdout.write('ready'); for (;;);"]);
      await once(child.stdout, "data");
      const meter = new ProcessMeter([
        { name: "self", role: "bench", pid: process.pid },
        { name: "child", role: "busy", pid: child.pid as number },
        { name: "gone", role: "none", pid: 2 ** 22 + 1 },
      ]);
      const from = meter.mark();
      // Poll with a deadline rather than trust one fixed wait: a loaded machine may starve the child.
      let summary = meter.summary(from, meter.mark());
      const deadline = Date.now() + 10_000;
      while (
        Date.now() < deadline &&
        !((summary[1]?.cpuPercent ?? 0) > 20 && performance.now() - from.atMs >= 200)
      ) {
        await new Promise((r) => setTimeout(r, 50));
        summary = meter.summary(from, meter.mark());
      }
      child.kill("SIGKILL");
      await once(child, "exit");
      const [self, busy, gone] = summary;
      expect(self?.rssMB).toBeGreaterThan(10);
      expect(busy?.cpuPercent).toBeGreaterThan(20);
      expect(busy?.rssMB).toBeGreaterThan(1);
      expect(busy?.maxRssMB).toBeGreaterThanOrEqual(busy?.rssMB ?? 0);
      expect(gone).toMatchObject({ cpuPercent: null, rssMB: null, maxRssMB: null, diskWriteMBps: null });
    },
  );

  it.runIf(process.platform === "linux")("counts what a process wrote to disk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "magnetar-io-"));
    const meter = new ProcessMeter([{ name: "self", role: "bench", pid: process.pid }]);
    const from = meter.mark();
    const file = await open(join(dir, "data"), "w");
    try {
      // fdatasync: the bytes reach the disk now, not at some later writeback.
      for (let i = 0; i < 8; i++) await file.write(Buffer.alloc(1024 * 1024, i));
      await file.datasync();
    } finally {
      await file.close();
    }
    const to = meter.mark();
    const [self] = meter.between(from, to);
    await rm(dir, { recursive: true, force: true });
    const seconds = (to.atMs - from.atMs) / 1000;
    // /proc/self/io is there on Linux; only a tmpfs temp dir writes nothing to a disk.
    expect(self?.diskWriteMBps).not.toBeNull();
    if (self?.diskWriteMBps === 0) return;
    expect((self?.diskWriteMBps ?? 0) * seconds).toBeGreaterThanOrEqual(7.9);
  });
});
