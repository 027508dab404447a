// Content-addressed files over fixed-size chunks. A file is identified by its content hash
// (SHA-256 of all its bytes) and stored as an ordered list of 1 MiB chunks, each a blob named by
// its own SHA-256 and shared by every file that contains it. Chunks are reference-counted by
// the files that list them; files are kept while MiMei reference them (or for a grace period
// after they were written); collectGarbage frees the rest.
import type { Clock } from "../clock.js";
import { invalidArgument, LeitherError, notFound } from "../errors.js";
import { EMPTY_DIGEST, isDigest, type BlobStore, type SqliteDatabase } from "../store/index.js";
import { copyIntoShared, createBufferPool } from "./buffer-pool.js";
import { contentHasher, digest as digestOf, releaseShared, startChunkHasher } from "./chunk-hasher.js";
import { manifestDigest, type ChunkEntry } from "./manifest.js";
import { detectMimeType, SNIFF_BYTES } from "./mime.js";

/** Chunk size; every chunk of a file but the last holds exactly this many bytes. */
export const CHUNK_SIZE = 1 << 20;
/** How long content nobody references is kept after it was written (FileService contract). */
export const DEFAULT_GRACE_MS = 60 * 60 * 1000;
/**
 * Chunks being hashed or written at once per ingest (1 MiB of memory each): enough to keep the
 * chunk hasher and the thread pool busy while the event loop receives the next bytes. With
 * direct I/O a chunk's write takes well under a millisecond: 8 or 16 were no faster than 4 (an
 * upload is CPU-bound on two cores), and held more memory.
 */
const WRITE_WINDOW = 4;
/**
 * Chunks written but not yet fsynced before an ingest waits for the disk. Syncing as the bytes
 * arrive, rather than all at the end, overlaps the disk's write-back with the transfer (a
 * 1 GiB upload that fsynced at the end waited ~4 s for it here); the bound keeps a sender
 * faster than the disk from piling up dirty pages that the last step would have to flush.
 */
const SYNC_LAG = 64;
/**
 * fsyncs in flight per ingest. Each holds a thread-pool thread (4 by default) until the disk
 * answers; more starve the chunk writes and hashes that share the pool.
 */
const SYNC_WINDOW = 2;
/** Chunks read (and verified) ahead of the one being sent, 1 MiB of memory each. */
const READ_AHEAD = 2;
/**
 * Idle chunk buffers kept for the next transfers (1 MiB each, held for the node's life): what
 * an upload (its write window and the buffer being filled) and a download (the chunk being
 * sent and those read ahead) hold at once, so that neither allocates once the pool is warm.
 */
const IDLE_BUFFERS = WRITE_WINDOW + 1 + READ_AHEAD + 1;
/** Chunks smaller than this are read into buffers of their own size rather than pooled ones. */
const POOLED_FROM = 64 * 1024;

export interface StoredFile {
  hash: string;
  size: number;
  chunkCount: number;
  /** SHA-256 of the manifest encoding. */
  manifest: string;
  mimeType: string;
  createdAt: number;
}

export interface ChunkSpan extends ChunkEntry {
  /** Position of the chunk's first byte in the file. */
  offset: number;
}

/** Keeps content from garbage collection while a transfer or placement is under way. */
export interface Lease {
  pinFile(hash: string): void;
  pinChunk(digest: string): void;
  release(): void;
}

export interface IngestOptions {
  /** Used with the first bytes to detect the MIME type when `mimeType` is empty. */
  name?: string;
  mimeType?: string;
  /** Checked at the end: INVALID_ARGUMENT HASH_MISMATCH, and no file is made. */
  expectedHash?: string;
  /** Checked as bytes arrive: INVALID_ARGUMENT SIZE_MISMATCH. 0 or absent: not checked. */
  expectedSize?: number;
  /** Largest content accepted: RESOURCE_EXHAUSTED CONTENT_TOO_LARGE beyond it. */
  maxSize?: number;
  /** Holds the new file (and its chunks) until the caller has placed it; one is made otherwise. */
  lease?: Lease;
  /** Recorded as an owner of the file (may place it later by hash). */
  ownerId?: string | null;
  /**
   * The transfer's abort signal. Some transports end a reset request stream like a complete
   * one, so the signal is checked before the file is made: a cut upload never becomes content.
   */
  signal?: AbortSignal;
}

