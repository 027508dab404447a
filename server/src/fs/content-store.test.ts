import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { createBlobStore, EMPTY_DIGEST, openDatabase } from "../store/index.js";
import { mimeiSchema } from "../mimei/index.js";
import { CHUNK_SIZE, createContentStore } from "./content-store.js";
import { checkChunkBlobs, checkContentInvariants } from "./invariants.js";
import { fsSchema } from "./schema.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "leither-fs-"));
  const db = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema, fsSchema] });
  const root = path.join(dir, "chunks");
  const blobs = createBlobStore(root);
  const clock = createManualClock();
  const store = createContentStore({ db, chunks: blobs, clock });
  const invariants = async () => [...checkContentInvariants(db), ...(await checkChunkBlobs(db, blobs, root))];
  return { db, blobs, clock, store, invariants, root };
}

/** A content store over a blob store whose writes and fsyncs the test can watch, fail or hold. */
function spied(hooks: { write?: (digest: string, n: number) => Promise<void> | void; sync?: (digest: string) => Promise<void> | void } = {}) {
  const base = setup();
  const events: string[] = [];
  let writes = 0;
  const chunks = {
    ...base.blobs,
    async write(digest: string, bytes: Uint8Array, options?: { sync?: boolean }) {
      await hooks.write?.(digest, ++writes);
      events.push(`write ${digest}`);
      return base.blobs.write(digest, bytes, options);
    },
    async sync(digest: string) {
      await hooks.sync?.(digest);
      await base.blobs.sync(digest);
      events.push(`sync ${digest}`);
    },
  };
  const store = createContentStore({ db: base.db, chunks, clock: base.clock });
  const invariants = async () => [...checkContentInvariants(base.db), ...(await checkChunkBlobs(base.db, base.blobs, base.root))];
  return { ...base, store, events, invariants };
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
    const { store, blobs } = setup();
    const f = await store.ingest(pieces(Buffer.from("hello"), 5));
    await blobs.delete(f.hash);
    await blobs.write(f.hash, Buffer.from("jello"));
    await expect(collect(store.read(f.hash))).rejects.toMatchObject({ reason: "CHUNK_CORRUPT" });
  });

  it("detects a corrupted full-size chunk in the middle of a file", async () => {
    const { store, blobs } = setup();
    const data = randomBytes(3 * CHUNK_SIZE);
    const f = await store.ingest(pieces(data, CHUNK_SIZE));
    const middle = store.chunksOf(f.hash)[1]!.digest;
    const bad = Buffer.from(data.subarray(CHUNK_SIZE, 2 * CHUNK_SIZE));
    bad[12345] ^= 1;
    await blobs.delete(middle);
    await blobs.write(middle, bad);
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
    const base = setup();
    const data = randomBytes(4 * CHUNK_SIZE);
    const f = await base.store.ingest(pieces(data, CHUNK_SIZE));
    // Reads after the first are held, as a slow disk holds them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reads = 0;
    const chunks = {
      ...base.blobs,
      async readInto(digest: string, target: Uint8Array) {
        if (reads++ > 0) await held;
        return base.blobs.readInto(digest, target);
      },
    };
    const store = createContentStore({ db: base.db, chunks, clock: base.clock });
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
    const { store, invariants } = setup();
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
  });

  it("fsyncs the chunks it writes while the bytes still arrive, and all of them before the file names them", async () => {
    let synced!: () => void;
    const firstSync = new Promise<void>((resolve) => (synced = resolve));
    const { store, events, invariants } = spied({ sync: () => synced() });
    const file = await store.ingest(
      distinctChunks(4, async (i) => {
        // The last chunk is only sent once an earlier one was fsynced: syncing waits for no end.
        if (i === 3) {
          const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no chunk was fsynced before the stream ended")), 5000).unref());
          await Promise.race([firstSync, late]);
        }
      }),
    );
    const written = events.filter((e) => e.startsWith("write ")).map((e) => e.slice(6));
    const syncedDigests = events.filter((e) => e.startsWith("sync ")).map((e) => e.slice(5));
    expect(written).toHaveLength(4);
    expect(new Set(syncedDigests)).toEqual(new Set(written));
    expect(store.chunksOf(file.hash).map((c) => c.digest).sort()).toEqual([...written].sort());
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
    expect(pulled).toBeGreaterThan(8);
    expect(pulled).toBeLessThan(100);
    release();
    expect((await running).size).toBe(160 * CHUNK_SIZE);
  });

  it("makes no file when a chunk write or an fsync fails, and GC frees what was written", async () => {
    for (const failing of ["write", "sync"] as const) {
      const boom = new Error(`disk full (${failing})`);
      const { store, invariants } = spied(failing === "write" ? { write: (_d, n) => { if (n === 3) throw boom; } } : { sync: () => { throw boom; } });
      await expect(store.ingest(distinctChunks(6))).rejects.toBe(boom);
      expect(store.storedBytes()).toBe(0);
      await store.collectGarbage({ roots: new Set(), graceMs: 0 });
      expect(await invariants()).toEqual([]);
    }
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
