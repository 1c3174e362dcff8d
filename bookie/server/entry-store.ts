/**
 * The bookie's storage, written through group commit: entry bodies in the entry logs
 * (entry-log.ts), and in LevelDB the index (entry key -> where its bytes are) and per-ledger records.
 *
 * Sync points (every one a group-commit batch: its bodies appended to the entry log in one synced
 * (O_DSYNC) write, and, at the same time, its LevelDB batch written):
 *  - an add is acknowledged (its promise resolves) only after the batch holding the entry is
 *    synced in the entry log and its index entry and ledger record (master key, LAC) are written
 *    to LevelDB. That write is synced when a ledger's record is new or changed its key, and for
 *    re-adds; otherwise not: each log record names its entry and carries the LAC, so `open`
 *    rebuilds from the log what an OS crash took of the index (replayLog, from the mark a
 *    checkpoint moves up every few seconds), as BookKeeper replays its journal. A process crash
 *    loses nothing of either (the kernel has the writes);
 *  - a fence resolves only after a batch holding the ledger's record with the fenced flag is
 *    synced, LevelDB included; the in-memory flag that rejects adds is set before the fence is
 *    queued, so no add accepted after the fence began can be acknowledged as a normal add;
 *  - a delete removes the ledger's record in a batch synced LevelDB included, then its entries
 *    (LevelDB's log is sequential, so the next synced batch also makes those deletions durable; a
 *    crash in between leaves entries without a ledger record, which `open` removes).
 *
 * Checks: an entry's CRC32C is verified against its body before it is written and again, with a
 * header CRC, after every read; a stored entry that fails is reported as CHECKSUM_MISMATCH and
 * never returned.
 *
 * What a reader sees (LAC, last entry id, fenced) is what is durable: it moves after the sync.
 */
import { statfs } from "node:fs/promises";
import { join } from "node:path";
import { type BatchOperation, Level } from "level";
import { crc32c } from "../../common/crc32c.js";
import {
  ChecksumMismatchError,
  InvalidArgumentError,
  LedgerFencedError,
  MagnetarError,
  UnavailableError,
  unreachable,
} from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import type { AddRequest } from "../client/bookie-client.js";
import { EntryLog } from "./entry-log.js";
import { type BatchStats, GroupCommit } from "./group-commit.js";
import { LacWaiters } from "./lac-waiters.js";
import {
  COOKIE_KEY,
  decodeEntry,
  decodeEntryKey,
  decodeEntryValue,
  decodeLastBatch,
  decodeLedger,
  decodeLedgerKey,
  decodeLogHeader,
  decodeTombstoneKey,
  ENTRY_PREFIX,
  encodeEntryHeader,
  encodeLastBatch,
  encodeLedger,
  encodePointer,
  entryKey,
  entryKeyAfterLedger,
  LAST_BATCH_KEY,
  LEDGER_PREFIX,
  LOG_HEADER_BYTES,
  type LogPointer,
  ledgerKey,
  MASTER_KEY_BYTES_MAX,
  prefixRange,
  REPLAY_FROM_KEY,
  TOMBSTONE_PREFIX,
  tombstoneKey,
} from "./layout.js";

type Db = Level<Buffer, Buffer>;
/**
 * A LevelDB operation; or an entry: its body goes to the entry log, a pointer to LevelDB; or the
 * mark of a batch whose LevelDB write must be synced, with the ledgers whose records it makes durable.
 */
type Op =
  | BatchOperation<Db, Buffer, Buffer>
  | {
      readonly type: "sync-index";
      readonly records: readonly { readonly state: LedgerState; readonly version: number }[];
    }
  | {
      readonly type: "entry";
      readonly ledgerId: number;
      /** The entry id is already stored: its old copy must not be lost to a torn batch. */
      readonly overwrite: boolean;
      readonly key: Buffer;
      readonly header: Buffer;
      readonly body: Buffer;
    };

/** The largest ledger or entry id: ids must be exact in a double, and ledgerId + 1 too. */
export const ID_MAX = Number.MAX_SAFE_INTEGER - 1;

export const ENTRY_STORE_DEFAULTS = {
  /** Largest entry body (bookie.proto: 7 MiB, 64 KiB under the gRPC message limit). */
  entryBytesMax: 7 * 1024 * 1024,
  /** Most entries in one synced batch. */
  batchEntriesMax: 4_096,
  /** Most bytes in one synced batch (a single larger entry goes alone). */
  batchBytesMax: 16 * 1024 * 1024,
  /** Most long-poll reads waiting at once. */
  longPollWaitersMax: 10_000,
  /** An entry log file is closed and a new one started past this size. */
  logFileBytesMax: 256 * 1024 * 1024,
} as const;

/**
 * How often the replay mark moves up (checkpoint): index writes are mostly not synced (the entry
 * log, synced with every batch, can rebuild them), so this bounds how much of the log a start
 * after an OS crash reads again.
 */
const CHECKPOINT_INTERVAL_MS = 5_000;

/** An empty key range ("z" is no prefix in use): compacting it only flushes the memtable. */
const CHECKPOINT_RANGE = { gte: Buffer.from("z0", "latin1"), lt: Buffer.from("z1", "latin1") };

