import { create, toBinary } from "@bufbuild/protobuf";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
import { DownloadResponseSchema } from "@leither/api/leither/v1/file_service_pb";
import { describe, expect, it } from "vitest";
import { chunkMessagePrefix } from "./download-frames.js";

describe("chunkMessagePrefix", () => {
  it("with the data after it, is byte for byte the envelope connect sends for the same chunk message", () => {
    const offsets = [0, 1, 127, 128, 300, 2 ** 32 + 5, 2 ** 45];
    const sizes = [1, 127, 128, 16_384, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
    for (const offset of offsets) {
      for (const size of sizes) {
        const data = new Uint8Array(size).map((_, i) => (i * 31 + offset) & 0xff);
        const message = create(DownloadResponseSchema, { part: { case: "chunk", value: { offset: BigInt(offset), data } } });
        const expected = encodeEnvelope(0, toBinary(DownloadResponseSchema, message));
        const prefix = chunkMessagePrefix(offset, size);
        const got = new Uint8Array(prefix.length + size);
        got.set(prefix);
        got.set(data, prefix.length);
        expect(Buffer.from(got).equals(Buffer.from(expected)), `offset ${offset}, ${size} bytes`).toBe(true);
      }
    }
  });
});
