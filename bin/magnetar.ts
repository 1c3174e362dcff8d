#!/usr/bin/env -S node --initial-old-space-size=256 --max-semi-space-size=32
/**
 * The `magnetar` command: one entry, one subcommand per process role or tool.
 * Exit codes: 0 success, 1 bad usage or runtime failure.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { BROKER_DEFAULTS } from "../broker/server/broker.js";
import { formatHostPort, parseHostPort, parseHostPortList } from "../common/config.js";
import { type TracingSetup, withTracing } from "../common/tracing-sdk.js";
import { MEMBER_DEFAULTS } from "../metadata/server/member.js";
import { addAdminCommand } from "./admin.js";
import { addMessagingBench } from "./bench/command.js";
import { benchLedger, type LedgerBenchOptions, printLedgerReport } from "./bench-ledger.js";
import { benchMetadata, type MetadataBenchOptions, printMetadataReport } from "./bench-metadata.js";
import {
  type BrokerServerOptions,
  runBroker,
  runStandalone,
  type StandaloneOptions,
} from "./broker-server.js";
import { clusterDown, clusterStatus, clusterUp } from "./cluster.js";
import { addKvCommand } from "./kv.js";
import {
  dataDirOption,
  durationOption,
  httpOption,
  idOption,
  intOption,
  listenOption,
  logLevelOption,
  type MetadataServerOptions,
  metadataOption,
  peersOption,
  urlOption,
} from "./options.js";
import { type ConsumeCliOptions, type ProduceCliOptions, runConsume, runProduce } from "./produce-consume.js";
import { type BookieServerOptions, runBookie, runMetadata } from "./servers.js";
import { VERSION } from "./version.js";

/** Command-line clients report their spans as `magnetar-client` when OTEL_* turns tracing on. */
const CLIENT: TracingSetup = { service: "magnetar-client", version: VERSION };

