/**
 * Graceful shutdown on SIGTERM/SIGINT: closers run in reverse order of registration (last started,
 * first stopped), each bounded by a timeout, then the process exits 0. A second signal exits at once.
 */
import type { Logger } from "./log.js";

export type Closer = () => Promise<void> | void;

export interface Shutdown {
  /** Registers a closer; returns a function that unregisters it. */
  add(name: string, closer: Closer): () => void;
  /** Runs every closer once (idempotent); resolves when all finished or timed out. */
  run(reason: string): Promise<void>;
}

export function installShutdown(logger: Logger, timeoutMs = 10_000): Shutdown {
  const closers: { name: string; closer: Closer }[] = [];
  let running: Promise<void> | undefined;

  const run = (reason: string): Promise<void> => {
    running ??= (async () => {
      logger.info({ reason }, "shutting down");
      for (const { name, closer } of closers.slice().reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), timeoutMs);
        });
        try {
          const outcome = await Promise.race([Promise.resolve(closer()), timeout]);
          if (outcome === "timeout") logger.warn({ closer: name, timeoutMs }, "closer timed out");
        } catch (err) {
          logger.error({ closer: name, err }, "closer failed");
        } finally {
          clearTimeout(timer);
        }
      }
      logger.info("stopped");
      logger.flush();
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (running) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    void run(signal).then(() => process.exit(0));
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);

  return {
    add(name, closer) {
      const item = { name, closer };
      closers.push(item);
      return () => {
        const idx = closers.indexOf(item);
        if (idx >= 0) closers.splice(idx, 1);
      };
    },
    run,
  };
}
