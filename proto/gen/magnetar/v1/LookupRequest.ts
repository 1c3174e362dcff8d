// Original file: proto/messaging.proto


export interface LookupRequest {
  /**
   * The topic (or one partition of a partitioned topic) to find. See naming rules at the top.
   */
  'topic'?: (string);
  /**
   * Set when following a redirect that came with `authoritative` true: the receiving broker must
   * answer with the current owner or claim the bundle itself, never redirect to another candidate.
   * False on a first lookup.
   */
  'authoritative'?: (boolean);
}

export interface LookupRequest__Output {
  /**
   * The topic (or one partition of a partitioned topic) to find. See naming rules at the top.
   */
  'topic': (string);
  /**
   * Set when following a redirect that came with `authoritative` true: the receiving broker must
   * answer with the current owner or claim the bundle itself, never redirect to another candidate.
   * False on a first lookup.
   */
  'authoritative': (boolean);
}
