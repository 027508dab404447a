// Named invariants of the stored content, run by tests after random operations and GC (and fit
// for an fsck-like admin command). Each returns the violations it found; none means it holds.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { EMPTY_DIGEST, type BlobStore, type PackFiles, type SqliteDatabase } from "../store/index.js";
import { CHUNK_SIZE, PACK_DEAD_SHARE } from "./content-store.js";
import { manifestDigest } from "./manifest.js";

type Invariant = (db: SqliteDatabase) => string[];

const all = <T>(db: SqliteDatabase, sql: string): T[] => db.prepare(sql).all() as T[];

/** A chunk's count is exactly the number of file manifests that list it. */
export const chunkRefsExact: Invariant = (db) =>
  all<{ digest: string; refs: number; n: number }>(
    db,
    `SELECT c.digest, c.refs, (SELECT COUNT(*) FROM fs_file_chunks f WHERE f.chunk = c.digest) AS n FROM fs_chunks c`,
  )
    .filter((c) => c.refs !== c.n)
    .map((c) => `chunk ${c.digest}: refs ${c.refs} but listed ${c.n} times`);

/** Every chunk a file lists is stored (its blob is durable). */
export const listedChunksStored: Invariant = (db) =>
  all<{ hash: string; chunk: string }>(
    db,
    `SELECT f.hash, f.chunk FROM fs_file_chunks f LEFT JOIN fs_chunks c ON c.digest = f.chunk WHERE c.stored IS NOT 1`,
  ).map((r) => `file ${r.hash}: chunk ${r.chunk} is not stored`);

/** A file is its chunks: indexes 0..n-1, sizes add up, fixed-size chunks but the last, manifest digest matches. */
export const filesMatchManifests: Invariant = (db) => {
  const out: string[] = [];
  const chunks = db.prepare<[string], { idx: number; chunk: string; size: number; csize: number | null }>(
    "SELECT f.idx, f.chunk, f.size, c.size AS csize FROM fs_file_chunks f LEFT JOIN fs_chunks c ON c.digest = f.chunk WHERE f.hash = ? ORDER BY f.idx",
  );
  for (const file of all<{ hash: string; size: number; chunk_count: number; manifest: string }>(db, "SELECT hash, size, chunk_count, manifest FROM fs_files")) {
    const list = chunks.all(file.hash);
    if (list.length !== file.chunk_count) out.push(`file ${file.hash}: ${list.length} chunks, ${file.chunk_count} recorded`);
    if (list.some((c, i) => c.idx !== i)) out.push(`file ${file.hash}: chunk indexes are not 0..n-1`);
    if (list.reduce((a, c) => a + c.size, 0) !== file.size) out.push(`file ${file.hash}: chunk sizes do not add up to ${file.size}`);
    if (list.some((c, i) => i < list.length - 1 && c.size !== CHUNK_SIZE)) out.push(`file ${file.hash}: a chunk before the last is not ${CHUNK_SIZE} bytes`);
    if (list.some((c) => c.csize !== c.size)) out.push(`file ${file.hash}: a chunk's size differs from its chunk row`);
    if (manifestDigest(list.map((c) => ({ digest: c.chunk, size: c.size }))) !== file.manifest) out.push(`file ${file.hash}: manifest digest does not match its chunks`);
    if ((file.size === 0) !== (file.hash === EMPTY_DIGEST)) out.push(`file ${file.hash}: empty iff the empty digest`);
  }
  return out;
};

/** The content of every FILE MiMei's cur and versions is stored (GC never freed a referenced file). */
export const fileMiMeiContentPresent: Invariant = (db) =>
  all<{ who: string; digest: string }>(
    db,
    `SELECT 'mimei ' || id || ' cur' AS who, cur_digest AS digest FROM mimei WHERE type = 'file'
     UNION ALL SELECT 'mimei ' || v.mimei_id || ' v' || v.version, v.digest FROM mimei_versions v JOIN mimei m ON m.id = v.mimei_id WHERE m.type = 'file'`,
  )
    .filter((r) => r.digest !== EMPTY_DIGEST && db.prepare("SELECT 1 FROM fs_files WHERE hash = ?").get(r.digest) === undefined)
    .map((r) => `${r.who}: content ${r.digest} is not stored`);

