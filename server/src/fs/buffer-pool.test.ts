import { describe, expect, it } from "vitest";
import { copyIntoShared, createBufferPool } from "./buffer-pool.js";
import { digest, releaseShared } from "./chunk-hasher.js";
import { createHash, randomBytes } from "node:crypto";

describe("buffer pool", () => {
  it("hands back the buffers it was given, keeps at most `keep` idle and reports the ones it drops", () => {
    const dropped: Buffer[] = [];
    const pool = createBufferPool(1024, 2, (b) => dropped.push(b));
    const [a, b, c] = [pool.take(), pool.take(), pool.take()];
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(new Set([a, b, c]).size).toBe(3);
    pool.give(a);
    pool.give(b);
    pool.give(c);
    expect(dropped).toEqual([c]);
    expect([pool.take(), pool.take()].sort()).toEqual([a, b].sort());
    // Buffers that are not the pool's (or views of them) are ignored, not kept.
    pool.give(Buffer.alloc(1024));
    pool.give(a.subarray(0, 10));
    expect(dropped).toEqual([c]);
  });

  it("refuses a buffer given back twice (it would be handed to two users)", () => {
    const pool = createBufferPool(16, 4);
    const a = pool.take();
    pool.give(a);
    expect(() => pool.give(a)).toThrow(/twice/);
  });

  it("a shared buffer the hashing worker let go of is sent again when hashed again", async () => {
    const pool = createBufferPool(1 << 20, 1);
    const b = pool.take();
    randomBytes(b.length).copy(b);
    const sha = () => createHash("sha256").update(b).digest("hex");
    expect(await digest(b)).toBe(sha());
    releaseShared(b);
    b[0] = (b[0]! + 1) & 0xff;
    expect(await digest(b)).toBe(sha());
  });
});

describe("copyIntoShared", () => {
  it("copies from any offset into any offset of shared memory, whatever the sizes", () => {
    const source = randomBytes(3 * 1024 * 1024 + 17);
    for (const [from, to, n] of [[0, 0, 4096], [3, 0, 1024 * 1024], [7, 5, 2 * 1024 * 1024 + 3], [8, 0, 100], [1, 9, 3 * 1024 * 1024]]) {
      const target = Buffer.from(new SharedArrayBuffer(3 * 1024 * 1024 + 32));
      copyIntoShared(target, to, source.subarray(from, from + n));
      expect(target.subarray(to, to + n).equals(source.subarray(from, from + n)), `${n} bytes from ${from} to ${to}`).toBe(true);
      expect(target.subarray(0, to).every((b) => b === 0) && target.subarray(to + n).every((b) => b === 0)).toBe(true);
    }
  });
});
