// Trees of MMFS and APP MiMei: binds the tree store to MiMei (cur's root lives in the MiMei row,
// versions name root digests) and to the content store (files in trees are stored content).
// The FileService RPCs, WebDAV and apps all edit trees through here; rights were checked by
// their callers (policy, routes), handles carry the rest.
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, LeitherError, notFound } from "../errors.js";
import { joinPath, parseTreePath } from "./tree-paths.js";
import { createBlobContentEngine, type ContentEngine, type MiMeiStore } from "../mimei/index.js";
import type { SqliteDatabase } from "../store/index.js";
import type { ContentStore, StoredFile } from "./content-store.js";
import { detectMimeType, OCTET_STREAM } from "./mime.js";
import { createTreeStore, type TreeStore } from "./tree-store.js";
import type { TreeDraft, TreeEntry, WriteOptions } from "./tree-types.js";

const NO_BYTES = new Uint8Array(0);

/** Reads of stored roots are the tree store's; edits go through a MiMei's cur. */
export interface Trees extends Pick<TreeStore, "lookup" | "stat" | "summary" | "list" | "find" | "walk" | "diff" | "reachableFiles"> {
  /** The root digest of a tree MiMei at a version ("cur", "last", "release", a number). */
  root(mimeiId: string, version?: string): { root: string; version: number };
  /** The root digest behind a MiMei handle (cur moves with edits; versions never do). */
  rootOfHandle(state: { mimeiId: string; version: number; digest: string }): string;
  /**
   * Edits cur of a tree MiMei atomically: `fn` runs on a draft, and its changes become cur's new
   * root in one SQLite transaction (edits of one MiMei never interleave). Files placed with
   * `putFile` must be stored content (`store` or `writeFile`).
   */
  edit<R>(mimeiId: string, fn: (draft: TreeDraft) => R): R;
  /** Streams bytes into the content store and places them at `path` in cur, in constant memory. */
  writeFile(mimeiId: string, path: string, source: AsyncIterable<Uint8Array>, options: WriteOptions & { userId: string | null; expectedSize?: number; maxSize?: number; signal?: AbortSignal }): Promise<TreeEntry>;
  /** Bytes [start, end) of a file in a tree, verified chunk by chunk; each chunk is valid only until the next is asked for. */
  readFile(hash: string, start?: number, end?: number): AsyncGenerator<Buffer>;
  /** Frees directory nodes no root holds that are older than the grace period. */
  collectGarbage(roots: Iterable<string>, graceMs: number): number;
}

export interface TreeServiceDeps {
  db: SqliteDatabase;
  clock: Clock;
  content: ContentStore;
  /** Set once the MiMei store exists (it is built with this engine). */
  mimei(): MiMeiStore;
}

/** The MIME type of a file in a tree: its name's extension first (web serving), then its content. */
export function treeMimeType(name: string, storedType: string | undefined): string {
  const byName = detectMimeType(name, NO_BYTES);
  return byName !== OCTET_STREAM ? byName : storedType || OCTET_STREAM;
}

export function createTrees(deps: TreeServiceDeps): { trees: Trees; engine: ContentEngine } {
  const { db, clock, content } = deps;
  const fileType = db.prepare<[string], { mime_type: string }>("SELECT mime_type FROM fs_files WHERE hash = ?");
  const store: TreeStore = createTreeStore({ db, clock, mimeTypeOf: (name, hash) => treeMimeType(name, fileType.get(hash)?.mime_type) });
  // cur's root digest and total size live in the MiMei row, like the blob engine's content.
  const row = createBlobContentEngine(db, clock);

  const engine: ContentEngine = {
    current: (mimeiId) => row.current(mimeiId),
    // Tree nodes never change: cur's root is frozen already.
    freeze: async (mimeiId) => row.current(mimeiId),
    restore: async (mimeiId, frozen) => {
      store.summary(frozen.digest); // a frozen root must still be stored
      row.setCurrent(mimeiId, frozen);
    },
    // The row held all of cur; unreachable nodes go with the next GC.
    remove: async () => {},
  };

  function treeInfo(mimeiId: string) {
    const info = deps.mimei().info(mimeiId);
    if (info.type !== "mmfs" && info.type !== "app") {
      throw failedPrecondition("NOT_A_TREE", `MiMei ${mimeiId} is a ${info.type} MiMei, not a file tree (mmfs or app)`, { mimei_id: mimeiId });
    }
    return info;
  }

  const trees: Trees = {
    root(mimeiId, version = "cur") {
      treeInfo(mimeiId);
      const m = deps.mimei();
      const v = m.versions.resolve(mimeiId, version || "cur");
      return { root: v === 0 ? row.current(mimeiId).digest : m.versions.get(mimeiId, v).digest, version: v };
    },
    rootOfHandle: (state) => (state.version === 0 ? row.current(state.mimeiId).digest : state.digest),
    lookup: (root, path) => store.lookup(root, path),
    stat: (root, path) => store.stat(root, path),
    summary: (root) => store.summary(root),
    list: (root, path, page) => store.list(root, path, page),
    find: (root, path, query, page) => store.find(root, path, query, page),
    walk: (root, path) => store.walk(root, path),
    diff: (a, b, path, page) => store.diff(a, b, path, page),
    edit(mimeiId, fn) {
      return db.transaction(() => {
        treeInfo(mimeiId);
        const before = row.current(mimeiId).digest;
        const { result, root } = store.edit(before, fn);
        if (root.digest !== before) row.setCurrent(mimeiId, { digest: root.digest, size: root.size });
        return result;
      })();
    },
    async writeFile(mimeiId, path, source, options) {
      // Refuse a bad path or a missing parent before any byte is stored.
      trees.edit(mimeiId, (d) => checkFilePlacement(d, path, options));
      const held = content.lease();
      try {
        const file: StoredFile = await content.ingest(source, { lease: held, ownerId: options.userId, name: path.split("/").pop(), expectedSize: options.expectedSize, maxSize: options.maxSize, signal: options.signal });
        return trees.edit(mimeiId, (d) => d.putFile(path, file, options));
      } finally {
        held.release();
      }
    },
    readFile: (hash, start, end) => content.stream(hash, start, end),
    reachableFiles: (roots) => store.reachableFiles(roots),
    collectGarbage: (roots, graceMs) => store.collectGarbage(roots, clock.now() - graceMs),
  };
  return { trees, engine };
}

/** Throws what placing a file at `path` would (bad path, the root, a directory there, an existing file without overwrite, a missing parent), before any byte is stored. */
export function checkFilePlacement(d: TreeDraft, path: string, options: WriteOptions): void {
  const segments = parseTreePath(path);
  if (segments.length === 0) throw invalidArgument("ROOT_PATH", "the root of a tree is a directory; give a file's path", { path });
  const existing = d.lookup(path);
  if (existing?.kind === "dir") throw failedPrecondition("IS_A_DIRECTORY", `${existing.path} is a directory`, { path: existing.path });
  if (existing && !options.overwrite) throw new LeitherError("already_exists", "PATH_EXISTS", `${existing.path} exists`, { path: existing.path });
  if (!options.makeParents && segments.length > 1) {
    const parent = joinPath(segments.slice(0, -1));
    const p = d.lookup(parent);
    if (!p) throw notFound("PARENT_NOT_FOUND", `no directory ${parent}`, { path: parent });
    if (p.kind !== "dir") throw failedPrecondition("NOT_A_DIRECTORY", `${p.path} is a file, not a directory`, { path: p.path });
  }
}
