// Reading the mimei row every keeper starts from, with the one NOT_FOUND every keeper raises.
import { invalidArgument, notFound } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { isMiMeiId } from "./mimei-id.js";
import type { MiMeiInfo, MiMeiType } from "./types.js";

export interface MiMeiRow {
  id: string;
  type: MiMeiType;
  author_id: string;
  app_id: string;
  ext: string;
  mark: string;
  created_at: number;
  modified_at: number;
  cur_digest: string;
  cur_size: number;
  last_version: number;
  release_version: number;
  next_version: number;
}

export interface MiMeiRows {
  find(mimeiId: string): MiMeiRow | undefined;
  /** The row, or INVALID_ARGUMENT "INVALID_MIMEI_ID" / NOT_FOUND "MIMEI_UNKNOWN". */
  get(mimeiId: string): MiMeiRow;
  touch(mimeiId: string, at: number): void;
}

export function createMiMeiRows(db: SqliteDatabase): MiMeiRows {
  const select = db.prepare<[string], MiMeiRow>("SELECT * FROM mimei WHERE id = ?");
  const touch = db.prepare<[number, string]>("UPDATE mimei SET modified_at = ? WHERE id = ?");
  return {
    find: (mimeiId) => select.get(mimeiId),
    get(mimeiId) {
      if (!isMiMeiId(mimeiId)) throw invalidArgument("INVALID_MIMEI_ID", "not a MiMei id", { mimei_id: String(mimeiId) });
      const row = select.get(mimeiId);
      if (!row) throw notFound("MIMEI_UNKNOWN", `no MiMei ${mimeiId} on this node`, { mimei_id: mimeiId });
      return row;
    },
    touch(mimeiId, at) {
      touch.run(at, mimeiId);
    },
  };
}

/** The row as MiMeiInfo, with cur as the type's content engine reports it. */
export function infoOf(row: MiMeiRow, cur: { digest: string; size: number }): MiMeiInfo {
  return {
    mimeiId: row.id,
    type: row.type,
    authorId: row.author_id,
    appId: row.app_id,
    ext: row.ext,
    mark: row.mark,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    lastVersion: row.last_version,
    releaseVersion: row.release_version,
    curDigest: cur.digest,
    curSize: cur.size,
  };
}
