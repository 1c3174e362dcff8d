/**
 * Ledger metadata in the metadata store (`/ledgers/<ledgerId>`). Every change after creation is a
 * compare-and-set on the key's version: a writer that loses one (someone else is recovering or
 * changed the ledger) must re-read and decide, never overwrite.
 */
import { MagnetarError, VersionMismatchError } from "../../common/errors.js";
import type { MetadataStore } from "../../metadata/client/index.js";
import { type LedgerMetadata, ledgerMetadataKey } from "../core/ledger-metadata.js";
import { decodeLedgerMetadata, encodeLedgerMetadata } from "../core/ledger-metadata-codec.js";

/** Ledger metadata with the store version a compare-and-set must name. */
export interface VersionedLedger {
  readonly metadata: LedgerMetadata;
  readonly version: number;
}

/**
 * Ledger ids are revisions of the metadata store: a write to this key returns a revision that is
 * unique and greater than every earlier one, so a topic's ledgers (created one after the other,
 * possibly by different brokers) always have increasing ids, as message ids require.
 */
export const LEDGER_ID_KEY = "/ledger-id";
const CREATE_ATTEMPTS_MAX = 8;

export class LedgerMetadataStore {
  constructor(readonly store: MetadataStore) {}

  /** Writes new ledger metadata under a fresh id; `build(id)` makes the metadata for that id. */
  async create(build: (ledgerId: number) => LedgerMetadata): Promise<VersionedLedger> {
    for (let attempt = 0; attempt < CREATE_ATTEMPTS_MAX; attempt++) {
      const { revision } = await this.store.put(LEDGER_ID_KEY, "");
      const metadata = build(revision);
      try {
        const res = await this.store.put(
          ledgerMetadataKey(metadata.ledgerId),
          encodeLedgerMetadata(metadata),
          { expectedVersion: 0 },
        );
        return { metadata, version: res.version };
      } catch (err) {
        // Taken only if someone wrote this key by hand: draw another.
        if (!(err instanceof VersionMismatchError)) throw err;
      }
    }
    throw new MagnetarError("INTERNAL", `no free ledger id after ${CREATE_ATTEMPTS_MAX} attempts`);
  }

  async read(ledgerId: number): Promise<VersionedLedger> {
    const kv = await this.store.get(ledgerMetadataKey(ledgerId));
    if (!kv) throw new MagnetarError("LEDGER_NOT_FOUND", `ledger ${ledgerId} does not exist`);
    return { metadata: decodeLedgerMetadata(kv.value), version: kv.version };
  }

  /** Replaces the metadata if it is still at `expectedVersion`; throws VersionMismatchError if not. */
  async compareAndSet(expectedVersion: number, metadata: LedgerMetadata): Promise<VersionedLedger> {
    const res = await this.store.cas(
      ledgerMetadataKey(metadata.ledgerId),
      expectedVersion,
      encodeLedgerMetadata(metadata),
    );
    return { metadata, version: res.version };
  }

  async delete(ledgerId: number): Promise<void> {
    await this.store.delete(ledgerMetadataKey(ledgerId));
  }

  /** Every ledger id in the store (for auto-recovery audits). */
  async listIds(): Promise<number[]> {
    const { kvs } = await this.store.list("/ledgers/", { keysOnly: true });
    return kvs.map((kv) => Number(kv.key.slice("/ledgers/".length))).filter((id) => Number.isSafeInteger(id));
  }
}
