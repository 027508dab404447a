import { randomBytes } from "node:crypto";
import { constants, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDirectIo, DIRECT_MAX } from "./direct-io.js";
import { createBlobStore } from "./index.js";

// These run where the node's tests run: Linux, with a temp directory on a filesystem that takes
// O_DIRECT (ext4 and tmpfs do). Elsewhere the direct path is not taken, which the last tests cover.
const supported = constants.O_DIRECT !== undefined;
const dir = () => mkdtempSync(path.join(tmpdir(), "leither-direct-"));

describe("direct I/O", () => {
  it.runIf(supported)("writes whole 4 KiB blocks around the page cache, from any memory", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"));
    const plain = randomBytes(DIRECT_MAX);
    const pooled = io.allocate(DIRECT_MAX);
    randomBytes(DIRECT_MAX).copy(pooled);
    expect(await io.writeFile(path.join(root, "a"), plain, true)).toBe(true);
    expect(await io.writeFile(path.join(root, "b"), pooled, false)).toBe(true);
    expect(await io.writeFile(path.join(root, "c"), plain.subarray(3, 3 + 8192), true)).toBe(true);
    expect(io.taken.writes).toBe(3);
    expect(readFileSync(path.join(root, "a")).equals(plain)).toBe(true);
    expect(readFileSync(path.join(root, "b")).equals(pooled)).toBe(true);
    expect(readFileSync(path.join(root, "c")).equals(plain.subarray(3, 3 + 8192))).toBe(true);
  });

  it.runIf(supported)("reads into pooled or plain memory, and stops at the end of a shorter file", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"));
    const full = randomBytes(DIRECT_MAX);
    const short = randomBytes(1000 + 4096 * 20);
    writeFileSync(path.join(root, "full"), full);
    writeFileSync(path.join(root, "short"), short);
    const pooled = io.allocate(DIRECT_MAX);
    expect(await io.readInto(path.join(root, "full"), pooled)).toBe(DIRECT_MAX);
    expect(pooled.equals(full)).toBe(true);
    const plain = Buffer.alloc(DIRECT_MAX);
    expect(await io.readInto(path.join(root, "short"), plain)).toBe(short.length);
    expect(plain.subarray(0, short.length).equals(short)).toBe(true);
    // A target of an odd length inside pooled memory: whole blocks are read, only its part kept.
    const odd = pooled.subarray(0, 70_001);
    pooled.fill(0);
    expect(await io.readInto(path.join(root, "full"), odd)).toBe(70_001);
    expect(odd.equals(full.subarray(0, 70_001))).toBe(true);
    expect(pooled[70_001]).toBe(0);
    expect(io.taken.reads).toBe(3);
  });

  it("leaves what it cannot take to the caller, with nothing written", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"));
    expect(await io.writeFile(path.join(root, "odd"), randomBytes(5000), true)).toBe(false);
    expect(await io.writeFile(path.join(root, "big"), randomBytes(DIRECT_MAX + 4096), true)).toBe(false);
    expect(await io.writeFile(path.join(root, "none"), new Uint8Array(0), true)).toBe(false);
    expect(existsSync(path.join(root, "odd")) || existsSync(path.join(root, "big")) || existsSync(path.join(root, "none"))).toBe(false);
    writeFileSync(path.join(root, "small"), "x");
    expect(await io.readInto(path.join(root, "small"), Buffer.alloc(1024))).toBeUndefined();
    expect(io.taken).toEqual({ writes: 0, reads: 0 });
  });

  it("when disabled, takes nothing and allocates plain shared memory", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"), { enabled: false });
    const b = io.allocate(DIRECT_MAX);
    expect(b.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(b.length).toBe(DIRECT_MAX);
    expect(await io.writeFile(path.join(root, "a"), b, true)).toBe(false);
    expect(await io.readInto(path.join(root, "a"), b)).toBeUndefined();
  });
});

describe("blob store with direct I/O", () => {
  for (const directIo of [true, false]) {
    it(`stores chunk-sized and odd blobs alike (directIo: ${directIo})`, async () => {
      const blobs = createBlobStore(dir(), { directIo });
      const chunk = randomBytes(DIRECT_MAX);
      const tail = randomBytes(12_345);
      const { createHash } = await import("node:crypto");
      const digestOf = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
      expect(await blobs.write(digestOf(chunk), chunk, { sync: false })).toBe(true);
      await blobs.sync(digestOf(chunk));
      expect(await blobs.write(digestOf(tail), tail)).toBe(true);
      expect(await blobs.write(digestOf(chunk), chunk)).toBe(false);
      expect((await blobs.readAll(digestOf(chunk))).equals(chunk)).toBe(true);
      const into = blobs.allocate(DIRECT_MAX);
      expect(await blobs.readInto(digestOf(chunk), into)).toBe(DIRECT_MAX);
      expect(into.equals(chunk)).toBe(true);
      expect(await blobs.readInto(digestOf(tail), into.subarray(0, tail.length))).toBe(tail.length);
      expect(into.subarray(0, tail.length).equals(tail)).toBe(true);
      expect(blobs.directTaken).toEqual(directIo && supported ? { writes: 1, reads: 1 } : { writes: 0, reads: 0 });
      await expect(blobs.readInto("0".repeat(64), into)).rejects.toMatchObject({ reason: "NOT_FOUND" });
    });
  }
});
