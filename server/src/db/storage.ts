// Row-level access to the db tables: key rows (small strings inline), value objects with
// reference counts, member rows, copy-on-write of shared objects, and releasing objects nobody
// points to any more.
import type { Statement } from "better-sqlite3";
import type { SqliteDatabase } from "../store/index.js";
import { INLINE_STRING_BYTES } from "./schema.js";
import type { DbValueType } from "./types.js";

export const TYPE_CODE: Record<DbValueType, number> = { string: 1, hash: 2, list: 3, set: 4, zset: 5 };
export const TYPE_NAME: Record<number, DbValueType> = { 1: "string", 2: "hash", 3: "list", 4: "set", 5: "zset" };

/**
 * A key row joined with its object's header. An inline string has no object (oid null): it
 * counts as unshared (refs 1) and its bytes are `value`.
 */
export interface KeyRow {
  type: number;
  oid: number | null;
  expires_at: number | null;
  seq: number;
  refs: number;
  len: number;
  head: number;
  tail: number;
  value: Buffer | null;
  /** 1 when the object caches its digest (a change must drop it), else 0. */
  digested: number;
}

/** A key row whose value is an object (every container, and strings too long to be inline). */
export interface ObjectRow extends KeyRow {
  oid: number;
}

export interface SpaceRow {
  space: number;
  mimei_id: string;
  kind: "cur" | "frozen" | "tx";
  seq: number;
  digest: string | null;
  size: number | null;
  created_at: number;
}

const MEMBER_TABLE: Record<number, string | null> = { 1: null, 2: "db_hash", 3: "db_list", 4: "db_set", 5: "db_zset" };
const MEMBER_COLUMNS: Record<number, string> = { 2: "field, value", 3: "pos, value", 4: "member", 5: "member, score" };

export type Storage = ReturnType<typeof createStorage>;

