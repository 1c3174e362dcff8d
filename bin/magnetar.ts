#!/usr/bin/env node
/**
 * The `magnetar` command: one entry, one subcommand per process role or tool.
 * Exit codes: 0 success, 1 bad usage or runtime failure, 2 the feature is not in this build yet.
 */
import { Command } from "commander";
import { formatHostPort } from "../common/config.js";
import {
  dataDirOption,
  httpOption,
  idOption,
  listenOption,
  logLevelOption,
  type MetadataServerOptions,
  metadataOption,
  peersOption,
  urlOption,
} from "./options.js";
import { VERSION } from "./version.js";

/** Exit code for a subcommand whose feature has not landed in this build. */
export const EXIT_NOT_AVAILABLE = 2;

/** Features land issue by issue; a subcommand without its feature says so and exits 2, never fakes. */
function notAvailable(command: string, feature: string): never {
  process.stderr.write(
    `magnetar ${command}: not available in this build yet: it arrives with ${feature}.\n` +
      "See README.md for what this build can do.\n",
  );
  process.exit(EXIT_NOT_AVAILABLE);
}

const FEATURE = {
  metadata: "the metadata quorum (Raft-replicated KV)",
  bookie: "the bookies and the ledger client",
  broker: "the brokers, managed ledgers and client library",
  chaos: "the chaos suite and cluster launcher",
  bench: "the benchmark",
} as const;

function program(): Command {
  const cli = new Command("magnetar")
    .description(
      "Magnetar: durable pub/sub and queues with stateless brokers, bookies and a Raft metadata quorum",
    )
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({ showGlobalOptions: true });

  cli
    .command("standalone")
    .description("run one metadata member, one bookie and one broker in this process (data under --data-dir)")
    .addOption(listenOption("127.0.0.1:6650"))
    .addOption(httpOption("127.0.0.1:8080"))
    .addOption(dataDirOption("./data", "all state is kept"))
    .addOption(metadataOption("127.0.0.1:2379").hideHelp())
    .addOption(logLevelOption())
    .action(() => notAvailable("standalone", FEATURE.broker));

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
    .action((opts: MetadataServerOptions, cmd: Command) => {
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
      notAvailable("metadata", FEATURE.metadata);
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
    .action(() => notAvailable("bookie", FEATURE.bookie));

  cli
    .command("broker")
    .description("run a broker: serves topics over gRPC, stores nothing of its own")
    .addOption(idOption("br1", "broker"))
    .addOption(listenOption("127.0.0.1:6650"))
    .addOption(httpOption("127.0.0.1:8080"))
    .addOption(dataDirOption("./data/broker", "scratch files go (a broker keeps no durable state)"))
    .addOption(metadataOption())
    .addOption(logLevelOption())
    .action(() => notAvailable("broker", FEATURE.broker));

  cli
    .command("produce")
    .description("publish messages to a topic")
    .argument("<TOPIC>", "topic name, e.g. orders or persistent://tenant/ns/orders")
    .requiredOption("-m, --message <TEXT>", "message value")
    .option("-n, --count <N>", "how many times to send it", "1")
    .option("--key <KEY>", "message key")
    .addOption(urlOption())
    .action(() => notAvailable("produce", FEATURE.broker));

  cli
    .command("consume")
    .description("consume messages from a topic, printing one value per line and acking each")
    .argument("<TOPIC>", "topic name")
    .requiredOption("-s, --subscription <NAME>", "subscription name")
    .option("-n, --count <N>", "stop after N messages (0 = forever)", "0")
    .option("--type <TYPE>", "Exclusive, Failover, Shared or Key_Shared", "Exclusive")
    .option("--position <POS>", "Earliest or Latest, for a new subscription", "Latest")
    .addOption(urlOption())
    .action(() => notAvailable("consume", FEATURE.broker));

  cli
    .command("admin")
    .description("administer tenants, namespaces, topics, subscriptions, bundles, brokers, bookies, ledgers")
    .argument("[args...]")
    .allowUnknownOption()
    .action(() => notAvailable("admin", FEATURE.broker));

  cli
    .command("bench")
    .description("measure throughput and latency (OpenMessaging Benchmark workloads)")
    .argument("[args...]")
    .allowUnknownOption()
    .action(() => notAvailable("bench", FEATURE.bench));

  cli
    .command("kv")
    .description("read and write the metadata store: get, put, del, list, watch, status")
    .argument("[args...]")
    .allowUnknownOption()
    .action(() => notAvailable("kv", FEATURE.metadata));

  return cli;
}

await program().parseAsync(process.argv);
