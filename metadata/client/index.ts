export { Election } from "./election.js";
export { Lease, type LeaseLostReason, withLease } from "./lease.js";
export { DEFAULT_RETRY, type RetryPolicy, withRetry } from "./retry.js";
export {
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  type KeyValue,
  type ListOptions,
  MetadataStore,
  type PutOptions,
  type PutResult,
  type StoreOptions,
  type Value,
} from "./store.js";
export { Watch, type WatchBatch, type WatchEvent, type WatchOptions } from "./watch.js";