export interface GcOptions {
  /** Content hashes and blob digests that something outside the fs store holds on to. */
  roots: ReadonlySet<string>;
  /** Unreferenced files younger than this are kept; DEFAULT_GRACE_MS by default. */
  graceMs?: number;
}

export interface GcReport {
  filesFreed: number;
  chunksFreed: number;
  bytesFreed: number;
}

export interface ContentStore {
  /** Stores a stream of bytes as a file (once, however often it is stored) and returns it. */
  ingest(source: AsyncIterable<Uint8Array>, options?: IngestOptions): Promise<StoredFile>;
  /** The file with this content hash, or undefined. The empty content always exists. */
  stat(hash: string): StoredFile | undefined;
  /** As stat; NOT_FOUND CONTENT_UNKNOWN when absent, INVALID_ARGUMENT INVALID_CONTENT_HASH when malformed. */
  get(hash: string): StoredFile;
  chunksOf(hash: string): ChunkSpan[];
  /** The bytes [start, end) of a file, chunk by chunk, each chunk verified against its digest. */
  read(hash: string, start?: number, end?: number): AsyncGenerator<Buffer>;
  /**
   * As `read`, for transfers: each chunk is a view of a buffer the store reuses, valid only until
   * the next chunk is asked for (or the generator is closed). Copy or send it before that.
   */
  stream(hash: string, start?: number, end?: number): AsyncGenerator<Buffer>;
  /** A whole (small) file in memory; RESOURCE_EXHAUSTED beyond maxBytes. */
  readAll(hash: string, maxBytes: number): Promise<Buffer>;
  /** The first bytes (for MIME detection). */
  head(hash: string): Promise<Buffer>;
  addOwner(hash: string, userId: string): void;
  isOwner(hash: string, userId: string): boolean;
  lease(): Lease;
  collectGarbage(options: GcOptions): Promise<GcReport>;
  /** Bytes in stored chunks (each chunk counted once). */
  storedBytes(): number;
}

export interface ContentStoreDeps {
  db: SqliteDatabase;
  /** A blob store the content store owns alone: GC deletes from it. */
  chunks: BlobStore;
  clock: Clock;
}

interface FileRow {
  hash: string;
  size: number;
  chunk_count: number;
  manifest: string;
  mime_type: string;
  created_at: number;
}


export function checkContentHash(hash: string): string {
  if (!isDigest(hash)) throw invalidArgument("INVALID_CONTENT_HASH", "a content hash is 64 lowercase hex characters (SHA-256)", { content_hash: hash });
  return hash;
}

