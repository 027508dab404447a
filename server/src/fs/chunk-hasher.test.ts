import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentHasher, digestOwned, sharedBuffer } from "./chunk-hasher.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("chunk hasher", () => {
  it("computes each chunk's digest and the content hash of the chunks in order, concurrent contents apart", async () => {
    const contents = [3, 1, 2].map((n) =>
      Array.from({ length: n }, (_, i) => {
        const b = sharedBuffer(i === n - 1 ? 300_000 : 1 << 20);
        randomBytes(b.length).copy(b);
        return b;
      }),
    );
    const hashers = contents.map(() => contentHasher());
    // Interleaved, as concurrent uploads are.
    const digests = contents.map(() => [] as Promise<string>[]);
    for (let i = 0; i < 3; i++) contents.forEach((chunks, c) => chunks[i] && digests[c]!.push(hashers[c]!.chunk(chunks[i]!)));
    for (const [c, chunks] of contents.entries()) {
      expect(await Promise.all(digests[c]!)).toEqual(chunks.map(sha));
      expect(await hashers[c]!.finish()).toBe(sha(Buffer.concat(chunks)));
    }
  });

  it("hashes small content in place, and no content at all as the empty hash", async () => {
    const small = contentHasher();
    const b = sharedBuffer(1000);
    b.fill(7);
    expect(await small.chunk(b)).toBe(sha(b));
    expect(await small.finish()).toBe(sha(b));
    expect(await contentHasher().finish()).toBe(sha(Buffer.alloc(0)));
  });

  it("hands an owned buffer over and back with its bytes intact", async () => {
    const original = randomBytes(1 << 20);
    const owned = Buffer.from(original);
    const copy = Buffer.allocUnsafeSlow(original.length);
    original.copy(copy);
    const { digest, bytes } = await digestOwned(copy);
    expect(digest).toBe(sha(original));
    expect(bytes.equals(original)).toBe(true);
    // A buffer that shares its memory with others (Node's pool, a slice) is hashed in place.
    const slice = owned.subarray(10, 200_000);
    const inPlace = await digestOwned(slice);
    expect(inPlace.digest).toBe(sha(slice));
    expect(inPlace.bytes).toBe(slice);
  });
});
