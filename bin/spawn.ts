/** Starting `magnetar` server processes from the benchmarks (which bring their own cluster). */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { NODE_FLAGS } from "./node-flags.js";

export { freePort } from "./cluster.js";

/** Starts `magnetar <args>` (logs discarded) and resolves once `http`/healthz answers 200. */
export async function startServer(
  args: readonly string[],
  http: string,
  timeoutMs = 20_000,
): Promise<ChildProcess> {
  const cli = fileURLToPath(new URL("./magnetar.js", import.meta.url));
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, cli, ...args, "--http", http, "--log-level", "warn"],
    {
      stdio: "ignore",
    },
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`magnetar ${args[0]} exited with code ${child.exitCode}`);
    if (Date.now() > deadline)
      throw new Error(`magnetar ${args[0]} did not become healthy in ${timeoutMs} ms`);
    const ok = await fetch(`http://${http}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
}
