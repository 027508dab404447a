// Content-addressed files over fixed-size chunks. A file is identified by its content hash
// (SHA-256 of all its bytes) and stored as an ordered list of 1 MiB chunks, each named by its
// own SHA-256 and shared by every file that contains it. Chunks are appended to pack files
// (store/pack-files.ts; chunks stored by older versions are blob files of their own), and
// their rows say where each lies. Chunks are reference-counted by the files that list them;
// files are kept while MiMei reference them (or for a grace period after they were written);
// collectGarbage frees the rest, then trims and rewrites packs so that their dead space goes.
// Chunks are verified against their SHA-256 as they arrive, and reads are checked as
// read-check.ts explains.
import { crc32 } from "node:zlib";
import type { Clock } from "../clock.js";
import { invalidArgument, LeitherError, notFound, storageFullError } from "../errors.js";
import { EMPTY_DIGEST, isDigest, PackGoneError, type BlobStore, type PackFiles, type PackLocation, type SqliteDatabase } from "../store/index.js";
import { copyIntoShared, createBufferPool } from "./buffer-pool.js";
import { contentHasher, digest as digestOf, releaseShared, startChunkHasher, type ChunkPrint } from "./chunk-hasher.js";
import { manifestDigest, type ChunkEntry } from "./manifest.js";
import { detectMimeType, SNIFF_BYTES } from "./mime.js";
import { DEFAULT_READ_CHECK, type ReadCheck } from "./read-check.js";

/** Chunk size; every chunk of a file but the last holds exactly this many bytes. */
export const CHUNK_SIZE = 1 << 20;
/** How long content nobody references is kept after it was written (FileService contract). */
export const DEFAULT_GRACE_MS = 60 * 60 * 1000;
/**
 * Chunks being hashed or written at once per ingest (1 MiB of memory each): enough to keep the
 * two hashing workers and the thread pool busy while the event loop receives the next bytes.
 * With the two workers, 8 took new content in 1.39–1.57 ms per MiB where 4 took 1.52–1.65 (the
 * CLI's upload of 1 GiB, four each, alternating); 16 was no faster than 8 and held more memory.
 */
const WRITE_WINDOW = 8;
/**
 * Chunks written between two fsyncs of the packs. Syncing as the bytes arrive, rather than all
 * at the end, overlaps the disk's write-back with the transfer (a 1 GiB upload that fsynced at
 * the end waited ~4 s for it here when chunks went through the page cache).
 */
const SYNC_BATCH = 16;
/**
 * Chunks written but not yet fsynced before an ingest waits for the disk: keeps a sender faster
 * than the disk from piling up dirty pages that the last step would have to flush.
 */
const SYNC_LAG = 64;
/** fsyncs in flight per ingest (each holds a thread-pool thread until the disk answers). */
const SYNC_WINDOW = 2;
/**
 * A sealed pack whose dead bytes (chunks no file lists any more) exceed this share of it is
 * rewritten by GC; below it the space waits for more of the pack to die. Dead space at a
 * pack's end (an interrupted upload, a crash) is cut off by every GC whatever its share.
 */
export const PACK_DEAD_SHARE = 0.25;
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
  /** Where new chunks go: pack files the content store owns alone (GC trims and removes them). */
  packs: PackFiles;
  /** Chunks stored as blob files by older versions: read, and deleted by GC. */
  chunks: BlobStore;
  clock: Clock;
  /** DEFAULT_READ_CHECK when absent. */
  readCheck?: ReadCheck;
}

/** A chunk of a file with the place it lies in (pack null: a blob file of its own). */
interface PlacedChunk extends ChunkSpan {
  pack: number | null;
  packOffset: number | null;
  /** CRC-32 of the bytes; null for a chunk stored before CRCs were kept and not read since. */
  crc: number | null;
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
  const { db, chunks: blobs, packs, clock } = deps;
  const readCheck = deps.readCheck ?? DEFAULT_READ_CHECK;
  // With the store rather than with its first transfer: part of the node's memory at rest.
  startChunkHasher();
  const buffers = createBufferPool(CHUNK_SIZE, IDLE_BUFFERS, releaseShared, (size) => packs.allocate(size));
  const pinnedFiles = new Map<string, number>();
  const pinnedChunks = new Map<string, number>();
  /** Chunks whose blobs GC is deleting; a writer that needs one waits for the deletion first. */
  const deleting = new Map<string, Promise<void>>();
  /**
   * Packs with chunks written but not yet recorded (an ingest or a compaction under way), by
   * how many: GC leaves them alone, since their rows do not show those chunks yet.
   */
  const busyPacks = new Map<number, number>();
  let compacting: Promise<void> | undefined;

