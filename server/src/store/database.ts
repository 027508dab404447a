// The node's SQLite database: one file in WAL mode, schema migrations per capability.
//
// Durability: WAL with synchronous=NORMAL keeps every committed transaction across a process
// crash (kill -9), because the WAL is written before commit returns; only a power loss can lose
// the last transactions. `synchronous: "full"` also covers power loss at a cost per commit.
import Database from "better-sqlite3";
import type { Database as Sqlite } from "better-sqlite3";

export type SqliteDatabase = Sqlite;

/** One schema change. `up` runs inside a transaction together with its bookkeeping row. */
export interface Migration {
  version: number;
  description: string;
  up: (db: Sqlite) => void;
}

/** The ordered schema history of one capability (identity, mimei, ...). */
export interface Schema {
  namespace: string;
  migrations: Migration[];
}

export interface DatabaseOptions {
  /** File path, or ":memory:" for tests. */
  path: string;
  synchronous?: "normal" | "full";
  schemas: Schema[];
  /**
   * Hold an exclusive lock for the connection's lifetime, so that a second process cannot open
   * the same database (two nodes on one home would split sessions and handles between them).
   * The OS drops the lock when the process dies, even by kill -9.
   */
  exclusive?: boolean;
}

export class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Opens (creating if needed) the database and brings every schema up to date. */
export function openDatabase(options: DatabaseOptions): Sqlite {
  const db = new Database(options.path);
  try {
    if (options.exclusive) {
      db.pragma("locking_mode = EXCLUSIVE");
      try {
        db.exec("BEGIN EXCLUSIVE; COMMIT");
      } catch (err) {
        if ((err as { code?: string }).code === "SQLITE_BUSY") {
          throw new DatabaseLockedError(`${options.path} is in use by another process`);
        }
        throw err;
      }
    }
    if (options.path !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${options.synchronous === "full" ? "FULL" : "NORMAL"}`);
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db, options.schemas);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Applies the migrations each schema has not seen yet, each in its own transaction. */
export function migrate(db: Sqlite, schemas: Schema[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    namespace TEXT NOT NULL,
    version INTEGER NOT NULL,
    description TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    PRIMARY KEY (namespace, version)
  )`);
  const applied = db.prepare<[string], { v: number | null }>(
    "SELECT MAX(version) AS v FROM schema_migrations WHERE namespace = ?",
  );
  const record = db.prepare(
    "INSERT INTO schema_migrations (namespace, version, description, applied_at) VALUES (?, ?, ?, ?)",
  );
  for (const schema of schemas) {
    const sorted = [...schema.migrations].sort((a, b) => a.version - b.version);
    sorted.forEach((m, i) => {
      if (m.version !== i + 1) {
        throw new MigrationError(`schema ${schema.namespace}: migration versions must be 1..n, found ${m.version} at ${i + 1}`);
      }
    });
    const current = applied.get(schema.namespace)?.v ?? 0;
    if (current > sorted.length) {
      throw new MigrationError(
        `schema ${schema.namespace} is at version ${current}, newer than this software knows (${sorted.length}); refusing to open`,
      );
    }
    for (const m of sorted.slice(current)) {
      db.transaction(() => {
        m.up(db);
        record.run(schema.namespace, m.version, m.description, Date.now());
      })();
    }
  }
}
