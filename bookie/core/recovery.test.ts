import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LedgerClosedError,
  MagnetarError,
  NotEnoughBookiesError,
  UnavailableError,
} from "../../common/errors.js";
import { DistributionSchedule, fenceQuorum, notFoundQuorum, type QuorumConfig } from "./distribution.js";
import {
  ensembleFor,
  type LedgerMetadata,
  lastSegment,
  newLedgerMetadata,
  toClosed,
  toInRecovery,
  withEnsembleChange,
} from "./ledger-metadata.js";
import {
  type FenceResponse,
  LedgerRecovery,
  type ReadResponse,
  type RecoveredEntry,
  type RecoveryOutcome,
  type RecoveryRequest,
} from "./recovery.js";
import { bookieIds, quorumArb, Rng } from "./testing.js";

interface StoredEntry {
  readonly body: Uint8Array;
  readonly ledgerLengthBytes: number;
}

/** What the bookies hold after a writer ran, and how they answer. */
interface Scenario {
  readonly md: LedgerMetadata;
  /** "bookie/entry" -> entry. */
  readonly stored: Map<string, StoredEntry>;
  readonly lacOf: Map<string, number>;
  /** The writer got acks for entries 0..acked (-1: none). */
  readonly acked: number;
  /** Cumulative length of entries 0..e. */
  readonly lengthAt: number[];
  readonly down: ReadonlySet<string>;
  /** Chance that any one request fails with a retriable error. */
  readonly flakiness: number;
}

function openLedger(q: QuorumConfig): LedgerMetadata {
  return newLedgerMetadata({
    ledgerId: 9,
    quorum: q,
    ensemble: bookieIds(0, q.ensembleSize),
    createdAtMs: 0,
  });
}

function pickSubset<T>(rng: Rng, xs: readonly T[], size: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < size && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0] as T);
  return out;
}

/**
 * A writer got acks for entries 0..k, each from a random A..W subset of its write set, with
 * ensemble changes at LAC + 1 along the way; entries after k reached random 0..W subsets. Every
 * add piggybacked a LAC <= min(e - 1, k). Then random bookies go down.
 */
function writerScenario(
  q: QuorumConfig,
  seed: number,
  options: { down: boolean; flakiness: number },
): Scenario {
  const rng = new Rng(seed);
  const k = rng.int(20) - 1;
  const tail = rng.int(6);
  let md = openLedger(q);
  let fresh = q.ensembleSize;
  const changes = [...new Set(Array.from({ length: rng.int(3) }, () => 1 + rng.int(k + 1)))].sort(
    (a, b) => a - b,
  );
  for (const first of changes)
    md = withEnsembleChange(md, first, new Map([[rng.int(q.ensembleSize), `b${fresh++}`]]));
  const schedule = new DistributionSchedule(q);
  const stored = new Map<string, StoredEntry>();
  const lacOf = new Map<string, number>();
  const lengthAt: number[] = [];
  let lac = -1;
  let length = 0;
  for (let e = 0; e <= k + tail; e++) {
    length += 1 + (e % 5);
    lengthAt.push(length);
    lac = Math.min(e - 1, k, lac + rng.int(3));
    const bookies = ensembleFor(md, e).bookies;
    const ws = schedule.writeSet(e).map((i) => bookies[i] as string);
    const copies =
      e <= k ? q.ackQuorum + rng.int(q.writeQuorum - q.ackQuorum + 1) : rng.int(q.writeQuorum + 1);
    for (const b of pickSubset(rng, ws, copies)) {
      stored.set(`${b}/${e}`, { body: Uint8Array.of(e & 0xff), ledgerLengthBytes: length });
      lacOf.set(b, Math.max(lacOf.get(b) ?? -1, lac));
    }
  }
  const everyone = md.segments.flatMap((s) => s.bookies);
  const down = new Set(options.down ? pickSubset(rng, everyone, rng.int(q.ensembleSize + 1)) : []);
  return { md: toInRecovery(md), stored, lacOf, acked: k, lengthAt, down, flakiness: options.flakiness };
}

interface Run {
  readonly outcome: RecoveryOutcome;
  readonly recovered: RecoveredEntry[];
  readonly startLac: number;
  /** entry -> bookies that answered not-found / found. */
  readonly notFound: Map<number, Set<string>>;
  readonly found: Map<number, Set<string>>;
  /** Distinct fence confirmations delivered when the first read was issued (null: no read). */
  readonly fencedAtFirstRead: number | null;
}

