export { AUDITOR_ELECTION, Auditor, type AuditorOptions } from "./auditor.js";
export { BookieClient, type BookieConnection, type ReadResult } from "./bookie-client.js";
export { BOOKIES_PREFIX, type BookieInfo, BookieRegistry } from "./bookie-registry.js";
export { LEDGER_CLIENT_DEFAULTS, LedgerClient, type LedgerClientOptions } from "./ledger-client.js";
export { LedgerMetadataStore, type VersionedLedger } from "./ledger-metadata-store.js";
export { LedgerReader } from "./ledger-reader.js";
export { recoverLedger } from "./ledger-recovery.js";
export { LedgerWriter } from "./ledger-writer.js";
