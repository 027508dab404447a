// The WebDAV tables of the node database: dead properties and creation times by MiMei and path
// (props-store.ts), and locks (locks.ts).
import type { Schema } from "../store/index.js";

export const davSchema: Schema = {
  namespace: "dav",
  migrations: [
    {
      version: 1,
      description: "WebDAV dead properties and creation times by MiMei and path",
      up: (db) =>
        db.exec(`
          CREATE TABLE dav_props (
            mimei_id TEXT NOT NULL,
            -- tree path, "/" or "/a/b"
            path TEXT NOT NULL,
            -- the property's namespace URI ("" for none) and local name
            ns TEXT NOT NULL,
            name TEXT NOT NULL,
            -- the whole property element, with every namespace it uses declared inside it
            xml TEXT NOT NULL,
            PRIMARY KEY (mimei_id, path, ns, name)
          ) STRICT, WITHOUT ROWID;

          CREATE TABLE dav_created (
            mimei_id TEXT NOT NULL,
            path TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (mimei_id, path)
          ) STRICT, WITHOUT ROWID;
        `),
    },
    {
      version: 2,
      description: "WebDAV locks, so that they outlive a restart",
      up: (db) =>
        db.exec(`
          CREATE TABLE dav_locks (
            token TEXT PRIMARY KEY,
            mimei_id TEXT NOT NULL,
            -- the lock root, a tree path
            path TEXT NOT NULL,
            collection INTEGER NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('exclusive', 'shared')),
            depth TEXT NOT NULL CHECK (depth IN ('0', 'infinity')),
            -- the DAV:owner element's content as the client sent it
            owner TEXT NOT NULL,
            user_id TEXT,
            timeout_seconds INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
          ) STRICT;
          CREATE INDEX dav_locks_expiry ON dav_locks (expires_at);
        `),
    },
  ],
};
