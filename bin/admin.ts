/**
 * `magnetar admin`: cluster administration. `bookies list` and `ledger show` read the metadata
 * store directly; the tenant, namespace, topic and subscription commands arrive with the brokers.
 */
import type { Command } from "commander";
import { BookieRegistry } from "../bookie/client/index.js";
import { LedgerMetadataStore } from "../bookie/client/ledger-metadata-store.js";
import type { HostPort } from "../common/config.js";
import { InvalidArgumentError } from "../common/errors.js";
import { print, withStore } from "./kv.js";
import { metadataOption } from "./options.js";

interface AdminOptions {
  readonly metadata: HostPort[];
  readonly json?: boolean;
}

export function addAdminCommand(cli: Command, notAvailable: () => never): void {
  const admin = cli
    .command("admin")
    .description("administer tenants, namespaces, topics, subscriptions, bundles, brokers, bookies, ledgers");
  const common = (cmd: Command) => cmd.addOption(metadataOption()).option("--json", "print JSON");

  const bookies = admin.command("bookies").description("storage nodes");
  common(bookies.command("list").description("live bookies: id, address, free space, state")).action(
    (opts: AdminOptions) =>
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

  const ledger = admin.command("ledger").description("ledgers");
  common(
    ledger
      .command("show")
      .argument("<ID>", "ledger id")
      .description("a ledger's state, quorums, ensembles and segments"),
  ).action((id: string, opts: AdminOptions) =>
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

  // Everything else administers brokers, which are not in this build yet.
  admin
    .command("other", { isDefault: true, hidden: true })
    .argument("[args...]")
    .allowUnknownOption()
    .action(() => notAvailable());
}