/** Batch bytes counted for a record that carries no entry (fence, delete). */
const CONTROL_RECORD_BYTES = 64;

export interface EntryStoreOptions {
  /** The LevelDB directory (index and ledger records). */
  readonly dir: string;
  /** Size past which the entry log starts a new file (default 256 MiB). */
  readonly logFileBytesMax?: number;
  /** Recorded in the directory on first use; opening it as another bookie fails. */
  readonly bookieId: string;
  readonly entryBytesMax?: number;
  readonly batchEntriesMax?: number;
  readonly batchBytesMax?: number;
  readonly longPollWaitersMax?: number;
  readonly logger?: Logger;
  /** Called after each synced batch (metrics, tests). */
  readonly onSync?: (stats: BatchStats) => void;
  /** Time between checkpoints of the replay mark (default 5 s; see CHECKPOINT_INTERVAL_MS). */
  readonly checkpointIntervalMs?: number;
  /** Called after each batch's LevelDB write with whether it was synced (tests). */
  readonly onIndexWrite?: (synced: boolean) => void;
  /** Called when a stored entry fails its checksum. */
  readonly onCorruptEntry?: (ledgerId: number, entryId: number, problem: string) => void;
}

export type { AddRequest } from "../client/bookie-client.js";

export interface StoredEntry {
  readonly entryId: number;
  readonly body: Buffer;
  readonly crc32c: number;
  readonly ledgerLength: number;
}

/** What a reader may know of a ledger on this bookie (all durable). */
export interface LedgerView {
  readonly lastAddConfirmed: number;
  readonly fenced: boolean;
  /** Highest entry id stored; -1 if none. */
  readonly lastEntryId: number;
}

interface LedgerState {
  readonly ledgerId: number;
  /** null: entries were found without a record (never written by this version); the next key is adopted. */
  masterKey: Buffer | null;
  /** Set when a fence is accepted: from then on normal adds are rejected. */
  fenced: boolean;
  /** Set once the fenced flag is synced; what readers are told. */
  fencedDurable: boolean;
  /** Highest LAC in any batch built so far: what the ledger record carries. */
  lacQueued: number;
  /** Highest LAC in a synced batch. */
  lac: number;
  /** Highest entry id in a synced batch. */
  lastEntryId: number;
  /** Entries stored (approximate: re-adds below lastEntryId are not counted). */
  entries: number;
  /**
   * Changes of the record's key and fenced flag (recordVersion), and the last of them synced in
   * LevelDB (durableVersion). While they differ every batch touching the ledger syncs its index:
   * the entry log can rebuild index entries and LACs, not a ledger's key or its fence.
   */
  recordVersion: number;
  durableVersion: number;
}

type JournalRecord =
  | {
      readonly kind: "add";
      readonly bytes: number;
      readonly state: LedgerState;
      readonly entryId: number;
      readonly lastAddConfirmed: number;
      readonly key: Buffer;
      readonly header: Buffer;
      readonly body: Buffer;
      /** Told the synced batch's stats (the bookie's journal-sync trace span). */
      readonly onSynced?: (stats: BatchStats) => void;
    }
  | { readonly kind: "fence"; readonly bytes: number; readonly state: LedgerState }
  | { readonly kind: "delete"; readonly bytes: number; readonly ledgerId: number };

export function checkId(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > ID_MAX) {
    throw new InvalidArgumentError(`${name} must be an integer in [0, ${ID_MAX}], got ${value}`);
  }
}

function checkMasterKey(key: Buffer): void {
  if (key.length > MASTER_KEY_BYTES_MAX) {
    throw new InvalidArgumentError(
      `master_key is ${key.length} bytes, at most ${MASTER_KEY_BYTES_MAX} allowed`,
    );
  }
}

/** Everything about an add that can be checked without the ledger's state. */
export function checkAdd(req: AddRequest, entryBytesMax: number): void {
  checkId("ledger_id", req.ledgerId);
  checkId("entry_id", req.entryId);
  checkMasterKey(req.masterKey);
  const lac = req.lastAddConfirmed;
  if (!Number.isSafeInteger(lac) || lac < -1 || lac >= req.entryId) {
    throw new InvalidArgumentError(
      `last_add_confirmed must be in [-1, entry_id) = [-1, ${req.entryId}), got ${lac}`,
    );
  }
  if (req.body.length > entryBytesMax) {
    throw new InvalidArgumentError(`body is ${req.body.length} bytes, at most ${entryBytesMax} allowed`);
  }
  if (!Number.isSafeInteger(req.ledgerLength) || req.ledgerLength < 0) {
    throw new InvalidArgumentError(`ledger_length must be >= 0, got ${req.ledgerLength}`);
  }
  if (crc32c(req.body) !== req.crc32c) {
    throw new ChecksumMismatchError(
      `entry ${req.ledgerId}:${req.entryId}: crc32c ${req.crc32c} does not match the body (corrupted in transit?); nothing stored`,
      { retriable: true },
    );
  }
}

