/**
 * Flags shared by the `magnetar` subcommands. Every flag has a `MAGNETAR_*` environment variable;
 * precedence is flag > environment > default, and `--help` shows all three.
 */
import { InvalidArgumentError, Option } from "commander";
import {
  ConfigError,
  type HostPort,
  type LogLevel,
  type Peer,
  parseDurationMs,
  parseHostPort,
  parseHostPortList,
  parseIntInRange,
  parseLogLevel,
  parseNodeId,
  parsePeers,
} from "../common/config.js";

/** Adapts our parsers to commander, which then names the flag (or env var) in the error. */
function parser<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (err) {
      if (err instanceof ConfigError) throw new InvalidArgumentError(err.message);
      throw err;
    }
  };
}

export function listenOption(defaultValue: string): Option {
  return new Option("--listen <HOST:PORT>", "address the gRPC server listens on")
    .env("MAGNETAR_LISTEN")
    .argParser(parser(parseHostPort))
    .default(parseHostPort(defaultValue), defaultValue);
}

export function httpOption(defaultValue: string): Option {
  return new Option("--http <HOST:PORT>", "address of the HTTP endpoint serving /healthz and /metrics")
    .env("MAGNETAR_HTTP")
    .argParser(parser(parseHostPort))
    .default(parseHostPort(defaultValue), defaultValue);
}

export function dataDirOption(defaultValue: string, what: string): Option {
  return new Option("--data-dir <DIR>", `directory where ${what}`)
    .env("MAGNETAR_DATA_DIR")
    .default(defaultValue);
}

export function metadataOption(defaultValue = "127.0.0.1:2379"): Option {
  return new Option(
    "--metadata <HOST:PORT,...>",
    "addresses of the metadata quorum's members (any subset works)",
  )
    .env("MAGNETAR_METADATA")
    .argParser(parser(parseHostPortList))
    .default(parseHostPortList(defaultValue), defaultValue);
}

export function idOption(defaultValue: string, what: string): Option {
  return new Option("--id <ID>", `unique id of this ${what} (letters, digits, '_', '.', '-')`)
    .env("MAGNETAR_ID")
    .argParser(parser(parseNodeId))
    .default(defaultValue);
}

export function peersOption(): Option {
  return new Option(
    "--peers <ID=HOST:PORT,...>",
    "every member of the metadata quorum including this one (default: this member alone)",
  )
    .env("MAGNETAR_PEERS")
    .argParser(parser(parsePeers));
}

export function logLevelOption(): Option {
  return new Option("--log-level <LEVEL>", "fatal, error, warn, info, debug, trace or silent")
    .env("MAGNETAR_LOG_LEVEL")
    .argParser(parser(parseLogLevel))
    .default("info" satisfies LogLevel);
}

export function urlOption(): Option {
  return new Option("--url <HOST:PORT>", "any broker's service address")
    .env("MAGNETAR_URL")
    .argParser(parser(parseHostPort))
    .default(parseHostPort("127.0.0.1:6650"), "127.0.0.1:6650");
}

/** Options every server command receives after parsing. */
export interface ServerOptions {
  readonly listen: HostPort;
  readonly http: HostPort;
  readonly dataDir: string;
  readonly metadata: HostPort[];
  readonly logLevel: LogLevel;
}

export interface MetadataServerOptions extends ServerOptions {
  readonly id: string;
  readonly peers?: Peer[];
  readonly tickMs: number;
  readonly electionTicks: number;
  readonly heartbeatTicks: number;
  readonly snapshotEntries: number;
}

/** A duration flag ("250ms", "2s", "5m") with a MAGNETAR_* variable; parsed to milliseconds. */
export function durationOption(
  flags: string,
  description: string,
  env: string,
  defaultValue: string,
): Option {
  return new Option(flags, description)
    .env(env)
    .argParser(parser(parseDurationMs))
    .default(parseDurationMs(defaultValue), defaultValue);
}

/** An integer flag in [min, max] with a MAGNETAR_* variable. */
export function intOption(
  flags: string,
  description: string,
  env: string,
  defaultValue: number,
  min: number,
  max: number,
): Option {
  return new Option(flags, description)
    .env(env)
    .argParser(parser((v) => parseIntInRange(v, min, max)))
    .default(defaultValue);
}
