/**
 * Batch compression: the whole encoded MessageBatch is compressed at once with the batch's codec
 * (proto/messaging.proto `CompressionCodec`). Each codec lives behind its own tiny module.
 */
import { ChecksumMismatchError, InvalidArgumentError } from "../common/errors.js";
import type { CompressionCodec__Output as WireCodec } from "../proto/gen/magnetar/v1/CompressionCodec.js";
import { lz4Compress, lz4Decompress } from "./compression-lz4.js";
import { zstdCompress, zstdDecompress } from "./compression-zstd.js";

/** The application-facing names of the codecs. */
export type Compression = "none" | "lz4" | "zstd";
export const COMPRESSIONS: readonly Compression[] = ["none", "lz4", "zstd"];

export type WireCompressionCodec =
  | "COMPRESSION_CODEC_NONE"
  | "COMPRESSION_CODEC_LZ4"
  | "COMPRESSION_CODEC_ZSTD";

export function wireCodec(compression: Compression): WireCompressionCodec {
  switch (compression) {
    case "none":
      return "COMPRESSION_CODEC_NONE";
    case "lz4":
      return "COMPRESSION_CODEC_LZ4";
    case "zstd":
      return "COMPRESSION_CODEC_ZSTD";
  }
}

export function compress(compression: Compression, data: Uint8Array): Uint8Array {
  switch (compression) {
    case "none":
      return data;
    case "lz4":
      return lz4Compress(data);
    case "zstd":
      return zstdCompress(data);
  }
}

/**
 * Decompresses a payload with the codec named in its entry header and checks the size the header
 * promises (consumers must reject an entry that decompresses to another size).
 */
export function decompress(codec: WireCodec, data: Uint8Array, expectedSize: number): Uint8Array {
  let out: Uint8Array;
  switch (codec) {
    case "COMPRESSION_CODEC_NONE":
      out = data;
      break;
    case "COMPRESSION_CODEC_LZ4":
      out = lz4Decompress(data);
      break;
    case "COMPRESSION_CODEC_ZSTD":
      out = zstdDecompress(data);
      break;
    default:
      throw new InvalidArgumentError(`unknown compression codec ${String(codec)}`);
  }
  if (out.byteLength !== expectedSize) {
    throw new ChecksumMismatchError(
      `entry payload decompresses to ${out.byteLength} bytes, header says ${expectedSize}`,
    );
  }
  return out;
}
