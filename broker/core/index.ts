/**
 * The broker's pure core: topic and namespace names, namespace bundles (Murmur3 hash ranges),
 * message ids and entry positions, the durable cursor's acknowledgement state, and the broker's
 * tailing cache. No I/O; see README.md for the contracts and what each error means.
 */

export { murmur3x86_32 } from "../../common/murmur3.js";
export type { BundleRange } from "./bundles.js";
export {
  BUNDLE_COUNT_DEFAULT,
  BUNDLE_COUNT_MAX,
  bundleContains,
  bundleFor,
  bundleIndexForHash,
  bundlesProblems,
  formatBundle,
  HASH_MAX,
  HASH_SPACE,
  initialBundles,
  parseBundle,
  splitBundle,
  splitRange,
  topicHash,
  validateBundles,
} from "./bundles.js";
export { DurableCursor } from "./cursor.js";
export type { BatchAck, CursorState } from "./cursor-state.js";
export {
  ACKED_RANGES_PERSISTED_MAX,
  BATCH_ACKS_PERSISTED_MAX,
  BATCH_SIZE_MAX,
  decodeCursorState,
} from "./cursor-state.js";
export type {
  ConsumerSpec,
  Dispatch,
  DispatchEntry,
  DispatcherConfig,
  SubscriptionType,
} from "./dispatch.js";
export {
  DISPATCH_CONSUMERS_MAX,
  DISPATCH_PERMITS_MAX,
  DISPATCH_UNACKED_ENTRIES_MAX,
  Dispatcher,
  EMPTY_KEY_HASH,
  NACK_POSITIONS_MAX,
  NEGATIVE_ACK_DELAY_MS_DEFAULT,
  NEGATIVE_ACK_DELAY_MS_MAX,
} from "./dispatch.js";
export { EntryCache, type EntryCacheStats, TopicEntryCache } from "./entry-cache.js";
export { AutoSplitRanges, KEY_HASH_SPACE, type KeyHashRange } from "./key-shared.js";
export type { LedgerEntries, LedgerLayout } from "./ledger-layout.js";
export { entriesBetween, hasEntry, lastPosition, nextPosition } from "./ledger-layout.js";
export type { MessageId, Position } from "./message-id.js";
export {
  compareMessageIds,
  comparePositions,
  formatMessageId,
  formatPosition,
  messageIdProblem,
  parseMessageId,
  positionOf,
  positionsEqual,
} from "./message-id.js";
export type { EntryRange } from "./range-set.js";
export { EntryRangeSet, rangesProblems } from "./range-set.js";
export type { NamespaceName, TopicName } from "./topic-name.js";
export {
  DEFAULT_NAMESPACE,
  DEFAULT_TENANT,
  formatNamespaceName,
  formatTopicName,
  isPartition,
  LOCAL_NAME_LENGTH_MAX,
  NAME_PART_LENGTH_MAX,
  namespaceOf,
  normalizeTopicName,
  PARTITION_INDEX_MAX,
  parseNamespaceName,
  parseTopicName,
  partitionedTopicOf,
  partitionOf,
  TOPIC_DOMAIN,
  TOPIC_INPUT_LENGTH_MAX,
} from "./topic-name.js";
