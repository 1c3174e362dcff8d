/**
 * Durable Raft state in LevelDB: the hard state, the latest snapshot and the log entries after it.
 *
 * Every `save` is one atomic LevelDB batch written with `sync: true`, so it is on disk before the
 * Ready's messages are sent (the Ready contract in core/raft/types.ts). The shell hands over one
 * Ready at a time and proposals that arrive during a sync wait for the next Ready, so many
 * proposals share one sync (group commit).
 *
 * Keys: "hs" hard state; "snap" snapshot; "e/<20-digit index>" entries (the zero padding keeps
 * LevelDB's byte order equal to index order).
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type BatchOperation, Level } from "level";
import { invariant } from "../../common/errors.js";
import type { Entry, EntryType, HardState, PersistedState, Ready, Snapshot } from "../core/raft/index.js";

type Db = Level<string, Buffer>;
type Batch = BatchOperation<Db, string, Buffer>[];

const HARD_STATE_KEY = "hs";
const SNAPSHOT_KEY = "snap";
const ENTRY_PREFIX = "e/";
const ENTRY_TYPES: readonly EntryType[] = ["normal", "noop", "config"];

function entryKey(index: number): string {
  return `${ENTRY_PREFIX}${index.toString().padStart(20, "0")}`;
}

/** [u8 type][f64 term][data]; the term fits a double exactly (< 2^53). */
export function encodeEntry(e: Entry): Buffer {
  const buf = Buffer.allocUnsafe(9 + e.data.byteLength);
  buf.writeUInt8(ENTRY_TYPES.indexOf(e.type), 0);
  buf.writeDoubleBE(e.term, 1);
  buf.set(e.data, 9);
  return buf;
}

export function decodeEntry(index: number, buf: Buffer): Entry {
  invariant(buf.length >= 9, `log entry ${index} is truncated (${buf.length} bytes)`);
  const type = ENTRY_TYPES[buf.readUInt8(0)];
  invariant(type !== undefined, `log entry ${index} has unknown type ${buf.readUInt8(0)}`);
  return { index, term: buf.readDoubleBE(1), type, data: buf.subarray(9) };
}

/** [u32 meta length][meta JSON][data]. */
function encodeSnapshot(s: Snapshot): Buffer {
  const meta = Buffer.from(JSON.stringify({ index: s.index, term: s.term, members: s.members }), "utf8");
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(meta.length, 0);
  return Buffer.concat([head, meta, s.data]);
}

function decodeSnapshot(buf: Buffer): Snapshot {
  const len = buf.readUInt32BE(0);
  const meta = JSON.parse(buf.subarray(4, 4 + len).toString("utf8")) as Omit<Snapshot, "data">;
  return { ...meta, data: buf.subarray(4 + len) };
}

export class RaftStorage {
  /** Stored entry range, so truncations can delete exactly what is there. */
  private firstIndex = 1;
  private lastIndex = 0;
  /** Term and vote as last synced: a change of either must be synced before any message. */
  syncedTerm = 0;
  syncedVote: string | null = null;

  private constructor(
    private readonly db: Db,
    private readonly dir: string,
  ) {}

  static async open(dir: string): Promise<RaftStorage> {
    const db: Db = new Level<string, Buffer>(dir, { keyEncoding: "utf8", valueEncoding: "buffer" });
    await db.open();
    return new RaftStorage(db, dir);
  }

  /** Reads back everything; checks the log is consecutive after the snapshot. */
  async load(): Promise<PersistedState> {
    const hsRaw = await this.db.get(HARD_STATE_KEY);
    const hardState: HardState = hsRaw
      ? (JSON.parse(hsRaw.toString("utf8")) as HardState)
      : { term: 0, vote: null, commit: 0 };
    const snapRaw = await this.db.get(SNAPSHOT_KEY);
    const snapshot = snapRaw ? decodeSnapshot(snapRaw) : null;
    const base = snapshot?.index ?? 0;
    const entries: Entry[] = [];
    for await (const [key, value] of this.db.iterator({ gt: ENTRY_PREFIX, lt: `${ENTRY_PREFIX}~` })) {
      const index = Number(key.slice(ENTRY_PREFIX.length));
      if (index <= base) continue; // compacted; deleted lazily by the next compaction batch
      const expected = base + entries.length + 1;
      invariant(index === expected, `raft log has a gap: expected entry ${expected}, found ${index}`);
      entries.push(decodeEntry(index, value));
    }
    this.firstIndex = base + 1;
    this.lastIndex = base + entries.length;
    this.syncedTerm = hardState.term;
    this.syncedVote = hardState.vote;
    invariant(
      hardState.commit <= Math.max(this.lastIndex, base),
      `commit ${hardState.commit} beyond the stored log`,
    );
    return { hardState, snapshot, entries };
  }

  /** Persists a Ready's durable parts in one synced batch. */
  async save(ready: Pick<Ready, "hardState" | "entries" | "snapshot">): Promise<void> {
    const ops: Batch = [];
    if (ready.snapshot) {
      ops.push({ type: "put", key: SNAPSHOT_KEY, value: encodeSnapshot(ready.snapshot) });
      for (let i = this.firstIndex; i <= this.lastIndex; i++) ops.push({ type: "del", key: entryKey(i) });
      this.firstIndex = ready.snapshot.index + 1;
      this.lastIndex = ready.snapshot.index;
    }
    const first = ready.entries[0];
    if (first) {
      const newLast = first.index + ready.entries.length - 1;
      invariant(
        first.index <= this.lastIndex + 1,
        `append at ${first.index} leaves a gap after ${this.lastIndex}`,
      );
      for (let i = newLast + 1; i <= this.lastIndex; i++) ops.push({ type: "del", key: entryKey(i) });
      for (const e of ready.entries) ops.push({ type: "put", key: entryKey(e.index), value: encodeEntry(e) });
      this.lastIndex = newLast;
    }
    if (ready.hardState) {
      ops.push({
        type: "put",
        key: HARD_STATE_KEY,
        value: Buffer.from(JSON.stringify(ready.hardState), "utf8"),
      });
    }
    if (ops.length === 0) return;
    // A Ready that only moves the commit index need not be synced: a commit index lost in a crash
    // is learnt again from the leader, and every entry it covers was synced when appended.
    const hs = ready.hardState;
    const sync =
      ready.snapshot !== null ||
      ready.entries.length > 0 ||
      (hs !== null && (hs.term !== this.syncedTerm || hs.vote !== this.syncedVote));
    await this.db.batch(ops, { sync });
    if (hs) {
      this.syncedTerm = hs.term;
      this.syncedVote = hs.vote;
    }
  }

  /** Stores the state machine's snapshot and drops the entries it covers. */
  async compact(snapshot: Snapshot): Promise<void> {
    const ops: Batch = [{ type: "put", key: SNAPSHOT_KEY, value: encodeSnapshot(snapshot) }];
    const upTo = Math.min(snapshot.index, this.lastIndex);
    for (let i = this.firstIndex; i <= upTo; i++) ops.push({ type: "del", key: entryKey(i) });
    this.firstIndex = Math.max(this.firstIndex, snapshot.index + 1);
    this.lastIndex = Math.max(this.lastIndex, snapshot.index);
    await this.db.batch(ops, { sync: true });
  }

  /** Approximate bytes on disk, for Status and metrics. */
  async sizeBytes(): Promise<number> {
    const names = await readdir(this.dir);
    const sizes = await Promise.all(
      names.map((n) =>
        stat(join(this.dir, n)).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    );
    return sizes.reduce((a, b) => a + b, 0);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
