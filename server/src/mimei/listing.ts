// ListMiMei: an author's MiMei newest first, paged by an opaque keyset token (the position of the
// last item returned), so pages stay stable while MiMei are created or deleted.
import { invalidArgument } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { isMiMeiId } from "./mimei-id.js";
import type { MiMeiRow } from "./mimei-rows.js";
import type { ListOptions, MiMeiType } from "./types.js";

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

interface Position {
  createdAt: number;
  id: string;
}

export function encodePageToken(p: Position): string {
  return Buffer.from(JSON.stringify([1, p.createdAt, p.id])).toString("base64url");
}

/** Throws INVALID_ARGUMENT "BAD_PAGE_TOKEN" for anything encodePageToken did not make. */
export function decodePageToken(token: string): Position {
  try {
    const v: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 3 && v[0] === 1 && Number.isSafeInteger(v[1]) && isMiMeiId(v[2])) {
      return { createdAt: v[1] as number, id: v[2] as string };
    }
  } catch {
    // fall through
  }
  throw invalidArgument("BAD_PAGE_TOKEN", "the page token is not one this listing returned");
}

export function pageSizeOf(requested: number | undefined): number {
  if (requested === undefined || requested === 0) return DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(requested) || requested < 0) {
    throw invalidArgument("BAD_PAGE_SIZE", "the page size is a non-negative integer", { page_size: String(requested) });
  }
  return Math.min(requested, MAX_PAGE_SIZE);
}

/** One page of rows, and the position to continue from when there are more. */
export function listRows(db: SqliteDatabase, authorId: string, options: ListOptions): { rows: MiMeiRow[]; next: string } {
  const size = pageSizeOf(options.pageSize);
  const where = ["author_id = ?"];
  const params: (string | number)[] = [authorId];
  if (options.type) {
    where.push("type = ?");
    params.push(options.type satisfies MiMeiType);
  }
  if (options.appId) {
    where.push("app_id = ?");
    params.push(options.appId);
  }
  if (options.pageToken) {
    const after = decodePageToken(options.pageToken);
    where.push("(created_at < ? OR (created_at = ? AND id < ?))");
    params.push(after.createdAt, after.createdAt, after.id);
  }
  // One row more than asked tells whether another page follows.
  const rows = db
    .prepare<(string | number)[], MiMeiRow>(
      `SELECT * FROM mimei WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .all(...params, size + 1);
  if (rows.length <= size) return { rows, next: "" };
  const page = rows.slice(0, size);
  const last = page[page.length - 1]!;
  return { rows: page, next: encodePageToken({ createdAt: last.created_at, id: last.id }) };
}
