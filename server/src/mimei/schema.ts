// The "mimei" namespace of the node database: MiMei rows, member rights, frozen versions and
// reference counts. Rows of a MiMei go with it (ON DELETE CASCADE).
import type { Schema } from "../store/index.js";

export const mimeiSchema: Schema = {
  namespace: "mimei",
  migrations: [
    {
      version: 1,
      description: "mimei, rights, versions, refs",
      up: (db) =>
        db.exec(`
          CREATE TABLE mimei (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('file', 'db', 'mmfs', 'app')),
            author_id TEXT NOT NULL,
            app_id TEXT NOT NULL,
            ext TEXT NOT NULL,
            mark TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            modified_at INTEGER NOT NULL,
            -- cur content for engines that keep it as one blob (the default engine)
            cur_digest TEXT NOT NULL,
            cur_size INTEGER NOT NULL CHECK (cur_size >= 0),
            last_version INTEGER NOT NULL DEFAULT 0,
            release_version INTEGER NOT NULL DEFAULT 0,
            -- the number the next backup gets; only grows, so numbers are never reused
            next_version INTEGER NOT NULL DEFAULT 1
          ) STRICT;
          -- ListMiMei: an author's MiMei, newest first, keyset-paged on (created_at, id)
          CREATE INDEX mimei_by_author ON mimei (author_id, created_at DESC, id DESC);

          CREATE TABLE mimei_rights (
            mimei_id TEXT NOT NULL REFERENCES mimei (id) ON DELETE CASCADE,
            member TEXT NOT NULL,
            bits INTEGER NOT NULL CHECK (bits > 0),
            PRIMARY KEY (mimei_id, member)
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE mimei_versions (
            mimei_id TEXT NOT NULL REFERENCES mimei (id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version > 0),
            digest TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            created_at INTEGER NOT NULL,
            memo TEXT NOT NULL,
            created_by TEXT NOT NULL,
            PRIMARY KEY (mimei_id, version)
          ) STRICT, WITHOUT ROWID;
          -- blob GC: which digests do versions hold
          CREATE INDEX mimei_versions_by_digest ON mimei_versions (digest);

          CREATE TABLE mimei_refs (
            mimei_id TEXT NOT NULL REFERENCES mimei (id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version >= 0), -- 0 is cur
            target TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (mimei_id, version, target)
          ) STRICT, WITHOUT ROWID;
          -- "who references X" (DeleteMiMei's guard, blob GC)
          CREATE INDEX mimei_refs_by_target ON mimei_refs (target, mimei_id);
        `),
    },
  ],
};
