import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LedgerClosedError,
  LedgerFencedError,
  type MagnetarError,
  MessageTooLargeError,
  NotEnoughBookiesError,
  TimeoutError,
  UnavailableError,
} from "../../common/errors.js";
import { DistributionSchedule, type QuorumConfig } from "./distribution.js";
import {
  ensembleFor,
  type LedgerMetadata,
  newLedgerMetadata,
  withEnsembleChange,
} from "./ledger-metadata.js";
import { bookieIds, quorumArb, Rng } from "./testing.js";
import { type AddRequest, WriteHandleState, type WriteOutput } from "./write-handle-state.js";

function metadata(q: QuorumConfig): LedgerMetadata {
  return newLedgerMetadata({
    ledgerId: 1,
    quorum: q,
    ensemble: bookieIds(0, q.ensembleSize),
    createdAtMs: 0,
  });
}

const Q323 = { ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 };
const bytes = (n: number) => new Uint8Array(n);

function appended(h: WriteHandleState, n = 1): AddRequest[] {
  const r = h.append(bytes(n));
  if (r.type !== "appended") throw new Error(`append: ${r.type}`);
  return [...r.sends];
}

/** Bookies in `md`'s write set of `entryId` that really stored it. */
function durableCopies(md: LedgerMetadata, entryId: number, stored: ReadonlySet<string>): number {
  const bookies = ensembleFor(md, entryId).bookies;
  return new DistributionSchedule(md).writeSet(entryId).filter((i) => stored.has(`${bookies[i]}/${entryId}`))
    .length;
}

/**
 * A random schedule against one writer: appends, acks and failures of in-flight adds in random
 * order, duplicate and stale acks, ensemble changes applied (or failed) late, rare fencing and close.
 * Every output is checked as it comes out.
 */
class WriterSim {
  private readonly rng: Rng;
  private readonly h: WriteHandleState;
  private inflight: AddRequest[] = [];
  private readonly delivered: AddRequest[] = [];
  /** "bookie/entry" pairs a bookie durably holds. */
  private readonly stored = new Set<string>();
  private nextFresh: number;
  private lac = -1;
  private nextCompletion = 0;
  private appendedCount = 0;

  constructor(
    private readonly q: QuorumConfig,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.h = new WriteHandleState(metadata(q), { pendingAddsMax: 1 + this.rng.int(12), entryBytesMax: 100 });
    this.nextFresh = q.ensembleSize;
  }

  run(steps: number): void {
    for (let step = 0; step < steps; step++) {
      const roll = this.rng.int(100);
      if (roll < 25) this.append();
      else if (roll < 70) this.ack();
      else if (roll < 78) this.duplicateAck();
      else if (roll < 86) this.fail(new TimeoutError("add timed out"));
      else if (roll < 97) this.applyChange();
      else if (roll < 98) this.fail(new LedgerFencedError("fenced"));
      else if (roll < 99) this.close();
      if (this.h.stoppedBy !== null) this.inflight = [];
    }
    // Every completed entry is on A bookies that the final metadata lists for it.
    for (let e = 0; e <= this.lac; e++) {
      expect(durableCopies(this.h.metadata, e, this.stored)).toBeGreaterThanOrEqual(this.q.ackQuorum);
    }
  }

  private take(out: WriteOutput): void {
    this.inflight.push(...out.sends);
    expect(out.lastAddConfirmed).toBeGreaterThanOrEqual(this.lac); // never backwards
    for (const c of out.completions) {
      expect(c.entryId).toBe(this.nextCompletion++); // strictly in entry order, no gaps
      // A bookies of its write set in the current metadata hold it.
      expect(durableCopies(this.h.metadata, c.entryId, this.stored)).toBeGreaterThanOrEqual(this.q.ackQuorum);
      expect(this.h.ensembleChangeInFlight).toBeNull();
    }
    expect(out.lastAddConfirmed).toBe(this.nextCompletion - 1);
    this.lac = out.lastAddConfirmed;
    if (out.failures.length > 0) {
      expect(this.h.stoppedBy).not.toBeNull();
      const expected = Array.from({ length: out.failures.length }, (_, i) => this.lac + 1 + i);
      expect(out.failures.map((f) => f.entryId)).toEqual(expected);
    }
  }

  private append(): void {
    const r = this.h.append(bytes(this.rng.int(120)));
    if (r.type === "appended") {
      expect(r.entryId).toBe(this.appendedCount++);
      for (const s of r.sends) expect(s.lastAddConfirmed).toBeLessThan(s.entryId);
      this.inflight.push(...r.sends);
    } else if (r.type === "backpressure") {
      expect(this.h.pendingAddCount).toBeGreaterThanOrEqual(1);
    } else {
      expect(this.h.stoppedBy !== null || r.error instanceof MessageTooLargeError).toBe(true);
    }
  }

  private takeInflight(): AddRequest | undefined {
    if (this.inflight.length === 0) return undefined;
    return this.inflight.splice(this.rng.int(this.inflight.length), 1)[0];
  }

