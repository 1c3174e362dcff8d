/** The bookie server: storage node keeping ledger entries in LevelDB (see ../README.md). */
export { BOOKIE_DEFAULTS, Bookie, type BookieOptions, bookieConfigProblems } from "./bookie.js";
export {
  type AddRequest,
  ENTRY_STORE_DEFAULTS,
  EntryStore,
  type EntryStoreOptions,
  ID_MAX,
  type LedgerView,
  type StoredEntry,
} from "./entry-store.js";
export { type BatchStats, GroupCommit, type GroupCommitOptions } from "./group-commit.js";
export {
  BOOKIES_PREFIX,
  type BookieRegistrationValue,
  bookieKey,
  REGISTRATION_DEFAULTS,
} from "./registration.js";
export { BOOKIE_ID_KEY, SERVICE_LIMITS } from "./service.js";
