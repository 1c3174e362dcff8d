/**
 * Test support for the ledger core (not part of the public surface): fast-check arbitraries for
 * quorums and metadata, and a seeded random source for schedules.
 */
import fc from "fast-check";
import type { QuorumConfig } from "./distribution.js";
import {
  LEDGER_STATES,
  type LedgerMetadata,
  newLedgerMetadata,
  toClosed,
  toInRecovery,
} from "./ledger-metadata.js";

export { Rng } from "../../metadata/core/raft/sim-random.js";

/** Valid E >= W >= A >= 1 with E <= `ensembleSizeMax`. */
export function quorumArb(ensembleSizeMax = 9): fc.Arbitrary<QuorumConfig> {
  return fc
    .integer({ min: 1, max: ensembleSizeMax })
    .chain((e) => fc.integer({ min: 1, max: e }).map((w) => [e, w] as const))
    .chain(([e, w]) =>
      fc.integer({ min: 1, max: w }).map((a) => ({ ensembleSize: e, writeQuorum: w, ackQuorum: a })),
    );
}

/** Bookie ids b0, b1, ... */
export function bookieIds(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `b${from + i}`);
}

/** Any valid metadata: random quorum, 1..5 segments, any state, optional password and custom map. */
export const ledgerMetadataArb: fc.Arbitrary<LedgerMetadata> = fc
  .record({
    quorum: quorumArb(6),
    ledgerId: fc.nat(),
    createdAtMs: fc.nat(),
    starts: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 4 }),
    state: fc.constantFrom(...LEDGER_STATES),
    closeAt: fc.integer({ min: -1, max: 20_000 }),
    lengthBytes: fc.nat(),
    password: fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }),
    custom: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 })), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const e = r.quorum.ensembleSize;
    let md = newLedgerMetadata({
      ledgerId: r.ledgerId,
      quorum: r.quorum,
      ensemble: bookieIds(0, e),
      createdAtMs: r.createdAtMs,
      ...(r.password === undefined ? {} : { password: r.password }),
      ...(r.custom === undefined ? {} : { customMetadata: r.custom }),
    });
    const starts = [...r.starts].sort((a, b) => a - b);
    const segments = [
      ...md.segments,
      ...starts.map((firstEntryId, i) => ({ firstEntryId, bookies: bookieIds((i + 1) * e, e) })),
    ];
    md = { ...md, segments };
    if (r.state === "IN_RECOVERY") md = toInRecovery(md);
    if (r.state === "CLOSED") md = toClosed(md, r.closeAt, r.closeAt === -1 ? 0 : r.lengthBytes);
    return md;
  });
