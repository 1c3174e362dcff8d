/**
 * The ledger client brokers use: create ledgers on an ensemble of live bookies, write them
 * (LedgerWriter), read them (LedgerReader), recover a ledger another writer left open
 * (recoverLedger), delete them. One connection per bookie, shared by every ledger.
 */
import { MagnetarError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import type { Context } from "../../common/tracing.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import {
  type LedgerMetadata,
  newLedgerMetadata,
  type QuorumConfig,
  validateQuorumConfig,
} from "../core/index.js";
import { BookieClient, type BookieConnection } from "./bookie-client.js";
import { BookieRegistry } from "./bookie-registry.js";
import { LedgerMetadataStore } from "./ledger-metadata-store.js";
import { LedgerReader } from "./ledger-reader.js";
import { recoverLedger } from "./ledger-recovery.js";
import { LedgerWriter } from "./ledger-writer.js";

export interface LedgerClientOptions {
  readonly store: MetadataStore;
  readonly logger?: Logger;
  /** An add not acknowledged by a bookie within this is a failure of that bookie. */
  readonly addTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  /** Wait before also asking the next bookie of the write set for an entry. */
  readonly speculativeReadMs?: number;
  /**
   * Bookies running in this process (standalone), by id: used directly instead of over gRPC.
   * Owned by their bookie: the ledger client does not close them.
   */
  readonly localBookies?: ReadonlyMap<string, BookieConnection>;
}

export const LEDGER_CLIENT_DEFAULTS = {
  addTimeoutMs: 5_000,
  readTimeoutMs: 3_000,
  speculativeReadMs: 50,
} as const;

export class LedgerClient {
  readonly ledgers: LedgerMetadataStore;
  private readonly connections = new Map<string, BookieClient>();
  /** Last known address of every bookie seen (a dead bookie's ledgers are still read elsewhere). */
  private readonly addresses = new Map<string, string>();
  private readonly options: Required<Omit<LedgerClientOptions, "logger" | "localBookies">> &
    Pick<LedgerClientOptions, "logger" | "localBookies">;

  private constructor(
    readonly registry: BookieRegistry,
    options: LedgerClientOptions,
  ) {
    this.options = { ...LEDGER_CLIENT_DEFAULTS, ...options };
    this.ledgers = new LedgerMetadataStore(options.store);
  }

  static async open(options: LedgerClientOptions): Promise<LedgerClient> {
    return new LedgerClient(await BookieRegistry.open(options.store, options.logger), options);
  }

  /** The shared connection to a bookie. */
  readonly bookie = (id: string): BookieConnection => {
    const local = this.options.localBookies?.get(id);
    if (local) return local;
    let c = this.connections.get(id);
    const address = this.registry.get(id)?.address ?? this.addresses.get(id);
    if (address !== undefined) this.addresses.set(id, address);
    if (c && address !== undefined && c.address !== address) {
      c.close(); // the bookie came back on another address (or was unknown until now)
      c = undefined;
    }
    if (!c) {
      c = new BookieClient(id, address);
      this.connections.set(id, c);
    }
    return c;
  };

  /** Creates a ledger on E live bookies (most free space first) and opens it for writing. */
  async createLedger(quorum: QuorumConfig): Promise<LedgerWriter> {
    validateQuorumConfig(quorum);
    const ensemble = this.registry.choose(quorum.ensembleSize).map((b) => b.id);
    const ledger = await this.ledgers.create((ledgerId) =>
      newLedgerMetadata({ ledgerId, quorum, ensemble, createdAtMs: Date.now() }),
    );
    this.options.logger?.debug({ ledgerId: ledger.metadata.ledgerId, ensemble }, "ledger created");
    return new LedgerWriter(
      {
        ledgers: this.ledgers,
        registry: this.registry,
        bookie: this.bookie,
        addTimeoutMs: this.options.addTimeoutMs,
        ...this.logger(),
      },
      ledger,
    );
  }

  /** Opens a ledger for reading without touching it (an open ledger can be tailed up to its LAC). */
  async openForRead(ledgerId: number): Promise<LedgerReader> {
    const { metadata } = await this.ledgers.read(ledgerId);
    return this.reader(metadata);
  }

  /** Fences and closes a ledger its writer may have left open, then opens it for reading. */
  async recoverAndOpen(ledgerId: number, trace?: Context): Promise<LedgerReader> {
    const metadata = await recoverLedger(
      {
        ledgers: this.ledgers,
        bookie: this.bookie,
        readTimeoutMs: this.options.readTimeoutMs,
        addTimeoutMs: this.options.addTimeoutMs,
        ...this.logger(),
        ...(trace ? { trace } : {}),
      },
      ledgerId,
    );
    return this.reader(metadata);
  }

  private reader(metadata: LedgerMetadata): LedgerReader {
    return new LedgerReader(
      {
        bookie: this.bookie,
        readTimeoutMs: this.options.readTimeoutMs,
        speculativeReadMs: this.options.speculativeReadMs,
      },
      metadata,
    );
  }

  /** Deletes a closed ledger's entries on its bookies (best effort) and then its metadata. */
  async deleteLedger(ledgerId: number): Promise<void> {
    const { metadata } = await this.ledgers.read(ledgerId);
    if (metadata.state !== "CLOSED") {
      throw new MagnetarError(
        "INVALID_ARGUMENT",
        `ledger ${ledgerId} is ${metadata.state}: close or recover it before deleting`,
      );
    }
    const bookies = new Set(metadata.segments.flatMap((s) => s.bookies));
    await Promise.allSettled(
      [...bookies].map((id) => this.bookie(id).deleteLedger(ledgerId, this.options.readTimeoutMs)),
    );
    await this.ledgers.delete(ledgerId);
  }

  private logger(): { logger?: Logger } {
    return this.options.logger ? { logger: this.options.logger } : {};
  }

  close(): void {
    this.registry.close();
    for (const c of this.connections.values()) c.close();
    this.connections.clear();
  }
}
