/** LZ4 frame format (COMPRESSION_CODEC_LZ4) through `lz4-napi`. */
import { compressFrameSync, decompressFrameSync } from "lz4-napi";

export function lz4Compress(data: Uint8Array): Buffer {
  return compressFrameSync(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

export function lz4Decompress(data: Uint8Array): Buffer {
  return decompressFrameSync(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}
