// Test scaffolding: a MiMei store over a fresh database file and blob directory, a manual clock,
// and a few fixed user ids. Not part of the public surface.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createManualClock } from "../clock.js";
import { createBlobStore, openDatabase, type BlobStore, type SqliteDatabase } from "../store/index.js";
import { createMiMeiStore, type MiMeiStore, type MiMeiStoreDeps } from "./mimei-store.js";
import { mimeiSchema } from "./schema.js";

/** A well-formed Leither id made of one repeated byte. */
export const userId = (byte: number): string => Buffer.alloc(20, byte).toString("base64url");

export const ALICE = userId(0xa1);
export const BOB = userId(0xb0);
export const CAROL = userId(0xc4);

export interface TestStore {
  store: MiMeiStore;
  db: SqliteDatabase;
  blobs: BlobStore;
  clock: ReturnType<typeof createManualClock>;
  /** Closes the database and opens a new store over the same files, as a node restart would. */
  restart(): TestStore;
  /** Stores bytes as a blob and returns what setCurrent takes. */
  blob(text: string): Promise<{ digest: string; size: number }>;
}

export function createTestStore(options: Partial<Omit<MiMeiStoreDeps, "db" | "blobs" | "clock">> = {}): TestStore {
  const dir = mkdtempSync(path.join(tmpdir(), "leither-mimei-"));
  const clock = createManualClock();
  const open = (): TestStore => {
    const db = openDatabase({ path: path.join(dir, "node.db"), schemas: [mimeiSchema] });
    const blobs = createBlobStore(path.join(dir, "blobs"));
    const store = createMiMeiStore({ db, blobs, clock, ...options });
    return {
      store,
      db,
      blobs,
      clock,
      restart() {
        store.stop();
        db.close();
        return open();
      },
      async blob(text) {
        return blobs.put(Buffer.from(text));
      },
    };
  };
  return open();
}
