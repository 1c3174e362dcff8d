/**
 * `magnetar kv`: the metadata store from the shell, through the same store client brokers use.
 * Values print as UTF-8 text; `--json` prints machine-readable objects, one per line.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type { HostPort } from "../common/config.js";
import { MagnetarError } from "../common/errors.js";
import { type KeyValue, MetadataStore, Watch } from "../metadata/client/index.js";
import { metadataOption } from "./options.js";

interface KvOptions {
  readonly metadata: HostPort[];
  readonly json?: boolean;
}

function intArg(name: string, min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    }
    return Number(value);
  };
}

function kvJson(kv: KeyValue) {
  return {
    key: kv.key,
    value: kv.value.toString("utf8"),
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    lease: kv.lease,
  };
}

/** Runs `fn` with a store client and turns our errors into a message and exit code 1. */
export async function withStore(
  opts: { readonly metadata: HostPort[] },
  fn: (store: MetadataStore) => Promise<void>,
): Promise<void> {
  const store = new MetadataStore({
    endpoints: opts.metadata,
    retry: { initialBackoffMs: 20, maxBackoffMs: 500, deadlineMs: 10_000 },
  });
  try {
    await fn(store);
  } catch (err) {
    const message = err instanceof MagnetarError ? `${err.code}: ${err.message}` : String(err);
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = 1;
  } finally {
    store.close();
  }
}

export function print(line: string): void {
  process.stdout.write(`${line}
`);
}

export function addKvCommand(cli: Command): void {
  const kv = cli
    .command("kv")
    .description("read and write the metadata store: get, put, del, list, watch, status");
  const common = (cmd: Command) =>
    cmd.addOption(metadataOption()).option("--json", "print JSON, one object per line");

  common(
    kv.command("get").argument("<KEY>").description("print a key's value (exit 1 if it does not exist)"),
  ).action((key: string, opts: KvOptions) =>
    withStore(opts, async (store) => {
      const found = await store.get(key);
      if (!found) throw new MagnetarError("KEY_NOT_FOUND", `key ${key} does not exist`);
      print(opts.json ? JSON.stringify(kvJson(found)) : found.value.toString("utf8"));
    }),
  );

  common(
    kv
      .command("put")
      .argument("<KEY>")
      .argument("<VALUE>")
      .description("write a key; prints the new revision")
      .addOption(new Option("--lease <ID>", "attach to a lease").argParser(intArg("--lease", 1)))
      .addOption(
        new Option(
          "--expected-version <N>",
          "compare-and-set: only if the key is at version N (0 = absent)",
        ).argParser(intArg("--expected-version", 0)),
      ),
  ).action((key: string, value: string, opts: KvOptions & { lease?: number; expectedVersion?: number }) =>
    withStore(opts, async (store) => {
      const res = await store.put(key, value, {
        ...(opts.lease === undefined ? {} : { lease: opts.lease }),
        ...(opts.expectedVersion === undefined ? {} : { expectedVersion: opts.expectedVersion }),
      });
      print(opts.json ? JSON.stringify(res) : `OK revision=${res.revision} version=${res.version}`);
    }),
  );

  common(
    kv
      .command("del")
      .argument("<KEY>")
      .description("delete a key (or a prefix); prints how many were deleted")
      .option("--prefix", "delete every key starting with KEY"),
  ).action((key: string, opts: KvOptions & { prefix?: boolean }) =>
    withStore(opts, async (store) => {
      const deleted = await store.delete(key, { prefix: opts.prefix ?? false });
      print(opts.json ? JSON.stringify({ deleted }) : String(deleted));
    }),
  );

  common(
    kv
      .command("list")
      .argument("[PREFIX]", "key prefix", "")
      .description("list keys under a prefix, in key order")
      .addOption(
        new Option("--limit <N>", "at most N keys (0 = all)").argParser(intArg("--limit", 0)).default(0),
      )
      .option("--keys-only", "print only the keys"),
  ).action((prefix: string, opts: KvOptions & { limit: number; keysOnly?: boolean }) =>
    withStore(opts, async (store) => {
      const { kvs } = await store.list(prefix, { limit: opts.limit, keysOnly: opts.keysOnly ?? false });
      for (const kv of kvs) {
        if (opts.json) print(JSON.stringify(kvJson(kv)));
        else print(opts.keysOnly ? kv.key : `${kv.key}\t${kv.value.toString("utf8")}`);
      }
    }),
  );

  common(
    kv
      .command("watch")
      .argument("<KEY>")
      .description("print changes to a key (or prefix) as they happen")
      .option("--prefix", "watch every key starting with KEY")
      .addOption(
        new Option("--rev <N>", "start at revision N (default: changes from now)").argParser(
          intArg("--rev", 1),
        ),
      )
      .addOption(
        new Option("-n, --count <N>", "stop after N events (0 = forever)")
          .argParser(intArg("--count", 0))
          .default(0),
      ),
  ).action((key: string, opts: KvOptions & { prefix?: boolean; rev?: number; count: number }) =>
    withStore(opts, async (store) => {
      const watch = new Watch(store, key, { prefix: opts.prefix ?? false, startRevision: opts.rev ?? 0 });
      let seen = 0;
      for await (const batch of watch) {
        for (const ev of batch.events) {
          if (opts.json) print(JSON.stringify({ type: ev.type, revision: batch.revision, ...kvJson(ev.kv) }));
          else
            print(
              `${ev.type.toUpperCase()} ${ev.kv.key} ${ev.type === "put" ? ev.kv.value.toString("utf8") : ""}`.trimEnd(),
            );
          if (opts.count > 0 && ++seen >= opts.count) return;
        }
      }
    }),
  );

  common(kv.command("status").description("each member's id, address, role, term and commit index")).action(
    (opts: KvOptions) =>
      withStore(opts, async (store) => {
        const all = await store.status();
        const rows = all.map((s) =>
          "status" in s
            ? {
                id: s.status.memberId,
                address: s.status.address || s.endpoint,
                role: s.status.role.toLowerCase(),
                term: s.status.raftTerm,
                commitIndex: s.status.commitIndex,
                appliedIndex: s.status.appliedIndex,
                leader: s.status.leaderId,
                revision: s.status.revision,
              }
            : { address: s.endpoint, error: s.error },
        );
        if (opts.json) print(JSON.stringify(rows));
        else
          for (const r of rows)
            print(
              Object.entries(r)
                .map(([k, v]) => `${k}=${v}`)
                .join(" "),
            );
        if (rows.every((r) => "error" in r))
          throw new MagnetarError("UNAVAILABLE", "no metadata member answered");
      }),
  );
}