type Answer = (request: RecoveryRequest, rng: Rng) => FenceResponse | ReadResponse;

function scenarioAnswer(sc: Scenario): Answer {
  return (req, rng) => {
    const unavailable = sc.down.has(req.bookieId) || rng.chance(sc.flakiness);
    const error = new UnavailableError(`${req.bookieId} unavailable`);
    if (req.type === "fence") {
      if (unavailable) return { type: "error", bookieId: req.bookieId, error };
      return { type: "fenced", bookieId: req.bookieId, lastAddConfirmed: sc.lacOf.get(req.bookieId) ?? -1 };
    }
    const { entryId, bookieId } = req;
    if (unavailable) return { type: "error", entryId, bookieId, error };
    const entry = sc.stored.get(`${bookieId}/${entryId}`);
    if (entry === undefined) return { type: "not-found", entryId, bookieId };
    return { type: "found", entryId, bookieId, ...entry };
  };
}

/** Delivers requests one at a time in an order chosen by `orderSeed`; answers come from `answer`. */
function drive(md: LedgerMetadata, answer: Answer, orderSeed: number): Run {
  const rng = new Rng(orderSeed);
  const recovery = new LedgerRecovery(md);
  const queue: RecoveryRequest[] = [...recovery.start().requests];
  const run = {
    outcome: null as RecoveryOutcome | null,
    recovered: [] as RecoveredEntry[],
    notFound: new Map<number, Set<string>>(),
    found: new Map<number, Set<string>>(),
    fencedAtFirstRead: null as number | null,
  };
  const fenced = new Set<string>();
  const note = (map: Map<number, Set<string>>, e: number, b: string) =>
    map.set(e, (map.get(e) ?? new Set()).add(b));
  for (let steps = 0; queue.length > 0; steps++) {
    expect(steps).toBeLessThan(100_000);
    const req = queue.splice(rng.int(queue.length), 1)[0] as RecoveryRequest;
    const res = answer(req, rng);
    let step: ReturnType<LedgerRecovery["start"]>;
    if (res.type === "fenced" || (req.type === "fence" && res.type === "error")) {
      if (res.type === "fenced" && recovery.phase === "fencing") fenced.add(res.bookieId);
      step = recovery.fenceResponse(res as FenceResponse);
    } else {
      const r = res as ReadResponse;
      if (r.type === "not-found" && recovery.phase === "reading") note(run.notFound, r.entryId, r.bookieId);
      if (r.type === "found" && recovery.phase === "reading") note(run.found, r.entryId, r.bookieId);
      step = recovery.readResponse(r);
    }
    if (run.fencedAtFirstRead === null && step.requests.some((s) => s.type === "read")) {
      run.fencedAtFirstRead = fenced.size;
      expect(recovery.fenceConfirmations).toBe(fenced.size);
    }
    for (const s of step.requests) if (s.type === "read") expect(s.fence).toBe(true);
    queue.push(...step.requests);
    run.recovered.push(...step.recovered);
    if (step.outcome !== null) {
      expect(run.outcome).toBeNull();
      run.outcome = step.outcome;
    }
  }
  // Liveness: with nothing left in flight, the recovery has ended.
  expect(run.outcome).not.toBeNull();
  return { ...run, outcome: run.outcome as RecoveryOutcome, startLac: recovery.recoveryStartLac };
}

/** The rule, checked on what was delivered: an end needs (W - A) + 1 not-found; a recovered entry A found. */
function checkQuorumRules(md: LedgerMetadata, run: Run): void {
  const q: QuorumConfig = md;
  if (run.fencedAtFirstRead !== null) expect(run.fencedAtFirstRead).toBeGreaterThanOrEqual(fenceQuorum(q));
  run.recovered.forEach((entry, i) => {
    expect(entry.entryId).toBe(run.startLac + 1 + i);
    // Found on A bookies, or kept from fewer copies (the rest unreachable), never from none;
    // `copies` says which, for the write-back. (`run.found` also counts late answers.)
    expect(entry.copies).toBeGreaterThanOrEqual(1);
    expect(entry.copies).toBeLessThanOrEqual(run.found.get(entry.entryId)?.size ?? 0);
  });
  if (run.outcome.type !== "done") return;
  const end = run.outcome.lastEntryId + 1;
  expect(run.notFound.get(end)?.size ?? 0).toBeGreaterThanOrEqual(notFoundQuorum(q));
  expect(run.outcome.lastEntryId).toBeGreaterThanOrEqual(run.startLac);
  const lastRecovered = run.recovered.at(-1)?.entryId ?? run.startLac;
  expect(lastRecovered).toBe(run.outcome.lastEntryId);
}

