// How a MiMei type keeps its content. Versions, refs and sums only need cur's digest, a way to
// freeze cur and a way to bring a frozen state back; files, databases and mmfs plug in here.
import type { Clock } from "../clock.js";
import type { SqliteDatabase } from "../store/index.js";
import { EMPTY_DIGEST } from "../store/index.js";
import type { ContentState } from "./types.js";

export interface ContentEngine {
  /** The digest and size of cur's content as it is now. */
  current(mimeiId: string): ContentState;
  /**
   * Makes cur's content immutable and addressed by its digest (a blob, a DB snapshot, a Merkle
   * root), returning that digest. Must be cheap when nothing changed since the last freeze.
   */
  freeze(mimeiId: string): Promise<ContentState>;
  /** Makes a frozen state (from freeze) cur's content again. */
  restore(mimeiId: string, frozen: ContentState): Promise<void>;
  /** Drops cur's working content once the MiMei is deleted (frozen blobs are left to GC). */
  remove(mimeiId: string): Promise<void>;
}

/** The default engine: cur is one immutable blob whose digest lives in the mimei row. */
export interface BlobContentEngine extends ContentEngine {
  /** Points cur at a blob (FileService writes a blob, then calls this). */
  setCurrent(mimeiId: string, content: ContentState): void;
}

/** Content of a MiMei that was never written. */
export const EMPTY_CONTENT: ContentState = Object.freeze({ digest: EMPTY_DIGEST, size: 0 });

export function createBlobContentEngine(db: SqliteDatabase, clock: Clock): BlobContentEngine {
  const select = db.prepare<[string], { cur_digest: string; cur_size: number }>(
    "SELECT cur_digest, cur_size FROM mimei WHERE id = ?",
  );
  const update = db.prepare<[string, number, number, string]>(
    "UPDATE mimei SET cur_digest = ?, cur_size = ?, modified_at = ? WHERE id = ?",
  );

  function current(mimeiId: string): ContentState {
    const row = select.get(mimeiId);
    // A missing row only happens mid-deletion; it has no content.
    return row ? { digest: row.cur_digest, size: row.cur_size } : { ...EMPTY_CONTENT };
  }

  function setCurrent(mimeiId: string, content: ContentState): void {
    update.run(content.digest, content.size, clock.now(), mimeiId);
  }

  return {
    current,
    setCurrent,
    // Blobs never change, so cur is frozen already.
    freeze: async (mimeiId) => current(mimeiId),
    restore: async (mimeiId, frozen) => setCurrent(mimeiId, frozen),
    // The row holds all of cur; deleting the row was enough.
    remove: async () => {},
  };
}
