import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDirectIo } from "./direct-io.js";
import { createPackFiles, PackGoneError } from "./pack-files.js";

const MiB = 1024 * 1024;

function setup(options: { directIo?: boolean } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), "leither-packs-"));
  const dir = path.join(root, "packs");
  const direct = createDirectIo(path.join(root, "tmp"), { enabled: options.directIo });
  return { dir, direct, packs: createPackFiles(dir, direct) };
}

async function append(packs: ReturnType<typeof setup>["packs"], bytes: Uint8Array) {
  const at = packs.reserve(bytes.length);
  await packs.write(at, bytes);
  return at;
}

describe("pack files", () => {
  for (const directIo of [true, false]) {
    it(`lays blobs end to end in whole blocks and reads them back (${directIo ? "direct I/O" : "page cache"})`, async () => {
      const { packs } = setup({ directIo });
      // A chunk in memory the packs take in place, and bytes they must take as they are.
      const chunk = packs.allocate(MiB);
      randomBytes(MiB).copy(chunk);
      const tail = packs.allocate(MiB).subarray(0, 5000);
      randomBytes(5000).copy(tail);
      const loose = randomBytes(100);
      const a = await append(packs, chunk);
      const b = await append(packs, loose);
      const c = await append(packs, tail);
      expect([a.offset, b.offset, c.offset]).toEqual([0, MiB, MiB + 4096]);
      await packs.sync();
      expect(await packs.list()).toEqual([{ pack: a.pack, size: MiB + 4096 + 8192 }]);
      const into = packs.allocate(MiB);
      expect(await packs.read(a, into)).toBe(MiB);
      expect(into.equals(chunk)).toBe(true);
      expect(await packs.read(c, into.subarray(0, 5000))).toBe(5000);
      expect(into.subarray(0, 5000).equals(tail)).toBe(true);
      const small = Buffer.alloc(100);
      expect(await packs.read(b, small)).toBe(100);
      expect(small.equals(loose)).toBe(true);
      await packs.close();
    });
  }

  it("zeroes the padding of a block written in place", async () => {
    const { packs, dir } = setup();
    const chunk = packs.allocate(MiB);
    chunk.fill(0xff);
    const at = await append(packs, chunk.subarray(0, 10));
    await packs.sync();
    const block = Buffer.alloc(4096);
    expect(await packs.read(at, block)).toBe(4096);
    expect(block.subarray(0, 10).every((b) => b === 0xff)).toBe(true);
    expect(block.subarray(10).every((b) => b === 0)).toBe(true);
    expect(readdirSync(dir)).toEqual(["00000001.pack"]);
    await packs.close();
  });

  it("fills a new pack after a restart, never the old one whose tail a crash may have torn", async () => {
    const { packs, dir, direct } = setup();
    const first = await append(packs, randomBytes(10));
    await packs.sync();
    await packs.close();
    const again = createPackFiles(dir, direct);
    const second = await append(again, randomBytes(10));
    expect(second).toEqual({ pack: first.pack + 1, offset: 0 });
    await again.sync();
    expect((await again.list()).map((p) => p.pack)).toEqual([first.pack, second.pack]);
    await again.close();
  });

  it("starts a new pack once sealed; truncates and removes sealed packs only", async () => {
    const { packs, dir } = setup();
    const a = await append(packs, randomBytes(10));
    await append(packs, randomBytes(10));
    await expect(packs.truncate(a.pack, 4096)).rejects.toThrow(/still being filled/);
    packs.seal();
    const b = await append(packs, randomBytes(10));
    expect(b.pack).toBe(a.pack + 1);
    await packs.sync();
    await packs.truncate(a.pack, 4096);
    expect(statSync(path.join(dir, "00000001.pack")).size).toBe(4096);
    await packs.remove(a.pack);
    await expect(packs.read(a, Buffer.alloc(10))).rejects.toBeInstanceOf(PackGoneError);
    expect((await packs.list()).map((p) => p.pack)).toEqual([b.pack]);
    await packs.close();
  });

  it("lets a read under way finish when its pack is removed", async () => {
    const { packs } = setup();
    const bytes = randomBytes(MiB);
    const a = await append(packs, bytes);
    await packs.sync();
    packs.seal();
    const into = Buffer.alloc(MiB);
    const reading = packs.read(a, into);
    await packs.remove(a.pack);
    expect(await reading).toBe(MiB);
    expect(into.equals(bytes)).toBe(true);
    await packs.close();
  });
});
