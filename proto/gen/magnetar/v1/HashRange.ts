// Original file: proto/messaging.proto


/**
 * An inclusive range of key hashes. The hash of a key is Murmur3 x86 32-bit (seed 0) of the key
 * bytes, modulo 65536.
 */
export interface HashRange {
  /**
   * First hash of the range, 0 to 65535.
   */
  'start'?: (number);
  /**
   * Last hash of the range, inclusive, start to 65535.
   */
  'end'?: (number);
}

/**
 * An inclusive range of key hashes. The hash of a key is Murmur3 x86 32-bit (seed 0) of the key
 * bytes, modulo 65536.
 */
export interface HashRange__Output {
  /**
   * First hash of the range, 0 to 65535.
   */
  'start': (number);
  /**
   * Last hash of the range, inclusive, start to 65535.
   */
  'end': (number);
}