export class EntryStore {
  private readonly ledgers = new Map<number, LedgerState>();
  /**
   * Ledgers deleted here (tombstones, kept durably): a writer paused through the delete must not
   * re-create the ledger with late adds and have them acknowledged. Never shrinks (8 bytes each).
   */
  private readonly deleted = new Set<number>();
  private readonly journal: GroupCommit<JournalRecord, Op>;
  /** Which ledgers have entries in each entry log file: a file with none left is removed. */
  private readonly fileLedgers = new Map<number, Set<number>>();
  private readonly waiters: LacWaiters;
  private readonly entryBytesMax: number;
  private entryCount = 0;
  private journalFailure: string | null = null;
  private diskFull: string | null = null;
  private closed = false;
  /** When the last checkpoint started (performance.now()), and the one running. */
  private checkpointAt = 0;
  private checkpointing: Promise<void> | undefined;
  /** The replay mark as stored (see replayLog). */
  private replayMark = { fileId: 0, offset: 0 };

  private constructor(
    private readonly db: Db,
    private readonly log: EntryLog,
    private readonly options: EntryStoreOptions,
  ) {
    this.entryBytesMax = options.entryBytesMax ?? ENTRY_STORE_DEFAULTS.entryBytesMax;
    this.waiters = new LacWaiters(options.longPollWaitersMax ?? ENTRY_STORE_DEFAULTS.longPollWaitersMax);
    this.journal = new GroupCommit<JournalRecord, Op>({
      entriesMax: options.batchEntriesMax ?? ENTRY_STORE_DEFAULTS.batchEntriesMax,
      bytesMax: options.batchBytesMax ?? ENTRY_STORE_DEFAULTS.batchBytesMax,
      encode: (records) => this.encodeBatch(records),
      write: (ops) => this.writeSynced(ops),
      onSynced: (records, stats) => this.applySynced(records, stats),
      onFailed: (_records, err) => this.journalFailed(err),
    });
  }

  /** Opens (or creates) the store in `options.dir` and loads every ledger's state. */
  static async open(options: EntryStoreOptions): Promise<EntryStore> {
    const db: Db = new Level<Buffer, Buffer>(options.dir, {
      keyEncoding: "buffer",
      valueEncoding: "buffer",
      // The index and ledger records: small values, written once per entry. A large write buffer
      // means fewer level-0 files and less compaction; compression would gain little on them.
      writeBufferSize: 64 * 1024 * 1024,
      maxFileSize: 32 * 1024 * 1024,
      compression: false,
    });
    await db.open();
    let log: EntryLog | undefined;
    try {
      await checkCookie(db, options);
      log = await EntryLog.open(
        // Inside the LevelDB directory (LevelDB leaves names it does not know alone): one
        // directory holds the index and the bodies it points into, so they cannot be mismatched.
        join(options.dir, "entry-logs"),
        options.logFileBytesMax ?? ENTRY_STORE_DEFAULTS.logFileBytesMax,
      );
      const store = new EntryStore(db, log, options);
      await store.load();
      return store;
    } catch (err) {
      await log?.close().catch(() => undefined);
      await db.close();
      throw err;
    }
  }

  get dir(): string {
    return this.options.dir;
  }

  /** Where the entry logs are (inside `dir`). */
  get logDir(): string {
    return this.log.dir;
  }

  /** Why adds are refused (BOOKIE_READ_ONLY), or null. */
  get readOnlyReason(): string | null {
    return this.journalFailure ?? this.diskFull;
  }

  /** Marks the bookie read-only for lack of disk space, or clears that (null). */
  setDiskFull(reason: string | null): void {
    this.diskFull = reason;
  }

  /**
   * Stores one entry; resolves once it is durable. Throws a MagnetarError for a refused add.
   * `onSynced` hears the stats of the synced batch that stored it, just before that.
   */
  async addEntry(req: AddRequest, onSynced?: (stats: BatchStats) => void): Promise<void> {
    this.checkOpen();
    checkAdd(req, this.entryBytesMax);
    const readOnly = this.readOnlyReason;
    if (readOnly !== null) {
      throw new MagnetarError(
        "BOOKIE_READ_ONLY",
        `bookie ${this.options.bookieId} is read-only: ${readOnly}`,
      );
    }
    const state = this.ledgerFor(req.ledgerId, req.masterKey);
    if (state.fenced && !req.recovery) {
      throw new LedgerFencedError(
        `ledger ${req.ledgerId} is fenced on bookie ${this.options.bookieId}: another client is recovering it; stop writing`,
      );
    }
    const header = encodeEntryHeader({
      body: req.body,
      crc32c: req.crc32c,
      ledgerLength: req.ledgerLength,
      ledgerId: req.ledgerId,
      entryId: req.entryId,
      lastAddConfirmed: req.lastAddConfirmed,
    });
    await this.journal.append({
      kind: "add",
      bytes: header.length + req.body.length,
      state,
      entryId: req.entryId,
      lastAddConfirmed: req.lastAddConfirmed,
      key: entryKey(req.ledgerId, req.entryId),
      header,
      body: req.body,
      onSynced,
    });
  }

  /**
   * Fences a ledger (creating it, empty, if unknown); resolves once the fenced flag is durable.
   * Idempotent. Allowed on a read-only bookie: recovery must be able to stop the old writer.
   */
  async fence(ledgerId: number, masterKey: Buffer): Promise<LedgerView> {
    this.checkOpen();
    checkId("ledger_id", ledgerId);
    checkMasterKey(masterKey);
    const state = this.ledgerFor(ledgerId, masterKey);
    state.fenced = true;
    state.recordVersion++;
    await this.journal.append({ kind: "fence", bytes: CONTROL_RECORD_BYTES, state });
    this.waiters.notify(ledgerId);
    return this.view(state);
  }

