/**
 * `magnetar admin`: cluster administration through the Admin gRPC service of any broker (`--url`):
 * tenants, namespaces and their policies, topics, subscriptions, bundles, brokers and the metadata
 * quorum. `bookies list` and `ledger show` read the metadata store directly (`--metadata`).
 *
 * Every command prints a readable text form, or with `--json` the response as one JSON object.
 * Errors print `error: <CODE>: <message>` on stderr and exit 1. docs/admin.md documents them all.
 */
import * as grpc from "@grpc/grpc-js";
import { InvalidArgumentError as CliArgumentError, type Command, Option } from "commander";
import { BookieRegistry } from "../bookie/client/index.js";
import { LedgerMetadataStore } from "../bookie/client/ledger-metadata-store.js";
import { parseMessageId } from "../broker/core/index.js";
import { decodeEntry } from "../client/entry.js";
import { formatHostPort, type HostPort } from "../common/config.js";
import { InvalidArgumentError, MagnetarError } from "../common/errors.js";
import { callUnary, channelOptions } from "../common/grpc.js";
import type { AdminClient } from "../proto/gen/magnetar/v1/Admin.js";
import type { MessageId__Output } from "../proto/gen/magnetar/v1/MessageId.js";
import type { Policies, Policies__Output } from "../proto/gen/magnetar/v1/Policies.js";
import type { SeekTarget } from "../proto/gen/magnetar/v1/SeekTarget.js";
import type { SubscriptionStats__Output } from "../proto/gen/magnetar/v1/SubscriptionStats.js";
import type { TopicStats__Output } from "../proto/gen/magnetar/v1/TopicStats.js";
import { magnetarV1 } from "../proto/index.js";
import { print, withStore } from "./kv.js";
import { metadataOption, urlOption } from "./options.js";

/** Deadline of one admin call (deletions with force and partition fan-outs can take a while). */
const ADMIN_CALL_TIMEOUT_MS = 60_000;

interface StoreCommandOptions {
  readonly metadata: HostPort[];
  readonly json?: boolean;
}

interface UrlOptions {
  readonly url: HostPort;
  readonly json?: boolean;
}

/** Request and response types of a generated unary client method (its last overload). */
type Unary<F> = F extends (
  argument: infer Req,
  callback: grpc.requestCallback<infer Res>,
) => grpc.ClientUnaryCall
  ? { req: Req; res: Res }
  : never;
type AdminMethod = Extract<keyof AdminClient, `${Uppercase<string>}${string}`> & string;
type AdminCall = <K extends AdminMethod>(
  method: K,
  request: Unary<AdminClient[K]>["req"],
) => Promise<Unary<AdminClient[K]>["res"]>;

/** Runs `fn` with an Admin client on `--url` and turns our errors into a message and exit code 1. */
async function withAdmin(opts: UrlOptions, fn: (call: AdminCall) => Promise<void>): Promise<void> {
  const client = new (magnetarV1().Admin)(
    formatHostPort(opts.url),
    grpc.credentials.createInsecure(),
    channelOptions(),
  );
  const call: AdminCall = (method, request) =>
    callUnary(client, method, request as never, ADMIN_CALL_TIMEOUT_MS) as never;
  try {
    await fn(call);
  } catch (err) {
    let message = err instanceof MagnetarError ? `${err.code}: ${err.message}` : String(err);
    if (err instanceof MagnetarError && err.code === "UNAVAILABLE" && !err.hint)
      message += ` (is a broker listening on ${formatHostPort(opts.url)}?)`;
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = 1;
  } finally {
    client.close();
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (
      v &&
      typeof v === "object" &&
      (v as { type?: unknown }).type === "Buffer" &&
      Array.isArray((v as { data?: unknown }).data)
    )
      return Buffer.from((v as { data: number[] }).data).toString("base64");
    return v;
  });
}

/** Prints `value` as JSON with --json, else runs `text`. */
function output(opts: { json?: boolean }, value: unknown, text: () => void): void {
  if (opts.json) print(json(value));
  else text();
}

// --- argument parsers (commander reports their errors naming the flag) ---

function intParser(name: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max)
      throw new CliArgumentError(`${name} must be an integer ${min}..${max}, got "${value}"`);
    return Number(value);
  };
}

