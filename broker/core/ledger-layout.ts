/**
 * The layout of a topic's managed ledger as a cursor sees it: the ledgers in order, each with its
 * number of entries (entry ids 0..entries-1). The last ledger may still be growing; a ledger may
 * have 0 entries. This is what makes "the entry after this one" cross ledger boundaries.
 *
 * Invariants (asserted: the layout comes from the broker's own managed ledger, so a bad one is a
 * bug): ledger ids strictly increase; entry counts are integers >= 0.
 *
 * Pure; no I/O. Every function is O(number of ledgers) at most.
 */
import { invariant } from "../../common/errors.js";
import type { Position } from "./message-id.js";

export interface LedgerEntries {
  readonly ledgerId: number;
  /** Entries written (and confirmed) so far: ids 0..entries-1. */
  readonly entries: number;
}

export type LedgerLayout = readonly LedgerEntries[];

export function assertLayout(layout: LedgerLayout): void {
  layout.forEach((l, i) => {
    invariant(Number.isSafeInteger(l.ledgerId) && l.ledgerId >= 0, "ledger ids are integers >= 0");
    invariant(Number.isSafeInteger(l.entries) && l.entries >= 0, "entry counts are integers >= 0");
    const previous = layout[i - 1];
    invariant(previous === undefined || previous.ledgerId < l.ledgerId, "ledger ids strictly increase");
  });
}

/** Whether entry `p` has been written: its ledger is in the layout and 0 <= entryId < entries. */
export function hasEntry(layout: LedgerLayout, p: Position): boolean {
  const ledger = layout.find((l) => l.ledgerId === p.ledgerId);
  return ledger !== undefined && p.entryId >= 0 && p.entryId < ledger.entries;
}

/** The first written entry strictly after `p`, or undefined when none is written yet. */
export function nextPosition(layout: LedgerLayout, p: Position): Position | undefined {
  for (const l of layout) {
    if (l.ledgerId === p.ledgerId && p.entryId + 1 < l.entries)
      return { ledgerId: l.ledgerId, entryId: p.entryId + 1 };
    if (l.ledgerId > p.ledgerId && l.entries > 0) return { ledgerId: l.ledgerId, entryId: 0 };
  }
  return undefined;
}

/** The last written entry, or undefined when the topic has none. */
export function lastPosition(layout: LedgerLayout): Position | undefined {
  for (let i = layout.length - 1; i >= 0; i--) {
    const l = layout[i];
    invariant(l !== undefined, "index in range");
    if (l.entries > 0) return { ledgerId: l.ledgerId, entryId: l.entries - 1 };
  }
  return undefined;
}

/** Written entries e with after < e <= upTo (positions compared lexicographically). */
export function entriesBetween(layout: LedgerLayout, after: Position, upTo: Position): number {
  let count = 0;
  for (const l of layout) {
    if (l.ledgerId < after.ledgerId || l.ledgerId > upTo.ledgerId) continue;
    const low = l.ledgerId === after.ledgerId ? after.entryId + 1 : 0;
    const high = l.ledgerId === upTo.ledgerId ? Math.min(upTo.entryId, l.entries - 1) : l.entries - 1;
    count += Math.max(0, high - low + 1);
  }
  return count;
}
