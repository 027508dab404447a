// The "fs" namespace of the node database: chunks (reference-counted by the files that list
// them, and where each lies on disk), files (content hash → ordered chunk list, the manifest)
// and who uploaded what.
import type { Schema } from "../store/index.js";
import { treeSchemaMigration } from "./tree-store.js";

export const fsSchema: Schema = {
  namespace: "fs",
  migrations: [
    {
      version: 1,
      description: "chunks, files, file chunks, uploaders, file MiMei names",
      up: (db) =>
        db.exec(`
          CREATE TABLE fs_chunks (
            digest TEXT PRIMARY KEY,
            size INTEGER NOT NULL CHECK (size > 0),
            -- how many fs_file_chunks rows list this chunk (kept by the triggers below)
            refs INTEGER NOT NULL DEFAULT 0 CHECK (refs >= 0),
            -- 1 once the chunk's blob file is durable; a row with 0 is an intent GC may undo
            stored INTEGER NOT NULL DEFAULT 0 CHECK (stored IN (0, 1)),
            created_at INTEGER NOT NULL
          ) STRICT, WITHOUT ROWID;
          CREATE INDEX fs_chunks_unreferenced ON fs_chunks (digest) WHERE refs = 0;

          CREATE TABLE fs_files (
            -- the content hash: SHA-256 of the file's bytes
            hash TEXT PRIMARY KEY,
            size INTEGER NOT NULL CHECK (size >= 0),
            chunk_count INTEGER NOT NULL CHECK (chunk_count >= 0),
            -- SHA-256 of the manifest encoding (see manifest.ts); checked by the invariants
            manifest TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            created_at INTEGER NOT NULL
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE fs_file_chunks (
            hash TEXT NOT NULL REFERENCES fs_files (hash) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 0),
            chunk TEXT NOT NULL REFERENCES fs_chunks (digest),
            size INTEGER NOT NULL CHECK (size > 0),
            PRIMARY KEY (hash, idx)
          ) STRICT, WITHOUT ROWID;
          CREATE INDEX fs_file_chunks_by_chunk ON fs_file_chunks (chunk);

          CREATE TRIGGER fs_chunk_ref AFTER INSERT ON fs_file_chunks
            BEGIN UPDATE fs_chunks SET refs = refs + 1 WHERE digest = NEW.chunk; END;
          CREATE TRIGGER fs_chunk_unref AFTER DELETE ON fs_file_chunks
            BEGIN UPDATE fs_chunks SET refs = refs - 1 WHERE digest = OLD.chunk; END;

          -- who stored a file (SetFileContent lets them place it without sending it again)
          CREATE TABLE fs_file_owners (
            hash TEXT NOT NULL REFERENCES fs_files (hash) ON DELETE CASCADE,
            user_id TEXT NOT NULL,
            PRIMARY KEY (hash, user_id)
          ) STRICT, WITHOUT ROWID;

          -- the name a FILE MiMei's content was last stored under (MIME type, HTTP path)
          CREATE TABLE fs_mimei_names (
            mimei_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            mime_type TEXT NOT NULL
          ) STRICT, WITHOUT ROWID;
        `),
    },
    treeSchemaMigration,
    {
      version: 3,
      description: "chunks in pack files: where each stored chunk lies",
      // A stored chunk with a pack lies in that pack file at pack_offset; one without (stored
      // before this version) is a blob file of its own. Set when the chunk is marked stored.
      up: (db) =>
        db.exec(`
          ALTER TABLE fs_chunks ADD COLUMN pack INTEGER;
          ALTER TABLE fs_chunks ADD COLUMN pack_offset INTEGER;
          CREATE INDEX fs_chunks_by_pack ON fs_chunks (pack, pack_offset) WHERE pack IS NOT NULL;
        `),
    },
    {
      version: 4,
      description: "a CRC-32 of each chunk, the cheap check of its reads",
      // Taken from bytes that hashed to the digest, at ingest. NULL for chunks stored before this
      // version until a read has verified them against their digest (content-store.ts).
      up: (db) => db.exec("ALTER TABLE fs_chunks ADD COLUMN crc INTEGER;"),
    },
  ],
};
