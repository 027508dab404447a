// Low-level access to mimei_refs, shared by the reference keeper (which changes cur) and the
// version keeper (which copies refs between cur and frozen versions).
import type { SqliteDatabase } from "../store/index.js";

export interface RefRows {
  /** target → count of one version (0 = cur), in target order. */
  read(mimeiId: string, version: number): Map<string, number>;
  /** Replaces the refs of version `to` by those of version `from`. */
  copy(mimeiId: string, from: number, to: number): void;
  /** Replaces the refs of a version by `refs`. */
  replace(mimeiId: string, version: number, refs: Map<string, number>): void;
  drop(mimeiId: string, version: number): void;
  add(mimeiId: string, target: string): void;
  /** Removes one count; false when the target had none. */
  remove(mimeiId: string, target: string): boolean;
  /** The first MiMei other than `target` itself whose cur or versions reference `target`. */
  firstReferrer(target: string): { mimeiId: string; version: number } | undefined;
  referrers(target: string): { mimeiId: string; version: number; count: number }[];
}

export function createRefRows(db: SqliteDatabase): RefRows {
  const read = db.prepare<[string, number], { target: string; count: number }>(
    "SELECT target, count FROM mimei_refs WHERE mimei_id = ? AND version = ? ORDER BY target",
  );
  const drop = db.prepare<[string, number]>("DELETE FROM mimei_refs WHERE mimei_id = ? AND version = ?");
  const copy = db.prepare<[number, string, number]>(
    "INSERT INTO mimei_refs (mimei_id, version, target, count) SELECT mimei_id, ?, target, count FROM mimei_refs WHERE mimei_id = ? AND version = ?",
  );
  const insert = db.prepare<[string, number, string, number]>(
    "INSERT INTO mimei_refs (mimei_id, version, target, count) VALUES (?, ?, ?, ?)",
  );
  const add = db.prepare<[string, string]>(
    "INSERT INTO mimei_refs (mimei_id, version, target, count) VALUES (?, 0, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
  );
  const decrement = db.prepare<[string, string]>(
    "UPDATE mimei_refs SET count = count - 1 WHERE mimei_id = ? AND version = 0 AND target = ? AND count > 1",
  );
  const removeLast = db.prepare<[string, string]>(
    "DELETE FROM mimei_refs WHERE mimei_id = ? AND version = 0 AND target = ? AND count = 1",
  );
  const firstReferrer = db.prepare<[string, string], { mimeiId: string; version: number }>(
    "SELECT mimei_id AS mimeiId, version FROM mimei_refs WHERE target = ? AND mimei_id <> ? LIMIT 1",
  );
  const referrers = db.prepare<[string], { mimeiId: string; version: number; count: number }>(
    "SELECT mimei_id AS mimeiId, version, count FROM mimei_refs WHERE target = ? ORDER BY mimei_id, version",
  );

  return {
    read: (mimeiId, version) => new Map(read.all(mimeiId, version).map((r) => [r.target, r.count])),
    copy(mimeiId, from, to) {
      drop.run(mimeiId, to);
      copy.run(to, mimeiId, from);
    },
    replace(mimeiId, version, refs) {
      drop.run(mimeiId, version);
      for (const [target, count] of refs) insert.run(mimeiId, version, target, count);
    },
    drop: (mimeiId, version) => void drop.run(mimeiId, version),
    add: (mimeiId, target) => void add.run(mimeiId, target),
    remove: (mimeiId, target) =>
      decrement.run(mimeiId, target).changes > 0 || removeLast.run(mimeiId, target).changes > 0,
    firstReferrer: (target) => firstReferrer.get(target, target),
    referrers: (target) => referrers.all(target),
  };
}

export function sameRefs(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [target, count] of a) if (b.get(target) !== count) return false;
  return true;
}
