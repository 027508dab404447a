// Dead properties (PROPPATCH) and creation times of WebDAV resources, kept in the node database
// by MiMei and tree path. Trees are content-addressed and have no per-entry identity, so these
// follow paths: COPY copies them, MOVE moves them, DELETE drops them, and a resource created
// afresh at a path starts without them. Called inside the tree edit of the same request, so the
// tree change and the property change commit together.
import type { SqliteDatabase } from "../store/index.js";
import { isWithin } from "./paths.js";

/** A stored property value: at most this many bytes of XML. */
export const MAX_PROP_BYTES = 64 * 1024;
/** Dead properties one resource may carry. */
export const MAX_PROPS_PER_RESOURCE = 256;

export interface DeadProp {
  ns: string;
  name: string;
  /** The property element (see writeElement in xml.ts). */
  xml: string;
}

export type PropOp = { set: DeadProp } | { remove: { ns: string; name: string } };

export interface PropStore {
  list(mimeiId: string, path: string): DeadProp[];
  get(mimeiId: string, path: string, ns: string, name: string): DeadProp | undefined;
  /** Applies set/remove operations in order, all or none. */
  apply(mimeiId: string, path: string, ops: PropOp[]): void;
  /** Moves the rows of `from` and everything below it to `to` (replacing what `to` had). */
  moveTree(mimeiId: string, from: string, to: string): void;
  /**
   * Copies the properties of `from` (and, at depth infinity, below it) to `to`, replacing what
   * `to` had; the copy is a new resource created `at`.
   */
  copyTree(mimeiId: string, from: string, to: string, depth: "0" | "infinity", at: number): void;
  /** Drops the rows of `path` and everything below it. */
  removeTree(mimeiId: string, path: string): void;
  /** When the resource was created through WebDAV; undefined when it was made otherwise. */
  createdAt(mimeiId: string, path: string): number | undefined;
  /** Marks a resource as new: drops what an earlier resource at this path left, records the time. */
  created(mimeiId: string, path: string, at: number): void;
}

interface Row {
  path: string;
  ns: string;
  name: string;
  xml: string;
}

export function createPropStore(db: SqliteDatabase): PropStore {
  // Rows of a path and below: the path itself, then the byte range of "<path>/..." (under the
  // BINARY collation, every "<path>/x" sorts at or after "<path>/" and before "<path>0").
  const tree = (table: string, cols: string) =>
    db.prepare<[string, string, string, string]>(`SELECT ${cols} FROM ${table} WHERE mimei_id = ? AND (path = ? OR (path >= ? AND path < ?))`);
  const range = (path: string): [string, string, string] => (path === "/" ? ["/", "", "\u{10FFFF}"] : [path, path + "/", path + "0"]);

  const selectProps = db.prepare<[string, string], DeadProp>("SELECT ns, name, xml FROM dav_props WHERE mimei_id = ? AND path = ? ORDER BY ns, name");
  const selectProp = db.prepare<[string, string, string, string], DeadProp>("SELECT ns, name, xml FROM dav_props WHERE mimei_id = ? AND path = ? AND ns = ? AND name = ?");
  const upsertProp = db.prepare<[string, string, string, string, string]>(
    "INSERT INTO dav_props (mimei_id, path, ns, name, xml) VALUES (?, ?, ?, ?, ?) ON CONFLICT (mimei_id, path, ns, name) DO UPDATE SET xml = excluded.xml",
  );
  const deleteProp = db.prepare<[string, string, string, string]>("DELETE FROM dav_props WHERE mimei_id = ? AND path = ? AND ns = ? AND name = ?");
  const propsBelow = tree("dav_props", "path, ns, name, xml");
  const deletePropsBelow = db.prepare<[string, string, string, string]>("DELETE FROM dav_props WHERE mimei_id = ? AND (path = ? OR (path >= ? AND path < ?))");
  const createdBelow = tree("dav_created", "path, created_at");
  const deleteCreatedBelow = db.prepare<[string, string, string, string]>("DELETE FROM dav_created WHERE mimei_id = ? AND (path = ? OR (path >= ? AND path < ?))");
  const selectCreated = db.prepare<[string, string], { created_at: number }>("SELECT created_at FROM dav_created WHERE mimei_id = ? AND path = ?");
  const upsertCreated = db.prepare<[string, string, number]>(
    "INSERT INTO dav_created (mimei_id, path, created_at) VALUES (?, ?, ?) ON CONFLICT (mimei_id, path) DO UPDATE SET created_at = excluded.created_at",
  );

  const removeTree = (mimeiId: string, path: string) => {
    deletePropsBelow.run(mimeiId, ...range(path));
    deleteCreatedBelow.run(mimeiId, ...range(path));
  };

  /** Rows of `from` (and below), with their paths rebased onto `to`. */
  function rebased<T extends { path: string }>(rows: T[], from: string, to: string, depth: "0" | "infinity"): T[] {
    return rows
      .filter((r) => isWithin(r.path, from) && (depth === "infinity" || r.path === from))
      .map((r) => ({ ...r, path: r.path === from ? to : (to === "/" ? "" : to) + r.path.slice(from === "/" ? 0 : from.length) }));
  }

  function copy(mimeiId: string, from: string, to: string, depth: "0" | "infinity", move: boolean, at: number): void {
    const props = rebased(propsBelow.all(mimeiId, ...range(from)) as Row[], from, to, depth);
    const created = rebased(createdBelow.all(mimeiId, ...range(from)) as { path: string; created_at: number }[], from, to, depth);
    if (move) removeTree(mimeiId, from);
    removeTree(mimeiId, to);
    for (const p of props) upsertProp.run(mimeiId, p.path, p.ns, p.name, p.xml);
    if (move) for (const c of created) upsertCreated.run(mimeiId, c.path, c.created_at);
    // A copy is a new resource: it keeps the properties, not the creation time.
    else upsertCreated.run(mimeiId, to, at);
  }

  return {
    list: (mimeiId, path) => selectProps.all(mimeiId, path),
    get: (mimeiId, path, ns, name) => selectProp.get(mimeiId, path, ns, name),
    apply: db.transaction((mimeiId: string, path: string, ops: PropOp[]) => {
      for (const op of ops) {
        if ("set" in op) upsertProp.run(mimeiId, path, op.set.ns, op.set.name, op.set.xml);
        else deleteProp.run(mimeiId, path, op.remove.ns, op.remove.name);
      }
    }),
    moveTree: db.transaction((mimeiId: string, from: string, to: string) => copy(mimeiId, from, to, "infinity", true, 0)),
    copyTree: db.transaction((mimeiId: string, from: string, to: string, depth: "0" | "infinity", at: number) => copy(mimeiId, from, to, depth, false, at)),
    removeTree: db.transaction(removeTree),
    createdAt: (mimeiId, path) => selectCreated.get(mimeiId, path)?.created_at,
    created: db.transaction((mimeiId: string, path: string, at: number) => {
      removeTree(mimeiId, path);
      upsertCreated.run(mimeiId, path, at);
    }),
  };
}
