/** Zstandard frame format (COMPRESSION_CODEC_ZSTD, RFC 8878) through `zstd-napi`. */
import { compress, decompress } from "zstd-napi";

export function zstdCompress(data: Uint8Array): Buffer {
  return compress(data);
}

export function zstdDecompress(data: Uint8Array): Buffer {
  return decompress(data);
}
