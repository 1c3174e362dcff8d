/**
 * Structured JSON-line logs (pino). Servers log to stdout; command-line tools whose stdout is data
 * (produce, consume, kv) log to stderr.
 */
import { pino } from "pino";
import type { LogLevel } from "./config.js";

export type Logger = pino.Logger;

export interface LoggerOptions {
  /** Process role, e.g. "broker"; becomes the `service` field. */
  readonly service: string;
  /** Node id, when the process has one. */
  readonly nodeId?: string;
  readonly level: LogLevel;
  /** File descriptor: 1 (stdout, servers) or 2 (stderr, tools). */
  readonly fd?: 1 | 2;
}

export function createLogger(options: LoggerOptions): Logger {
  const base: Record<string, string | number> = { service: options.service, pid: process.pid };
  if (options.nodeId !== undefined) base.node = options.nodeId;
  return pino(
    { level: options.level, base, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd: options.fd ?? 1, sync: false }),
  );
}
