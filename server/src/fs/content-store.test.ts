import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, openSync, closeSync, writeSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { createBlobStore, createDirectIo, createPackFiles, EMPTY_DIGEST, openDatabase, type PackFiles, type PackLocation } from "../store/index.js";
import { mimeiSchema } from "../mimei/index.js";
import { CHUNK_SIZE, createContentStore } from "./content-store.js";
import type { ReadCheck } from "./read-check.js";
import { forgeKeepingCrc } from "./test-support/crc-forgery.js";
import { checkChunkStorage, checkContentInvariants, checkPackSpace } from "./invariants.js";
import { fsSchema } from "./schema.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function setup(readCheck?: ReadCheck) {
  const dir = mkdtempSync(path.join(tmpdir(), "leither-fs-"));
  const db = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema, fsSchema] });
  const root = path.join(dir, "chunks");
  const direct = createDirectIo(path.join(root, "tmp"));
  const blobs = createBlobStore(root, { direct });
  const packs = createPackFiles(path.join(root, "packs"), direct);
  const clock = createManualClock();
  const store = createContentStore({ db, packs, chunks: blobs, clock, readCheck });
  const invariants = async () => [...checkContentInvariants(db), ...(await checkChunkStorage(db, { blobs, packs, root }))];
  /** Overwrites a stored chunk's bytes where they lie on disk, as a failing disk would. */
  const corrupt = (digest: string, bytes: Uint8Array) => {
    const at = db.prepare("SELECT pack, pack_offset AS offset FROM fs_chunks WHERE digest = ?").get(digest) as PackLocation;
    const fd = openSync(path.join(root, "packs", `${String(at.pack).padStart(8, "0")}.pack`), "r+");
    writeSync(fd, bytes, 0, bytes.length, at.offset);
    closeSync(fd);
  };
  const packFiles = () => readdirSync(path.join(root, "packs")).filter((n) => n.endsWith(".pack"));
  const crcOf = (digest: string) => (db.prepare("SELECT crc FROM fs_chunks WHERE digest = ?").get(digest) as { crc: number | null }).crc;
  const setCrc = (digest: string, crc: number | null) => db.prepare("UPDATE fs_chunks SET crc = ? WHERE digest = ?").run(crc, digest);
  return { db, blobs, packs, clock, store, invariants, root, corrupt, packFiles, crcOf, setCrc };
}

/** A content store over pack files whose writes, fsyncs and reads the test can watch, fail or hold. */
function spied(hooks: { write?: (n: number) => Promise<void> | void; sync?: () => Promise<void> | void; read?: (n: number) => Promise<void> | void } = {}) {
  const base = setup();
  const events: string[] = [];
  let writes = 0;
  let reads = 0;
  const packs: PackFiles = {
    ...base.packs,
    get filling() {
      return base.packs.filling;
    },
    async write(at, bytes) {
      await hooks.write?.(++writes);
      await base.packs.write(at, bytes);
      events.push(`write ${at.pack}:${at.offset}`);
    },
    async sync() {
      const covered = events.filter((e) => e.startsWith("write ")).length;
      await hooks.sync?.();
      await base.packs.sync();
      events.push(`sync ${covered}`);
    },
    async read(at, target) {
      await hooks.read?.(++reads);
      return base.packs.read(at, target);
    },
  };
  const store = createContentStore({ db: base.db, packs, chunks: base.blobs, clock: base.clock });
  return { ...base, store, events };
}

/** `count` distinct 1 MiB chunks from one reused buffer (the store copies what it keeps). */
async function* distinctChunks(count: number, onPull?: (i: number) => Promise<void> | void): AsyncGenerator<Uint8Array> {
  const block = randomBytes(CHUNK_SIZE);
  for (let i = 0; i < count; i++) {
    await onPull?.(i);
    block.writeUInt32LE(i, 0);
    yield block;
  }
}

async function* pieces(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

async function collect(it: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of it) parts.push(p);
  return Buffer.concat(parts);
}

