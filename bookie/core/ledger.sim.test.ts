/**
 * The writer and a recovering broker against simulated bookies, in one random interleaving: the
 * old writer keeps appending while the new owner fences and recovers the ledger. Checks the
 * guarantee the two state machines exist for: no entry acknowledged to the writer, before or after
 * the recovery, is beyond the recovered end, and the recovered entries are the writer's bytes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LedgerFencedError,
  NotEnoughBookiesError,
  TimeoutError,
  UnavailableError,
} from "../../common/errors.js";
import type { QuorumConfig } from "./distribution.js";
import {
  type LedgerMetadata,
  newLedgerMetadata,
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
import { type AddRequest, WriteHandleState, type WriteOutput } from "./write-handle-state.js";

interface SimBookie {
  readonly entries: Map<number, { payload: Uint8Array; ledgerLengthBytes: number }>;
  lac: number;
  fenced: boolean;
  down: boolean;
}

type Message =
  | { readonly kind: "add"; readonly add: AddRequest }
  | { readonly kind: "recovery"; readonly req: RecoveryRequest };

class LedgerSim {
  private readonly rng: Rng;
  private readonly bookies = new Map<string, SimBookie>();
  private readonly writer: WriteHandleState;
  private storedMd: LedgerMetadata;
  private readonly queue: Message[] = [];
  private fresh: number;
  private downBudget: number;
  readonly acknowledged: number[] = [];
  readonly appended = new Map<number, { payload: Uint8Array; ledgerLengthBytes: number }>();
  readonly recovered: RecoveredEntry[] = [];
  recovery: LedgerRecovery | null = null;
  outcome: RecoveryOutcome | null = null;
  anyDown = false;

  constructor(
    readonly q: QuorumConfig,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.storedMd = newLedgerMetadata({
      ledgerId: 3,
      quorum: q,
      ensemble: bookieIds(0, q.ensembleSize),
      createdAtMs: 0,
    });
    for (const id of bookieIds(0, q.ensembleSize)) this.addBookie(id);
    this.fresh = q.ensembleSize;
    this.downBudget = this.rng.int(q.ensembleSize);
    this.writer = new WriteHandleState(this.storedMd, {
      pendingAddsMax: 1 + this.rng.int(10),
      entryBytesMax: 64,
    });
  }

  run(steps: number): void {
    const recoverAt = this.rng.int(steps);
    for (let step = 0; step < steps; step++) {
      if (step === recoverAt) this.startRecovery();
      const roll = this.rng.int(100);
      if (roll < 30) this.append();
      else if (roll < 90) this.deliver();
      else if (roll < 98) this.applyEnsembleChange();
      else this.crashBookie();
    }
    if (this.recovery === null) this.startRecovery();
    for (let i = 0; this.queue.length > 0 || this.writer.ensembleChangeInFlight !== null; i++) {
      expect(i).toBeLessThan(100_000);
      if (this.queue.length > 0) this.deliver();
      else this.applyEnsembleChange();
    }
  }

  private addBookie(id: string): void {
    this.bookies.set(id, { entries: new Map(), lac: -1, fenced: false, down: false });
  }

  private bookie(id: string): SimBookie {
    const b = this.bookies.get(id);
    if (b === undefined) throw new Error(`no bookie ${id}`);
    return b;
  }

  private append(): void {
    const payload = Uint8Array.of(this.rng.int(256), this.rng.int(256));
    const r = this.writer.append(payload.subarray(0, this.rng.int(3)));
    if (r.type !== "appended") return;
    const first = r.sends[0];
    if (first !== undefined) this.appended.set(r.entryId, first);
    for (const add of r.sends) this.queue.push({ kind: "add", add });
  }

  private take(out: WriteOutput): void {
    for (const c of out.completions) this.acknowledged.push(c.entryId);
    for (const add of out.sends) this.queue.push({ kind: "add", add });
    for (const add of out.sends) if (!this.appended.has(add.entryId)) this.appended.set(add.entryId, add);
  }

  private deliver(): void {
    if (this.queue.length === 0) return;
    const m = this.queue.splice(this.rng.int(this.queue.length), 1)[0] as Message;
    if (m.kind === "add") this.deliverAdd(m.add);
    else this.deliverRecovery(m.req);
  }

  private deliverAdd(add: AddRequest): void {
    const b = this.bookie(add.bookieId);
    if (b.down || b.fenced) {
      const error = b.down ? new UnavailableError("down") : new LedgerFencedError("fenced");
      this.take(this.writer.addFailed(add.entryId, add.bookieId, error));
      return;
    }
    b.entries.set(add.entryId, { payload: add.payload, ledgerLengthBytes: add.ledgerLengthBytes });
    b.lac = Math.max(b.lac, add.lastAddConfirmed);
    // Sometimes the ack is lost: the entry is stored but the writer sees a timeout.
    if (this.rng.chance(0.05))
      this.take(this.writer.addFailed(add.entryId, add.bookieId, new TimeoutError("lost")));
    else this.take(this.writer.addAcked(add.entryId, add.bookieId));
  }

  private deliverRecovery(req: RecoveryRequest): void {
    const recovery = this.recovery;
    if (recovery === null) throw new Error("recovery request without recovery");
    const b = this.bookie(req.bookieId);
    const error = new UnavailableError(`${req.bookieId} down`);
    let step: ReturnType<LedgerRecovery["start"]>;
    if (req.type === "fence") {
      if (!b.down) b.fenced = true;
      const res: FenceResponse = b.down
        ? { type: "error", bookieId: req.bookieId, error }
        : { type: "fenced", bookieId: req.bookieId, lastAddConfirmed: b.lac };
      step = recovery.fenceResponse(res);
    } else {
      if (!b.down) b.fenced = true; // every recovery read is a fencing read
      const entry = b.entries.get(req.entryId);
      const { entryId, bookieId } = req;
      const res: ReadResponse = b.down
        ? { type: "error", entryId, bookieId, error }
        : entry === undefined
          ? { type: "not-found", entryId, bookieId }
          : {
              type: "found",
              entryId,
              bookieId,
              body: entry.payload,
              ledgerLengthBytes: entry.ledgerLengthBytes,
            };
      step = recovery.readResponse(res);
    }
    for (const r of step.requests) this.queue.push({ kind: "recovery", req: r });
    this.recovered.push(...step.recovered);
    if (step.outcome !== null) this.outcome = step.outcome;
  }

  private applyEnsembleChange(): void {
    const change = this.writer.ensembleChangeInFlight;
    if (change === null) return;
    if (this.recovery !== null) {
      // The ledger is IN_RECOVERY: the writer's compare-and-set loses.
      this.take(
        this.writer.ensembleChangeFailed(new LedgerFencedError("metadata changed: ledger in recovery")),
      );
      return;
    }
    const replacements = new Map<number, string>();
    for (const r of change.replacements) {
      const id = `b${this.fresh++}`;
      this.addBookie(id);
      replacements.set(r.bookieIndex, id);
    }
    this.storedMd = withEnsembleChange(this.storedMd, change.firstEntryId, replacements);
    this.take(this.writer.ensembleChanged(this.storedMd));
  }

  private crashBookie(): void {
    if (this.downBudget === 0) return;
    const up = [...this.bookies].filter(([, b]) => !b.down);
    if (up.length === 0) return;
    this.rng.pick(up)[1].down = true;
    this.downBudget--;
    this.anyDown = true;
  }

  private startRecovery(): void {
    if (this.recovery !== null) return;
    this.recovery = new LedgerRecovery(toInRecovery(this.storedMd));
    for (const r of this.recovery.start().requests) this.queue.push({ kind: "recovery", req: r });
  }
}

describe("ledger simulation", () => {
  it("ledger - no entry acknowledged to the old writer is lost when a new owner recovers the ledger", () => {
    fc.assert(
      fc.property(quorumArb(5), fc.integer(), fc.integer({ min: 1, max: 400 }), (q, seed, steps) => {
        const sim = new LedgerSim(q, seed);
        sim.run(steps);
        const outcome = sim.outcome;
        expect(outcome).not.toBeNull();
        if (outcome === null) return;
        if (outcome.type === "failed") {
          expect(sim.anyDown).toBe(true);
          expect(outcome.error).toBeInstanceOf(NotEnoughBookiesError);
          return;
        }
        const maxAcknowledged = Math.max(-1, ...sim.acknowledged);
        expect(outcome.lastEntryId).toBeGreaterThanOrEqual(maxAcknowledged);
        const expectedLength =
          outcome.lastEntryId < 0 ? 0 : sim.appended.get(outcome.lastEntryId)?.ledgerLengthBytes;
        expect(outcome.lengthBytes).toBe(expectedLength);
        for (const entry of sim.recovered) {
          const written = sim.appended.get(entry.entryId);
          expect(written).toBeDefined();
          expect(entry.body).toEqual(written?.payload);
          expect(entry.ledgerLengthBytes).toBe(written?.ledgerLengthBytes);
        }
      }),
      { numRuns: 400 },
    );
  });
});
