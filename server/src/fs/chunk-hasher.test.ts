import { createHash, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentHasher, digest, sharedBuffer } from "./chunk-hasher.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const print = (b: Uint8Array) => ({ digest: sha(b), crc: crc32(b) });

describe("chunk hasher", () => {
  it("computes each chunk's digest and CRC-32 and the content hash of the chunks in order, concurrent contents apart", async () => {
    const contents = [3, 1, 2].map((n) =>
      Array.from({ length: n }, (_, i) => {
        const b = sharedBuffer(i === n - 1 ? 300_000 : 1 << 20);
        randomBytes(b.length).copy(b);
        return b;
      }),
    );
    const hashers = contents.map(() => contentHasher());
    // Interleaved, as concurrent uploads are.
    const digests = contents.map(() => [] as Promise<{ digest: string; crc: number }>[]);
    for (let i = 0; i < 3; i++) contents.forEach((chunks, c) => chunks[i] && digests[c]!.push(hashers[c]!.chunk(chunks[i]!)));
    for (const [c, chunks] of contents.entries()) {
      expect(await Promise.all(digests[c]!)).toEqual(chunks.map(print));
      expect(await hashers[c]!.finish()).toBe(sha(Buffer.concat(chunks)));
    }
  });

  it("hashes small content in place, and no content at all as the empty hash", async () => {
    const small = contentHasher();
    const b = sharedBuffer(1000);
    b.fill(7);
    expect(await small.chunk(b)).toEqual(print(b));
    expect(await small.finish()).toBe(sha(b));
    expect(await contentHasher().finish()).toBe(sha(Buffer.alloc(0)));
  });

  it("hashes shared bytes on the worker in place and other bytes here, views included", async () => {
    const shared = sharedBuffer(1 << 20);
    randomBytes(shared.length).copy(shared);
    expect(await digest(shared)).toBe(sha(shared));
    const view = shared.subarray(100_000, 900_000);
    expect(await digest(view)).toBe(sha(view));
    const plain = randomBytes(1 << 20);
    expect(await digest(plain)).toBe(sha(plain));
    expect(await digest(plain.subarray(0, 10))).toBe(sha(plain.subarray(0, 10)));
  });

  it("reads a reused shared buffer's current bytes each time (the worker keeps the buffer, not its bytes)", async () => {
    const buffer = sharedBuffer(1 << 20);
    for (let round = 0; round < 4; round++) {
      randomBytes(buffer.length).copy(buffer);
      expect(await digest(buffer)).toBe(sha(buffer));
      const hasher = contentHasher();
      expect(await hasher.chunk(buffer)).toEqual(print(buffer));
      expect(await hasher.finish()).toBe(sha(buffer));
    }
  });
});
