/**
 * Value parsers for flags and `MAGNETAR_*` environment variables. Precedence is flags > env >
 * defaults (commander applies it: see bin/options.ts). Each parser throws `ConfigError` with the
 * expected form, so the user sees which flag was wrong and what is allowed.
 */

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

const HOST_RE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;

/** "HOST:PORT" with a port in 0..65535 (0 = pick a free port); IPv6 hosts in brackets. */
export function parseHostPort(value: string): HostPort {
  const idx = value.lastIndexOf(":");
  const host = idx > 0 ? value.slice(0, idx) : "";
  const portText = idx > 0 ? value.slice(idx + 1) : "";
  if (!HOST_RE.test(host) || !/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new ConfigError(`expected HOST:PORT (e.g. 127.0.0.1:6650, port 0-65535), got "${value}"`);
  }
  return { host, port: Number(portText) };
}

export function formatHostPort(hp: HostPort): string {
  return `${hp.host}:${hp.port}`;
}

/** "HOST:PORT,HOST:PORT,..." with at least one address and no duplicates. */
export function parseHostPortList(value: string): HostPort[] {
  const parts = value.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === "")) {
    throw new ConfigError(`expected a comma-separated list of HOST:PORT, got "${value}"`);
  }
  const list = parts.map(parseHostPort);
  const seen = new Set<string>();
  for (const hp of list) {
    const key = formatHostPort(hp);
    if (seen.has(key)) throw new ConfigError(`address ${key} is listed twice in "${value}"`);
    seen.add(key);
  }
  return list;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** A node id: 1-63 characters of letters, digits, '_', '.', '-', starting with a letter or digit. */
export function parseNodeId(value: string): string {
  if (!ID_RE.test(value)) {
    throw new ConfigError(
      `expected an id of 1-63 letters, digits, '_', '.' or '-' starting with a letter or digit, got "${value}"`,
    );
  }
  return value;
}

export interface Peer {
  readonly id: string;
  readonly address: HostPort;
}

/** "ID=HOST:PORT,ID=HOST:PORT,..." (metadata members); ids and addresses unique. */
export function parsePeers(value: string): Peer[] {
  const parts = value.split(",").map((p) => p.trim());
  const peers = parts.map((part) => {
    const eq = part.indexOf("=");
    if (eq <= 0) {
      throw new ConfigError(
        `expected ID=HOST:PORT[,ID=HOST:PORT...] (e.g. m1=127.0.0.1:2379), got "${part}"`,
      );
    }
    return { id: parseNodeId(part.slice(0, eq)), address: parseHostPort(part.slice(eq + 1)) };
  });
  const ids = new Set<string>();
  const addrs = new Set<string>();
  for (const p of peers) {
    if (ids.has(p.id)) throw new ConfigError(`member id "${p.id}" is listed twice in "${value}"`);
    const addr = formatHostPort(p.address);
    if (addrs.has(addr)) throw new ConfigError(`address ${addr} is listed twice in "${value}"`);
    ids.add(p.id);
    addrs.add(addr);
  }
  return peers;
}

/** An integer in [min, max]. */
export function parseIntInRange(value: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(value.trim()))
    throw new ConfigError(`expected an integer in [${min}, ${max}], got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`expected an integer in [${min}, ${max}], got "${value}"`);
  }
  return n;
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "250ms", "2s", "5m", "1h" or a bare number of milliseconds. */
export function parseDurationMs(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new ConfigError(`expected a duration like 250ms, 2s, 5m or 1h, got "${value}"`);
  const ms = Number(m[1]) * (DURATION_UNITS_MS[m[2] ?? "ms"] ?? 1);
  if (!Number.isFinite(ms)) throw new ConfigError(`duration "${value}" is too large`);
  return Math.round(ms);
}

const SIZE_UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
};

/** "512", "64KiB", "5MiB", "1GiB" (binary units; also k/m/g). */
export function parseBytes(value: string): number {
  const m = /^(\d+)\s*([A-Za-z]*)$/.exec(value.trim());
  const unit = SIZE_UNITS[(m?.[2] ?? "").toLowerCase()];
  if (!m || unit === undefined)
    throw new ConfigError(`expected a size like 512, 64KiB, 5MiB or 1GiB, got "${value}"`);
  const n = Number(m[1]) * unit;
  if (!Number.isSafeInteger(n)) throw new ConfigError(`size "${value}" is too large`);
  return n;
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function parseLogLevel(value: string): LogLevel {
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level) throw new ConfigError(`expected one of ${LOG_LEVELS.join(", ")}, got "${value}"`);
  return level;
}
