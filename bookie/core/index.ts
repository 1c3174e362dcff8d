/**
 * The ledger client's pure core: quorum arithmetic, ledger metadata and its codec, the writer's
 * state machine and recovery. The shell (gRPC to bookies, compare-and-set on the metadata store,
 * timers) drives these; see README.md for the contracts.
 */
export type { QuorumConfig } from "./distribution.js";
export {
  AckSet,
  DistributionSchedule,
  ENSEMBLE_SIZE_MAX,
  fenceQuorum,
  isEntryDurable,
  notFoundQuorum,
  quorumConfigProblems,
  validateQuorumConfig,
} from "./distribution.js";
export type { LedgerMetadata, LedgerSegment, LedgerState } from "./ledger-metadata.js";
export {
  CUSTOM_METADATA_ENTRIES_MAX,
  canTransition,
  ensembleFor,
  LEDGER_METADATA_FORMAT_VERSION,
  LEDGER_STATES,
  LEDGER_TRANSITIONS,
  lastSegment,
  ledgerMetadataKey,
  ledgerMetadataProblems,
  NAME_CHARS_MAX,
  newLedgerMetadata,
  PASSWORD_BYTES_MAX,
  SEGMENTS_MAX,
  toClosed,
  toInRecovery,
  withEnsembleChange,
  withReplacedBookie,
} from "./ledger-metadata.js";
export {
  decodeLedgerMetadata,
  encodeLedgerMetadata,
  LEDGER_METADATA_BYTES_MAX,
} from "./ledger-metadata-codec.js";
export type {
  FenceResponse,
  ReadResponse,
  RecoveredEntry,
  RecoveryOptions,
  RecoveryOutcome,
  RecoveryPhase,
  RecoveryRequest,
  RecoveryStep,
  WriteSetMember,
} from "./recovery.js";
export {
  LedgerRecovery,
  RECOVERED_ENTRIES_MAX,
  RECOVERY_ATTEMPTS_MAX,
  RECOVERY_DEFAULTS,
  RECOVERY_READ_WINDOW_ENTRIES,
} from "./recovery.js";
export type {
  AddCompletion,
  AddFailure,
  AddRequest,
  AppendResult,
  CloseResult,
  EnsembleChangeDecision,
  WriteHandleOptions,
  WriteOutput,
} from "./write-handle-state.js";
export {
  ENTRY_BYTES_MAX,
  PENDING_ADDS_MAX,
  WRITE_HANDLE_DEFAULTS,
  WriteHandleState,
} from "./write-handle-state.js";