  private ack(): void {
    const send = this.takeInflight();
    if (send === undefined) return;
    this.stored.add(`${send.bookieId}/${send.entryId}`);
    this.delivered.push(send);
    this.take(this.h.addAcked(send.entryId, send.bookieId));
  }

  /** A duplicate, and possibly stale (its bookie since replaced), ack. */
  private duplicateAck(): void {
    if (this.delivered.length === 0) return;
    const send = this.rng.pick(this.delivered);
    this.take(this.h.addAcked(send.entryId, send.bookieId));
  }

  private fail(error: MagnetarError): void {
    const send = this.takeInflight();
    if (send === undefined) return;
    this.take(this.h.addFailed(send.entryId, send.bookieId, error));
    if (error instanceof LedgerFencedError) expect(this.h.stoppedBy).toBeInstanceOf(LedgerFencedError);
  }

  private applyChange(): void {
    const change = this.h.ensembleChangeInFlight;
    if (change === null) return;
    if (this.rng.chance(0.03)) {
      this.take(this.h.ensembleChangeFailed(new NotEnoughBookiesError("no bookie left")));
      return;
    }
    const replacements = new Map(change.replacements.map((r) => [r.bookieIndex, `b${this.nextFresh++}`]));
    this.take(this.h.ensembleChanged(withEnsembleChange(this.h.metadata, change.firstEntryId, replacements)));
  }

  private close(): void {
    const r = this.h.close();
    if (r.type !== "closed") return;
    this.take({ ...r, sends: [], ensembleChange: null, lastAddConfirmed: r.lastEntryId });
    expect(r.lastEntryId).toBe(this.lac);
  }
}

