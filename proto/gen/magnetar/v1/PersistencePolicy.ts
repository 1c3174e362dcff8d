// Original file: proto/admin.proto


/**
 * Replication of each new ledger. Must satisfy E >= W >= A >= 1 once defaults are applied
 * (INVALID_ARGUMENT otherwise). E above the number of writable bookies makes topic loads and
 * ledger rollovers fail with NOT_ENOUGH_BOOKIES until enough bookies are up.
 */
export interface PersistencePolicy {
  /**
   * E: bookies a ledger's entries are striped over. 0 = broker default. At most 32.
   */
  'ensembleSize'?: (number);
  /**
   * W: bookies each entry is written to. 0 = broker default. At most E.
   */
  'writeQuorum'?: (number);
  /**
   * A: bookies that must confirm an entry before it is acknowledged; an acknowledged entry
   * survives the loss of A - 1 of them. 0 = broker default. At most W.
   */
  'ackQuorum'?: (number);
  /**
   * Most cursor (mark-delete) writes to metadata per second per subscription; acknowledgements in
   * between are persisted with the next write, so a crash redelivers at most that tail.
   * 0 = broker default. > 0 otherwise.
   */
  'markDeleteMaxRatePerSecond'?: (number | string);
}

/**
 * Replication of each new ledger. Must satisfy E >= W >= A >= 1 once defaults are applied
 * (INVALID_ARGUMENT otherwise). E above the number of writable bookies makes topic loads and
 * ledger rollovers fail with NOT_ENOUGH_BOOKIES until enough bookies are up.
 */
export interface PersistencePolicy__Output {
  /**
   * E: bookies a ledger's entries are striped over. 0 = broker default. At most 32.
   */
  'ensembleSize': (number);
  /**
   * W: bookies each entry is written to. 0 = broker default. At most E.
   */
  'writeQuorum': (number);
  /**
   * A: bookies that must confirm an entry before it is acknowledged; an acknowledged entry
   * survives the loss of A - 1 of them. 0 = broker default. At most W.
   */
  'ackQuorum': (number);
  /**
   * Most cursor (mark-delete) writes to metadata per second per subscription; acknowledgements in
   * between are persisted with the next write, so a crash redelivers at most that tail.
   * 0 = broker default. > 0 otherwise.
   */
  'markDeleteMaxRatePerSecond': (number);
}
