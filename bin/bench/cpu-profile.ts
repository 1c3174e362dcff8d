/**
 * The bench process's own CPU profile, taken through the inspector: the same `.cpuprofile` format
 * that `node --cpu-prof` writes for the servers the bench starts, so all of them open as flame
 * graphs in Chrome DevTools (Performance panel) or speedscope.
 */
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

export class CpuProfiler {
  private stopped = false;

  private constructor(private readonly session: Session) {}

  static async start(): Promise<CpuProfiler> {
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    return new CpuProfiler(session);
  }

  /** Stops profiling, once; writes the profile to `file` if given (a run that failed writes none). */
  async stop(file?: string): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      const { profile } = await this.session.post("Profiler.stop");
      if (file !== undefined) await writeFile(file, JSON.stringify(profile));
    } finally {
      this.session.disconnect();
    }
  }
}
