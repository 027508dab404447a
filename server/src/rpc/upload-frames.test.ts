import { randomBytes } from "node:crypto";
import { create, toBinary } from "@bufbuild/protobuf";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
import { UploadRequestSchema, type UploadRequest } from "@leither/api/leither/v1/file_service_pb";
import { describe, expect, it } from "vitest";
import { readUploadRequests } from "./upload-frames.js";

const header = create(UploadRequestSchema, { part: { case: "header", value: { name: "a.bin", size: 3n, contentHash: "x".repeat(64) } } });
const chunk = (bytes: Uint8Array) => create(UploadRequestSchema, { part: { case: "chunk", value: bytes } });
const wire = (messages: UploadRequest[]) => Buffer.concat(messages.map((m) => encodeEnvelope(0, toBinary(UploadRequestSchema, m))));

/** `bytes` as a body arriving in pieces of the given sizes (cycled). */
async function* pieces(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

async function read(body: AsyncIterable<Uint8Array>, max = 4 << 20) {
  const headers: unknown[] = [];
  const data: Buffer[] = [];
  for await (const m of readUploadRequests(body, max)) {
    if (m.part.case === "header") headers.push(m.part.value);
    else if (m.part.case === "chunk") data.push(Buffer.from(m.part.value));
  }
  return { headers, data: Buffer.concat(data) };
}

describe("readUploadRequests", () => {
  const content = randomBytes(3 * 1024 * 1024 + 5);
  const messages = [header, chunk(content.subarray(0, 1 << 20)), chunk(content.subarray(1 << 20, 1_000 + (1 << 20))), chunk(content.subarray(1_000 + (1 << 20)))];

  it("reads the header and the chunks' bytes in order, however the body is cut", async () => {
    const small = content.subarray(0, 200_005);
    const few = [header, chunk(small.subarray(0, 100_000)), chunk(small.subarray(100_000, 101_000)), chunk(small.subarray(101_000))];
    for (const sizes of [[1], [7, 3], [5]]) {
      const got = await read(pieces(wire(few), sizes));
      expect(got.headers, `pieces ${sizes}`).toEqual([header.part.value]);
      expect(got.data.equals(small), `pieces ${sizes}`).toBe(true);
    }
    for (const sizes of [[16_384], [65_536, 1], [4 << 20]]) {
      const got = await read(pieces(wire(messages), sizes));
      expect(got.headers, `pieces ${sizes}`).toEqual([header.part.value]);
      expect(got.data.equals(content), `pieces ${sizes}`).toBe(true);
    }
  });

  it("hands a large chunk's bytes on as views of the body's buffers, without gathering them", async () => {
    const body = wire([chunk(content.subarray(0, 1 << 20))]);
    const seen: Uint8Array[] = [];
    for await (const m of readUploadRequests(pieces(body, [100_000]), 4 << 20)) if (m.part.case === "chunk") seen.push(m.part.value);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.slice(1).every((v) => v.buffer === body.buffer)).toBe(true);
  });

  it("decodes whole any large message that is not a lone chunk field", async () => {
    // A chunk followed by an unknown field: what protobuf-es reads is what comes out.
    const big = chunk(content.subarray(0, 200_000));
    const bytes = Buffer.concat([Buffer.from(toBinary(UploadRequestSchema, big)), Buffer.from([0x18, 0x01])]);
    const env = Buffer.alloc(5);
    env.writeUInt32BE(bytes.length, 1);
    const got = await read(pieces(Buffer.concat([env, bytes]), [1000]));
    expect(got.data.equals(content.subarray(0, 200_000))).toBe(true);
  });

  it("refuses compressed messages, messages over the limit and a body that ends inside a message", async () => {
    const body = wire(messages);
    const compressed = Buffer.from(body);
    compressed[0] = 1;
    await expect(read(pieces(compressed, [1000]))).rejects.toMatchObject({ reason: "COMPRESSED_MESSAGE", kind: "invalid_argument" });
    await expect(read(pieces(body, [1000]), 1 << 19)).rejects.toMatchObject({ reason: "MESSAGE_TOO_LARGE", kind: "resource_exhausted" });
    for (const end of [3, 5 + 20, 2 << 20]) {
      await expect(read(pieces(body.subarray(0, end), [4096])), `cut at ${end}`).rejects.toMatchObject({ reason: "INCOMPLETE_MESSAGE" });
    }
    const garbage = Buffer.from([0, 0, 0, 0, 3, 0xff, 0xff, 0xff]);
    await expect(read(pieces(garbage, [8]))).rejects.toMatchObject({ reason: "MALFORMED_MESSAGE" });
  });

  it("reports a body that fails to arrive as an aborted transfer", async () => {
    async function* reset(): AsyncGenerator<Uint8Array> {
      yield wire(messages).subarray(0, 70_000);
      throw new Error("stream reset");
    }
    await expect(read(reset())).rejects.toMatchObject({ reason: "TRANSFER_ABORTED", kind: "aborted" });
  });

  it("ends cleanly with an empty body", async () => {
    expect(await read(pieces(Buffer.alloc(0), [1]))).toEqual({ headers: [], data: Buffer.alloc(0) });
  });
});
