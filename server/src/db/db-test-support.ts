// Test scaffolding: an engine over a fresh database with a manual clock, and a MiMei store
// wired to it (as the node does) for version tests. Not part of the public surface.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createManualClock } from "../clock.js";
import { LeitherError } from "../errors.js";
import { createMiMeiStore, mimeiSchema, type MiMeiStore } from "../mimei/index.js";
import { createBlobStore, openDatabase, type SqliteDatabase } from "../store/index.js";
import { createDbEngine, type DbEngineDeps } from "./engine.js";
import { dbSchema } from "./schema.js";
import type { DbEngine } from "./types.js";

export const ALICE = Buffer.alloc(20, 0xa1).toString("base64url");

export interface TestDb {
  engine: DbEngine;
  store: MiMeiStore;
  db: SqliteDatabase;
  clock: ReturnType<typeof createManualClock>;
  dir: string;
  /** A fresh db MiMei of ALICE. */
  newDb(): string;
  rows(table: string): number;
}

export function createTestDb(options: Partial<Omit<DbEngineDeps, "db" | "clock">> = {}, dir = mkdtempSync(path.join(tmpdir(), "leither-db-"))): TestDb {
  const clock = createManualClock();
  const db = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema, dbSchema] });
  let store: MiMeiStore | undefined;
  const engine = createDbEngine({
    db,
    clock,
    liveDigests: (id) => new Set(store!.versions.list(id).versions.map((v) => v.digest)),
    ...options,
  });
  store = createMiMeiStore({ db, blobs: createBlobStore(path.join(dir, "blobs")), clock, engines: { db: engine.content } });
  return {
    engine,
    store,
    db,
    clock,
    dir,
    newDb: () => store!.create(ALICE, { type: "db", mark: "auto" }).mimeiId,
    rows: (table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
  };
}

/** The reason of what fn throws (fails the test when it does not throw a LeitherError). */
export function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof LeitherError) return err.reason;
    throw err;
  }
  throw new Error("expected a LeitherError");
}

export const b = (s: string) => Buffer.from(s);
export const strs = (xs: Array<Buffer | null>) => xs.map((x) => (x === null ? null : x.toString()));
