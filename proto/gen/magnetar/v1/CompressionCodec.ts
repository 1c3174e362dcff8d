// Original file: proto/messaging.proto

/**
 * How a batch payload is compressed. The whole encoded MessageBatch is compressed at once.
 * Zero is NONE: uncompressed is the safe default every reader understands.
 */
export const CompressionCodec = {
  /**
   * Not compressed.
   */
  COMPRESSION_CODEC_NONE: 'COMPRESSION_CODEC_NONE',
  /**
   * LZ4 frame format (the lz4 frame spec, as written by the `lz4` tool).
   */
  COMPRESSION_CODEC_LZ4: 'COMPRESSION_CODEC_LZ4',
  /**
   * Zstandard frame format (RFC 8878).
   */
  COMPRESSION_CODEC_ZSTD: 'COMPRESSION_CODEC_ZSTD',
} as const;

/**
 * How a batch payload is compressed. The whole encoded MessageBatch is compressed at once.
 * Zero is NONE: uncompressed is the safe default every reader understands.
 */
export type CompressionCodec =
  /**
   * Not compressed.
   */
  | 'COMPRESSION_CODEC_NONE'
  | 0
  /**
   * LZ4 frame format (the lz4 frame spec, as written by the `lz4` tool).
   */
  | 'COMPRESSION_CODEC_LZ4'
  | 1
  /**
   * Zstandard frame format (RFC 8878).
   */
  | 'COMPRESSION_CODEC_ZSTD'
  | 2

/**
 * How a batch payload is compressed. The whole encoded MessageBatch is compressed at once.
 * Zero is NONE: uncompressed is the safe default every reader understands.
 */
export type CompressionCodec__Output = typeof CompressionCodec[keyof typeof CompressionCodec]