const seedArb = fc.integer();

describe("ledger recovery", () => {
  it("ledger - recovery never skips an entry the writer got A acks for", () => {
    fc.assert(
      fc.property(quorumArb(6), seedArb, seedArb, fc.boolean(), (q, seed, order, flaky) => {
        const sc = writerScenario(q, seed, { down: true, flakiness: flaky ? 0.3 : 0 });
        const run = drive(sc.md, scenarioAnswer(sc), order);
        checkQuorumRules(sc.md, run);
        if (run.outcome.type === "failed") {
          expect(run.outcome.error).toBeInstanceOf(NotEnoughBookiesError);
          return;
        }
        expect(run.outcome.lastEntryId).toBeGreaterThanOrEqual(sc.acked);
        const last = run.outcome.lastEntryId;
        expect(run.outcome.lengthBytes).toBe(last < 0 ? 0 : sc.lengthAt[last]);
        for (const entry of run.recovered) {
          expect(entry.body).toEqual(Uint8Array.of(entry.entryId & 0xff));
          for (const m of entry.bookiesMissing)
            expect(sc.stored.has(`${m.bookieId}/${entry.entryId}`)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("ledger - recovery with every bookie up always closes", () => {
    fc.assert(
      fc.property(quorumArb(6), seedArb, seedArb, (q, seed, order) => {
        const sc = writerScenario(q, seed, { down: false, flakiness: 0 });
        const run = drive(sc.md, scenarioAnswer(sc), order);
        expect(run.outcome.type).toBe("done");
      }),
      { numRuns: 300 },
    );
  });

  it("ledger - two recoveries on the same responses end at the same last entry", () => {
    fc.assert(
      fc.property(quorumArb(6), seedArb, seedArb, seedArb, fc.boolean(), (q, seed, order1, order2, down) => {
        const sc = writerScenario(q, seed, { down, flakiness: 0 });
        const a = drive(sc.md, scenarioAnswer(sc), order1);
        const b = drive(sc.md, scenarioAnswer(sc), order2);
        if (!down) expect([a.outcome.type, b.outcome.type]).toEqual(["done", "done"]);
        if (a.outcome.type === "done" && b.outcome.type === "done") expect(b.outcome).toEqual(a.outcome);
      }),
      { numRuns: 300 },
    );
  });

  it("ledger - with random bookie responses, an end always has (W - A) + 1 not-found answers", () => {
    const answer: Answer = (req, rng) => {
      const error = new UnavailableError("flaky");
      if (req.type === "fence") {
        if (rng.chance(0.2)) return { type: "error", bookieId: req.bookieId, error };
        return { type: "fenced", bookieId: req.bookieId, lastAddConfirmed: rng.int(8) - 1 };
      }
      const { entryId, bookieId } = req;
      const roll = rng.int(10);
      if (roll < 2) return { type: "error", entryId, bookieId, error };
      if (roll < 6) return { type: "not-found", entryId, bookieId };
      return { type: "found", entryId, bookieId, body: Uint8Array.of(1), ledgerLengthBytes: entryId + 1 };
    };
    fc.assert(
      fc.property(quorumArb(6), seedArb, (q, order) => {
        const md = toInRecovery(openLedger(q));
        const run = drive(md, answer, order);
        checkQuorumRules(md, run);
      }),
      { numRuns: 500 },
    );
  });

  it("ledger - fencing completes only with (E - A) + 1 confirmations", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 5, writeQuorum: 3, ackQuorum: 3 }));
    const r = new LedgerRecovery(md);
    expect(r.start().requests.map((x) => x.bookieId)).toEqual(["b0", "b1", "b2", "b3", "b4"]);
    expect(r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: 4 }).requests).toEqual([]);
    expect(r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: 9 }).requests).toEqual([]); // duplicate
    expect(r.fenceResponse({ type: "fenced", bookieId: "zz", lastAddConfirmed: 9 }).requests).toEqual([]); // stranger
    expect(r.fenceResponse({ type: "fenced", bookieId: "b3", lastAddConfirmed: 6 }).requests).toEqual([]);
    expect(r.phase).toBe("fencing"); // 2 of the (E - A) + 1 = 3 needed
    expect(r.fenceConfirmations).toBe(2);
    const step = r.fenceResponse({ type: "fenced", bookieId: "b4", lastAddConfirmed: 5 });
    expect(r.phase).toBe("reading");
    expect(r.recoveryStartLac).toBe(6);
    // Reads start at the LAC (its stored length is the close length if nothing follows) for the window.
    expect(step.requests[0]).toEqual({
      type: "read",
      entryId: 6,
      bookieIndex: 1,
      bookieId: "b1",
      fence: true,
    });
    expect(new Set(step.requests.map((x) => (x.type === "read" ? x.entryId : -1))).size).toBe(16);
  });

  it("ledger - fencing fails with NotEnoughBookiesError once A bookies are unreachable", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }));
    const r = new LedgerRecovery(md, { readWindowEntries: 1, attemptsMax: 2, recoveredEntriesMax: 10 });
    r.start();
    const denied = new MagnetarError("PERMISSION_DENIED", "wrong master key");
    expect(r.fenceResponse({ type: "error", bookieId: "b0", error: denied }).outcome).toBeNull();
    const retry = r.fenceResponse({ type: "error", bookieId: "b1", error: new UnavailableError("down") });
    expect(retry.requests).toEqual([{ type: "fence", bookieIndex: 1, bookieId: "b1" }]);
    const out = r.fenceResponse({ type: "error", bookieId: "b1", error: new UnavailableError("down") });
    expect(out.outcome?.type).toBe("failed");
    if (out.outcome?.type === "failed") {
      expect(out.outcome.error).toBeInstanceOf(NotEnoughBookiesError);
      expect(out.outcome.error.message).toContain("(E - A) + 1 = 2 of 3");
      expect(out.outcome.error.retriable).toBe(true);
    }
    expect(r.phase).toBe("failed");
  });

  it("ledger - an entry on fewer than A bookies with the rest unreachable is kept from its copy, with its copy count", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }));
    const r = new LedgerRecovery(md, { readWindowEntries: 1, attemptsMax: 1, recoveredEntriesMax: 10 });
    r.start();
    r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: -1 });
    const reads = r.fenceResponse({ type: "fenced", bookieId: "b1", lastAddConfirmed: -1 }).requests;
    expect(reads.map((x) => x.bookieId)).toEqual(["b0", "b1", "b2"]);
    r.readResponse({
      type: "found",
      entryId: 0,
      bookieId: "b0",
      body: Uint8Array.of(7),
      ledgerLengthBytes: 1,
    });
    r.readResponse({ type: "not-found", entryId: 0, bookieId: "b1" });
    const kept = r.readResponse({
      type: "error",
      entryId: 0,
      bookieId: "b2",
      error: new UnavailableError("x"),
    });
    // Kept (BookKeeper's rule) rather than waiting for b2: one copy, to be written back to b1.
    expect(kept.outcome).toBeNull();
    expect(kept.recovered).toHaveLength(1);
    expect(kept.recovered[0]).toMatchObject({ entryId: 0, copies: 1 });
    expect(kept.recovered[0]?.bookiesMissing.map((m) => m.bookieId)).toEqual(["b1"]);
    // Entry 1: no copy anywhere, and b2 still unreachable: that cannot be decided.
    r.readResponse({ type: "not-found", entryId: 1, bookieId: "b0" });
    const out = r.readResponse({
      type: "error",
      entryId: 1,
      bookieId: "b2",
      error: new UnavailableError("x"),
    });
    const end = out.outcome ?? r.readResponse({ type: "not-found", entryId: 1, bookieId: "b1" }).outcome;
    expect(end).toMatchObject({ type: "done", lastEntryId: 0 });
  });

  it("ledger - entries past the LAC are recovered in order and the ledger closes at the first missing one", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 }));
    const r = new LedgerRecovery(md, { readWindowEntries: 3, attemptsMax: 1, recoveredEntriesMax: 10 });
    r.start();
    r.fenceResponse({ type: "fenced", bookieId: "b2", lastAddConfirmed: 0 });
    const step = r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: 1 });
    expect(step.requests.map((x) => (x.type === "read" ? `${x.entryId}@${x.bookieId}` : ""))).toEqual([
      "1@b1",
      "1@b2",
      "2@b2",
      "2@b0",
      "3@b0",
      "3@b1",
    ]);
    const found = (entryId: number, bookieId: string): ReadResponse => ({
      type: "found",
      entryId,
      bookieId,
      body: Uint8Array.of(entryId),
      ledgerLengthBytes: 10 * (entryId + 1),
    });
    // Entry 2 is decided first but waits for entry 1; entry 3 is missing on one bookie: (W - A) + 1 = 1.
    expect(r.readResponse(found(2, "b2")).recovered).toEqual([]);
    expect(r.readResponse(found(2, "b0")).recovered).toEqual([]);
    expect(r.readResponse({ type: "not-found", entryId: 3, bookieId: "b1" }).outcome).toBeNull();
    expect(r.readResponse(found(1, "b1")).recovered).toEqual([]);
    const out = r.readResponse(found(1, "b2"));
    expect(out.recovered.map((e) => e.entryId)).toEqual([2]); // entry 1 is the LAC: read for its length only
    expect(out.outcome).toEqual({ type: "done", lastEntryId: 2, lengthBytes: 30 });
    expect(r.readResponse(found(3, "b0"))).toEqual({ requests: [], recovered: [], outcome: null });
  });

  it("ledger - an empty ledger recovers to lastEntryId -1 and length 0", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 2, writeQuorum: 2, ackQuorum: 1 }));
    const r = new LedgerRecovery(md);
    r.start();
    r.fenceResponse({ type: "fenced", bookieId: "b1", lastAddConfirmed: -1 });
    r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: -1 });
    let outcome: RecoveryOutcome | null = null;
    for (const b of ["b0", "b1"])
      outcome ??= r.readResponse({ type: "not-found", entryId: 0, bookieId: b }).outcome;
    expect(outcome).toEqual({ type: "done", lastEntryId: -1, lengthBytes: 0 });
  });

  it("ledger - a LAC entry missing from (W - A) + 1 bookies is reported as lost data, not closed over", () => {
    const md = toInRecovery(openLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }));
    const r = new LedgerRecovery(md, { readWindowEntries: 1, attemptsMax: 1, recoveredEntriesMax: 10 });
    r.start();
    r.fenceResponse({ type: "fenced", bookieId: "b0", lastAddConfirmed: 4 });
    r.fenceResponse({ type: "fenced", bookieId: "b1", lastAddConfirmed: 4 });
    r.readResponse({ type: "not-found", entryId: 4, bookieId: "b1" });
    const out = r.readResponse({ type: "not-found", entryId: 4, bookieId: "b2" });
    expect(out.outcome?.type).toBe("failed");
    if (out.outcome?.type === "failed") {
      expect(out.outcome.error.code).toBe("INTERNAL");
      expect(out.outcome.error.message).toContain("acknowledged data is missing");
    }
  });

  it("ledger - recovery refuses a closed ledger and reads old segments from their own ensembles", () => {
    const q = { ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 };
    expect(() => new LedgerRecovery(toClosed(openLedger(q), -1, 0))).toThrow(LedgerClosedError);
    const md = toInRecovery(withEnsembleChange(openLedger(q), 5, new Map([[0, "b9"]])));
    const r = new LedgerRecovery(md, { readWindowEntries: 2, attemptsMax: 1, recoveredEntriesMax: 10 });
    expect(r.start().requests.map((x) => x.bookieId)).toEqual(lastSegment(md).bookies);
    r.fenceResponse({ type: "fenced", bookieId: "b9", lastAddConfirmed: 3 });
    const reads = r.fenceResponse({ type: "fenced", bookieId: "b1", lastAddConfirmed: 2 }).requests;
    expect(reads.map((x) => (x.type === "read" ? `${x.entryId}@${x.bookieId}` : ""))).toEqual([
      "3@b0",
      "3@b1",
      "3@b2",
      "4@b1",
      "4@b2",
      "4@b0",
    ]);
  });
});