  const selectFile = db.prepare<[string], FileRow>("SELECT * FROM fs_files WHERE hash = ?");
  const touchFile = db.prepare<[number, string]>("UPDATE fs_files SET created_at = MAX(created_at, ?) WHERE hash = ?");
  const insertFile = db.prepare<[string, number, number, string, string, number]>(
    "INSERT INTO fs_files (hash, size, chunk_count, manifest, mime_type, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertFileChunk = db.prepare<[string, number, string, number]>("INSERT INTO fs_file_chunks (hash, idx, chunk, size) VALUES (?, ?, ?, ?)");
  const selectFileChunks = db.prepare<[string], { chunk: string; size: number; pack: number | null; pack_offset: number | null; crc: number | null }>(
    "SELECT f.chunk, f.size, c.pack, c.pack_offset, c.crc FROM fs_file_chunks f JOIN fs_chunks c ON c.digest = f.chunk WHERE f.hash = ? ORDER BY f.idx",
  );
  const selectPlace = db.prepare<[string], { pack: number | null; pack_offset: number | null }>("SELECT pack, pack_offset FROM fs_chunks WHERE digest = ? AND stored = 1");
  const selectChunk = db.prepare<[string], { stored: number; crc: number | null }>("SELECT stored, crc FROM fs_chunks WHERE digest = ?");
  const insertChunk = db.prepare<[string, number, number, number]>(
    "INSERT INTO fs_chunks (digest, size, crc, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
  );
  const recordCrc = db.prepare<[number, string]>("UPDATE fs_chunks SET crc = ? WHERE digest = ? AND crc IS NULL");
  // A chunk another ingest stored meanwhile keeps its place; this copy is dead space.
  const markStored = db.prepare<[number, number, string]>("UPDATE fs_chunks SET stored = 1, pack = ?, pack_offset = ? WHERE digest = ? AND stored = 0");
  const insertOwner = db.prepare<[string, string]>("INSERT INTO fs_file_owners (hash, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const selectOwner = db.prepare<[string, string], { one: number }>("SELECT 1 AS one FROM fs_file_owners WHERE hash = ? AND user_id = ?");
  const oldFiles = db.prepare<[number], { hash: string }>("SELECT hash FROM fs_files WHERE created_at <= ?");
  const deleteFile = db.prepare<[string]>("DELETE FROM fs_files WHERE hash = ?");
  const freeChunks = db.prepare<[], { digest: string; size: number; pack: number | null }>("SELECT digest, size, pack FROM fs_chunks WHERE refs = 0");
  const unstore = db.prepare<[string]>("UPDATE fs_chunks SET stored = 0 WHERE digest = ? AND refs = 0");
  const deleteChunk = db.prepare<[string]>("DELETE FROM fs_chunks WHERE digest = ? AND refs = 0 AND stored = 0");
  const storedSum = db.prepare<[], { n: number | null }>("SELECT SUM(size) AS n FROM fs_chunks WHERE stored = 1");
  // A pack's live bytes as they lie on disk (whole blocks), and where its last live chunk ends.
  const block = packs.footprint(1);
  const onDisk = `((size + ${block} - 1) / ${block} * ${block})`;
  const packLive = db.prepare<[number], { bytes: number | null; end: number | null }>(
    `SELECT SUM(${onDisk}) AS bytes, MAX(pack_offset + ${onDisk}) AS end FROM fs_chunks WHERE pack = ?`,
  );
  const chunksInPack = db.prepare<[number], { digest: string; size: number; pack_offset: number; crc: number | null }>(
    "SELECT digest, size, pack_offset, crc FROM fs_chunks WHERE pack = ? ORDER BY pack_offset",
  );
  const relocate = db.prepare<[number, number, string, number, number]>("UPDATE fs_chunks SET pack = ?, pack_offset = ? WHERE digest = ? AND pack = ? AND pack_offset = ?");
  const deletePackedChunk = db.prepare<[string]>("DELETE FROM fs_chunks WHERE digest = ? AND refs = 0 AND pack IS NOT NULL");


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

  function placedChunks(hash: string): PlacedChunk[] {
    let offset = 0;
    return selectFileChunks.all(hash).map((c) => {
      const span = { digest: c.chunk, size: c.size, offset, pack: c.pack, packOffset: c.pack_offset, crc: c.crc };
      offset += c.size;
      return span;
    });
  }

  function chunksOf(hash: string): ChunkSpan[] {
    return placedChunks(hash).map(({ digest, size, offset }) => ({ digest, size, offset }));
  }

  /** Counts a hold on `key` (a pinned file or chunk, a busy pack); `unpin` drops it. */
  const pin = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const unpin = <K>(map: Map<K, number>, key: K) => {
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

  /**
   * Appends a chunk to a pack unless it is stored already; resolves to where it went (the pack
   * stays busy until the caller releases it), or undefined when there was nothing to write.
   */
  async function storeChunk({ digest, crc }: ChunkPrint, bytes: Buffer): Promise<PackLocation | undefined> {
    const gone = deleting.get(digest);
    if (gone) await gone;
    const row = selectChunk.get(digest);
    // A chunk stored before CRCs were kept gets one from these bytes, which hashed to its digest.
    if (row && row.crc === null) recordCrc.run(crc, digest);
    if (row?.stored === 1) return undefined;
    // The row (an intent until the chunk is marked stored) lets GC see and pin the chunk.
    insertChunk.run(digest, bytes.length, crc, clock.now());
    const at = packs.reserve(bytes.length);
    pin(busyPacks, at.pack);
    try {
      await packs.write(at, bytes);
    } catch (err) {
      unpin(busyPacks, at.pack);
      throw err;
    }
    return at;
  }

  async function ingest(source: AsyncIterable<Uint8Array>, options: IngestOptions = {}): Promise<StoredFile> {
    if (options.expectedHash) checkContentHash(options.expectedHash);
    const own = options.lease ? undefined : lease();
    const held = options.lease ?? own!;
    const hashes = contentHasher();
    const entries: ChunkEntry[] = [];
    /** Chunks this ingest wrote: fsynced as the transfer goes on, marked stored with the file. */
    const written: { digest: string; at: PackLocation }[] = [];
    const writes = new Set<Promise<void>>();
    const seen = new Set<string>();
    /** Chunks written since the last fsync of the packs began, and those fsyncs in flight cover. */
    let unsynced = 0;
    let syncing = 0;
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
      if (failure === undefined && syncs.size < SYNC_WINDOW && unsynced >= SYNC_BATCH) {
        const covers = unsynced;
        unsynced = 0;
        syncing += covers;
        const p: Promise<void> = packs
          .sync()
          .catch(fail)
          .finally(() => {
            syncing -= covers;
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
        const print = await hashed;
        const { digest } = print;
        entries[index] = { digest, size: piece.length };
        held.pinChunk(digest);
        // A chunk the file repeats is written once (digests arrive here in the file's order).
        if (seen.has(digest)) return;
        seen.add(digest);
        const at = await storeChunk(print, piece);
        if (at) {
          written.push({ digest, at });
          unsynced++;
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
        const lagging = unsynced + syncing > SYNC_LAG && syncs.size > 0;
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
      await Promise.all(syncs);
      if (failure) throw failure;
      if (written.length > 0) await packs.sync();
      const mimeType = options.mimeType || detectMimeType(options.name ?? "", head ?? Buffer.alloc(0));
      if (options.signal?.aborted) throw new LeitherError("aborted", "TRANSFER_ABORTED", "the transfer was cut before its end; nothing was stored");
      held.pinFile(hash);
      const file = db.transaction((): StoredFile => {
        for (const w of written) markStored.run(w.at.pack, w.at.offset, w.digest);
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
      for (const w of written) unpin(busyPacks, w.at.pack);
      own?.release();
      // A disk that filled up during this ingest stays full of its chunks, and the database
      // can take no writes, until the dead end of the pack is cut: cut it before the caller
      // hears of the failure, so that a smaller upload right after can succeed (cutting needs
      // no database write; a pack another ingest is writing to is left alone).
      if (storageFullError(failure)) await compactPacks({ rewrite: false }).catch(() => {});
    }
  }

  /** Reads a chunk into `into` (at least as long as the chunk) and checks it (read-check.ts). */
  async function readChunkInto(span: PlacedChunk, into: Buffer, check: ReadCheck = readCheck): Promise<Buffer> {
    const view = into.subarray(0, span.size);
    const n = await readPlaced(span, view);
    if (n !== span.size || !(await intact(span, view, check))) {
      throw new LeitherError("internal", "CHUNK_CORRUPT", `stored chunk ${span.digest} is damaged: its bytes no longer match what was stored`, { chunk: span.digest });
    }
    return view;
  }

  async function intact(span: PlacedChunk, bytes: Buffer, check: ReadCheck): Promise<boolean> {
    // zlib's CRC-32, ~0.15 ms of the loop per MiB.
    if (check === "crc32" && span.crc !== null) return crc32(bytes) === span.crc;
    if ((await digestOf(bytes)) !== span.digest) return false;
    if (span.crc === null) recordCrc.run(crc32(bytes), span.digest);
    return true;
  }

  /** Reads a chunk's bytes from its pack or its blob file, wherever it lies now. */
  async function readPlaced(span: PlacedChunk, view: Buffer): Promise<number> {
    if (span.pack === null || span.packOffset === null) return blobs.readInto(span.digest, view);
    try {
      return await packs.read({ pack: span.pack, offset: span.packOffset }, view);
    } catch (err) {
      if (!(err instanceof PackGoneError)) throw err;
      // A compaction moved the chunk (and removed its old pack) since its place was looked up.
      const now = selectPlace.get(span.digest);
      if (now?.pack == null || now.pack_offset == null || now.pack === span.pack) throw err;
      return readPlaced({ ...span, pack: now.pack, packOffset: now.pack_offset }, view);
    }
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
      const spans = placedChunks(hash).filter((s) => s.offset + s.size > start && s.offset < stop);
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
    // Chunks no file lists. Those in packs lose their rows at once (their bytes become dead
    // space, which the compaction below reclaims). Blob files are first marked not stored (so
    // no file can be made over them), then deleted, then their rows: a crash in between leaves
    // rows for the next run.
    let packedFreed = 0;
    let packedBytes = 0;
    const doomed = db.transaction((): { digest: string; size: number }[] => {
      const out: { digest: string; size: number }[] = [];
      for (const c of freeChunks.all()) {
        if (pinnedChunks.has(c.digest) || roots.has(c.digest) || deleting.has(c.digest)) continue;
        if (c.pack !== null) {
          deletePackedChunk.run(c.digest);
          packedFreed++;
          packedBytes += c.size;
          continue;
        }
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
    const bytesFreed = (await Promise.all(tasks)).reduce((a, b) => a + b, packedBytes);
    await compactPacks();
    return { filesFreed, chunksFreed: doomed.length + packedFreed, bytesFreed };
  }

  /**
   * Reclaims the dead space of packs; one compaction at a time (a second GC waits for it). A
   * pack that fails (a chunk that no longer matches its hash cannot be moved) does not stop the
   * others; the first failure is thrown at the end. `rewrite: false` only removes empty packs
   * and cuts dead ends, which needs no free space.
   */
  function compactPacks({ rewrite = true } = {}): Promise<void> {
    compacting ??= (async () => {
      let failed: unknown;
      for (const { pack, size } of await packs.list()) {
        try {
          await compactPack(pack, size, rewrite);
        } catch (err) {
          failed ??= err;
        }
      }
      if (failed !== undefined) throw failed;
    })().finally(() => (compacting = undefined));
    return compacting;
  }

  /**
   * Removes a pack without live chunks, cuts its dead tail, and rewrites its live chunks into
   * the pack being filled when too much of it is dead. Packs with writes not yet recorded are
   * left for a later run: their rows do not show those chunks yet.
   */
  async function compactPack(pack: number, size: number, rewrite: boolean): Promise<void> {
    // From here to the pack's sealing nothing awaits: no ingest can start writing to it between.
    if (busyPacks.has(pack)) return;
    const live = packLive.get(pack);
    const end = live?.end ?? 0;
    if (pack === packs.filling) {
      // Filled on only while all of it is live; with dead space it is sealed and treated below.
      if (size <= (live?.bytes ?? 0)) return;
      packs.seal();
    }
    if (end === 0) return packs.remove(pack);
    if (size > end) await packs.truncate(pack, end);
    if (!rewrite || end - (live?.bytes ?? 0) <= end * PACK_DEAD_SHARE) return;
    await rewritePack(pack);
  }

  async function rewritePack(pack: number): Promise<void> {
    const moved: { digest: string; from: number; to: PackLocation }[] = [];
    const buffer = buffers.take();
    try {
      for (const c of chunksInPack.all(pack)) {
        // Against the digest: a copy made now is what every later read will check.
        const bytes = await readChunkInto({ digest: c.digest, size: c.size, offset: 0, pack, packOffset: c.pack_offset, crc: c.crc }, buffer, "sha256");
        const to = packs.reserve(c.size);
        pin(busyPacks, to.pack);
        moved.push({ digest: c.digest, from: c.pack_offset, to });
        await packs.write(to, bytes);
      }
      await packs.sync();
      // A chunk freed meanwhile keeps no row to move: its copy is dead space for the next run.
      db.transaction(() => {
        for (const m of moved) relocate.run(m.to.pack, m.to.offset, m.digest, pack, m.from);
      })();
    } finally {
      for (const m of moved) unpin(busyPacks, m.to.pack);
      buffers.give(buffer);
    }
    if ((packLive.get(pack)?.end ?? 0) === 0) await packs.remove(pack);
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
