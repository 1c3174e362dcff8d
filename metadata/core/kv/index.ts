/**
 * The metadata KV state machine: the public surface. Import from here, never from the files.
 */
export { RevisionCompactedError, SlowWatcherError } from "./errors.js";
export { compareKeys, prefixEnd } from "./keys.js";
export { DEFAULT_LESSOR_OPTIONS, Lessor, type LessorOptions } from "./lessor.js";
export { SNAPSHOT_FORMAT_VERSION } from "./snapshot.js";
export { KvStore } from "./store.js";
export * from "./types.js";
export { validateCommand, validateRange } from "./validate.js";
export {
  DEFAULT_WATCH_HUB_OPTIONS,
  type WatchBatch,
  type WatchHandle,
  WatchHub,
  type WatchHubOptions,
  type WatchRequest,
  type WatchSink,
  type WatchSource,
} from "./watch.js";
