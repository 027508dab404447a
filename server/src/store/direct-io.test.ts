import { randomBytes } from "node:crypto";
import { constants, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
  it.runIf(supported)("opens files around the page cache; memory from allocate is taken in place, other memory is not", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"));
    const pooled = io.allocate(DIRECT_MAX);
    randomBytes(DIRECT_MAX).copy(pooled);
    const plain = randomBytes(DIRECT_MAX + 8);
    expect(io.inPlace(pooled)).toBe(true);
    expect(io.inPlace(pooled.subarray(1))).toBe(false);
    expect(io.inPlace(plain)).toBe(false);
    const handle = (await io.open(path.join(root, "a"), constants.O_RDWR | constants.O_CREAT, 0o600))!;
    try {
      expect((await handle.write(pooled, 0, DIRECT_MAX, 0)).bytesWritten).toBe(DIRECT_MAX);
      // What in place spares: a direct transfer from memory the device does not take fails.
      await expect(handle.write(plain.subarray(3), 0, 4096, DIRECT_MAX)).rejects.toMatchObject({ code: "EINVAL" });
    } finally {
      await handle.close();
    }
    expect(readFileSync(path.join(root, "a")).equals(pooled)).toBe(true);
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
    writeFileSync(path.join(root, "small"), "x");
    expect(await io.readInto(path.join(root, "small"), Buffer.alloc(1024))).toBeUndefined();
    writeFileSync(path.join(root, "big"), randomBytes(DIRECT_MAX + 4096));
    expect(await io.readInto(path.join(root, "big"), Buffer.alloc(DIRECT_MAX + 4096))).toBeUndefined();
    expect(io.taken).toEqual({ reads: 0 });
  });

  it("when disabled, takes nothing and allocates plain shared memory", async () => {
    const root = dir();
    const io = createDirectIo(path.join(root, "tmp"), { enabled: false });
    const b = io.allocate(DIRECT_MAX);
    expect(b.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(b.length).toBe(DIRECT_MAX);
    expect(io.inPlace(b)).toBe(false);
    expect(await io.open(path.join(root, "a"), constants.O_RDWR | constants.O_CREAT, 0o600)).toBeUndefined();
    writeFileSync(path.join(root, "a"), b);
    expect(await io.readInto(path.join(root, "a"), b)).toBeUndefined();
  });
});

describe("blob store with direct I/O", () => {
  for (const directIo of [true, false]) {
    it(`reads chunk-sized and odd blobs alike (directIo: ${directIo})`, async () => {
      const root = dir();
      const direct = createDirectIo(path.join(root, "tmp"), { enabled: directIo });
      const blobs = createBlobStore(root, { direct });
      const chunk = randomBytes(DIRECT_MAX);
      const tail = randomBytes(12_345);
      const digestOf = async (b: Uint8Array) => (await blobs.put(b)).digest;
      expect((await blobs.readAll(await digestOf(chunk))).equals(chunk)).toBe(true);
      await digestOf(tail);
      const into = direct.allocate(DIRECT_MAX);
      const { createHash } = await import("node:crypto");
      const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
      expect(await blobs.readInto(sha(chunk), into)).toBe(DIRECT_MAX);
      expect(into.equals(chunk)).toBe(true);
      expect(await blobs.readInto(sha(tail), into.subarray(0, tail.length))).toBe(tail.length);
      expect(into.subarray(0, tail.length).equals(tail)).toBe(true);
      // The tail, under 64 KiB, is read through the page cache, which keeps small files hot.
      expect(blobs.directTaken).toEqual(directIo && supported ? { reads: 1 } : { reads: 0 });
      await expect(blobs.readInto("0".repeat(64), into)).rejects.toMatchObject({ reason: "NOT_FOUND" });
    });
  }
});
