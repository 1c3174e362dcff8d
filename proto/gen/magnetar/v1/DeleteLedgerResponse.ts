// Original file: proto/bookie.proto


export interface DeleteLedgerResponse {
  /**
   * True if the bookie held anything for the ledger (entries or a fenced marker) before the call.
   */
  'existed'?: (boolean);
}

export interface DeleteLedgerResponse__Output {
  /**
   * True if the bookie held anything for the ledger (entries or a fenced marker) before the call.
   */
  'existed': (boolean);
}