  /** The ledger's durable view, or undefined if this bookie has nothing of it. */
  ledger(ledgerId: number): LedgerView | undefined {
    const state = this.ledgers.get(ledgerId);
    return state ? this.view(state) : undefined;
  }

  /** Reads one entry. LEDGER_NOT_FOUND, ENTRY_NOT_FOUND, CHECKSUM_MISMATCH. */
  async readEntry(ledgerId: number, entryId: number): Promise<StoredEntry> {
    this.checkOpen();
    checkId("ledger_id", ledgerId);
    checkId("entry_id", entryId);
    const value = await this.db.get(entryKey(ledgerId, entryId));
    if (value === undefined) {
      if (!this.ledgers.has(ledgerId)) throw this.ledgerNotFound(ledgerId);
      throw new MagnetarError(
        "ENTRY_NOT_FOUND",
        `entry ${ledgerId}:${entryId} is not stored on bookie ${this.options.bookieId}`,
      );
    }
    return this.checked(ledgerId, entryId, await this.resolve(value));
  }

  /** Like readEntry, but a missing entry or ledger is undefined rather than an error. */
  async readEntryIfStored(ledgerId: number, entryId: number): Promise<StoredEntry | undefined> {
    this.checkOpen();
    checkId("ledger_id", ledgerId);
    checkId("entry_id", entryId);
    const value = await this.db.get(entryKey(ledgerId, entryId));
    return value === undefined ? undefined : this.checked(ledgerId, entryId, await this.resolve(value));
  }

  /**
   * Entries first..last in order, as a gap-free prefix: stops before the first missing id, after
   * `bytesMax` bytes of bodies (at least one entry), or throws CHECKSUM_MISMATCH at a corrupt one.
   */
  async *readEntries(
    ledgerId: number,
    first: number,
    last: number,
    bytesMax: number,
  ): AsyncGenerator<StoredEntry> {
    this.checkOpen();
    checkId("ledger_id", ledgerId);
    checkId("first_entry_id", first);
    checkId("last_entry_id", last);
    if (last < first) {
      throw new InvalidArgumentError(`last_entry_id ${last} is below first_entry_id ${first}`);
    }
    if (!this.ledgers.has(ledgerId)) throw this.ledgerNotFound(ledgerId);
    let next = first;
    let bytes = 0;
    for await (const [key, value] of this.db.iterator({
      gte: entryKey(ledgerId, first),
      lte: entryKey(ledgerId, last),
    })) {
      const { entryId } = decodeEntryKey(key);
      if (entryId !== next) break;
      const entry = this.checked(ledgerId, entryId, await this.resolve(value));
      yield entry;
      next++;
      bytes += entry.body.length;
      if (bytes >= bytesMax) break;
    }
    if (next === first) {
      throw new MagnetarError(
        "ENTRY_NOT_FOUND",
        `entry ${ledgerId}:${first} is not stored on bookie ${this.options.bookieId}`,
      );
    }
  }