export function createStorage(db: SqliteDatabase) {
  const p = <P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R> => db.prepare<P, R>(sql);

  // An inline string's row has no object: the LEFT JOIN finds none, and the header is a
  // single unshared value.
  const getKey = p<[number, Buffer], KeyRow>(
    `SELECT k.type, k.oid, k.expires_at, k.seq, COALESCE(o.refs, 1) AS refs, COALESCE(o.len, 0) AS len,
            COALESCE(o.head, 0) AS head, COALESCE(o.tail, 0) AS tail, COALESCE(k.value, o.value) AS value,
            o.digest IS NOT NULL AS digested
     FROM db_keys k LEFT JOIN db_objects o ON o.oid = k.oid WHERE k.space = ? AND k.key = ?`,
  );
  const insertKey = p<[number, Buffer, number, number | null, number | null, number, Buffer | null]>(
    "INSERT INTO db_keys (space, key, type, oid, expires_at, seq, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const setString = p<[number | null, Buffer | null, number | null, number, number, Buffer]>(
    "UPDATE db_keys SET oid = ?, value = ?, expires_at = ?, seq = ? WHERE space = ? AND key = ?",
  );
  const deleteKey = p<[number, Buffer]>("DELETE FROM db_keys WHERE space = ? AND key = ?");
  const setKeyMeta = p<[number | null, number, number, Buffer]>("UPDATE db_keys SET expires_at = ?, seq = ? WHERE space = ? AND key = ?");
  const setKeySeq = p<[number, number, Buffer]>("UPDATE db_keys SET seq = ? WHERE space = ? AND key = ?");
  const setKeyOid = p<[number, number, Buffer]>("UPDATE db_keys SET oid = ? WHERE space = ? AND key = ?");

  const insertObject = p<[number, Buffer | null]>("INSERT INTO db_objects (refs, value) VALUES (?, ?)");
  const copyObject = p<[number]>(
    "INSERT INTO db_objects (refs, len, head, tail, value, digest, bytes) SELECT 1, len, head, tail, value, digest, bytes FROM db_objects WHERE oid = ?",
  );
  const setValue = p<[Buffer, number]>("UPDATE db_objects SET value = ?, digest = NULL WHERE oid = ?");
  const setHeader = p<[number, number, number, number]>("UPDATE db_objects SET len = ?, head = ?, tail = ?, digest = NULL WHERE oid = ?");
  const addRef = p<[number]>("UPDATE db_objects SET refs = refs + 1 WHERE oid = ?");
  const dropRef = p<[number], { refs: number }>("UPDATE db_objects SET refs = refs - 1 WHERE oid = ? RETURNING refs");
  const deleteObject = p<[number]>("DELETE FROM db_objects WHERE oid = ?");

  const copyMembers: Record<number, Statement<[number, number]>> = {};
  const deleteMembers: Record<number, Statement<[number]>> = {};
  for (const [code, table] of Object.entries(MEMBER_TABLE)) {
    if (!table) continue;
    const cols = MEMBER_COLUMNS[Number(code)]!;
    copyMembers[Number(code)] = p(`INSERT INTO ${table} (oid, ${cols}) SELECT ?, ${cols} FROM ${table} WHERE oid = ?`);
    deleteMembers[Number(code)] = p(`DELETE FROM ${table} WHERE oid = ?`);
  }

  const spaceObjects = p<[number], { type: number; oid: number }>("SELECT type, oid FROM db_keys WHERE space = ? AND oid IS NOT NULL");
  const deleteSpaceKeys = p<[number]>("DELETE FROM db_keys WHERE space = ?");

  /** Drops one reference to an object (none for an inline string); deletes it with its members when it was the last. */
  function release(oid: number | null, type: number): void {
    if (oid === null) return;
    const r = dropRef.get(oid);
    if (r && r.refs <= 0) {
      deleteMembers[type]?.run(oid);
      deleteObject.run(oid);
    }
  }

  return {
    getKey: (space: number, key: Buffer): KeyRow | undefined => getKey.get(space, key),
    /** Creates an empty container object of a type and a key row pointing at it; returns the object id. */
    createKey(space: number, key: Buffer, type: number, seq: number): number {
      const oid = Number(insertObject.run(1, null).lastInsertRowid);
      insertKey.run(space, key, type, oid, null, seq, null);
      return oid;
    },
    /**
     * Gives a key a string value: inline when it is small, else in an object of the key's own.
     * `old` is the key's current string row in this keyspace, or null when the key is new.
     */
    putString(space: number, key: Buffer, old: KeyRow | null, value: Buffer, expiresAt: number | null, seq: number): void {
      if (value.length <= INLINE_STRING_BYTES) {
        if (!old) insertKey.run(space, key, TYPE_CODE.string, null, expiresAt, seq, value);
        else {
          setString.run(null, value, expiresAt, seq, space, key);
          release(old.oid, TYPE_CODE.string);
        }
        return;
      }
      if (old && old.oid !== null && old.refs === 1) {
        setValue.run(value, old.oid);
        setKeyMeta.run(expiresAt, seq, space, key);
        return;
      }
      const oid = Number(insertObject.run(1, value).lastInsertRowid);
      if (!old) insertKey.run(space, key, TYPE_CODE.string, oid, expiresAt, seq, null);
      else {
        setString.run(oid, null, expiresAt, seq, space, key);
        release(old.oid, TYPE_CODE.string);
      }
    },
    /** Deletes a key row and releases its object. */
    dropKey(space: number, key: Buffer, row: Pick<KeyRow, "oid" | "type">): void {
      deleteKey.run(space, key);
      release(row.oid, row.type);
    },
    /** Gives the key its own copy of a shared object (copy-on-write); returns the new object id. */
    copyOnWrite(space: number, key: Buffer, row: Pick<ObjectRow, "oid" | "type">): number {
      const oid = Number(copyObject.run(row.oid).lastInsertRowid);
      copyMembers[row.type]?.run(oid, row.oid);
      setKeyOid.run(oid, space, key);
      release(row.oid, row.type);
      return oid;
    },
    /** Copies a key row into another keyspace, sharing its object (an inline string is copied). */
    shareKey(toSpace: number, key: Buffer, row: KeyRow, seq: number): void {
      insertKey.run(toSpace, key, row.type, row.oid, row.expires_at, seq, row.oid === null ? row.value : null);
      if (row.oid !== null) addRef.run(row.oid);
    },
    setKeyMeta: (space: number, key: Buffer, expiresAt: number | null, seq: number) => setKeyMeta.run(expiresAt, seq, space, key),
    setKeySeq: (space: number, key: Buffer, seq: number) => setKeySeq.run(seq, space, key),
    setHeader: (oid: number, len: number, head: number, tail: number) => setHeader.run(len, head, tail, oid),
    release,
    /** Deletes every key row of a keyspace, releasing their objects. */
    clearSpace(space: number): void {
      for (const row of spaceObjects.all(space)) release(row.oid, row.type);
      deleteSpaceKeys.run(space);
    },
    prepare: p,
  };
}
