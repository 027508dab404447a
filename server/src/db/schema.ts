// The "db" namespace of the node database: keyspaces (cur, frozen versions, open transactions),
// their key maps, and the value objects key maps point to (shared between keyspaces, copied on
// write). See README.md for why the tables look like this.
import type { Schema } from "../store/index.js";

/** Strings up to this many bytes are stored in their key row rather than as an object. */
export const INLINE_STRING_BYTES = 64;

export const dbSchema: Schema = {
  namespace: "db",
  migrations: [
    {
      version: 1,
      description: "keyspaces, key maps, shared value objects",
      up: (db) =>
        db.exec(`
          -- One row per keyspace: the working state (cur) of a db MiMei, a frozen snapshot (one
          -- per distinct content digest), or an open transaction's private overlay.
          CREATE TABLE db_spaces (
            space INTEGER PRIMARY KEY,
            mimei_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cur', 'frozen', 'tx')),
            -- cur: the last committed write's sequence number; frozen: the one it was frozen at
            seq INTEGER NOT NULL DEFAULT 0,
            -- content digest and size; NULL while cur changed since they were computed
            digest TEXT,
            size INTEGER,
            created_at INTEGER NOT NULL
          ) STRICT;
          CREATE UNIQUE INDEX db_spaces_cur ON db_spaces (mimei_id) WHERE kind = 'cur';
          CREATE INDEX db_spaces_by_mimei ON db_spaces (mimei_id, kind, digest);

          -- The key map of a keyspace. type: 1 string, 2 hash, 3 list, 4 set, 5 zset (the proto's
          -- DbValueType). seq: the sequence number of the key's last change (transactions
          -- compare it to detect conflicts). Keys are BLOBs so they sort by their bytes.
          CREATE TABLE db_keys (
            space INTEGER NOT NULL,
            key BLOB NOT NULL,
            type INTEGER NOT NULL CHECK (type BETWEEN 1 AND 5),
            oid INTEGER NOT NULL,
            expires_at INTEGER,
            seq INTEGER NOT NULL,
            PRIMARY KEY (space, key)
          ) STRICT, WITHOUT ROWID;
          CREATE INDEX db_keys_expiry ON db_keys (space, expires_at) WHERE expires_at IS NOT NULL;

          -- A value: the string itself, or the header of a container whose members live in the
          -- tables below. refs counts the key rows (in any keyspace) pointing here; a write
          -- through a key whose object has refs > 1 copies it first. Lists occupy positions
          -- head .. tail-1 contiguously, so push, pop and index are primary-key lookups.
          CREATE TABLE db_objects (
            oid INTEGER PRIMARY KEY,
            refs INTEGER NOT NULL CHECK (refs >= 0),
            len INTEGER NOT NULL DEFAULT 0,
            head INTEGER NOT NULL DEFAULT 0,
            tail INTEGER NOT NULL DEFAULT 0,
            value BLOB,
            -- cached content digest (32 bytes) and byte count; NULL after every change
            digest BLOB,
            bytes INTEGER
          ) STRICT;

          CREATE TABLE db_hash (
            oid INTEGER NOT NULL,
            field BLOB NOT NULL,
            value BLOB NOT NULL,
            PRIMARY KEY (oid, field)
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE db_list (
            oid INTEGER NOT NULL,
            pos INTEGER NOT NULL,
            value BLOB NOT NULL,
            PRIMARY KEY (oid, pos)
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE db_set (
            oid INTEGER NOT NULL,
            member BLOB NOT NULL,
            PRIMARY KEY (oid, member)
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE db_zset (
            oid INTEGER NOT NULL,
            member BLOB NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (oid, member)
          ) STRICT, WITHOUT ROWID;
          -- ZRANGEBYSCORE, ZCOUNT, ZRANK, ZRANGE: score order, ties by member bytes (as Redis)
          CREATE INDEX db_zset_by_score ON db_zset (oid, score, member);
        `),
    },
    {
      version: 2,
      description: "small strings inline in the key row",
      // A string of at most INLINE_STRING_BYTES lives in its key row (oid NULL), so writing it
      // changes one B-tree page instead of two (the key row for its seq, and the object). Rows
      // are rebuilt because oid becomes nullable; existing small strings move inline and the
      // reference counts are recounted from the key rows that still point at objects.
      up: (db) =>
        db.exec(`
          CREATE TABLE db_keys_v2 (
            space INTEGER NOT NULL,
            key BLOB NOT NULL,
            type INTEGER NOT NULL CHECK (type BETWEEN 1 AND 5),
            -- the value object; NULL for a string kept inline in value
            oid INTEGER,
            expires_at INTEGER,
            seq INTEGER NOT NULL,
            -- an inline string's bytes; NULL when the value is an object
            value BLOB,
            PRIMARY KEY (space, key),
            CHECK ((oid IS NULL) = (value IS NOT NULL)),
            CHECK (value IS NULL OR (type = 1 AND length(value) <= ${INLINE_STRING_BYTES}))
          ) STRICT, WITHOUT ROWID;
          INSERT INTO db_keys_v2 (space, key, type, oid, expires_at, seq, value)
            SELECT k.space, k.key, k.type,
                   CASE WHEN k.type = 1 AND length(o.value) <= ${INLINE_STRING_BYTES} THEN NULL ELSE k.oid END,
                   k.expires_at, k.seq,
                   CASE WHEN k.type = 1 AND length(o.value) <= ${INLINE_STRING_BYTES} THEN o.value END
            FROM db_keys k JOIN db_objects o ON o.oid = k.oid;
          DROP TABLE db_keys;
          ALTER TABLE db_keys_v2 RENAME TO db_keys;
          CREATE INDEX db_keys_expiry ON db_keys (space, expires_at) WHERE expires_at IS NOT NULL;
          DELETE FROM db_objects WHERE oid NOT IN (SELECT oid FROM db_keys WHERE oid IS NOT NULL);
          UPDATE db_objects SET refs = (SELECT COUNT(*) FROM db_keys k WHERE k.oid = db_objects.oid);
        `),
    },
  ],
};
