/**
 * Reads: the key-values of a span at the current revision, or at an older one still covered by
 * the history (the current keys, with every newer event undone through its prevKv).
 */
import { invariant } from "../../../common/errors.js";
import { compareKeys, type Span, spanContains } from "./keys.js";
import type { KvState } from "./state.js";
import type { KeyValue, RangeOptions, RangeResponse } from "./types.js";

const EMPTY_VALUE = new Uint8Array(0);

/** The key-values in `span` at `revision` (compactRevision <= revision <= state.revision), in key order. */
export function kvsAt(state: KvState, span: Span, revision: number): KeyValue[] {
  invariant(revision <= state.revision, "read: revision in the future");
  invariant(revision >= state.compactRevision, "read: revision compacted");
  const current = state.keysIn(span).map((key) => state.kvs.get(key) as KeyValue);
  if (revision === state.revision) return current;
  // Undo newest first; for a key changed several times, the oldest change's prevKv wins, which is
  // the key's value at `revision` (undefined = absent).
  const undone = new Map<string, KeyValue | undefined>();
  for (let r = state.revision; r > revision; r--) {
    const events = state.history.at(r);
    invariant(events !== undefined, "read: history misses a revision it must hold");
    for (const event of events) {
      if (spanContains(span, event.kv.key)) undone.set(event.kv.key, event.prevKv);
    }
  }
  const result = current.filter((kv) => !undone.has(kv.key));
  for (const kv of undone.values()) if (kv !== undefined) result.push(kv);
  return result.sort((a, b) => compareKeys(a.key, b.key));
}

/** Applies limit, keysOnly and countOnly to the full list of key-values of a range. */
export function shapeRange(kvs: readonly KeyValue[], options: RangeOptions, revision: number): RangeResponse {
  const count = kvs.length;
  if (options.countOnly === true) return { type: "range", revision, kvs: [], more: false, count };
  const limit = options.limit ?? 0;
  const kept = limit > 0 && count > limit ? kvs.slice(0, limit) : kvs.slice();
  const shaped = options.keysOnly === true ? kept.map(withoutValue) : kept;
  return { type: "range", revision, kvs: shaped, more: kept.length < count, count };
}

function withoutValue(kv: KeyValue): KeyValue {
  return kv.value.length === 0 ? kv : { ...kv, value: EMPTY_VALUE };
}
