/**
 * Ensemble change, the writer's side: which bookies to replace from which entry, and the check
 * that the metadata the shell stored is exactly that change. Pure functions used by
 * `WriteHandleState`.
 *
 * A change always starts at LAC + 1: every entry before it reached A bookies of the old ensemble and
 * stays there; every entry from it on is re-sent to the replacements. The writer holds completions
 * while a change is in flight so that LAC + 1 cannot move under it (BookKeeper blocks add
 * completions during an ensemble change for the same reason).
 */
import { invariant } from "../../common/errors.js";
import { type LedgerMetadata, lastSegment } from "./ledger-metadata.js";

/** "Replace these bookies from entry `firstEntryId` on": the shell picks replacements and CASes. */
export interface EnsembleChangeDecision {
  readonly firstEntryId: number;
  readonly replacements: readonly { readonly bookieIndex: number; readonly bookieId: string }[];
}

/** The decision to replace `failedBookies` (bookie id -> index in the last segment) after `lastAddConfirmed`. */
export function decideEnsembleChange(
  failedBookies: ReadonlyMap<string, number>,
  lastAddConfirmed: number,
): EnsembleChangeDecision {
  invariant(failedBookies.size > 0, "an ensemble change replaces at least one bookie");
  const replacements = [...failedBookies]
    .map(([bookieId, bookieIndex]) => ({ bookieIndex, bookieId }))
    .sort((a, b) => a.bookieIndex - b.bookieIndex);
  return { firstEntryId: lastAddConfirmed + 1, replacements };
}

/**
 * Asserts that `next` is `current` with exactly `decision` applied (same ledger and quorum, still
 * OPEN, a last segment starting at the decided entry, replacing exactly the decided indexes).
 * Returns the replaced indexes. A mismatch is a shell bug.
 */
export function checkEnsembleChange(
  current: LedgerMetadata,
  decision: EnsembleChangeDecision,
  next: LedgerMetadata,
): Set<number> {
  invariant(next.ledgerId === current.ledgerId, "ensemble change of another ledger");
  invariant(next.state === "OPEN", `ensemble change left the ledger ${next.state}: report it as failed`);
  invariant(next.ensembleSize === current.ensembleSize, "ensemble change altered E");
  invariant(next.writeQuorum === current.writeQuorum, "ensemble change altered W");
  invariant(next.ackQuorum === current.ackQuorum, "ensemble change altered A");
  const old = lastSegment(current);
  const now = lastSegment(next);
  invariant(now.firstEntryId === decision.firstEntryId, "new segment does not start where decided");
  const replaced = new Set<number>();
  now.bookies.forEach((b, i) => {
    if (b !== old.bookies[i]) replaced.add(i);
  });
  const decided = new Set(decision.replacements.map((r) => r.bookieIndex));
  invariant(replaced.size === decided.size, "ensemble change replaced other bookies than decided");
  for (const i of decided) invariant(replaced.has(i), `ensemble change left bookie index ${i} in place`);
  return replaced;
}