  /**
   * Waits until the ledger's LAC passes `previousLac` or it is fenced, up to `timeoutMs`.
   * An unknown ledger waits as if its LAC were -1.
   */
  async waitForLac(
    ledgerId: number,
    previousLac: number,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<void> {
    this.checkOpen();
    await this.waiters.wait(
      ledgerId,
      () => {
        const s = this.ledgers.get(ledgerId);
        return this.closed || (s !== undefined && (s.lac > previousLac || s.fencedDurable));
      },
      timeoutMs,
      signal,
    );
  }

  /** Deletes a ledger's entries and record. Resolves true if the bookie held anything of it. */
  async deleteLedger(ledgerId: number): Promise<boolean> {
    this.checkOpen();
    checkId("ledger_id", ledgerId);
    const state = this.ledgers.get(ledgerId);
    if (!state) return false;
    this.ledgers.delete(ledgerId);
    this.deleted.add(ledgerId);
    this.entryCount -= state.entries;
    await this.journal.append({ kind: "delete", bytes: CONTROL_RECORD_BYTES, ledgerId });
    // The tombstone written with the delete keeps late adds out: nothing can re-create it.
    await this.db.clear({ gte: entryKey(ledgerId, 0), lt: entryKeyAfterLedger(ledgerId) });
    await this.forgetLedgerFiles(ledgerId);
    return true;
  }

  /** Ledger ids >= start, ascending. */
  ledgerIds(start: number): number[] {
    return [...this.ledgers.keys()].filter((id) => id >= start).sort((a, b) => a - b);
  }

  counts(): { ledgers: number; entries: number; fencedLedgers: number } {
    let fenced = 0;
    for (const s of this.ledgers.values()) if (s.fencedDurable) fenced++;
    return { ledgers: this.ledgers.size, entries: this.entryCount, fencedLedgers: fenced };
  }

  /** Free and total bytes of the disk holding the store. */
  async disk(): Promise<{ freeBytes: number; totalBytes: number }> {
    const s = await statfs(this.options.dir);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  }

  /** Adds and fences waiting for the next synced batch. */
  get journalQueuedRecords(): number {
    return this.journal.queuedRecords;
  }

  /** Finishes every queued write, wakes long polls, closes LevelDB. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.waiters.wakeAll();
    await this.journal.close();
    await this.checkpointing;
    await this.db.close();
    await this.log.close();
  }

  private checkOpen(): void {
    if (this.closed) throw new UnavailableError(`bookie ${this.options.bookieId} is shutting down`);
  }

  private ledgerNotFound(ledgerId: number): MagnetarError {
    return new MagnetarError(
      "LEDGER_NOT_FOUND",
      `ledger ${ledgerId} is not stored on bookie ${this.options.bookieId}`,
    );
  }

  /** The ledger's state, created (with this key) if unknown; PERMISSION_DENIED on a wrong key. */
  private ledgerFor(ledgerId: number, masterKey: Buffer): LedgerState {
    let state = this.ledgers.get(ledgerId);
    if (!state && this.deleted.has(ledgerId)) {
      throw new LedgerFencedError(
        `ledger ${ledgerId} was deleted on bookie ${this.options.bookieId}: it takes no more entries; stop writing`,
      );
    }
    if (!state) {
      state = newLedgerState(ledgerId, masterKey);
      this.ledgers.set(ledgerId, state);
      return state;
    }
    if (state.masterKey === null) {
      state.masterKey = masterKey;
      state.recordVersion++;
    } else if (!state.masterKey.equals(masterKey)) {
      throw new MagnetarError(
        "PERMISSION_DENIED",
        `master_key does not match the key stored for ledger ${ledgerId} on bookie ${this.options.bookieId}`,
      );
    }
    return state;
  }

  private view(state: LedgerState): LedgerView {
    return { lastAddConfirmed: state.lac, fenced: state.fencedDurable, lastEntryId: state.lastEntryId };
  }

  /** The second check: after the read, before the entry leaves the bookie. */
  private checked(ledgerId: number, entryId: number, value: Buffer): StoredEntry {
    const decoded = decodeEntry(value);
    if (!decoded.ok) {
      this.options.logger?.error({ ledgerId, entryId, problem: decoded.problem }, "stored entry is corrupt");
      this.options.onCorruptEntry?.(ledgerId, entryId, decoded.problem);
      throw new ChecksumMismatchError(
        `entry ${ledgerId}:${entryId} on bookie ${this.options.bookieId} is corrupt (${decoded.problem}); read another replica`,
      );
    }
    return { entryId, ...decoded.entry };
  }

  /** The stored entry's bytes: read from the entry log, or the value itself (stored inline by earlier versions). */
  private async resolve(value: Buffer): Promise<Buffer> {
    const decoded = decodeEntryValue(value);
    if (decoded.kind === "inline") return value;
    // A corrupt pointer reads as an empty value, which fails the entry's checks as corrupt.
    if (decoded.kind === "corrupt") return Buffer.alloc(0);
    return this.log.read(decoded.pointer);
  }

  private noteFile(ledgerId: number, fileId: number): void {
    let ledgers = this.fileLedgers.get(fileId);
    if (!ledgers) {
      ledgers = new Set();
      this.fileLedgers.set(fileId, ledgers);
    }
    ledgers.add(ledgerId);
  }

  /** After a delete: entry log files that no ledger has entries in any more are removed. */
  private async forgetLedgerFiles(ledgerId: number): Promise<void> {
    for (const [fileId, ledgers] of [...this.fileLedgers]) {
      // Every file is looked at, not only this ledger's: one emptied while it was the current file
      // goes at the first delete after the log moved on.
      ledgers.delete(ledgerId);
      if (ledgers.size > 0 || fileId === this.log.currentFileId) continue;
      this.fileLedgers.delete(fileId);
      await this.log.remove(fileId);
    }
  }

  /**
   * Indexes again what the entry log holds from the replay mark on. An add is acknowledged once
   * its bytes are synced in the log; its index and LAC are written to LevelDB without a sync
   * (except for new ledgers, fences, deletes and re-adds), so an OS crash can take them: as
   * BookKeeper replays its journal, the log's records (which name their entry and carry the
   * writer's LAC) put them back. LevelDB does not lose only a suffix of its unsynced writes (a
   * later synced write can survive an earlier unsynced one: it syncs only its current log file),
   * so the replay starts at a mark that a checkpoint moved up after LevelDB had made every earlier
   * write durable, not at the last batch the index knows of. Reading stops in each file at the
   * first record that is cut short or fails a check: the torn end of a batch that was never
   * acknowledged, or (logged) damage. Entries of deleted or unknown ledgers are left out; one
   * written but never acknowledged is indexed like any other (the writer never reuses its id).
   */
  private async replayLog(
    from: { fileId: number; offset: number },
    files: ReadonlyMap<number, number>,
  ): Promise<void> {
    // By key: a re-add later in the log wins over the copy before it.
    const found = new Map<string, { key: Buffer; pointer: Buffer }>();
    const raised = new Set<LedgerState>();
    // A stop short of a file's last batch is damage, not a torn write: the mark stays there.
    const batchBytesMax = this.options.batchBytesMax ?? ENTRY_STORE_DEFAULTS.batchBytesMax;
    const tornBytesMax = Math.max(batchBytesMax, this.entryBytesMax + LOG_HEADER_BYTES);
    let held: { fileId: number; offset: number } | undefined;
    let end = from;
    for (const [fileId, size] of [...files].sort((a, b) => a[0] - b[0])) {
      if (fileId < from.fileId) continue;
      let at = fileId === from.fileId ? from.offset : 0;
      while (at < size) {
        const header =
          at + LOG_HEADER_BYTES <= size
            ? decodeLogHeader(await this.log.read({ fileId, offset: at, length: LOG_HEADER_BYTES }))
            : ({ ok: false, problem: "cut short" } as const);
        const length = header.ok ? LOG_HEADER_BYTES + header.bodyLength : 0;
        if (
          !header.ok ||
          at + length > size ||
          !decodeEntry(await this.log.read({ fileId, offset: at, length })).ok
        ) {
          const damage = size - at > tornBytesMax;
          if (damage) held ??= { fileId, offset: at };
          this.options.logger?.[damage ? "error" : "warn"](
            { fileId, offset: at, size, problem: header.ok ? "record fails its checks" : header.problem },
            damage
              ? "entry log replay stops in this file at damage before its last batch; the rest of the file is not read"
              : "entry log replay stops in this file at the torn end of a batch never acknowledged",
          );
          break;
        }
        const state = this.ledgers.get(header.ledgerId);
        if (state !== undefined && !this.deleted.has(header.ledgerId)) {
          const key = entryKey(header.ledgerId, header.entryId);
          found.set(key.toString("latin1"), { key, pointer: encodePointer({ fileId, offset: at, length }) });
          if (header.lastAddConfirmed > state.lacQueued) {
            state.lac = Math.max(state.lac, header.lastAddConfirmed);
            state.lacQueued = header.lastAddConfirmed;
            raised.add(state);
          }
        }
        at += length;
        end = { fileId, offset: at };
      }
    }
    const batch = this.db.batch();
    let replayed = 0;
    for (const { key, pointer } of found.values()) {
      // Most of what follows the mark is indexed (it went to LevelDB, unsynced, and survived).
      if ((await this.db.get(key))?.equals(pointer)) continue;
      batch.put(key, pointer);
      replayed++;
    }
    for (const state of raised) batch.put(ledgerKey(state.ledgerId), encodeLedger(ledgerRecord(state)));
    // LevelDB's open made what it recovered durable, and this write is synced: the next start
    // reads on from here.
    this.replayMark = held ?? end;
    batch.put(
      REPLAY_FROM_KEY,
      encodeLastBatch(this.replayMark.fileId, this.replayMark.offset, this.replayMark.offset),
    );
    await batch.write({ sync: true });
    if (replayed > 0)
      this.options.logger?.warn(
        { entries: replayed },
        "indexed again entries the entry log holds but the index had lost (an OS crash takes unsynced index writes)",
      );
  }

  /**
   * After a batch ending at `end`: every CHECKPOINT_INTERVAL_MS, makes every LevelDB write so far
   * durable, then moves the replay mark to `end` with a synced write. Runs beside the batches.
   * Durable: a synced write first syncs the current LevelDB log (holding the batches up to `end`
   * unless a memtable switch moved them to an older log), then compactRange waits until the
   * memtable of any older log is flushed to a synced table (it also asks for a flush of the
   * current one, which LevelDB may fold into another write's group and skip: the sync before
   * covers that case).
   */
  private maybeCheckpoint(end: { fileId: number; offset: number }): void {
    const interval = this.options.checkpointIntervalMs ?? CHECKPOINT_INTERVAL_MS;
    if (this.checkpointing || this.closed || performance.now() - this.checkpointAt < interval) return;
    this.checkpointAt = performance.now();
    const mark = this.replayMark;
    // `level` types Node and browsers together; on Node the database is classic-level's, which has it.
    const db = this.db as unknown as { compactRange(start: Buffer, end: Buffer): Promise<void> };
    this.checkpointing = (async () => {
      try {
        await this.db.put(REPLAY_FROM_KEY, encodeLastBatch(mark.fileId, mark.offset, mark.offset), {
          sync: true,
        });
        // A range holding no keys: only the memtable flush is wanted.
        await db.compactRange(CHECKPOINT_RANGE.gte, CHECKPOINT_RANGE.lt);
        await this.db.put(REPLAY_FROM_KEY, encodeLastBatch(end.fileId, end.offset, end.offset), {
          sync: true,
        });
        this.replayMark = end;
      } catch (err) {
        // The mark stays where it was: a later start reads more of the log, nothing else.
        this.options.logger?.warn({ err }, "entry log checkpoint failed; the next one tries again");
      } finally {
        this.checkpointing = undefined;
      }
    })();
  }

  /** Builds one batch's LevelDB operations; the last record per ledger decides its record. */
  private encodeBatch(records: readonly JournalRecord[]): Op[] {
    const ops: Op[] = [];
    const touched = new Map<number, LedgerState | null>();
    for (const r of records) {
      switch (r.kind) {
        case "add":
          ops.push({
            type: "entry",
            ledgerId: r.state.ledgerId,
            overwrite: r.entryId <= r.state.lastEntryId,
            key: r.key,
            header: r.header,
            body: r.body,
          });
          r.state.lacQueued = Math.max(r.state.lacQueued, r.lastAddConfirmed);
          touched.set(r.state.ledgerId, r.state);
          break;
        case "fence":
          touched.set(r.state.ledgerId, r.state);
          break;
        case "delete":
          touched.set(r.ledgerId, null);
          ops.push({ type: "put", key: tombstoneKey(r.ledgerId), value: Buffer.alloc(0) });
          break;
        default:
          unreachable(r);
      }
    }
    let sync = false;
    const written: { state: LedgerState; version: number }[] = [];
    for (const [ledgerId, state] of touched) {
      if (state === null) {
        ops.push({ type: "del", key: ledgerKey(ledgerId) });
        sync = true;
      } else {
        ops.push({ type: "put", key: ledgerKey(ledgerId), value: encodeLedger(ledgerRecord(state)) });
        written.push({ state, version: state.recordVersion });
        if (state.durableVersion !== state.recordVersion) sync = true;
      }
    }
    // A fence changed its ledger's record version and a delete removed the record: both sync.
    if (sync) ops.push({ type: "sync-index", records: written });
    return ops;
  }

  /** The batch is durable: move what readers see, then wake long polls. */
  private applySynced(records: readonly JournalRecord[], stats: BatchStats): void {
    const woken = new Set<number>();
    for (const r of records) {
      if (r.kind === "add") {
        const s = r.state;
        s.lac = Math.max(s.lac, r.lastAddConfirmed);
        if (r.entryId > s.lastEntryId) {
          s.lastEntryId = r.entryId;
          s.entries++;
          if (this.ledgers.get(s.ledgerId) === s) this.entryCount++;
        }
        r.onSynced?.(stats);
        woken.add(s.ledgerId);
      } else if (r.kind === "fence") {
        r.state.fencedDurable = true;
        woken.add(r.state.ledgerId);
      }
    }
    this.options.onSync?.(stats);
    for (const id of woken) this.waiters.notify(id);
  }

  /**
   * One batch: entry bodies appended to the entry log in a synced write while the index and ledger
   * records go to LevelDB in one write, synced when the batch says so (encodeBatch); both must
   * finish before any add is acknowledged. A LevelDB write without a sync is one fsync fewer per
   * batch: about 6% more throughput on 3 bookies (docs/benchmark.md). A chained LevelDB batch: on
   * this code path it costs about half the CPU of the array form (72k vs 36k puts/s of 1 KiB).
   */
  private async writeSynced(ops: Op[]): Promise<void> {
    const bodies: Buffer[][] = [];
    let overwrites = false;
    let syncMark: (Op & { type: "sync-index" }) | undefined;
    for (const op of ops)
      if (op.type === "entry") {
        bodies.push([op.header, op.body]);
        overwrites ||= op.overwrite;
      } else if (op.type === "sync-index") syncMark = op;
    // After a failed log write its batch's index may be in LevelDB: no later batch may take over
    // the "last batch" record, or open would no longer know which bytes may be torn.
    if (bodies.length > 0 && this.journalFailure !== null)
      throw new UnavailableError(`bookie ${this.options.bookieId} is read-only: ${this.journalFailure}`);
    let pointers: LogPointer[] = [];
    let durable: Promise<void> | undefined;
    if (bodies.length > 0) ({ pointers, durable } = await this.log.append(bodies));
    // A re-add (recovery, re-replication) replaces a stored entry's pointer. If its batch were torn
    // by a crash, open would drop the key and with it the old, acknowledged copy: so such a batch
    // writes its bytes first and its index after.
    if (overwrites) await durable;
    const batch = this.db.batch();
    let next = 0;
    for (const op of ops) {
      if (op.type === "del") batch.del(op.key);
      else if (op.type === "put") batch.put(op.key, op.value);
      else if (op.type === "entry") {
        const pointer = pointers[next++] as LogPointer;
        this.noteFile(op.ledgerId, pointer.fileId);
        batch.put(op.key, encodePointer(pointer));
      }
    }
    const first = pointers[0];
    const end = pointers[pointers.length - 1];
    if (first && end)
      batch.put(LAST_BATCH_KEY, encodeLastBatch(first.fileId, first.offset, end.offset + end.length));
    // A re-add's index replaces a pointer: synced, like the records the log cannot rebuild.
    const sync = syncMark !== undefined || overwrites;
    await Promise.all([durable, batch.write({ sync })]);
    this.options.onIndexWrite?.(sync);
    if (sync)
      for (const { state, version } of syncMark?.records ?? [])
        state.durableVersion = Math.max(state.durableVersion, version);
    if (end) this.maybeCheckpoint({ fileId: end.fileId, offset: end.offset + end.length });
  }

  private journalFailed(err: unknown): MagnetarError {
    const message = err instanceof Error ? err.message : String(err);
    this.journalFailure ??= `journal write failed: ${message}`;
    this.options.logger?.error({ err }, "journal write failed: the bookie is now read-only");
    return new MagnetarError(
      "INTERNAL",
      `journal write failed on bookie ${this.options.bookieId}: ${message}`,
    );
  }

  /** Loads every ledger record, counts entries, and finishes deletes a crash interrupted. */
  private async load(): Promise<void> {
    for await (const [key, value] of this.db.iterator(prefixRange(LEDGER_PREFIX))) {
      const ledgerId = decodeLedgerKey(key);
      const decoded = decodeLedger(value);
      if (!decoded.ok) {
        throw new MagnetarError(
          "INTERNAL",
          `the record of ledger ${ledgerId} in ${this.options.dir} is corrupt (${decoded.problem}); refusing to start`,
        );
      }
      const { masterKey, fenced, lastAddConfirmed } = decoded.record;
      const state = newLedgerState(ledgerId, masterKey);
      state.fenced = fenced;
      state.fencedDurable = fenced;
      state.lac = lastAddConfirmed;
      state.lacQueued = lastAddConfirmed;
      state.durableVersion = state.recordVersion;
      this.ledgers.set(ledgerId, state);
    }
    for await (const key of this.db.keys(prefixRange(TOMBSTONE_PREFIX)))
      this.deleted.add(decodeTombstoneKey(key));
    const orphans = new Set<number>();
    const unwritten: Buffer[] = [];
    const files = this.log.files();
    // Batches are written one at a time, each awaiting both its log and its index write: after a
    // crash only the last batch whose index reached LevelDB can have bodies that did not reach
    // the log. It was never acknowledged; its index entries that fail are dropped. Anything else
    // that fails its checks is corruption, reported on read.
    const lastRaw = await this.db.get(LAST_BATCH_KEY);
    const last = lastRaw === undefined ? null : decodeLastBatch(lastRaw);
    const markRaw = await this.db.get(REPLAY_FROM_KEY);
    const mark = markRaw === undefined ? null : decodeLastBatch(markRaw);
    // Without a mark: a new store reads all of its (few) logs; one from before the mark existed
    // synced every index write, so what follows its last batch is all there is to read.
    const firstFile = Math.min(...files.keys());
    const from =
      mark ?? (last !== null ? { fileId: last.fileId, offset: last.end } : { fileId: firstFile, offset: 0 });
    await this.replayLog(from, files);
    for await (const [key, value] of this.db.iterator(prefixRange(ENTRY_PREFIX))) {
      const { ledgerId, entryId } = decodeEntryKey(key);
      const state = this.ledgers.get(ledgerId);
      if (!state) {
        orphans.add(ledgerId);
        continue;
      }
      const decoded = decodeEntryValue(value);
      if (decoded.kind === "pointer") {
        const p = decoded.pointer;
        const inLastBatch =
          last !== null && p.fileId === last.fileId && p.offset >= last.offset && p.offset < last.end;
        // A batch's file is created (and its name synced) before anything is written to it: a
        // missing file is damage, reported on read, never a torn write.
        const size = files.get(p.fileId);
        if (
          inLastBatch &&
          size !== undefined &&
          (p.offset + p.length > size || !decodeEntry(await this.log.read(p)).ok)
        ) {
          unwritten.push(key);
          continue;
        }
        this.noteFile(ledgerId, p.fileId);
      }
      state.entries++;
      this.entryCount++;
      state.lastEntryId = Math.max(state.lastEntryId, entryId);
    }
    if (unwritten.length > 0) {
      this.options.logger?.warn(
        { entries: unwritten.length },
        "dropping index entries of a batch the crash interrupted (never acknowledged)",
      );
      const batch = this.db.batch();
      for (const key of unwritten) batch.del(key);
      await batch.write({ sync: true });
    }
    for (const ledgerId of orphans) {
      this.options.logger?.warn({ ledgerId }, "finishing the delete of a ledger interrupted by a crash");
      await this.db.clear({ gte: entryKey(ledgerId, 0), lt: entryKeyAfterLedger(ledgerId) });
    }
    // Files whose ledgers were all deleted (the crash came before their removal).
    for (const fileId of files.keys())
      if (!this.fileLedgers.has(fileId) && fileId !== this.log.currentFileId) await this.log.remove(fileId);
  }
}

function newLedgerState(ledgerId: number, masterKey: Buffer | null): LedgerState {
  return {
    ledgerId,
    masterKey,
    fenced: false,
    fencedDurable: false,
    lacQueued: -1,
    lac: -1,
    lastEntryId: -1,
    entries: 0,
    recordVersion: 1,
    durableVersion: 0,
  };
}

function ledgerRecord(state: LedgerState) {
  return { masterKey: state.masterKey, fenced: state.fenced, lastAddConfirmed: state.lacQueued };
}

/** The directory belongs to one bookie id for life. */
async function checkCookie(db: Db, options: EntryStoreOptions): Promise<void> {
  const raw = await db.get(COOKIE_KEY);
  if (raw === undefined) {
    const cookie = JSON.stringify({ bookieId: options.bookieId, format: 1 });
    await db.put(COOKIE_KEY, Buffer.from(cookie, "utf8"), { sync: true });
    return;
  }
  const cookie = JSON.parse(raw.toString("utf8")) as { bookieId?: unknown };
  if (cookie.bookieId !== options.bookieId) {
    throw new InvalidArgumentError(
      `data directory ${options.dir} belongs to bookie "${String(cookie.bookieId)}", not "${options.bookieId}"`,
    );
  }
}
