/**
 * KV-specific error classes. Both are MagnetarErrors with a standard code, so the server maps them
 * like any other; the extra field says where the caller can restart.
 */
import { CompactedError, MagnetarError } from "../../../common/errors.js";

/**
 * A read or watch asked for a revision older than the compacted revision. Not retriable as is:
 * restart from `compactRevision` or later (after re-reading the current state). The compact
 * revision also travels in `hint`, which crosses gRPC.
 */
export class RevisionCompactedError extends CompactedError {
  readonly compactRevision: number;

  constructor(what: string, revision: number, compactRevision: number) {
    super(
      `${what} at revision ${revision}: history before revision ${compactRevision} was compacted; ` +
        `restart from revision ${compactRevision} or later`,
      { hint: String(compactRevision) },
    );
    this.compactRevision = compactRevision;
  }
}

/**
 * The hub ended a watcher whose consumer paused and fell too far behind. Retriable: watch again
 * from `restartRevision` (the first revision it has not received).
 */
export class SlowWatcherError extends MagnetarError {
  readonly restartRevision: number;

  constructor(watchId: number, behindRevisionsMax: number, restartRevision: number) {
    super(
      "RESOURCE_EXHAUSTED",
      `watch ${watchId} was paused and fell more than ${behindRevisionsMax} revisions behind; ` +
        `watch again from revision ${restartRevision}`,
      { hint: String(restartRevision) },
    );
    this.name = "SlowWatcherError";
    this.restartRevision = restartRevision;
  }
}