export function createContentStore(deps: ContentStoreDeps): ContentStore {
  const { db, chunks: blobs, clock } = deps;
  // With the store rather than with its first transfer: part of the node's memory at rest.
  startChunkHasher();
  const buffers = createBufferPool(CHUNK_SIZE, IDLE_BUFFERS, releaseShared, (size) => blobs.allocate(size));
  const pinnedFiles = new Map<string, number>();
  const pinnedChunks = new Map<string, number>();
  /** Chunks whose blobs GC is deleting; a writer that needs one waits for the deletion first. */
  const deleting = new Map<string, Promise<void>>();

  const selectFile = db.prepare<[string], FileRow>("SELECT * FROM fs_files WHERE hash = ?");
  const touchFile = db.prepare<[number, string]>("UPDATE fs_files SET created_at = MAX(created_at, ?) WHERE hash = ?");
  const insertFile = db.prepare<[string, number, number, string, string, number]>(
    "INSERT INTO fs_files (hash, size, chunk_count, manifest, mime_type, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertFileChunk = db.prepare<[string, number, string, number]>("INSERT INTO fs_file_chunks (hash, idx, chunk, size) VALUES (?, ?, ?, ?)");
  const selectFileChunks = db.prepare<[string], { chunk: string; size: number }>("SELECT chunk, size FROM fs_file_chunks WHERE hash = ? ORDER BY idx");
  const selectChunk = db.prepare<[string], { stored: number }>("SELECT stored FROM fs_chunks WHERE digest = ?");
  const insertChunk = db.prepare<[string, number, number]>(
    "INSERT INTO fs_chunks (digest, size, created_at) VALUES (?, ?, ?) ON CONFLICT (digest) DO NOTHING",
  );
  const markStored = db.prepare<[string]>("UPDATE fs_chunks SET stored = 1 WHERE digest = ?");
  const insertOwner = db.prepare<[string, string]>("INSERT INTO fs_file_owners (hash, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const selectOwner = db.prepare<[string, string], { one: number }>("SELECT 1 AS one FROM fs_file_owners WHERE hash = ? AND user_id = ?");
  const oldFiles = db.prepare<[number], { hash: string }>("SELECT hash FROM fs_files WHERE created_at <= ?");
  const deleteFile = db.prepare<[string]>("DELETE FROM fs_files WHERE hash = ?");
  const freeChunks = db.prepare<[], { digest: string; size: number }>("SELECT digest, size FROM fs_chunks WHERE refs = 0");
  const unstore = db.prepare<[string]>("UPDATE fs_chunks SET stored = 0 WHERE digest = ? AND refs = 0");
  const deleteChunk = db.prepare<[string]>("DELETE FROM fs_chunks WHERE digest = ? AND refs = 0 AND stored = 0");
  const storedSum = db.prepare<[], { n: number | null }>("SELECT SUM(size) AS n FROM fs_chunks WHERE stored = 1");

  const toFile = (r: FileRow): StoredFile => ({
    hash: r.hash,
    size: r.size,
    chunkCount: r.chunk_count,
    manifest: r.manifest,
    mimeType: r.mime_type,
    createdAt: r.created_at,
  });

  const EMPTY_FILE: StoredFile = Object.freeze({
    hash: EMPTY_DIGEST,
    size: 0,
    chunkCount: 0,
    manifest: manifestDigest([]),
    mimeType: "application/octet-stream",
    createdAt: 0,
  });

  function stat(hash: string): StoredFile | undefined {
    if (hash === EMPTY_DIGEST) return selectFile.get(hash) ? toFile(selectFile.get(hash)!) : EMPTY_FILE;
    const row = selectFile.get(hash);
    return row ? toFile(row) : undefined;
  }

  function get(hash: string): StoredFile {
    const file = stat(checkContentHash(hash));
    if (!file) throw notFound("CONTENT_UNKNOWN", `no content ${hash} on this node`, { content_hash: hash });
    return file;
  }

  function chunksOf(hash: string): ChunkSpan[] {
    let offset = 0;
    return selectFileChunks.all(hash).map((c) => {
      const span = { digest: c.chunk, size: c.size, offset };
      offset += c.size;
      return span;
    });
  }

  const pin = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const unpin = (map: Map<string, number>, key: string) => {
    const n = (map.get(key) ?? 0) - 1;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };

  function lease(): Lease {
    const files: string[] = [];
    const chunks: string[] = [];
    let released = false;
    return {
      pinFile(hash) {
        if (released) throw new Error("lease released");
        files.push(hash);
        pin(pinnedFiles, hash);
      },
      pinChunk(digest) {
        if (released) throw new Error("lease released");
        chunks.push(digest);
        pin(pinnedChunks, digest);
      },
      release() {
        if (released) return;
        released = true;
        for (const f of files) unpin(pinnedFiles, f);
        for (const c of chunks) unpin(pinnedChunks, c);
      },
    };
  }

  /** Makes sure a chunk's blob is written; returns whether it still needs its fsync and `stored`. */
  async function storeChunk(digest: string, bytes: Buffer): Promise<boolean> {
    const gone = deleting.get(digest);
    if (gone) await gone;
    if (selectChunk.get(digest)?.stored === 1) return false;
    // The row comes first: a blob file never exists without a row that GC will look at.
    insertChunk.run(digest, bytes.length, clock.now());
    await blobs.write(digest, bytes, { sync: false });
    return true;
  }

  async function ingest(source: AsyncIterable<Uint8Array>, options: IngestOptions = {}): Promise<StoredFile> {
    if (options.expectedHash) checkContentHash(options.expectedHash);
    const own = options.lease ? undefined : lease();
    const held = options.lease ?? own!;
    const hashes = contentHasher();
    const entries: ChunkEntry[] = [];
    /** Chunks this ingest wrote: fsynced as the transfer goes on, marked stored with the file. */
    const written: string[] = [];
    const writes = new Set<Promise<void>>();
    const toSync: string[] = [];
    const syncs = new Set<Promise<void>>();
    let failure: unknown;
    const fail = (err: unknown) => {
      failure ??= err;
    };
    let head: Buffer | undefined;
    let total = 0;
    // Pooled chunk buffers (shared memory, which the chunk hasher reads in place), each back in
    // the pool once its chunk is hashed and written.
    let buf: Buffer | undefined = buffers.take();
    let fill = 0;
    const expected = options.expectedSize && options.expectedSize > 0 ? options.expectedSize : undefined;

    function pumpSyncs(): void {
      while (failure === undefined && syncs.size < SYNC_WINDOW && toSync.length > 0) {
        const p: Promise<void> = blobs
          .sync(toSync.shift()!)
          .catch(fail)
          .finally(() => {
            syncs.delete(p);
            pumpSyncs();
          });
        syncs.add(p);
      }
    }

    /** Stores `piece` (a view of `owner`, which goes back to the pool when that is done). */
    async function flush(piece: Buffer, owner: Buffer): Promise<void> {
      head ??= Buffer.from(piece.subarray(0, SNIFF_BYTES));
      const index = entries.push({ digest: "", size: piece.length }) - 1;
      // Chunks reach the hasher in order here: the content hash is computed from them.
      const hashed = hashes.chunk(piece);
      const p: Promise<void> = (async () => {
        const digest = await hashed;
        entries[index] = { digest, size: piece.length };
        held.pinChunk(digest);
        if (await storeChunk(digest, piece)) {
          written.push(digest);
          toSync.push(digest);
          pumpSyncs();
        }
      })()
        .catch(fail)
        .finally(() => {
          writes.delete(p);
          buffers.give(owner);
        });
      writes.add(p);
      for (;;) {
        if (failure) throw failure;
        const lagging = toSync.length + syncs.size > SYNC_LAG;
        if (!lagging && writes.size < WRITE_WINDOW) return;
        await Promise.race(lagging ? syncs : writes);
      }
    }

    try {
      for await (const part of source) {
        total += part.byteLength;
        if (expected !== undefined && total > expected) {
          throw invalidArgument("SIZE_MISMATCH", `more bytes arrived than the ${expected} announced`, { size: String(expected) });
        }
        if (options.maxSize !== undefined && total > options.maxSize) {
          throw new LeitherError("resource_exhausted", "CONTENT_TOO_LARGE", `content is larger than ${options.maxSize} bytes`);
        }
        let at = 0;
        while (at < part.byteLength) {
          const n = Math.min(CHUNK_SIZE - fill, part.byteLength - at);
          copyIntoShared(buf!, fill, part.subarray(at, at + n));
          fill += n;
          at += n;
          if (fill === CHUNK_SIZE) {
            const full = buf!;
            buf = undefined;
            await flush(full, full);
            buf = buffers.take();
            fill = 0;
          }
        }
      }
      const last = buf!;
      buf = undefined;
      if (fill > 0) await flush(last.subarray(0, fill), last);
      else buffers.give(last);
      await Promise.all(writes);
      if (failure) throw failure;
      if (expected !== undefined && total !== expected) {
        throw invalidArgument("SIZE_MISMATCH", `${total} bytes arrived, ${expected} were announced`, { size: String(expected), received: String(total) });
      }
      const hash = await hashes.finish();
      if (options.expectedHash && options.expectedHash !== hash) {
        throw invalidArgument("HASH_MISMATCH", `content hashes to ${hash}, expected ${options.expectedHash}`, { expected: options.expectedHash, actual: hash });
      }
      // The file row below must only name durable chunks: wait for the last fsyncs.
      for (;;) {
        if (failure) throw failure;
        if (syncs.size === 0) break;
        await Promise.race(syncs);
      }
      const mimeType = options.mimeType || detectMimeType(options.name ?? "", head ?? Buffer.alloc(0));
      if (options.signal?.aborted) throw new LeitherError("aborted", "TRANSFER_ABORTED", "the transfer was cut before its end; nothing was stored");
      held.pinFile(hash);
      const file = db.transaction((): StoredFile => {
        for (const d of written) markStored.run(d);
        const existing = selectFile.get(hash);
        if (existing) {
          // Written again: the grace period starts over, as the contract promises.
          touchFile.run(clock.now(), hash);
        } else {
          insertFile.run(hash, total, entries.length, manifestDigest(entries), mimeType, clock.now());
          entries.forEach((e, i) => insertFileChunk.run(hash, i, e.digest, e.size));
        }
        if (options.ownerId) insertOwner.run(hash, options.ownerId);
        return toFile(selectFile.get(hash)!);
      })();
      return file;
    } catch (err) {
      // No new fsyncs; let the work in flight finish before the lease goes: GC must not race it.
      fail(err);
      hashes.drop();
      await Promise.allSettled(writes);
      await Promise.allSettled(syncs);
      if (buf) buffers.give(buf);
      throw err;
    } finally {
      own?.release();
    }
  }

  /** Reads a chunk into `into` (at least as long as the chunk) and checks it against its digest. */
  async function readChunkInto(span: ChunkEntry, into: Buffer): Promise<Buffer> {
    const view = into.subarray(0, span.size);
    const n = await blobs.readInto(span.digest, view);
    if (n !== span.size || (await digestOf(view)) !== span.digest) {
      throw new LeitherError("internal", "CHUNK_CORRUPT", `stored chunk ${span.digest} does not match its hash`, { chunk: span.digest });
    }
    return view;
  }

  /** The chunks of [start, end); `reuse`: views of pooled buffers (see `stream`), else copies. */
  async function* chunksIn(hash: string, start: number, end: number | undefined, reuse: boolean): AsyncGenerator<Buffer> {
    const file = get(hash);
    const stop = Math.min(end ?? file.size, file.size);
    if (start < 0 || start > file.size) throw new LeitherError("out_of_range", "OFFSET_BEYOND_END", `position ${start} lies outside a ${file.size}-byte file`);
    if (stop <= start) return;
    const held = lease();
    held.pinFile(hash);
    // The chunk being consumed and those read ahead: their disk reads and hashes (on the thread
    // pool and the hashing worker) overlap sending the first.
    const slots: { buffer: Buffer; data: Promise<Buffer> }[] = [];
    try {
      const spans = chunksOf(hash).filter((s) => s.offset + s.size > start && s.offset < stop);
      let fetched = 0;
      const readAhead = () => {
        while (slots.length <= READ_AHEAD && fetched < spans.length) {
          const span = spans[fetched++]!;
          const buffer = span.size >= POOLED_FROM ? buffers.take() : Buffer.allocUnsafe(span.size);
          const data = readChunkInto(span, buffer);
          // Keep a rejected prefetch from being reported as unhandled if the consumer stops.
          data.catch(() => {});
          slots.push({ buffer, data });
        }
      };
      for (const span of spans) {
        readAhead();
        const data = await slots[0]!.data;
        const from = Math.max(start - span.offset, 0);
        const to = Math.min(stop - span.offset, span.size);
        const piece = from === 0 && to === span.size ? data : data.subarray(from, to);
        yield reuse ? piece : Buffer.from(piece);
        buffers.give(slots.shift()!.buffer);
      }
    } finally {
      // A read in flight still writes into its buffer: the pool gets it back only after.
      await Promise.allSettled(slots.map((s) => s.data));
      for (const s of slots) buffers.give(s.buffer);
      held.release();
    }
  }

  async function readAll(hash: string, maxBytes: number): Promise<Buffer> {
    const file = get(hash);
    if (file.size > maxBytes) {
      throw new LeitherError("resource_exhausted", "CONTENT_TOO_LARGE", `the content holds ${file.size} bytes, more than the ${maxBytes} this call reads`);
    }
    const parts: Buffer[] = [];
    for await (const p of chunksIn(hash, 0, undefined, false)) parts.push(p);
    return Buffer.concat(parts);
  }

  async function head(hash: string): Promise<Buffer> {
    for await (const p of chunksIn(hash, 0, SNIFF_BYTES, true)) return Buffer.from(p);
    return Buffer.alloc(0);
  }

  async function collectGarbage(options: GcOptions): Promise<GcReport> {
    const { roots } = options;
    const cutoff = clock.now() - (options.graceMs ?? DEFAULT_GRACE_MS);
    const filesFreed = db.transaction((): number => {
      let n = 0;
      for (const { hash } of oldFiles.all(cutoff)) {
        if (roots.has(hash) || pinnedFiles.has(hash)) continue;
        deleteFile.run(hash); // its fs_file_chunks rows go too, and the triggers drop the counts
        n++;
      }
      return n;
    })();
    // Chunks no file lists: first marked not stored (so no file can be made over them), then
    // their blobs deleted, then their rows. A crash in between leaves rows for the next run.
    const doomed = db.transaction((): { digest: string; size: number }[] => {
      const out: { digest: string; size: number }[] = [];
      for (const c of freeChunks.all()) {
        if (pinnedChunks.has(c.digest) || roots.has(c.digest) || deleting.has(c.digest)) continue;
        unstore.run(c.digest);
        out.push(c);
      }
      return out;
    })();
    // Every deletion is announced before the first await, so a writer that needs one of these
    // chunks waits for its deletion and then stores it afresh.
    const tasks = doomed.map((c) => {
      const done = blobs.delete(c.digest).then(() => {
        deleteChunk.run(c.digest);
      });
      deleting.set(c.digest, done.catch(() => {}));
      return done.then(() => c.size).finally(() => deleting.delete(c.digest));
    });
    const bytesFreed = (await Promise.all(tasks)).reduce((a, b) => a + b, 0);
    return { filesFreed, chunksFreed: doomed.length, bytesFreed };
  }

  return {
    ingest,
    stat,
    get,
    chunksOf,
    read: (hash, start = 0, end) => chunksIn(hash, start, end, false),
    stream: (hash, start = 0, end) => chunksIn(hash, start, end, true),
    readAll,
    head,
    addOwner: (hash, userId) => {
      if (hash !== EMPTY_DIGEST || selectFile.get(hash)) insertOwner.run(hash, userId);
    },
    isOwner: (hash, userId) => hash === EMPTY_DIGEST || selectOwner.get(hash, userId) !== undefined,
    lease,
    collectGarbage,
    storedBytes: () => storedSum.get()?.n ?? 0,
  };
}