function intArg(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

function intListArg(value: string): number[] {
  return value.split(",").map((v) => intArg(1)(v.trim()));
}

function hostPortArg(value: string) {
  try {
    return parseHostPort(value);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
  }
}

/** The broker's lease TTL: how long a broker that stops answering keeps its bundles. */
function sessionTimeoutOption(): Option {
  return durationOption(
    "--session-timeout <DURATION>",
    "broker lease TTL: a broker silent this long loses its bundles (a killed one is noticed sooner)",
    "MAGNETAR_SESSION_TIMEOUT",
    `${BROKER_DEFAULTS.sessionTimeoutMs}ms`,
  );
}

/** The broker's tailing-cache budget, shared by all its topics. */
function entryCacheOption(): Option {
  return intOption(
    "--entry-cache-mb <MB>",
    "memory for entries not yet read by every connected subscription, all topics together (0 = no cache)",
    "MAGNETAR_ENTRY_CACHE_MB",
    BROKER_DEFAULTS.entryCacheBytes / (1024 * 1024),
    0,
    1024 * 1024,
  );
}

function hostPortListArg(value: string) {
  try {
    return parseHostPortList(value);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
  }
}

function program(): Command {
  const cli = new Command("magnetar")
    .description(
      "Magnetar: durable pub/sub and queues with stateless brokers, bookies and a Raft metadata quorum",
    )
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    // Lets `bench` have flags of its own and subcommands with flags of the same name (`bench run --url`).
    .enablePositionalOptions()
    .configureHelp({ showGlobalOptions: true });

  cli
    .command("standalone")
    .description("run one metadata member, one bookie and one broker in this process (data under --data-dir)")
    .addOption(listenOption("127.0.0.1:6650"))
    .addOption(httpOption("127.0.0.1:8080"))
    .addOption(dataDirOption("./data", "all state is kept"))
    .addOption(metadataOption("127.0.0.1:2379").hideHelp())
    .addOption(
      new Option("--metadata-listen <HOST:PORT>", "address of the embedded metadata member")
        .env("MAGNETAR_METADATA_LISTEN")
        .argParser(hostPortArg)
        .default(parseHostPort("127.0.0.1:2379"), "127.0.0.1:2379"),
    )
    .addOption(
      new Option("--bookie-listen <HOST:PORT>", "address of the embedded bookie")
        .env("MAGNETAR_BOOKIE_LISTEN")
        .argParser(hostPortArg)
        .default(parseHostPort("127.0.0.1:3181"), "127.0.0.1:3181"),
    )
    .addOption(sessionTimeoutOption())
    .addOption(entryCacheOption())
    .addOption(logLevelOption())
    .action((opts: StandaloneOptions & { id?: string }) => runStandalone({ ...opts, id: "standalone" }));

  cli
    .command("metadata")
    .description("run a member of the metadata quorum (Raft-replicated KV with leases and watches)")
    .addOption(idOption("m1", "metadata member"))
    .addOption(listenOption("127.0.0.1:2379"))
    .addOption(peersOption())
    .addOption(httpOption("127.0.0.1:8379"))
    .addOption(dataDirOption("./data/metadata", "the Raft log, hard state and snapshots are kept"))
    .addOption(metadataOption("127.0.0.1:2379").hideHelp())
    .addOption(logLevelOption())
    .addOption(
      intOption(
        "--tick-ms <MS>",
        "length of one Raft tick",
        "MAGNETAR_TICK_MS",
        MEMBER_DEFAULTS.tickMs,
        1,
        1000,
      ),
    )
    .addOption(
      intOption(
        "--election-ticks <N>",
        "election timeout in ticks (randomised in [N, 2N))",
        "MAGNETAR_ELECTION_TICKS",
        MEMBER_DEFAULTS.electionTicks,
        2,
        1000,
      ),
    )
    .addOption(
      intOption(
        "--heartbeat-ticks <N>",
        "leader heartbeat interval in ticks (< election ticks)",
        "MAGNETAR_HEARTBEAT_TICKS",
        MEMBER_DEFAULTS.heartbeatTicks,
        1,
        999,
      ),
    )
    .addOption(
      intOption(
        "--snapshot-entries <N>",
        "applied entries between snapshots (log compaction)",
        "MAGNETAR_SNAPSHOT_ENTRIES",
        MEMBER_DEFAULTS.snapshotEntries,
        1,
        10_000_000,
      ),
    )
    .action((opts: MetadataServerOptions, cmd: Command) => {
      if (opts.heartbeatTicks >= opts.electionTicks) {
        return cmd.error(
          `error: --heartbeat-ticks (${opts.heartbeatTicks}) must be less than --election-ticks (${opts.electionTicks})`,
        );
      }
      const peers = opts.peers ?? [{ id: opts.id, address: opts.listen }];
      const self = peers.find((p) => p.id === opts.id);
      if (!self) {
        return cmd.error(
          `error: option '--id ${opts.id}' names no member of --peers (members: ${peers.map((p) => p.id).join(", ")})`,
        );
      }
      const listenGiven = cmd.getOptionValueSource("listen") !== "default";
      if (listenGiven && formatHostPort(self.address) !== formatHostPort(opts.listen)) {
        return cmd.error(
          `error: option '--listen ${formatHostPort(opts.listen)}' differs from member ${opts.id}'s address in --peers (${formatHostPort(self.address)})`,
        );
      }
      const listen = listenGiven ? opts.listen : self.address;
      return runMetadata({ ...opts, peers, listen });
    });

  cli
    .command("bookie")
    .description("run a bookie: a storage node keeping ledger entries in LevelDB")
    .addOption(idOption("b1", "bookie"))
    .addOption(listenOption("127.0.0.1:3181"))
    .addOption(httpOption("127.0.0.1:8000"))
    .addOption(dataDirOption("./data/bookie", "entries are kept"))
    .addOption(metadataOption())
    .addOption(logLevelOption())
    .addOption(
      durationOption(
        "--auto-recovery-grace <DURATION>",
        "re-replicate the ledgers of a bookie gone this long (0 = this bookie never audits)",
        "MAGNETAR_AUTO_RECOVERY_GRACE",
        "30s",
      ),
    )
    .addOption(
      durationOption(
        "--audit-interval <DURATION>",
        "time between two audits by the elected auditor",
        "MAGNETAR_AUDIT_INTERVAL",
        "10s",
      ),
    )
    .action((opts: BookieServerOptions) => runBookie(opts));

  cli
    .command("broker")
    .description("run a broker: serves topics over gRPC, stores nothing of its own")
    .addOption(idOption("br1", "broker"))
    .addOption(listenOption("127.0.0.1:6650"))
    .addOption(httpOption("127.0.0.1:8080"))
    .addOption(dataDirOption("./data/broker", "scratch files go (a broker keeps no durable state)"))
    .addOption(metadataOption())
    .addOption(sessionTimeoutOption())
    .addOption(entryCacheOption())
    .addOption(logLevelOption())
    .action((opts: BrokerServerOptions) => runBroker(opts));

  cli
    .command("produce")
    .description("publish messages to a topic")
    .argument("<TOPIC>", "topic name, e.g. orders or persistent://tenant/ns/orders")
    .requiredOption("-m, --message <TEXT>", "message value")
    .option("-n, --count <N>", "how many times to send it", "1")
    .option("--key <KEY>", "message key")
    .addOption(urlOption())
    .action((topic: string, opts: ProduceCliOptions) => withTracing(CLIENT, () => runProduce(topic, opts)));

  cli
    .command("consume")
    .description("consume messages from a topic, printing one value per line and acking each")
    .argument("<TOPIC>", "topic name")
    .requiredOption("-s, --subscription <NAME>", "subscription name")
    .option("-n, --count <N>", "stop after N messages (0 = forever)", "0")
    .option("--type <TYPE>", "Exclusive, Failover, Shared or Key_Shared", "Exclusive")
    .option("--position <POS>", "Earliest or Latest, for a new subscription", "Latest")
    .addOption(urlOption())
    .action((topic: string, opts: ConsumeCliOptions) => withTracing(CLIENT, () => runConsume(topic, opts)));

  addAdminCommand(cli);

  const bench = cli
    .command("bench")
    .description(
      "messaging throughput and latency, OpenMessaging Benchmark style (docs/benchmark.md); also `bench metadata|ledger`",
    );
  bench
    .command("metadata")
    .description("metadata quorum: put latency and throughput, linearizable gets, leader failover")
    .addOption(
      new Option(
        "--metadata <HOST:PORT,...>",
        "an existing quorum (default: start 3 members on loopback and also measure failover)",
      )
        .env("MAGNETAR_METADATA")
        .argParser(hostPortListArg),
    )
    .addOption(new Option("--ops <N>", "operations per phase").argParser(intArg(1)).default(20_000))
    .addOption(new Option("--concurrency <N>", "operations in flight").argParser(intArg(1)).default(64))
    .addOption(new Option("--value-bytes <N>", "value size").argParser(intArg(0)).default(256))
    .option("--json", "print one JSON object")
    .action(async (opts: MetadataBenchOptions) =>
      printMetadataReport(await benchMetadata(opts), opts.json ?? false),
    );
  bench
    .command("ledger")
    .description(
      "ledger client: append throughput and latency on bookies, against the disk's synced write rate",
    )
    .addOption(
      new Option(
        "--metadata <HOST:PORT,...>",
        "an existing cluster (default: start 1 metadata member and --bookies bookies)",
      )
        .env("MAGNETAR_METADATA")
        .argParser(hostPortListArg),
    )
    .addOption(new Option("--bookies <N>", "bookies to start").argParser(intArg(1)).default(3))
    .addOption(new Option("-e, --ensemble <E>", "ensemble size").argParser(intArg(1)).default(3))
    .addOption(new Option("-w, --write-quorum <W>", "write quorum").argParser(intArg(1)).default(3))
    .addOption(new Option("-a, --ack-quorum <A>", "ack quorum").argParser(intArg(1)).default(2))
    .addOption(
      new Option("--sizes <BYTES,...>", "entry sizes")
        .argParser(intListArg)
        .default([1024, 65536], "1024,65536"),
    )
    .addOption(
      new Option("--in-flight <N,...>", "appends in flight")
        .argParser(intListArg)
        .default([1, 1000], "1,1000"),
    )
    .addOption(new Option("--seconds <N>", "seconds per run").argParser(intArg(1)).default(10))
    .option("--json", "print one JSON object")
    .action(async (opts: LedgerBenchOptions) => printLedgerReport(await benchLedger(opts), opts));
  addMessagingBench(bench, CLIENT);

  addKvCommand(cli);

  const cluster = cli
    .command("cluster")
    .description("a local multi-process cluster on 127.0.0.1 (metadata members, bookies, brokers)");
  const dirOption = () =>
    new Option("--dir <DIR>", "where the cluster's data, logs and cluster.json live").default(
      "./data/cluster",
    );
  cluster
    .command("up")
    .description("start a cluster in the background; print every process as JSON once all are healthy")
    .addOption(new Option("--metadata <N>", "metadata members").argParser(intArg(1)).default(3))
    .addOption(new Option("--bookies <N>", "bookies").argParser(intArg(1)).default(3))
    .addOption(new Option("--brokers <N>", "brokers").argParser(intArg(1)).default(2))
    .addOption(dirOption())
    .addOption(logLevelOption())
    .action(
      async (opts: { metadata: number; bookies: number; brokers: number; dir: string; logLevel: string }) => {
        const description = await clusterUp({ ...opts, logLevel: opts.logLevel });
        process.stdout.write(`${JSON.stringify(description)}\n`);
      },
    );
  cluster
    .command("down")
    .description("stop the cluster in --dir (SIGTERM, then SIGKILL after 10 s)")
    .addOption(dirOption())
    .action(async (opts: { dir: string }) => {
      const stopped = await clusterDown(opts.dir);
      process.stdout.write(`stopped ${stopped.filter((p) => p.alive).length} processes\n`);
    });
  cluster
    .command("status")
    .description("each process of the cluster in --dir: alive, healthy, pid, addresses")
    .addOption(dirOption())
    .option("--json", "print one JSON object")
    .action(async (opts: { dir: string; json?: boolean }) => {
      const status = await clusterStatus(opts.dir);
      if (opts.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else
        for (const p of status.processes)
          process.stdout.write(
            `${p.id}\t${p.role}\t${p.healthy ? "healthy" : p.alive ? "unhealthy" : "down"}\tpid ${p.pid ?? "-"}\t${p.address ?? "-"}\thttp ${p.http}\n`,
          );
    });

  return cli;
}

try {
  await program().parseAsync(process.argv);
} catch (err) {
  // A failure while starting (address in use, unreadable data dir, ...): one clear line, exit 1.
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