export const CONTENT_INVARIANTS: Record<string, Invariant> = { chunkRefsExact, listedChunksStored, filesMatchManifests, fileMiMeiContentPresent };

export function checkContentInvariants(db: SqliteDatabase): string[] {
  return Object.values(CONTENT_INVARIANTS).flatMap((check) => check(db));
}

/**
 * The chunks on disk agree with the rows: every stored chunk can be read from where it lies
 * (its pack, or its own blob file), hashes to its name and has the CRC-32 its row holds (if
 * any), and every blob file has a row (nothing leaked). Reads every chunk: for tests and fsck,
 * not hot paths.
 */
export async function checkChunkStorage(db: SqliteDatabase, storage: { blobs: BlobStore; packs: PackFiles; root: string }): Promise<string[]> {
  const out: string[] = [];
  const rows = all<{ digest: string; size: number; stored: number; pack: number | null; pack_offset: number | null; crc: number | null }>(
    db,
    "SELECT digest, size, stored, pack, pack_offset, crc FROM fs_chunks",
  );
  for (const r of rows) {
    if (r.stored !== 1) continue;
    try {
      let data: Buffer;
      if (r.pack === null || r.pack_offset === null) data = await storage.blobs.readAll(r.digest);
      else {
        data = Buffer.alloc(r.size);
        data = data.subarray(0, await storage.packs.read({ pack: r.pack, offset: r.pack_offset }, data));
      }
      if (createHash("sha256").update(data).digest("hex") !== r.digest) out.push(`chunk ${r.digest}: its stored bytes do not match its hash`);
      else if (r.crc !== null && crc32(data) !== r.crc) out.push(`chunk ${r.digest}: its CRC-32 ${r.crc} is not that of its bytes`);
    } catch {
      out.push(`chunk ${r.digest}: stored but its ${r.pack === null ? "blob" : `pack ${r.pack}`} is missing`);
    }
  }
  const digests = new Set(rows.map((r) => r.digest));
  for (const file of await listBlobFiles(storage.root)) {
    if (!digests.has(file)) out.push(`blob ${file}: no chunk row (leaked space)`);
  }
  return out;
}

/**
 * After a GC: no pack is without a live chunk, none ends past its last live chunk, and none
 * holds more dead space than the compaction leaves (a share of `deadShare`).
 */
export async function checkPackSpace(db: SqliteDatabase, packs: PackFiles, deadShare = PACK_DEAD_SHARE): Promise<string[]> {
  const out: string[] = [];
  const block = packs.footprint(1);
  const onDisk = `((size + ${block} - 1) / ${block} * ${block})`;
  const live = db.prepare<[number], { bytes: number | null; end: number | null }>(
    `SELECT SUM(${onDisk}) AS bytes, MAX(pack_offset + ${onDisk}) AS end FROM fs_chunks WHERE pack = ?`,
  );
  for (const { pack, size } of await packs.list()) {
    const l = live.get(pack);
    if (!l?.end) out.push(`pack ${pack}: ${size} bytes and no live chunk (leaked space)`);
    else if (size > l.end) out.push(`pack ${pack}: ${size - l.end} dead bytes after its last live chunk`);
    else if (size - (l.bytes ?? 0) > size * deadShare) out.push(`pack ${pack}: ${size - (l.bytes ?? 0)} of ${size} bytes dead`);
  }
  return out;
}

async function listBlobFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      // The direct I/O probe's scratch directory, and the packs (checked through their rows).
      if (depth === 0 && (e.name === "tmp" || e.name === "packs")) continue;
      if (e.isDirectory()) await walk(path.join(dir, e.name), depth + 1);
      else out.push(e.name);
    }
  };
  await walk(root, 0);
  return out;
}