describe("ledger write handle", () => {
  it("ledger - the LAC only advances over a fully acked prefix, in entry order, under random schedules", () => {
    fc.assert(
      fc.property(quorumArb(6), fc.integer(), (q, seed) => new WriterSim(q, seed).run(300)),
      { numRuns: 300 },
    );
  });

  it("ledger - an entry acked by A bookies waits for a still-pending earlier entry", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h);
    appended(h);
    expect(h.addAcked(1, "b0").completions).toEqual([]);
    expect(h.addAcked(1, "b1").completions).toEqual([]);
    expect(h.lastAddConfirmed).toBe(-1);
    expect(h.addAcked(0, "b2").completions).toEqual([]);
    const out = h.addAcked(0, "b0");
    expect(out.completions.map((c) => c.entryId)).toEqual([0, 1]);
    expect(out.lastAddConfirmed).toBe(1);
  });

  it("ledger - duplicate acks and acks from bookies outside the write set count once or not at all", () => {
    const h = new WriteHandleState(metadata({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 }));
    const sends = appended(h);
    expect(sends.map((s) => s.bookieId)).toEqual(["b0", "b1"]);
    expect(h.addAcked(0, "b0").completions).toEqual([]);
    expect(h.addAcked(0, "b0").completions).toEqual([]);
    expect(h.addAcked(0, "b2").completions).toEqual([]); // not in entry 0's write set
    expect(h.addAcked(0, "stranger").completions).toEqual([]);
    expect(h.addAcked(7, "b1").completions).toEqual([]); // never appended
    expect(h.addAcked(0, "b1").completions).toEqual([{ entryId: 0, ledgerLengthBytes: 1 }]);
    expect(h.addAcked(0, "b1").completions).toEqual([]); // late duplicate after completion
  });

  it("ledger - a fenced writer fails every pending and later append with LedgerFencedError", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h);
    appended(h);
    appended(h);
    h.addAcked(0, "b0");
    h.addAcked(0, "b1");
    h.addAcked(2, "b0");
    h.addAcked(2, "b1");
    const out = h.addFailed(1, "b2", new LedgerFencedError("ledger fenced"));
    expect(out.failures.map((f) => f.entryId)).toEqual([1, 2]);
    for (const f of out.failures) expect(f.error).toBeInstanceOf(LedgerFencedError);
    expect(out.lastAddConfirmed).toBe(0);
    const next = h.append(bytes(1));
    expect(next.type).toBe("rejected");
    if (next.type === "rejected") expect(next.error).toBeInstanceOf(LedgerFencedError);
    expect(h.addAcked(1, "b0").completions).toEqual([]);
    const closed = h.close();
    expect(closed.type).toBe("rejected");
  });

  it("ledger - an ensemble change re-sends pending entries to the replacement and ignores the old bookie", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h, 10);
    appended(h, 20);
    h.addAcked(0, "b0");
    h.addAcked(0, "b2");
    h.addAcked(1, "b2"); // b2 acked entry 1 before failing
    const fail = h.addFailed(1, "b2", new UnavailableError("stream ended"));
    expect(fail.ensembleChange).toEqual({
      firstEntryId: 1,
      replacements: [{ bookieIndex: 2, bookieId: "b2" }],
    });
    // Acks keep arriving while the change is in flight, but nothing completes.
    expect(h.addAcked(1, "b0").completions).toEqual([]);
    // Entries appended meanwhile skip the failed bookie.
    expect(appended(h, 30).map((s) => s.bookieId)).toEqual(["b0", "b1"]);
    const md = withEnsembleChange(h.metadata, 1, new Map([[2, "b3"]]));
    const out = h.ensembleChanged(md);
    expect(out.sends.map((s) => [s.entryId, s.bookieId])).toEqual([
      [1, "b3"],
      [2, "b3"],
    ]);
    expect(out.sends[0]).toMatchObject({ lastAddConfirmed: 0, ledgerLengthBytes: 30, bookieIndex: 2 });
    expect(out.completions).toEqual([]); // b2's ack for entry 1 no longer counts
    expect(h.addAcked(1, "b2").completions).toEqual([]); // the replaced bookie is ignored
    expect(h.addAcked(1, "b3").completions).toEqual([{ entryId: 1, ledgerLengthBytes: 30 }]);
    expect(h.metadata.segments.at(-1)).toEqual({ firstEntryId: 1, bookies: ["b0", "b1", "b3"] });
  });

  it("ledger - failures that arrive during a change lead to a second change", () => {
    const h = new WriteHandleState(metadata({ ensembleSize: 4, writeQuorum: 3, ackQuorum: 2 }));
    appended(h);
    const first = h.addFailed(0, "b0", new TimeoutError("t"));
    expect(first.ensembleChange?.replacements).toEqual([{ bookieIndex: 0, bookieId: "b0" }]);
    expect(h.addFailed(0, "b1", new TimeoutError("t")).ensembleChange).toBeNull();
    const out = h.ensembleChanged(withEnsembleChange(h.metadata, 0, new Map([[0, "b4"]])));
    expect(out.sends.map((s) => s.bookieId)).toEqual(["b4"]);
    expect(out.ensembleChange).toEqual({
      firstEntryId: 0,
      replacements: [{ bookieIndex: 1, bookieId: "b1" }],
    });
    const second = h.ensembleChanged(withEnsembleChange(h.metadata, 0, new Map([[1, "b5"]])));
    expect(second.sends.map((s) => s.bookieId)).toEqual(["b5"]);
    expect(h.metadata.segments).toEqual([{ firstEntryId: 0, bookies: ["b4", "b5", "b2", "b3"] }]);
  });

  it("ledger - no replacement bookie stops the writer with NotEnoughBookiesError", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h);
    h.addAcked(0, "b0");
    h.addFailed(0, "b1", new UnavailableError("gone"));
    h.addAcked(0, "b2"); // A acks, but held by the change in flight
    const out = h.ensembleChangeFailed(new NotEnoughBookiesError("3 bookies needed, 2 alive"));
    expect(out.completions).toEqual([]);
    expect(out.failures.map((f) => f.error.code)).toEqual(["NOT_ENOUGH_BOOKIES"]);
    const r = h.append(bytes(1));
    expect(r.type === "rejected" && r.error instanceof NotEnoughBookiesError).toBe(true);
  });

  it("ledger - appends beyond pendingAddsMax get backpressure, oversized entries are refused", () => {
    const h = new WriteHandleState(metadata(Q323), { pendingAddsMax: 2, entryBytesMax: 8 });
    appended(h);
    appended(h);
    expect(h.append(bytes(1))).toEqual({ type: "backpressure", pendingAdds: 2 });
    const big = h.append(bytes(9));
    expect(big.type === "rejected" && big.error instanceof MessageTooLargeError).toBe(true);
    h.addAcked(0, "b0");
    h.addAcked(0, "b1");
    expect(h.append(bytes(1)).type).toBe("appended");
    expect(h.stoppedBy).toBeNull();
  });

  it("ledger - close records the LAC and its length and fails what is still pending", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h, 5);
    appended(h, 7);
    appended(h, 11);
    h.addAcked(0, "b0");
    h.addAcked(0, "b1");
    h.addAcked(2, "b0");
    h.addAcked(2, "b1");
    const r = h.close();
    expect(r.type).toBe("closed");
    if (r.type !== "closed") return;
    expect(r.lastEntryId).toBe(0);
    expect(r.lengthBytes).toBe(5);
    expect(r.failures.map((f) => f.entryId)).toEqual([1, 2]);
    for (const f of r.failures) expect(f.error).toBeInstanceOf(LedgerClosedError);
    const again = h.close();
    expect(again.type === "rejected" && again.error instanceof LedgerClosedError).toBe(true);
  });

  it("ledger - a failure of an already completed entry still replaces its bookie from LAC + 1", () => {
    const h = new WriteHandleState(metadata(Q323));
    appended(h);
    h.addAcked(0, "b0");
    h.addAcked(0, "b1");
    expect(h.lastAddConfirmed).toBe(0);
    const out = h.addFailed(0, "b2", new TimeoutError("slow"));
    expect(out.ensembleChange).toEqual({
      firstEntryId: 1,
      replacements: [{ bookieIndex: 2, bookieId: "b2" }],
    });
  });
});
