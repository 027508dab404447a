// Content digests of keyspaces: SHA-256 over the sorted key map (key, type, expiry, and each
// value's own digest). Value digests are cached on their objects and dropped on every change,
// so a digest after a small change costs one pass over the key map plus the changed values.
// An inline string is hashed from its key row, exactly as the same string held in an object,
// so where a value is stored never changes a digest.
import * as crypto from "node:crypto";
import { EMPTY_DIGEST, type SqliteDatabase } from "../store/index.js";
import type { ContentState } from "../mimei/index.js";

export interface SpaceDigest extends ContentState {
  /** The earliest expiry among the keys hashed: the digest is stale from then on. */
  validUntil: number;
}

const { createHash } = crypto;
/** SHA-256 of bytes in one call where Node has it (20.12+): no Hash object per value. */
const sha256: (b: Buffer) => Buffer =
  typeof (crypto as { hash?: unknown }).hash === "function"
    ? (b) => (crypto as unknown as { hash(alg: string, data: Buffer, enc: "buffer"): Buffer }).hash("sha256", b, "buffer")
    : (b) => createHash("sha256").update(b).digest();

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

export function createDigester(db: SqliteDatabase) {
  const keysOf = db.prepare<
    [number],
    { key: Buffer; type: number; oid: number | null; expires_at: number | null; value: Buffer | null; digest: Buffer | null; bytes: number | null }
  >(
    `SELECT k.key, k.type, k.oid, k.expires_at, k.value, o.digest, o.bytes
     FROM db_keys k LEFT JOIN db_objects o ON o.oid = k.oid WHERE k.space = ? ORDER BY k.key`,
  );
  const cached = db.prepare<[number], { digest: Buffer | null; bytes: number | null; value: Buffer | null }>(
    "SELECT digest, bytes, value FROM db_objects WHERE oid = ?",
  );
  const store = db.prepare<[Buffer, number, number]>("UPDATE db_objects SET digest = ?, bytes = ? WHERE oid = ?");
  const members: Record<number, ReturnType<typeof db.prepare<[number], { a: Buffer; b: Buffer | number | null }>>> = {
    2: db.prepare("SELECT field AS a, value AS b FROM db_hash WHERE oid = ? ORDER BY field"),
    3: db.prepare("SELECT value AS a, NULL AS b FROM db_list WHERE oid = ? ORDER BY pos"),
    4: db.prepare("SELECT member AS a, NULL AS b FROM db_set WHERE oid = ? ORDER BY member"),
    5: db.prepare("SELECT member AS a, score AS b FROM db_zset WHERE oid = ? ORDER BY member"),
  };

  /** The digest of a string value: SHA-256 of its type (1), its length and its bytes. */
  function stringDigest(v: Buffer): { digest: Buffer; bytes: number } {
    const b = Buffer.allocUnsafe(5 + v.length);
    b[0] = 1;
    b.writeUInt32BE(v.length, 1);
    v.copy(b, 5);
    return { digest: sha256(b), bytes: v.length };
  }

  /** The digest of one value object and its size in bytes (cached on the object). */
  function objectDigest(oid: number, type: number): { digest: Buffer; bytes: number } {
    const row = cached.get(oid)!;
    if (row.digest && row.bytes !== null) return { digest: row.digest, bytes: row.bytes };
    if (type === 1) {
      const d = stringDigest(row.value ?? Buffer.alloc(0));
      store.run(d.digest, d.bytes, oid);
      return d;
    }
    const h = createHash("sha256");
    h.update(Buffer.of(type));
    let bytes = 0;
    for (const m of members[type]!.iterate(oid)) {
      h.update(u32(m.a.length)).update(m.a);
      bytes += m.a.length;
      if (Buffer.isBuffer(m.b)) {
        h.update(u32(m.b.length)).update(m.b);
        bytes += m.b.length;
      } else if (typeof m.b === "number") {
        const f = Buffer.alloc(8);
        f.writeDoubleBE(m.b);
        h.update(f);
        bytes += 8;
      }
    }
    const digest = h.digest();
    store.run(digest, bytes, oid);
    return { digest, bytes };
  }

  /** The digest and size of a keyspace, ignoring keys expired at `now`. */
  function spaceDigest(space: number, now: number): SpaceDigest {
    const keys = keysOf.all(space);
    const h = createHash("sha256").update("leither.db.v1\n");
    let size = 0;
    let count = 0;
    let validUntil = Number.POSITIVE_INFINITY;
    // Each key's record is laid out in a chunk hashed 64 KiB at a time: one update per chunk
    // instead of five per key. Same bytes, same digest.
    let chunk = Buffer.allocUnsafe(64 * 1024);
    let at = 0;
    for (const k of keys) {
      if (k.expires_at !== null) {
        if (k.expires_at <= now) continue;
        validUntil = Math.min(validUntil, k.expires_at);
      }
      const o =
        k.oid === null ? stringDigest(k.value!) : k.digest && k.bytes !== null ? { digest: k.digest, bytes: k.bytes } : objectDigest(k.oid, k.type);
      const need = 4 + k.key.length + 1 + 8 + o.digest.length;
      if (at + need > chunk.length) {
        h.update(chunk.subarray(0, at));
        at = 0;
        if (need > chunk.length) chunk = Buffer.allocUnsafe(need);
      }
      at = chunk.writeUInt32BE(k.key.length, at);
      at += k.key.copy(chunk, at);
      chunk[at++] = k.type;
      // The expiry as a big-endian int64; -1 for none (ms since the epoch fit in 53 bits).
      const exp = k.expires_at ?? -1;
      at = chunk.writeUInt32BE(exp < 0 ? 0xffffffff : Math.floor(exp / 2 ** 32), at);
      at = chunk.writeUInt32BE(exp < 0 ? 0xffffffff : exp % 2 ** 32, at);
      at += o.digest.copy(chunk, at);
      size += k.key.length + o.bytes;
      count++;
    }
    h.update(chunk.subarray(0, at));
    // An empty store has the digest of empty content, like every other empty MiMei.
    if (count === 0) return { digest: EMPTY_DIGEST, size: 0, validUntil };
    return { digest: h.digest("hex"), size, validUntil };
  }

  return { spaceDigest, objectDigest };
}