function onOff(value: string): boolean {
  if (value === "on" || value === "true") return true;
  if (value === "off" || value === "false") return false;
  throw new CliArgumentError(`expected on or off, got "${value}"`);
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function intArg(name: string, value: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new InvalidArgumentError(`${name} must be an integer ${min}..${max}, got "${value}"`);
  return Number(value);
}

/** earliest | latest | L:E[:B[:P]] (a message id, as the CLI prints them). */
function seekTarget(value: string, what: string): SeekTarget {
  if (value === "earliest") return { position: "INITIAL_POSITION_EARLIEST" };
  if (value === "latest") return { position: "INITIAL_POSITION_LATEST" };
  if (/^-?\d+:-?\d+(:-?\d+){0,2}$/.test(value)) return { messageId: parseMessageId(value) };
  throw new InvalidArgumentError(
    `${what} must be earliest, latest or a message id ledger:entry[:batch[:partition]], got "${value}"`,
  );
}

function formatId(id: MessageId__Output | null | undefined): string {
  return id ? `${id.ledgerId}:${id.entryId}:${id.batchIndex}:${id.partition}` : "-";
}

function printAll(lines: readonly string[]): void {
  for (const line of lines) print(line);
}

interface PeekedMessage {
  readonly id: string;
  readonly key?: string | undefined;
  readonly properties?: Readonly<Record<string, string>>;
  readonly publishTimeMs?: number;
  readonly producerName?: string;
  readonly redeliveryCount?: number;
  readonly value?: string;
  readonly error?: string;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

function table(rows: string[][]): void {
  const widths: number[] = [];
  for (const r of rows) for (const [i, c] of r.entries()) widths[i] = Math.max(widths[i] ?? 0, c.length);
  for (const r of rows)
    print(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  "));
}

// --- policy flags, shared by namespaces create and set-policies ---

interface PolicyFlags {
  readonly bundles?: number;
  readonly dedup?: boolean;
  readonly ensemble?: number;
  readonly writeQuorum?: number;
  readonly ackQuorum?: number;
  readonly messageTtl?: number;
  readonly maxMessageSize?: number;
  readonly autoTopicCreation?: boolean;
  readonly retentionMinutes?: number;
  readonly retentionMb?: number;
}

function policyOptions(cmd: Command, withBundles: boolean): Command {
  if (withBundles)
    cmd.addOption(
      new Option("--bundles <N>", "number of bundles, 1..1024 (default 16)").argParser(
        intParser("--bundles", 1, 1024),
      ),
    );
  return cmd
    .addOption(
      new Option("--dedup <on|off>", "deduplication for producers that do not choose (default on)").argParser(
        onOff,
      ),
    )
    .addOption(
      new Option("--ensemble <E>", "bookies per ledger ensemble, 1..32").argParser(
        intParser("--ensemble", 1, 32),
      ),
    )
    .addOption(
      new Option("--write-quorum <W>", "bookies each entry is written to, 1..E").argParser(
        intParser("--write-quorum", 1, 32),
      ),
    )
    .addOption(
      new Option("--ack-quorum <A>", "bookie acks per entry, 1..W").argParser(
        intParser("--ack-quorum", 1, 32),
      ),
    )
    .addOption(
      new Option("--message-ttl <SECONDS>", "auto-acknowledge messages older than this; 0 = none").argParser(
        intParser("--message-ttl", 0, 315_360_000),
      ),
    )
    .addOption(
      new Option("--max-message-size <BYTES>", "largest batch payload accepted; 0 = default 5 MiB").argParser(
        intParser("--max-message-size", 0, 2 ** 31 - 1),
      ),
    )
    .addOption(
      new Option("--auto-topic-creation <on|off>", "create missing topics on open (default on)").argParser(
        onOff,
      ),
    )
    .addOption(
      new Option("--retention-minutes <M>", "keep acknowledged messages this long; -1 = no limit").argParser(
        intParser("--retention-minutes", -1, Number.MAX_SAFE_INTEGER),
      ),
    )
    .addOption(
      new Option(
        "--retention-mb <MB>",
        "keep this much acknowledged data per topic; -1 = no limit",
      ).argParser(intParser("--retention-mb", -1, Number.MAX_SAFE_INTEGER)),
    );
}

/** The policies with the flags given applied on top (absent flags leave fields as they are). */
function applyPolicyFlags(base: Policies | Policies__Output | null, f: PolicyFlags): Policies {
  const p: Policies = { ...(base ?? {}) };
  if (f.bundles !== undefined) p.bundles = f.bundles;
  if (f.dedup !== undefined) p.deduplicationEnabled = f.dedup;
  if (f.ensemble !== undefined || f.writeQuorum !== undefined || f.ackQuorum !== undefined) {
    const old = p.persistence ?? {};
    p.persistence = {
      ...old,
      ...(f.ensemble !== undefined ? { ensembleSize: f.ensemble } : {}),
      ...(f.writeQuorum !== undefined ? { writeQuorum: f.writeQuorum } : {}),
      ...(f.ackQuorum !== undefined ? { ackQuorum: f.ackQuorum } : {}),
    };
  }
  if (f.messageTtl !== undefined) p.messageTtlSeconds = f.messageTtl;
  if (f.maxMessageSize !== undefined) p.maxMessageSizeBytes = f.maxMessageSize;
  if (f.autoTopicCreation !== undefined) p.autoTopicCreationEnabled = f.autoTopicCreation;
  if (f.retentionMinutes !== undefined || f.retentionMb !== undefined) {
    const old = p.retention ?? {};
    p.retention = {
      ...old,
      ...(f.retentionMinutes !== undefined ? { retentionTimeMinutes: f.retentionMinutes } : {}),
      ...(f.retentionMb !== undefined ? { retentionSizeMb: f.retentionMb } : {}),
    };
  }
  return p;
}

/** Only the fields that are set, for printing (the wire form fills every field with defaults). */
function setFields(p: Policies__Output | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p ?? {})) {
    if (k.startsWith("_") || v === null || v === undefined) continue;
    if (typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

// --- stats rendering ---

function printSubscriptions(subs: Record<string, SubscriptionStats__Output>): void {
  const names = Object.keys(subs).sort();
  if (names.length === 0) {
    print("subscriptions: none");
    return;
  }
  const rows = [
    [
      "SUBSCRIPTION",
      "TYPE",
      "BACKLOG",
      "BACKLOG-BYTES",
      "UNACKED",
      "CONSUMERS",
      "RATE-OUT",
      "OLDEST-UNACKED",
    ],
  ];
  for (const n of names) {
    const s = subs[n] as SubscriptionStats__Output;
    rows.push([
      n,
      String(s.type ?? "-").replace(/^SUBSCRIPTION_TYPE_/, ""),
      String(s.msgBacklog),
      String(s.backlogSizeBytes),
      String(s.unackedMessages),
      String(s.consumers.length),
      `${s.msgRateOut.toFixed(1)}/s`,
      s.oldestUnackedMessageAgeMs > 0 ? `${(s.oldestUnackedMessageAgeMs / 1000).toFixed(1)}s` : "-",
    ]);
  }
  table(rows);
}

function printStats(s: TopicStats__Output, partitions: number): void {
  print(`topic ${s.topic}${partitions > 0 ? ` (${partitions} partitions, aggregated)` : ""}`);
  print(`  owner ${s.owner ? `${s.owner.brokerId} (${s.owner.serviceAddress})` : "none (from metadata)"}`);
  print(`  in  ${s.msgRateIn.toFixed(1)} msg/s, ${mib(s.msgThroughputIn)}/s, ${s.msgsInTotal} msgs total`);
  print(`  out ${s.msgRateOut.toFixed(1)} msg/s, ${mib(s.msgThroughputOut)}/s, ${s.msgsOutTotal} msgs total`);
  print(`  storage ${mib(s.storageSizeBytes)}, largest backlog ${mib(s.backlogSizeBytes)}`);
  print(
    `  last message ${formatId(s.lastMessageId)}, dedup ${s.deduplicationEnabled ? "on" : "off"}${s.terminated ? ", TERMINATED" : ""}`,
  );
  print(`  publishers: ${s.publishers.length === 0 ? "none" : ""}`);
  for (const p of s.publishers)
    print(`    ${p.producerName} ${p.address} ${p.accessMode} ${p.msgRateIn.toFixed(1)} msg/s`);
  printSubscriptions(s.subscriptions);
}

/** Stats of a topic or, for a partitioned topic's base name, the aggregate over its partitions. */
async function statsOf(
  call: AdminCall,
  topic: string,
): Promise<{ stats: TopicStats__Output; partitions: number }> {
  try {
    return { stats: await call("GetTopicStats", { topic }), partitions: 0 };
  } catch (err) {
    if (
      !(
        err instanceof MagnetarError &&
        err.code === "INVALID_ARGUMENT" &&
        err.message.includes("partitioned topic")
      )
    )
      throw err;
    const p = await call("GetPartitionedStats", { topic, perPartition: false });
    if (!p.aggregated)
      throw new MagnetarError("INTERNAL", "the broker sent partitioned stats without an aggregate");
    return { stats: p.aggregated, partitions: p.partitions };
  }
}

export function addAdminCommand(cli: Command): void {
  const admin = cli
    .command("admin")
    .description("administer tenants, namespaces, topics, subscriptions, bundles, brokers, bookies, ledgers")
    .showHelpAfterError();
  const viaUrl = (cmd: Command) =>
    cmd.addOption(urlOption()).option("--json", "print the response as one JSON object");
  const viaStore = (cmd: Command) => cmd.addOption(metadataOption()).option("--json", "print JSON");
  const group = (name: string, description: string) =>
    admin.command(name).description(description).showHelpAfterError();

  // --- tenants ---
  const tenants = group("tenants", "tenants: list, create, get, update, delete");
  viaUrl(tenants.command("list").description("all tenant names")).action((opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const res = await call("ListTenants", {});
      output(opts, res, () => printAll(res.tenants));
    }),
  );
  viaUrl(
    tenants
      .command("create")
      .argument("<NAME>", "tenant name: 1-64 characters of [A-Za-z0-9_.=:-]")
      .description("create a tenant")
      .option("--admin-roles <ROLES>", "comma-separated roles that administer the tenant", list)
      .option("--allowed-clusters <CLUSTERS>", "comma-separated clusters (default: all)", list),
  ).action((name: string, opts: UrlOptions & { adminRoles?: string[]; allowedClusters?: string[] }) =>
    withAdmin(opts, async (call) => {
      const res = await call("CreateTenant", {
        tenant: { name, adminRoles: opts.adminRoles ?? [], allowedClusters: opts.allowedClusters ?? [] },
      });
      output(opts, res, () => print(`created tenant ${res.name}`));
    }),
  );
  viaUrl(tenants.command("get").argument("<NAME>").description("a tenant's roles and clusters")).action(
    (name: string, opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const t = await call("GetTenant", { name });
        output(opts, t, () => {
          print(`tenant ${t.name} (version ${t.version})`);
          print(`  admin roles: ${t.adminRoles.join(", ") || "none"}`);
          print(`  allowed clusters: ${t.allowedClusters.join(", ") || "all"}`);
        });
      }),
  );
  viaUrl(
    tenants
      .command("update")
      .argument("<NAME>")
      .description("replace a tenant's admin roles and allowed clusters (compare-and-set)")
      .option("--admin-roles <ROLES>", "comma-separated roles", list)
      .option("--allowed-clusters <CLUSTERS>", "comma-separated clusters", list),
  ).action((name: string, opts: UrlOptions & { adminRoles?: string[]; allowedClusters?: string[] }) =>
    withAdmin(opts, async (call) => {
      const t = await call("GetTenant", { name });
      const res = await call("UpdateTenant", {
        tenant: {
          name,
          adminRoles: opts.adminRoles ?? t.adminRoles,
          allowedClusters: opts.allowedClusters ?? t.allowedClusters,
        },
        expectedVersion: t.version,
      });
      output(opts, res, () => print(`updated tenant ${res.name} (version ${res.version})`));
    }),
  );
  viaUrl(
    tenants
      .command("delete")
      .argument("<NAME>")
      .description("delete a tenant")
      .option("--force", "delete its namespaces and their topics first"),
  ).action((name: string, opts: UrlOptions & { force?: boolean }) =>
    withAdmin(opts, async (call) => {
      await call("DeleteTenant", { name, force: opts.force ?? false });
      output(opts, {}, () => print(`deleted tenant ${name}`));
    }),
  );

  // --- namespaces ---
  const namespaces = group("namespaces", "namespaces and policies: list, create, get, set-policies, delete");
  viaUrl(namespaces.command("list").argument("<TENANT>").description("a tenant's namespaces")).action(
    (tenant: string, opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const res = await call("ListNamespaces", { tenant });
        output(opts, res, () => printAll(res.namespaces));
      }),
  );
  viaUrl(
    policyOptions(
      namespaces
        .command("create")
        .argument("<TENANT/NAMESPACE>")
        .description("create a namespace with its policies"),
      true,
    ),
  ).action((namespace: string, opts: UrlOptions & PolicyFlags) =>
    withAdmin(opts, async (call) => {
      const res = await call("CreateNamespace", { namespace, policies: applyPolicyFlags(null, opts) });
      output(opts, res, () =>
        print(`created namespace ${res.namespace} with ${res.policies?.bundles ?? 16} bundles`),
      );
    }),
  );
  viaUrl(
    namespaces.command("get").argument("<TENANT/NAMESPACE>").description("a namespace's stored policies"),
  ).action((namespace: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const res = await call("GetNamespace", { namespace });
      output(opts, { ...res, policies: setFields(res.policies) }, () => {
        print(`namespace ${res.namespace} (version ${res.version}); unset fields take the broker defaults`);
        print(JSON.stringify(setFields(res.policies), null, 2));
      });
    }),
  );
  viaUrl(
    policyOptions(
      namespaces
        .command("set-policies")
        .argument("<TENANT/NAMESPACE>")
        .description("change policies: read, apply the flags given, write back with the version read"),
      false,
    ),
  ).action((namespace: string, opts: UrlOptions & PolicyFlags) =>
    withAdmin(opts, async (call) => {
      const current = await call("GetNamespace", { namespace });
      const res = await call("SetPolicies", {
        namespace,
        policies: applyPolicyFlags(current.policies, opts),
        expectedVersion: current.version,
      });
      output(opts, { ...res, policies: setFields(res.policies) }, () =>
        print(`updated policies of ${res.namespace} (version ${res.version})`),
      );
    }),
  );
  viaUrl(
    namespaces
      .command("delete")
      .argument("<TENANT/NAMESPACE>")
      .description("delete a namespace")
      .option("--force", "delete its topics first"),
  ).action((namespace: string, opts: UrlOptions & { force?: boolean }) =>
    withAdmin(opts, async (call) => {
      await call("DeleteNamespace", { namespace, force: opts.force ?? false });
      output(opts, {}, () => print(`deleted namespace ${namespace}`));
    }),
  );

  // --- topics ---
  const topics = group(
    "topics",
    "topics: list, create, update-partitions, delete, stats, internal-stats, backlog, unload, terminate",
  );
  viaUrl(topics.command("list").argument("<TENANT/NAMESPACE>").description("a namespace's topics")).action(
    (namespace: string, opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const res = await call("ListTopics", { namespace });
        output(opts, res, () => {
          for (const t of res.topics)
            print(t.partitions > 0 ? `${t.topic}\t${t.partitions} partitions` : t.topic);
        });
      }),
  );
  viaUrl(
    topics
      .command("create")
      .argument("<TOPIC>")
      .description("create a topic (partitioned with --partitions)")
      .addOption(
        new Option("--partitions <N>", "number of partitions, 1..1024; 0 = not partitioned")
          .argParser(intParser("--partitions", 0, 1024))
          .default(0),
      ),
  ).action((topic: string, opts: UrlOptions & { partitions: number }) =>
    withAdmin(opts, async (call) => {
      await call("CreateTopic", { topic, partitions: opts.partitions });
      output(opts, {}, () =>
        print(
          `created ${opts.partitions > 0 ? `partitioned topic ${topic} (${opts.partitions} partitions)` : `topic ${topic}`}`,
        ),
      );
    }),
  );
  viaUrl(
    topics
      .command("update-partitions")
      .argument("<TOPIC>")
      .argument("<N>", "the new partition count, greater than the current one")
      .description("raise a partitioned topic's partition count"),
  ).action((topic: string, n: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const partitions = intArg("N", n, 1, 1024);
      await call("UpdatePartitionedTopic", { topic, partitions });
      output(opts, {}, () => print(`${topic} now has ${partitions} partitions`));
    }),
  );
  viaUrl(
    topics
      .command("delete")
      .argument("<TOPIC>")
      .description("delete a topic (every partition of a partitioned one)")
      .option("--force", "disconnect its producers and consumers first"),
  ).action((topic: string, opts: UrlOptions & { force?: boolean }) =>
    withAdmin(opts, async (call) => {
      await call("DeleteTopic", { topic, force: opts.force ?? false });
      output(opts, {}, () => print(`deleted topic ${topic}`));
    }),
  );
  viaUrl(
    topics.command("stats").argument("<TOPIC>").description("rates, storage, publishers and subscriptions"),
  ).action((topic: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const { stats, partitions } = await statsOf(call, topic);
      output(opts, stats, () => printStats(stats, partitions));
    }),
  );
  viaUrl(
    topics
      .command("internal-stats")
      .argument("<TOPIC>")
      .description("managed ledger and cursors of one topic or partition"),
  ).action((topic: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const s = await call("GetInternalStats", { topic });
      output(opts, s, () => {
        print(
          `topic ${s.topic} (${s.loaded ? "loaded" : "not loaded: from metadata"}), state ${s.state || "-"}`,
        );
        print(
          `  ${s.numberOfEntries} entries, ${mib(s.totalSizeBytes)}, last confirmed ${formatId(s.lastConfirmedEntry)}`,
        );
        print(`  current ledger ${s.currentLedgerId} (${s.currentLedgerEntries} entries)`);
        print("  ledgers:");
        for (const l of s.ledgers)
          print(
            `    ${l.ledgerId}\t${l.entries} entries\t${l.sizeBytes} bytes\t${String(l.state).replace(/^LEDGER_STATE_/, "")}`,
          );
        print("  cursors:");
        for (const [name, c] of Object.entries(s.cursors).sort(([x], [y]) => x.localeCompare(y)))
          print(
            `    ${name}\tmark-delete ${formatId(c.markDeletePosition)}\tread ${formatId(c.readPosition)}\tacked ranges ${c.individuallyAckedRangesCount}${c.isDurable ? "" : "\t(non-durable)"}`,
          );
      });
    }),
  );
  viaUrl(topics.command("backlog").argument("<TOPIC>").description("per-subscription backlog table")).action(
    (topic: string, opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const { stats } = await statsOf(call, topic);
        const subscriptions = Object.fromEntries(
          Object.entries(stats.subscriptions).map(([n, s]) => [
            n,
            {
              msgBacklog: s.msgBacklog,
              backlogSizeBytes: s.backlogSizeBytes,
              unackedMessages: s.unackedMessages,
              consumers: s.consumers.length,
              oldestUnackedMessageAgeMs: s.oldestUnackedMessageAgeMs,
            },
          ]),
        );
        output(opts, { topic: stats.topic, subscriptions }, () => printSubscriptions(stats.subscriptions));
      }),
  );
  viaUrl(
    topics
      .command("unload")
      .argument("<TOPIC>")
      .description("close the topic on its owner; clients reconnect"),
  ).action((topic: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      await call("UnloadTopic", { topic });
      output(opts, {}, () => print(`unloaded ${topic}`));
    }),
  );
  viaUrl(
    topics.command("terminate").argument("<TOPIC>").description("take no more messages, for good"),
  ).action((topic: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const res = await call("TerminateTopic", { topic });
      output(opts, res, () => print(`terminated ${topic}; last message ${formatId(res.lastMessageId)}`));
    }),
  );

  // --- subscriptions ---
  const subs = group(
    "subscriptions",
    "subscriptions: list, create, delete, reset-cursor, skip, expire, peek",
  );
  viaUrl(subs.command("list").argument("<TOPIC>").description("a topic's subscriptions")).action(
    (topic: string, opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const res = await call("ListSubscriptions", { topic });
        output(opts, res, () => printAll(res.subscriptions));
      }),
  );
  viaUrl(
    subs
      .command("create")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("create a durable subscription without a consumer")
      .option("--position <POS>", "earliest, latest or ledger:entry[:batch[:partition]]", "latest"),
  ).action((topic: string, subscription: string, opts: UrlOptions & { position: string }) =>
    withAdmin(opts, async (call) => {
      await call("CreateSubscription", {
        topic,
        subscription,
        start: seekTarget(opts.position, "--position"),
      });
      output(opts, {}, () => print(`created subscription ${subscription} on ${topic} at ${opts.position}`));
    }),
  );
  viaUrl(
    subs
      .command("delete")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("delete a subscription and its cursor")
      .option("--force", "disconnect its consumers first"),
  ).action((topic: string, subscription: string, opts: UrlOptions & { force?: boolean }) =>
    withAdmin(opts, async (call) => {
      await call("DeleteSubscription", { topic, subscription, force: opts.force ?? false });
      output(opts, {}, () => print(`deleted subscription ${subscription} on ${topic}`));
    }),
  );
  viaUrl(
    subs
      .command("reset-cursor")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("move the cursor: later messages become unacknowledged, earlier ones acknowledged")
      .requiredOption("--to <TARGET>", "earliest, latest or ledger:entry[:batch[:partition]]"),
  ).action((topic: string, subscription: string, opts: UrlOptions & { to: string }) =>
    withAdmin(opts, async (call) => {
      await call("ResetCursor", { topic, subscription, target: seekTarget(opts.to, "--to") });
      output(opts, {}, () => print(`reset ${subscription} on ${topic} to ${opts.to}`));
    }),
  );
  viaUrl(
    subs
      .command("skip")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("acknowledge the oldest N unacknowledged messages, or all of them")
      .addOption(
        new Option("-n, --count <N>", "how many messages").argParser(
          intParser("--count", 1, Number.MAX_SAFE_INTEGER),
        ),
      )
      .option("--all", "clear the whole backlog"),
  ).action((topic: string, subscription: string, opts: UrlOptions & { count?: number; all?: boolean }) =>
    withAdmin(opts, async (call) => {
      if ((opts.count === undefined) === !opts.all)
        throw new InvalidArgumentError("give exactly one of -n N and --all");
      const res = await call("SkipMessages", {
        topic,
        subscription,
        count: opts.count ?? 0,
        all: opts.all ?? false,
      });
      output(opts, res, () => print(`skipped ${res.skippedMessages} messages`));
    }),
  );
  viaUrl(
    subs
      .command("expire")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("acknowledge every message older than --seconds")
      .addOption(
        new Option("--seconds <S>", "age threshold in seconds; 0 expires the whole backlog")
          .argParser(intParser("--seconds", 0, Number.MAX_SAFE_INTEGER))
          .makeOptionMandatory(),
      ),
  ).action((topic: string, subscription: string, opts: UrlOptions & { seconds: number }) =>
    withAdmin(opts, async (call) => {
      const res = await call("ExpireMessages", { topic, subscription, expireTimeSeconds: opts.seconds });
      output(opts, res, () => print(`expired ${res.expiredMessages} messages`));
    }),
  );
  viaUrl(
    subs
      .command("peek")
      .argument("<TOPIC>")
      .argument("<SUBSCRIPTION>")
      .description("show the oldest unacknowledged messages without consuming them")
      .addOption(
        new Option("-n, --count <N>", "how many messages, 1..1000")
          .argParser(intParser("--count", 1, 1000))
          .default(1),
      ),
  ).action((topic: string, subscription: string, opts: UrlOptions & { count: number }) =>
    withAdmin(opts, async (call) => {
      const res = await call("PeekMessages", { topic, subscription, count: opts.count });
      const messages = res.entries.flatMap((e): PeekedMessage[] => {
        try {
          return decodeEntry(e, topic).map((m) => ({
            id: formatId({ ...m.id }),
            key: m.key,
            properties: m.properties,
            publishTimeMs: m.publishTimeMs,
            producerName: m.producerName,
            redeliveryCount: m.redeliveryCount,
            value: m.value.toString("utf8"),
          }));
        } catch (err) {
          return [{ id: formatId(e.id), error: err instanceof Error ? err.message : String(err) }];
        }
      });
      output(opts, { messages }, () => {
        for (const m of messages) {
          if (m.error !== undefined) {
            print(`${m.id}\t(cannot decode: ${m.error})`);
            continue;
          }
          print(
            `${m.id}\t${new Date(m.publishTimeMs ?? 0).toISOString()}\t${m.key === undefined ? "" : `key=${m.key}\t`}${m.value}`,
          );
        }
      });
    }),
  );

  // --- bundles ---
  const bundles = group("bundles", "namespace bundles: list, unload, split");
  viaUrl(
    bundles.command("list").argument("<TENANT/NAMESPACE>").description("bundles in hash order with owners"),
  ).action((namespace: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const res = await call("ListBundles", { namespace });
      output(opts, res, () =>
        table([
          ["BUNDLE", "OWNER"],
          ...res.bundles.map((b) => [
            b.bundle,
            b.owner ? `${b.owner.brokerId} (${b.owner.serviceAddress})` : "-",
          ]),
        ]),
      );
    }),
  );
  viaUrl(
    bundles
      .command("unload")
      .argument("<TENANT/NAMESPACE>")
      .argument("<BUNDLE>", "0x<lower>_0x<upper>")
      .description("make the owner release the bundle"),
  ).action((namespace: string, bundle: string, opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      await call("UnloadBundle", { namespace, bundle });
      output(opts, {}, () => print(`unloaded ${namespace} ${bundle}`));
    }),
  );
  viaUrl(
    bundles
      .command("split")
      .argument("<TENANT/NAMESPACE>")
      .argument("<BUNDLE>", "0x<lower>_0x<upper>")
      .description("split a bundle in the middle of its hash range")
      .option("--unload", "unload the halves so they can move to other brokers"),
  ).action((namespace: string, bundle: string, opts: UrlOptions & { unload?: boolean }) =>
    withAdmin(opts, async (call) => {
      const res = await call("SplitBundle", { namespace, bundle, unload: opts.unload ?? false });
      output(opts, res, () => print(`split ${bundle} into ${res.bundles.join(" and ")}`));
    }),
  );

  // --- cluster ---
  const brokers = group("brokers", "live brokers");
  viaUrl(brokers.command("list").description("live brokers with their load")).action((opts: UrlOptions) =>
    withAdmin(opts, async (call) => {
      const res = await call("ListBrokers", {});
      output(opts, res, () =>
        table([
          ["ID", "SERVICE", "HTTP", "BUNDLES", "TOPICS", "PRODUCERS", "CONSUMERS", "IN", "OUT"],
          ...res.brokers.map((b) => [
            b.address?.brokerId ?? "-",
            b.address?.serviceAddress ?? "-",
            b.address?.httpAddress ?? "-",
            String(b.load?.bundles ?? "-"),
            String(b.load?.topics ?? "-"),
            String(b.load?.producers ?? "-"),
            String(b.load?.consumers ?? "-"),
            b.load ? `${b.load.msgRateIn.toFixed(1)}/s` : "-",
            b.load ? `${b.load.msgRateOut.toFixed(1)}/s` : "-",
          ]),
        ]),
      );
    }),
  );

  const bookies = group("bookies", "storage nodes");
  viaStore(bookies.command("list").description("live bookies: id, address, free space, state")).action(
    (opts: StoreCommandOptions) =>
      withStore(opts, async (store) => {
        const registry = await BookieRegistry.open(store);
        const live = registry.live().sort((a, b) => a.id.localeCompare(b.id));
        registry.close();
        if (opts.json) print(JSON.stringify(live));
        else
          for (const b of live)
            print(`${b.id}\t${b.address}\t${(b.freeBytes / 1024 ** 3).toFixed(1)} GiB free\t${b.state}`);
      }),
  );

  const metadata = group("metadata", "the metadata quorum");
  viaUrl(metadata.command("members").description("members with their Raft role, term and indexes")).action(
    (opts: UrlOptions) =>
      withAdmin(opts, async (call) => {
        const res = await call("ListMetadataMembers", {});
        output(opts, res, () =>
          table([
            ["ID", "ADDRESS", "ROLE", "TERM", "COMMIT", "APPLIED"],
            ...res.members.map((m) =>
              m.reachable
                ? [
                    m.memberId,
                    m.address,
                    m.role.replace(/^RAFT_ROLE_/, ""),
                    String(m.term),
                    String(m.commitIndex),
                    String(m.appliedIndex),
                  ]
                : [m.memberId, m.address, "UNREACHABLE", "-", "-", "-"],
            ),
          ]),
        );
      }),
  );

  const ledger = group("ledger", "ledgers");
  viaStore(
    ledger
      .command("show")
      .argument("<ID>", "ledger id")
      .description("a ledger's state, quorums, ensembles and segments"),
  ).action((id: string, opts: StoreCommandOptions) =>
    withStore(opts, async (store) => {
      if (!/^\d+$/.test(id))
        throw new InvalidArgumentError(`ledger id must be a non-negative integer, got "${id}"`);
      const { metadata: md, version } = await new LedgerMetadataStore(store).read(Number(id));
      if (opts.json) {
        print(JSON.stringify({ ...md, password: undefined, version }));
        return;
      }
      print(`ledger ${md.ledgerId}: ${md.state}, E=${md.ensembleSize} W=${md.writeQuorum} A=${md.ackQuorum}`);
      print(
        `last entry ${md.lastEntryId}, ${md.lengthBytes} bytes, created ${new Date(md.createdAtMs).toISOString()}`,
      );
      for (const s of md.segments) print(`  from entry ${s.firstEntryId}: ${s.bookies.join(", ")}`);
    }),
  );
}
