// The content engine of FILE MiMei: cur is one content-addressed file (its content hash and
// size kept in the MiMei row, like the default blob engine), but the bytes live in the content
// store's chunks. Frozen versions name the same content hashes, so backup costs nothing and
// restore is a pointer move; GC keeps every hash a cur or version names.
import type { Clock } from "../clock.js";
import { createBlobContentEngine, type ContentEngine, type ContentState } from "../mimei/index.js";
import type { SqliteDatabase } from "../store/index.js";
import type { ContentStore } from "./content-store.js";

export interface FileContentEngine extends ContentEngine {
  /** Points cur at stored content (NOT_FOUND CONTENT_UNKNOWN when the content store lacks it). */
  setCurrent(mimeiId: string, content: ContentState): void;
}

export function createFileContentEngine(deps: { db: SqliteDatabase; clock: Clock; content: ContentStore }): FileContentEngine {
  const row = createBlobContentEngine(deps.db, deps.clock);
  const forgetName = deps.db.prepare<[string]>("DELETE FROM fs_mimei_names WHERE mimei_id = ?");
  function setCurrent(mimeiId: string, content: ContentState): void {
    const file = deps.content.get(content.digest);
    row.setCurrent(mimeiId, { digest: file.hash, size: file.size });
  }
  return {
    current: (mimeiId) => row.current(mimeiId),
    setCurrent,
    // Content-addressed files never change: cur is frozen already.
    freeze: async (mimeiId) => row.current(mimeiId),
    restore: async (mimeiId, frozen) => setCurrent(mimeiId, frozen),
    remove: async (mimeiId) => {
      forgetName.run(mimeiId);
    },
  };
}