describe("content store", () => {
  it("addresses a file by the SHA-256 of its bytes, in fixed-size chunks, whatever the piece sizes", async () => {
    const { store, invariants } = setup();
    const data = randomBytes(2 * CHUNK_SIZE + 17);
    const a = await store.ingest(pieces(data, 1000));
    const b = await store.ingest(pieces(data, 3 * CHUNK_SIZE));
    expect(a).toMatchObject({ hash: sha(data), size: data.length, chunkCount: 3 });
    expect(b.hash).toBe(a.hash);
    expect(store.chunksOf(a.hash).map((c) => c.size)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 17]);
    expect((await collect(store.read(a.hash, CHUNK_SIZE - 3, CHUNK_SIZE + 5))).equals(data.subarray(CHUNK_SIZE - 3, CHUNK_SIZE + 5))).toBe(true);
    expect(store.storedBytes()).toBe(data.length);
    expect(await invariants()).toEqual([]);
  });

  it("shares chunks between files and refuses a wrong hash without making a file", async () => {
    const { store, invariants } = setup();
    const common = randomBytes(CHUNK_SIZE);
    await store.ingest(pieces(Buffer.concat([common, Buffer.from("a")]), 4096));
    await store.ingest(pieces(Buffer.concat([common, Buffer.from("b")]), 4096));
    expect(store.storedBytes()).toBe(CHUNK_SIZE + 2);
    await expect(store.ingest(pieces(Buffer.from("x"), 1), { expectedHash: EMPTY_DIGEST })).rejects.toMatchObject({ reason: "HASH_MISMATCH" });
    expect(store.stat(sha(Buffer.from("x")))).toBeUndefined();
    expect(await invariants()).toEqual([]);
  });

  it("detects a corrupted chunk on read", async () => {
    const { store, corrupt } = setup();
    const f = await store.ingest(pieces(Buffer.from("hello"), 5));
    corrupt(f.hash, Buffer.from("jello"));
    await expect(collect(store.read(f.hash))).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
  });

  it("detects a corrupted full-size chunk in the middle of a file", async () => {
    const { store, corrupt } = setup();
    const data = randomBytes(3 * CHUNK_SIZE);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    const middle = store.chunksOf(f.hash)[1]!.digest;
    const bad = Buffer.from(data.subarray(CHUNK_SIZE, 2 * CHUNK_SIZE));
    bad[12345] ^= 1;
    corrupt(middle, bad);
    const got: Buffer[] = [];
    await expect(
      (async () => {
        for await (const p of store.read(f.hash)) got.push(Buffer.from(p));
      })(),
    ).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
    // What was sent before the corrupt chunk is the file's own first chunk, nothing after.
    expect(Buffer.concat(got).equals(data.subarray(0, CHUNK_SIZE))).toBe(true);
  });

  it("streams chunks in reused buffers, each valid until the next is asked for; read gives copies", async () => {
    const { store } = setup();
    const data = randomBytes(6 * CHUNK_SIZE + 99);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    // Two streams at once, as concurrent downloads are: each sees its own bytes.
    const other = randomBytes(5 * CHUNK_SIZE);
    const g = await store.ingest(pieces(other, CHUNK_SIZE));
    const a = store.stream(f.hash)[Symbol.asyncIterator]();
    const b = store.stream(g.hash, 10)[Symbol.asyncIterator]();
    const seen = new Set<ArrayBufferLike>();
    const gotA: Buffer[] = [];
    const gotB: Buffer[] = [];
    for (;;) {
      const [x, y] = [await a.next(), await b.next()];
      if (x.done && y.done) break;
      // Copied before the next call, which may reuse the buffer.
      if (!x.done) {
        gotA.push(Buffer.from(x.value));
        seen.add(x.value.buffer);
      }
      if (!y.done) gotB.push(Buffer.from(y.value));
    }
    expect(Buffer.concat(gotA).equals(data)).toBe(true);
    expect(Buffer.concat(gotB).equals(other.subarray(10))).toBe(true);
    // Seven chunks went through a handful of buffers (the one consumed and those read ahead).
    expect(seen.size).toBeLessThan(7);
    // read's chunks are the caller's to keep.
    const kept: Buffer[] = [];
    for await (const p of store.read(f.hash)) kept.push(p);
    expect(Buffer.concat(kept).equals(data)).toBe(true);
  });

  it("a stream closed early gives its buffers back only after its reads ahead finished", async () => {
    // Reads after the first are held, as a slow disk holds them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { store } = spied({ read: (n) => (n > 1 ? held : undefined) });
    const data = randomBytes(4 * CHUNK_SIZE);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    const it = store.stream(f.hash)[Symbol.asyncIterator]();
    expect((await it.next()).value.equals(data.subarray(0, CHUNK_SIZE))).toBe(true);
    let closed = false;
    const closing = it.return(undefined).then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 20));
    // The reads ahead still write into their buffers: closing waits for them.
    expect(closed).toBe(false);
    release();
    await closing;
    expect(closed).toBe(true);
  });

  it("GC frees unreferenced files after the grace period and never referenced or pinned ones", async () => {
    const { store, clock, invariants } = setup();
    const kept = await store.ingest(pieces(randomBytes(CHUNK_SIZE + 1), 65536));
    const loose = await store.ingest(pieces(randomBytes(100), 100));
    const pinned = await store.ingest(pieces(randomBytes(200), 100));
    const lease = store.lease();
    lease.pinFile(pinned.hash);
    expect(await store.collectGarbage({ roots: new Set([kept.hash]) })).toMatchObject({ filesFreed: 0, chunksFreed: 0 });
    clock.advance(2 * 3600_000);
    const report = await store.collectGarbage({ roots: new Set([kept.hash]) });
    expect(report).toMatchObject({ filesFreed: 1, chunksFreed: 1, bytesFreed: 100 });
    expect(store.stat(loose.hash)).toBeUndefined();
    expect(store.stat(pinned.hash)).toBeDefined();
    lease.release();
    await store.collectGarbage({ roots: new Set([kept.hash]) });
    expect(store.stat(pinned.hash)).toBeUndefined();
    expect((await collect(store.read(kept.hash))).length).toBe(CHUNK_SIZE + 1);
    expect(await invariants()).toEqual([]);
  });

  it("GC frees the chunks of an interrupted ingest, but not while it runs", async () => {
    const { store, invariants, packFiles } = setup();
    let cut!: (err: Error) => void;
    const stop = new Promise<never>((_, reject) => (cut = reject));
    async function* interrupted(): AsyncGenerator<Uint8Array> {
      yield randomBytes(2 * CHUNK_SIZE);
      await stop;
    }
    const running = store.ingest(interrupted());
    await new Promise((r) => setTimeout(r, 50));
    expect(await store.collectGarbage({ roots: new Set(), graceMs: 0 })).toMatchObject({ chunksFreed: 0 });
    cut(new Error("connection reset"));
    await expect(running).rejects.toThrow("connection reset");
    expect(await store.collectGarbage({ roots: new Set(), graceMs: 0 })).toMatchObject({ chunksFreed: 2, bytesFreed: 2 * CHUNK_SIZE });
    expect(store.storedBytes()).toBe(0);
    expect(await invariants()).toEqual([]);
    // Its pack held nothing else: gone with it.
    expect(packFiles()).toEqual([]);
  });

  it("GC gives pack space back: a dead tail is cut, a mostly dead pack rewritten, a dead one removed", async () => {
    const { store, clock, invariants, packs, db, packFiles } = setup();
    const a = randomBytes(3 * CHUNK_SIZE);
    const b = randomBytes(2 * CHUNK_SIZE + 5000);
    const c = randomBytes(CHUNK_SIZE);
    const fa = await store.ingest(pieces(a, CHUNK_SIZE));
    const fb = await store.ingest(pieces(b, CHUNK_SIZE));
    const fc_ = await store.ingest(pieces(c, CHUNK_SIZE));
    const [first] = await packs.list();
    expect(first!.size).toBe(6 * CHUNK_SIZE + 8192);
    clock.advance(2 * 3600_000);
    // c lies at the pack's end: freeing it cuts the pack.
    await store.collectGarbage({ roots: new Set([fa.hash, fb.hash]) });
    expect(await packs.list()).toEqual([{ pack: first!.pack, size: 5 * CHUNK_SIZE + 8192 }]);
    expect(store.stat(fc_.hash)).toBeUndefined();
    // a is most of the pack's start: freeing it leaves 60% dead, so b is rewritten elsewhere.
    await store.collectGarbage({ roots: new Set([fb.hash]) });
    const [second, ...more] = await packs.list();
    expect(more).toEqual([]);
    expect(second!.pack).toBeGreaterThan(first!.pack);
    expect(second!.size).toBe(2 * CHUNK_SIZE + 8192);
    expect((await collect(store.read(fb.hash))).equals(b)).toBe(true);
    expect(await checkPackSpace(db, packs)).toEqual([]);
    expect(await invariants()).toEqual([]);
    // Nothing left to hold: no pack either.
    await store.collectGarbage({ roots: new Set() });
    expect(packFiles()).toEqual([]);
    expect(await invariants()).toEqual([]);
  });

  it("GC compacts the other packs when one holds a chunk that no longer matches its hash, and reports it", async () => {
    const { store, clock, packs, corrupt } = setup();
    const files = [];
    for (let p = 0; p < 2; p++) {
      files.push(await store.ingest(pieces(randomBytes(2 * CHUNK_SIZE), CHUNK_SIZE)), await store.ingest(pieces(randomBytes(CHUNK_SIZE), CHUNK_SIZE)));
      packs.seal();
    }
    const [doomedA, keptB, doomedC, keptD] = files;
    const before = (await packs.list()).map((p) => p.pack);
    corrupt(store.chunksOf(keptB!.hash)[0]!.digest, Buffer.from("rot"));
    clock.advance(2 * 3600_000);
    // Two thirds of each pack die: both are rewritten, and the first cannot be.
    await expect(store.collectGarbage({ roots: new Set([keptB!.hash, keptD!.hash]) })).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
    expect(store.stat(doomedA!.hash) ?? store.stat(doomedC!.hash)).toBeUndefined();
    const after = (await packs.list()).map((p) => p.pack);
    expect(after).toContain(before[0]);
    expect(after).not.toContain(before[1]);
    expect((await collect(store.read(keptD!.hash))).length).toBe(CHUNK_SIZE);
  });

  it("reads and frees chunks that older versions stored as blob files of their own", async () => {
    const { store, blobs, db, clock, invariants } = setup();
    const data = randomBytes(CHUNK_SIZE + 10);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    // As an older version left them: each chunk a blob file, its row without a pack.
    for (const c of store.chunksOf(f.hash)) {
      const bytes = data.subarray(c.offset, c.offset + c.size);
      expect((await blobs.put(bytes)).digest).toBe(c.digest);
      db.prepare("UPDATE fs_chunks SET pack = NULL, pack_offset = NULL WHERE digest = ?").run(c.digest);
    }
    await store.collectGarbage({ roots: new Set([f.hash]) });
    expect((await collect(store.read(f.hash))).equals(data)).toBe(true);
    expect(await invariants()).toEqual([]);
    clock.advance(2 * 3600_000);
    expect(await store.collectGarbage({ roots: new Set() })).toMatchObject({ filesFreed: 1, chunksFreed: 2 });
    for (const c of store.chunksOf(f.hash)) expect(await blobs.has(c.digest)).toBe(false);
    expect(await invariants()).toEqual([]);
  });

  it("fsyncs the packs while the bytes still arrive, and once more after its last write before the file names them", async () => {
    let synced!: () => void;
    const firstSync = new Promise<void>((resolve) => (synced = resolve));
    const { store, events, invariants, db } = spied({ sync: () => synced() });
    const file = await store.ingest(
      distinctChunks(40, async (i) => {
        // The last chunks are only sent once the packs were fsynced: syncing waits for no end.
        if (i === 36) {
          const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("nothing was fsynced before the stream ended")), 5000).unref());
          await Promise.race([firstSync, late]);
        }
      }),
    );
    const writes = events.filter((e) => e.startsWith("write ")).length;
    const syncs = events.filter((e) => e.startsWith("sync ")).map((e) => Number(e.slice(5)));
    expect(writes).toBe(40);
    // A sync began before the last chunks were written, and the last one covered every write.
    expect(syncs.length).toBeGreaterThan(1);
    expect(syncs[0]).toBeLessThan(40);
    expect(syncs.at(-1)).toBe(40);
    expect(store.chunksOf(file.hash)).toHaveLength(40);
    // Each chunk's row says where it lies: one after the other in a pack.
    const offsets = (db.prepare("SELECT pack_offset AS o FROM fs_chunks ORDER BY pack_offset").all() as { o: number }[]).map((r) => r.o);
    expect(offsets).toEqual(Array.from({ length: 40 }, (_, i) => i * CHUNK_SIZE));
    expect(await invariants()).toEqual([]);
  });

  it("holds the sender back while fsyncs lag, so a fast upload to a slow disk stays bounded", async () => {
    let release!: () => void;
    const disk = new Promise<void>((resolve) => (release = resolve));
    const { store } = spied({ sync: () => disk });
    let pulled = 0;
    let lastPull = Date.now();
    const running = store.ingest(
      distinctChunks(160, (i) => {
        pulled = i + 1;
        lastPull = Date.now();
      }),
    );
    while (Date.now() - lastPull < 300) await new Promise((r) => setTimeout(r, 50));
    // Bounded by the fsync backlog and the write window, far below the 160 MiB offered.
    expect(pulled).toBeGreaterThan(16);
    expect(pulled).toBeLessThan(100);
    release();
    expect((await running).size).toBe(160 * CHUNK_SIZE);
  });

  it("makes no file when a chunk write or an fsync fails, and GC frees what was written", async () => {
    for (const failing of ["write", "sync"] as const) {
      const boom = new Error(`disk full (${failing})`);
      const { store, invariants, packFiles } = spied(failing === "write" ? { write: (n) => { if (n === 3) throw boom; } } : { sync: () => { throw boom; } });
      await expect(store.ingest(distinctChunks(6))).rejects.toBe(boom);
      expect(store.storedBytes()).toBe(0);
      await store.collectGarbage({ roots: new Set(), graceMs: 0 });
      expect(await invariants()).toEqual([]);
      expect(packFiles()).toEqual([]);
    }
  });

  it("cuts what an ingest wrote off its pack at once when the disk filled up, without waiting for GC", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const { store, invariants, packFiles, packs } = spied({ write: (n) => { if (n === 4) throw full; } });
    const kept = await store.ingest(distinctChunks(1));
    const before = await packs.list();
    await expect(store.ingest(distinctChunks(6))).rejects.toBe(full);
    // The chunks written before the failure were dead space at the pack's end: cut off before
    // the failure was reported, so the disk has room again for the database and the next upload.
    expect(await packs.list()).toEqual(before);
    expect(packFiles()).toHaveLength(1);
    expect((await collect(store.read(kept.hash))).length).toBe(CHUNK_SIZE);
    expect(await invariants()).toEqual([]);
  });

  it("keeps its invariants through random ingests, GCs and re-ingests (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ op: fc.constantFrom("ingest", "gc", "root", "unroot"), pick: fc.nat(7), size: fc.nat(3 * 1024) }), { maxLength: 16 }),
        async (steps) => {
          const { store, clock, invariants } = setup();
          // A few blocks that files share, small chunks so that files span several.
          const blocks = Array.from({ length: 8 }, (_, i) => Buffer.alloc(CHUNK_SIZE / 256, i));
          const roots = new Set<string>();
          const known: { hash: string; data: Buffer }[] = [];
          for (const s of steps) {
            if (s.op === "ingest") {
              const data = Buffer.concat([...blocks.slice(0, s.pick % 4), Buffer.alloc(s.size, s.pick)]);
              known.push({ hash: (await store.ingest(pieces(data, 4096))).hash, data });
            } else if (s.op === "gc") {
              clock.advance(30 * 60_000);
              await store.collectGarbage({ roots });
            } else if (s.op === "root" && known.length > 0) {
              // As setCurrent does, only content that is still stored can be referenced.
              const k = known[s.pick % known.length]!;
              if (store.stat(k.hash)) roots.add(k.hash);
            } else if (s.op === "unroot") {
              roots.delete([...roots][s.pick % Math.max(roots.size, 1)]!);
            }
            expect(await invariants()).toEqual([]);
          }
          // Everything rooted is still readable and intact.
          for (const k of known.filter((k) => roots.has(k.hash))) expect((await collect(store.read(k.hash))).equals(k.data)).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe("content store read checks", () => {
  it("keeps the CRC-32 of each chunk's bytes, taken when they were verified against its digest", async () => {
    const { store, crcOf, invariants } = setup();
    const data = randomBytes(2 * CHUNK_SIZE + 7);
    const f = await store.ingest(pieces(data, 4096));
    for (const c of store.chunksOf(f.hash)) expect(crcOf(c.digest)).toBe(crc32(data.subarray(c.offset, c.offset + c.size)));
    expect(await invariants()).toEqual([]);
  });

  it("checks reads against the CRC-32 by default, and against the SHA-256 digest with readCheck sha256", async () => {
    const crcChecked = setup();
    const digestChecked = setup("sha256");
    for (const { store, setCrc } of [crcChecked, digestChecked]) {
      const f = await store.ingest(pieces(Buffer.from("some bytes"), 10));
      setCrc(f.hash, 12345); // a wrong CRC: only a check against it fails
      const read = collect(store.read(f.hash));
      if (store === crcChecked.store) await expect(read).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
      else expect((await read).toString()).toBe("some bytes");
    }
  });

  it("serves a forgery that keeps a chunk's CRC-32 under the default check, and refuses it with readCheck sha256", async () => {
    const data = randomBytes(CHUNK_SIZE);
    for (const readCheck of ["crc32", "sha256"] as const) {
      const { store, corrupt } = setup(readCheck);
      const f = await store.ingest(pieces(data, CHUNK_SIZE));
      const forged = forgeKeepingCrc(data, 8 * 1000 + 3, 8 * 500_000);
      expect(forged.equals(data)).toBe(false);
      expect(crc32(forged)).toBe(crc32(data));
      corrupt(f.hash, forged);
      const read = collect(store.read(f.hash));
      if (readCheck === "crc32") expect((await read).equals(forged)).toBe(true);
      else await expect(read).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
    }
  });

  it("verifies a chunk stored before CRCs were kept against its digest, and keeps its CRC from then on", async () => {
    const { store, crcOf, setCrc, corrupt } = setup();
    const good = randomBytes(CHUNK_SIZE);
    const f = await store.ingest(pieces(good, CHUNK_SIZE));
    setCrc(f.hash, null);
    expect((await collect(store.read(f.hash))).equals(good)).toBe(true);
    expect(crcOf(f.hash)).toBe(crc32(good));

    const bad = await store.ingest(pieces(Buffer.from("stored long ago"), 15));
    setCrc(bad.hash, null);
    const forged = forgeKeepingCrc(Buffer.from("stored long ago"), 0, 8);
    corrupt(bad.hash, forged);
    // Damaged bytes never become the chunk's CRC, even ones made to match the true CRC.
    await expect(collect(store.read(bad.hash))).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
    expect(crcOf(bad.hash)).toBeNull();
  });

  it("gives a chunk stored before CRCs were kept its CRC when its content arrives again", async () => {
    const { store, crcOf, setCrc, invariants } = setup();
    const data = randomBytes(CHUNK_SIZE + 10);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    for (const c of store.chunksOf(f.hash)) setCrc(c.digest, null);
    await store.ingest(pieces(data, 65536));
    for (const c of store.chunksOf(f.hash)) expect(crcOf(c.digest)).toBe(crc32(data.subarray(c.offset, c.offset + c.size)));
    expect(await invariants()).toEqual([]);
  });

  it("verifies chunks against their digests when GC rewrites a pack: a forgery that keeps the CRC is not copied", async () => {
    const { store, clock, packs, corrupt } = setup();
    await store.ingest(pieces(randomBytes(3 * CHUNK_SIZE), CHUNK_SIZE));
    const keptData = randomBytes(CHUNK_SIZE);
    const kept = await store.ingest(pieces(keptData, CHUNK_SIZE));
    packs.seal();
    corrupt(kept.hash, forgeKeepingCrc(keptData, 77, 8 * 4096));
    clock.advance(2 * 3600_000);
    // The pack's first three quarters die, so its one live chunk would be copied to a new pack.
    await expect(store.collectGarbage({ roots: new Set([kept.hash]) })).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
  });
});
