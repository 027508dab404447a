// mmfs trees stored like git trees: every directory is an immutable node named by its digest
// (lines "f <content hash> <name>" / "d <digest> <name>", sorted by name bytes; see
// file_service.proto), shared by every version and tree that contains it. An edit loads only
// the directories it walks through into a draft, changes them in memory and writes new nodes
// for the changed directories and their ancestors; everything else is referenced by digest.
// So a backup is the root digest (free), restore is a pointer move, and a diff descends only
// where digests differ.
import { createHash } from "node:crypto";
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, LeitherError, notFound } from "../errors.js";
import { EMPTY_DIGEST, type Migration, type SqliteDatabase } from "../store/index.js";
import { compareNames, comparePaths, globToRegExp, isWithin, joinPath, parseTreePath } from "./tree-paths.js";
import type { FindQuery, Page, PageOf, TreeChange, TreeDraft, TreeEntry, WriteOptions } from "./tree-types.js";

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

/** What a directory node holds in total. */
export interface DirSummary {
  digest: string;
  /** Bytes of all files below. */
  size: number;
  /** Files below (at any depth). */
  files: number;
  /** Directories below (at any depth). */
  dirs: number;
  /** Direct entries. */
  entryCount: number;
}

export interface TreeStore {
  lookup(root: string, path: string): TreeEntry | undefined;
  /** NOT_FOUND NO_SUCH_PATH when absent. */
  stat(root: string, path: string): TreeEntry;
  summary(root: string): DirSummary;
  /** A directory's entries by name, paged by name. */
  list(root: string, path: string, page?: Partial<Page>): PageOf<TreeEntry>;
  /** Entries below a directory matching a name or glob, in depth-first order, paged by path. */
  find(root: string, path: string, query: FindQuery, page?: Partial<Page>): PageOf<TreeEntry>;
  /** Every entry below a directory (not the directory itself), depth first. */
  walk(root: string, path: string): Generator<TreeEntry>;
  /** Paths that differ between two roots, depth first; unchanged subtrees are never read. */
  diff(fromRoot: string, toRoot: string, path: string, page?: Partial<Page>): PageOf<TreeChange>;
  /** Runs `fn` on a draft of `root`; returns its result and the new root (nodes written). */
  edit<R>(root: string, fn: (draft: TreeDraft) => R): { result: R; root: DirSummary };
  /** Content hashes of the files reachable from these digests (those that are directory nodes). */
  reachableFiles(roots: Iterable<string>): Set<string>;
  /** Deletes directory nodes unreachable from `roots` and older than the grace period. */
  collectGarbage(roots: Iterable<string>, olderThan: number): number;
}

export interface TreeStoreDeps {
  db: SqliteDatabase;
  clock: Clock;
  /** The MIME type of a file in a tree, from its name and stored content. */
  mimeTypeOf(name: string, hash: string): string;
}

interface DirRow {
  digest: string;
  size: number;
  files: number;
  dirs: number;
  entry_count: number;
  created_at: number;
}

interface EntryRow {
  name: string;
  is_dir: number;
  target: string;
  size: number;
  modified_at: number;
}

/** An entry of a draft directory; `child` is set once a directory was loaded (or created). */
interface Ent {
  name: string;
  isDir: boolean;
  /** Content hash or the (clean) directory's digest; stale while `child` is dirty. */
  target: string;
  size: number;
  modifiedAt: number;
  child?: DraftDir;
}

interface DraftDir {
  entries: Map<string, Ent>;
  /** Changed since loaded: needs a new node on commit. */
  dirty: boolean;
  /** The node it was loaded from, while clean. */
  loadedFrom: string;
  /** Cached summary of a dirty dir (cleared by every change below it). */
  cached?: DirSummary;
}

export const treeSchemaMigration: Migration = {
  version: 2,
  description: "mmfs tree nodes: directories by digest and their entries",
  up: (db) =>
    db.exec(`
      CREATE TABLE fs_tree_dirs (
        -- SHA-256 of the directory's entry lines (file_service.proto, Directory digests)
        digest TEXT PRIMARY KEY,
        size INTEGER NOT NULL CHECK (size >= 0),
        files INTEGER NOT NULL CHECK (files >= 0),
        dirs INTEGER NOT NULL CHECK (dirs >= 0),
        entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
        created_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE fs_tree_entries (
        dir TEXT NOT NULL REFERENCES fs_tree_dirs (digest) ON DELETE CASCADE,
        name TEXT NOT NULL,
        is_dir INTEGER NOT NULL CHECK (is_dir IN (0, 1)),
        -- a file's content hash or a directory's digest
        target TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        -- not part of the digest: the first node written with a digest keeps its times
        modified_at INTEGER NOT NULL,
        PRIMARY KEY (dir, name)
      ) STRICT, WITHOUT ROWID;
    `),
};

export function createTreeStore(deps: TreeStoreDeps): TreeStore {
  const { db, clock } = deps;
  const selectDir = db.prepare<[string], DirRow>("SELECT digest, size, files, dirs, entry_count, created_at FROM fs_tree_dirs WHERE digest = ?");
  const selectEntries = db.prepare<[string], EntryRow>("SELECT name, is_dir, target, size, modified_at FROM fs_tree_entries WHERE dir = ? ORDER BY name");
  const selectEntry = db.prepare<[string, string], EntryRow>("SELECT name, is_dir, target, size, modified_at FROM fs_tree_entries WHERE dir = ? AND name = ?");
  const selectPage = db.prepare<[string, string, number], EntryRow>(
    "SELECT name, is_dir, target, size, modified_at FROM fs_tree_entries WHERE dir = ? AND name > ? ORDER BY name LIMIT ?",
  );
  const insertDir = db.prepare<[string, number, number, number, number, number]>(
    "INSERT OR IGNORE INTO fs_tree_dirs (digest, size, files, dirs, entry_count, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertEntry = db.prepare<[string, string, number, string, number, number]>(
    "INSERT INTO fs_tree_entries (dir, name, is_dir, target, size, modified_at) VALUES (?, ?, ?, ?, ?, ?)",
  );

  function dirRow(digest: string): DirRow {
    const row = selectDir.get(digest);
    if (row) return row;
    if (digest === EMPTY_DIGEST) return { digest, size: 0, files: 0, dirs: 0, entry_count: 0, created_at: 0 };
    throw new LeitherError("internal", "TREE_NODE_MISSING", `directory node ${digest} is not stored`);
  }

  const summaryOfRow = (r: DirRow): DirSummary => ({ digest: r.digest, size: r.size, files: r.files, dirs: r.dirs, entryCount: r.entry_count });

  function entryOf(segments: readonly string[], row: EntryRow): TreeEntry {
    const isDir = row.is_dir === 1;
    return {
      name: row.name,
      path: joinPath(segments),
      kind: isDir ? "dir" : "file",
      size: row.size,
      digest: row.target,
      mimeType: isDir ? "" : deps.mimeTypeOf(row.name, row.target),
      modifiedAt: row.modified_at,
      entryCount: isDir ? dirRow(row.target).entry_count : 0,
    };
  }

  function rootEntry(root: string): TreeEntry {
    const r = dirRow(root);
    return { name: "", path: "/", kind: "dir", size: r.size, digest: root, mimeType: "", modifiedAt: r.created_at, entryCount: r.entry_count };
  }

  /** The entry row at a path below a stored root (undefined when absent), walking by point queries. */
  function findRow(root: string, segments: readonly string[]): EntryRow | undefined {
    let dir = root;
    let row: EntryRow | undefined;
    for (let i = 0; i < segments.length; i++) {
      row = dir === EMPTY_DIGEST ? undefined : selectEntry.get(dir, segments[i]!);
      if (!row) return undefined;
      if (i < segments.length - 1) {
        if (row.is_dir !== 1) return undefined;
        dir = row.target;
      }
    }
    return row;
  }

  function lookupSegments(root: string, segments: readonly string[]): TreeEntry | undefined {
    if (segments.length === 0) return rootEntry(root);
    const row = findRow(root, segments);
    return row ? entryOf(segments, row) : undefined;
  }

  function statSegments(root: string, segments: readonly string[]): TreeEntry {
    const e = lookupSegments(root, segments);
    if (!e) throw notFound("NO_SUCH_PATH", `no file or directory at ${joinPath(segments)}`, { path: joinPath(segments) });
    return e;
  }

  /** The digest of the directory at a path; NOT_FOUND or FAILED_PRECONDITION NOT_A_DIRECTORY. */
  function dirAt(root: string, segments: readonly string[]): string {
    const e = statSegments(root, segments);
    if (e.kind !== "dir") throw failedPrecondition("NOT_A_DIRECTORY", `${e.path} is a file, not a directory`, { path: e.path });
    return e.digest;
  }

  const limitOf = (page?: Partial<Page>) => Math.min(Math.max(page?.limit || DEFAULT_PAGE, 1), MAX_PAGE);

  /** Pre-order walk below `dir`, skipping whole subtrees that lie before `after`. */
  function* walkFrom(dir: string, base: string[], after: string[] | undefined): Generator<[string[], EntryRow]> {
    if (dir === EMPTY_DIGEST) return;
    for (const row of selectEntries.all(dir)) {
      const segs = [...base, row.name];
      if (after && comparePaths(segs, after) <= 0) {
        if (row.is_dir === 1 && isWithin(after, segs)) yield* walkFrom(row.target, segs, after);
        continue;
      }
      yield [segs, row];
      if (row.is_dir === 1) yield* walkFrom(row.target, segs, after);
    }
  }

  function* diffDirs(from: string, to: string, base: string[], after: string[] | undefined): Generator<[string[], TreeChange]> {
    if (from === to) return;
    const a = from === EMPTY_DIGEST ? [] : selectEntries.all(from);
    const b = to === EMPTY_DIGEST ? [] : selectEntries.all(to);
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const c = i >= a.length ? 1 : j >= b.length ? -1 : compareNames(a[i]!.name, b[j]!.name);
      const old = c <= 0 ? a[i++] : undefined;
      const neu = c >= 0 ? b[j++] : undefined;
      const segs = [...base, (old ?? neu)!.name];
      const skipped = after !== undefined && comparePaths(segs, after) <= 0;
      if (skipped && !isWithin(after!, segs)) continue;
      const path = joinPath(segs);
      if (!old) {
        if (!skipped) yield [segs, { path, kind: "added", isDir: neu!.is_dir === 1, fromDigest: "", toDigest: neu!.target }];
      } else if (!neu) {
        if (!skipped) yield [segs, { path, kind: "removed", isDir: old.is_dir === 1, fromDigest: old.target, toDigest: "" }];
      } else if (old.is_dir !== neu.is_dir) {
        if (!skipped) yield [segs, { path, kind: "type_changed", isDir: neu.is_dir === 1, fromDigest: old.target, toDigest: neu.target }];
      } else if (old.target !== neu.target) {
        if (neu.is_dir === 1) yield* diffDirs(old.target, neu.target, segs, after);
        else if (!skipped) yield [segs, { path, kind: "modified", isDir: false, fromDigest: old.target, toDigest: neu.target }];
      }
    }
  }

  function pageOf<T>(it: Iterator<[string[], T]>, limit: number): PageOf<T> {
    const items: T[] = [];
    let last: string[] = [];
    for (let n = it.next(); !n.done; n = it.next()) {
      if (items.length === limit) return { items, next: joinPath(last) };
      items.push(n.value[1]);
      last = n.value[0];
    }
    return { items, next: "" };
  }

  // ---- drafts -------------------------------------------------------------------------------

  function loadDir(digest: string): DraftDir {
    const entries = new Map<string, Ent>();
    if (digest !== EMPTY_DIGEST) {
      dirRow(digest); // a missing node is an internal error, not an empty directory
      for (const r of selectEntries.all(digest)) entries.set(r.name, { name: r.name, isDir: r.is_dir === 1, target: r.target, size: r.size, modifiedAt: r.modified_at });
    }
    return { entries, dirty: false, loadedFrom: digest };
  }

  const newDir = (): DraftDir => ({ entries: new Map(), dirty: true, loadedFrom: EMPTY_DIGEST });

  function childOf(ent: Ent): DraftDir {
    ent.child ??= loadDir(ent.target);
    return ent.child;
  }

  /** Summary of a draft dir: stored for clean ones, computed (and cached) for dirty ones. */
  function summarize(dir: DraftDir): DirSummary {
    if (!dir.dirty) return summaryOfRow(dirRow(dir.loadedFrom));
    if (dir.cached) return dir.cached;
    const names = [...dir.entries.keys()].sort(compareNames);
    const hash = createHash("sha256");
    let size = 0;
    let files = 0;
    let dirs = 0;
    for (const name of names) {
      const e = dir.entries.get(name)!;
      if (e.isDir) {
        const s = e.child ? summarize(e.child) : summaryOfRow(dirRow(e.target));
        e.target = s.digest;
        e.size = s.size;
        files += s.files;
        dirs += s.dirs + 1;
      } else files += 1;
      size += e.size;
      hash.update(`${e.isDir ? "d" : "f"} ${e.target} ${name}\n`);
    }
    dir.cached = { digest: names.length === 0 ? EMPTY_DIGEST : hash.digest("hex"), size, files, dirs, entryCount: names.length };
    return dir.cached;
  }

  /** Writes the nodes of a dirty dir (children first) and returns its summary. */
  function persist(dir: DraftDir, now: number): DirSummary {
    if (!dir.dirty) return summarize(dir);
    for (const e of dir.entries.values()) if (e.child?.dirty) persist(e.child, now);
    const s = summarize(dir);
    if (insertDir.run(s.digest, s.size, s.files, s.dirs, s.entryCount, now).changes > 0) {
      for (const e of dir.entries.values()) insertEntry.run(s.digest, e.name, e.isDir ? 1 : 0, e.target, e.size, e.modifiedAt);
    }
    return s;
  }

  function createDraft(root: string): { draft: TreeDraft; top: DraftDir } {
    const top = loadDir(root);
    const now = () => clock.now();

    /** The chain of dirs from the root to the dir at `segments` (inclusive). */
    function dirChain(segments: readonly string[], makeParents: boolean): DraftDir[] {
      const chain = [top];
      let dir = top;
      for (let i = 0; i < segments.length; i++) {
        const name = segments[i]!;
        let e = dir.entries.get(name);
        if (!e) {
          if (!makeParents) throw notFound("PARENT_NOT_FOUND", `no directory ${joinPath(segments.slice(0, i + 1))}`, { path: joinPath(segments.slice(0, i + 1)) });
          e = { name, isDir: true, target: EMPTY_DIGEST, size: 0, modifiedAt: now(), child: newDir() };
          dir.entries.set(name, e);
          touch(chain, segments);
        }
        if (!e.isDir) throw failedPrecondition("NOT_A_DIRECTORY", `${joinPath(segments.slice(0, i + 1))} is a file, not a directory`, { path: joinPath(segments.slice(0, i + 1)) });
        dir = childOf(e);
        chain.push(dir);
      }
      return chain;
    }

    /** Marks every dir of a chain (the dirs along `segments`) changed, and the entries leading to them modified now. */
    function touch(chain: DraftDir[], segments: readonly string[]): void {
      const t = now();
      for (let i = 0; i < chain.length; i++) {
        chain[i]!.dirty = true;
        chain[i]!.cached = undefined;
        if (i > 0) chain[i - 1]!.entries.get(segments[i - 1]!)!.modifiedAt = t;
      }
    }

    function entryAt(parentSegs: readonly string[], e: Ent): TreeEntry {
      const segs = [...parentSegs, e.name];
      if (!e.isDir) return { name: e.name, path: joinPath(segs), kind: "file", size: e.size, digest: e.target, mimeType: deps.mimeTypeOf(e.name, e.target), modifiedAt: e.modifiedAt, entryCount: 0 };
      const s = e.child ? summarize(e.child) : summaryOfRow(dirRow(e.target));
      return { name: e.name, path: joinPath(segs), kind: "dir", size: s.size, digest: s.digest, mimeType: "", modifiedAt: e.modifiedAt, entryCount: s.entryCount };
    }

    function lookupIn(segments: string[]): TreeEntry | undefined {
      if (segments.length === 0) {
        const s = summarize(top);
        return { name: "", path: "/", kind: "dir", size: s.size, digest: s.digest, mimeType: "", modifiedAt: now(), entryCount: s.entryCount };
      }
      let dir = top;
      for (let i = 0; i < segments.length - 1; i++) {
        const e = dir.entries.get(segments[i]!);
        if (!e || !e.isDir) return undefined;
        dir = childOf(e);
      }
      const e = dir.entries.get(segments[segments.length - 1]!);
      return e ? entryAt(segments.slice(0, -1), e) : undefined;
    }

    function split(path: string, field = "path"): { parent: string[]; name: string; segs: string[] } {
      const segs = parseTreePath(path, field);
      if (segs.length === 0) throw invalidArgument("ROOT_PATH", `${field} must name an entry below the root`, { [field]: path });
      return { parent: segs.slice(0, -1), name: segs[segs.length - 1]!, segs };
    }

    /** Makes room for a new entry: ALREADY_EXISTS unless `overwrite`, which removes what was there. */
    function clearSlot(dir: DraftDir, name: string, path: string, overwrite: boolean | undefined): void {
      const existing = dir.entries.get(name);
      if (!existing) return;
      if (!overwrite) throw new LeitherError("already_exists", "PATH_EXISTS", `${path} exists`, { path });
      // Overwriting replaces whatever was there, a directory with all it holds included (as
      // WebDAV COPY and MOVE with "Overwrite: T" do).
      dir.entries.delete(name);
    }

    function countBelow(e: Ent): number {
      if (!e.isDir) return 1;
      const s = e.child ? summarize(e.child) : summaryOfRow(dirRow(e.target));
      return 1 + s.files + s.dirs;
    }

    const draft: TreeDraft = {
      lookup: (path) => lookupIn(parseTreePath(path)),
      stat(path) {
        const e = lookupIn(parseTreePath(path));
        if (!e) throw notFound("NO_SUCH_PATH", `no file or directory at ${joinPath(parseTreePath(path))}`, { path });
        return e;
      },
      list(path) {
        const segs = parseTreePath(path);
        const e = lookupIn(segs);
        if (!e) throw notFound("NO_SUCH_PATH", `no directory at ${joinPath(segs)}`, { path });
        if (e.kind !== "dir") throw failedPrecondition("NOT_A_DIRECTORY", `${e.path} is a file, not a directory`, { path: e.path });
        const dir = dirChain(segs, false).at(-1)!;
        return [...dir.entries.values()].sort((a, b) => compareNames(a.name, b.name)).map((c) => entryAt(segs, c));
      },
      mkdir(path, options) {
        const { parent, name, segs } = split(path);
        const chain = dirChain(parent, options?.parents ?? false);
        const dir = chain.at(-1)!;
        const existing = dir.entries.get(name);
        if (existing) {
          if (existing.isDir && options?.parents) return entryAt(parent, existing);
          throw new LeitherError("already_exists", "PATH_EXISTS", `${joinPath(segs)} exists`, { path: joinPath(segs) });
        }
        const e: Ent = { name, isDir: true, target: EMPTY_DIGEST, size: 0, modifiedAt: now(), child: newDir() };
        dir.entries.set(name, e);
        touch(chain, parent);
        return entryAt(parent, e);
      },
      putFile(path, file, options?: WriteOptions) {
        const { parent, name, segs } = split(path);
        const chain = dirChain(parent, options?.makeParents ?? false);
        const dir = chain.at(-1)!;
        const existing = dir.entries.get(name);
        if (existing?.isDir) throw failedPrecondition("IS_A_DIRECTORY", `${joinPath(segs)} is a directory`, { path: joinPath(segs) });
        if (existing && !options?.overwrite) throw new LeitherError("already_exists", "PATH_EXISTS", `${joinPath(segs)} exists`, { path: joinPath(segs) });
        const e: Ent = { name, isDir: false, target: file.hash, size: file.size, modifiedAt: now() };
        dir.entries.set(name, e);
        touch(chain, parent);
        return entryAt(parent, e);
      },
      remove(path, options) {
        const segs = parseTreePath(path);
        if (segs.length === 0) {
          if (!options?.recursive) throw failedPrecondition("ROOT_PATH", "the root cannot be removed; remove everything below it with RemoveAll");
          const n = summarize(top);
          draft.clear();
          return n.files + n.dirs;
        }
        const chain = dirChain(segs.slice(0, -1), false);
        const dir = chain.at(-1)!;
        const name = segs[segs.length - 1]!;
        const e = dir.entries.get(name);
        if (!e) throw notFound("NO_SUCH_PATH", `no file or directory at ${joinPath(segs)}`, { path: joinPath(segs) });
        const n = countBelow(e);
        if (e.isDir && n > 1 && !options?.recursive) throw failedPrecondition("DIRECTORY_NOT_EMPTY", `${joinPath(segs)} is not empty`, { path: joinPath(segs) });
        dir.entries.delete(name);
        touch(chain, segs);
        return n;
      },
      move(from, to, options) {
        const src = split(from, "from_path");
        const dst = split(to, "to_path");
        if (isWithin(dst.segs, src.segs)) {
          if (dst.segs.length === src.segs.length) return draft.stat(from);
          throw invalidArgument("MOVE_INTO_ITSELF", `cannot move ${joinPath(src.segs)} into itself`, { from_path: from, to_path: to });
        }
        if (isWithin(src.segs, dst.segs)) {
          throw invalidArgument("MOVE_ONTO_ANCESTOR", `cannot move ${joinPath(src.segs)} onto its own parent directory ${joinPath(dst.segs)}`, { from_path: from, to_path: to });
        }
        const srcChain = dirChain(src.parent, false);
        const e = srcChain.at(-1)!.entries.get(src.name);
        if (!e) throw notFound("NO_SUCH_PATH", `no file or directory at ${joinPath(src.segs)}`, { path: joinPath(src.segs) });
        const dstChain = dirChain(dst.parent, false);
        const dstDir = dstChain.at(-1)!;
        clearSlot(dstDir, dst.name, joinPath(dst.segs), options?.overwrite);
        srcChain.at(-1)!.entries.delete(src.name);
        touch(srcChain, src.parent);
        const moved: Ent = { ...e, name: dst.name, modifiedAt: now() };
        dstDir.entries.set(dst.name, moved);
        touch(dstChain, dst.parent);
        return entryAt(dst.parent, moved);
      },
      copy(source, to, options) {
        const dst = split(to, "destination_path");
        const srcSegs = parseTreePath(source.path, "source_path");
        let ent: Ent;
        if (source.root === "") {
          // From this draft: write the source subtree's nodes so the copy can name it by digest.
          const chain = dirChain(srcSegs.slice(0, -1), false);
          const srcEnt = srcSegs.length === 0 ? undefined : chain.at(-1)!.entries.get(srcSegs[srcSegs.length - 1]!);
          if (srcSegs.length > 0 && !srcEnt) throw notFound("NO_SUCH_PATH", `no file or directory at ${joinPath(srcSegs)}`, { path: joinPath(srcSegs) });
          if (srcEnt && !srcEnt.isDir) ent = { name: dst.name, isDir: false, target: srcEnt.target, size: srcEnt.size, modifiedAt: now() };
          else {
            const s = persist(srcEnt ? childOf(srcEnt) : top, now());
            ent = { name: dst.name, isDir: true, target: s.digest, size: s.size, modifiedAt: now() };
          }
        } else {
          const e = statSegments(source.root, srcSegs);
          ent = { name: dst.name, isDir: e.kind === "dir", target: e.digest, size: e.size, modifiedAt: now() };
        }
        const chain = dirChain(dst.parent, false);
        clearSlot(chain.at(-1)!, dst.name, joinPath(dst.segs), options?.overwrite);
        chain.at(-1)!.entries.set(dst.name, ent);
        touch(chain, dst.parent);
        return entryAt(dst.parent, ent);
      },
      clear() {
        top.entries.clear();
        touch([top], []);
      },
    };
    return { draft, top };
  }

  return {
    lookup: (root, path) => lookupSegments(root, parseTreePath(path)),
    stat: (root, path) => statSegments(root, parseTreePath(path)),
    summary: (root) => summaryOfRow(dirRow(root)),
    list(root, path, page) {
      const segs = parseTreePath(path);
      const dir = dirAt(root, segs);
      const limit = limitOf(page);
      const rows = dir === EMPTY_DIGEST ? [] : selectPage.all(dir, page?.after ?? "", limit + 1);
      const items = rows.slice(0, limit).map((r) => entryOf([...segs, r.name], r));
      return { items, next: rows.length > limit ? items[items.length - 1]!.name : "" };
    },
    find(root, path, query, page) {
      const segs = parseTreePath(path);
      const dir = dirAt(root, segs);
      let match: (rel: string[], name: string) => boolean;
      if (query.name !== undefined && query.name !== "") {
        const name = query.name;
        match = (_rel, n) => n === name;
      } else if (query.glob !== undefined && query.glob !== "") {
        const re = globToRegExp(query.glob);
        match = (rel) => re.test(rel.join("/"));
      } else throw invalidArgument("QUERY_REQUIRED", "set name or glob");
      const after = page?.after ? parseTreePath(page.after, "page_token") : undefined;
      const it = (function* () {
        for (const [s, row] of walkFrom(dir, segs, after)) if (match(s.slice(segs.length), row.name)) yield [s, entryOf(s, row)] as [string[], TreeEntry];
      })();
      return pageOf(it, limitOf(page));
    },
    *walk(root, path) {
      const segs = parseTreePath(path);
      for (const [s, row] of walkFrom(dirAt(root, segs), segs, undefined)) yield entryOf(s, row);
    },
    diff(fromRoot, toRoot, path, page) {
      const segs = parseTreePath(path);
      const a = lookupSegments(fromRoot, segs);
      const b = lookupSegments(toRoot, segs);
      const after = page?.after ? parseTreePath(page.after, "page_token") : undefined;
      const limit = limitOf(page);
      if (a?.kind === "dir" && b?.kind === "dir") return pageOf(diffDirs(a.digest, b.digest, segs, after), limit);
      // The path itself is a file, or missing, on one side: one change at most.
      const p = joinPath(segs);
      const change: TreeChange | undefined =
        !a && !b ? undefined
        : !a ? { path: p, kind: "added", isDir: b!.kind === "dir", fromDigest: "", toDigest: b!.digest }
        : !b ? { path: p, kind: "removed", isDir: a.kind === "dir", fromDigest: a.digest, toDigest: "" }
        : a.kind !== b.kind ? { path: p, kind: "type_changed", isDir: b.kind === "dir", fromDigest: a.digest, toDigest: b.digest }
        : a.digest !== b.digest ? { path: p, kind: "modified", isDir: false, fromDigest: a.digest, toDigest: b.digest }
        : undefined;
      return { items: change && !after ? [change] : [], next: "" };
    },
    edit(root, fn) {
      return db.transaction(() => {
        const { draft, top } = createDraft(root);
        const result = fn(draft);
        return { result, root: persist(top, clock.now()) };
      })();
    },
    reachableFiles(roots) {
      const files = new Set<string>();
      for (const dir of reachableDirs(roots)) for (const r of selectEntries.all(dir)) if (r.is_dir === 0) files.add(r.target);
      return files;
    },
    collectGarbage(roots, olderThan) {
      const keep = reachableDirs(roots);
      const candidates = db.prepare<[number], { digest: string }>("SELECT digest FROM fs_tree_dirs WHERE created_at < ?").all(olderThan);
      const del = db.prepare<[string]>("DELETE FROM fs_tree_dirs WHERE digest = ?");
      let n = 0;
      db.transaction(() => {
        for (const c of candidates) if (!keep.has(c.digest)) n += del.run(c.digest).changes;
      })();
      return n;
    },
  };

  /** Directory nodes reachable from the given digests (digests that are not nodes are ignored). */
  function reachableDirs(roots: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack: string[] = [];
    for (const r of roots) if (!seen.has(r) && selectDir.get(r)) {
      seen.add(r);
      stack.push(r);
    }
    const childDirs = db.prepare<[string], { target: string }>("SELECT target FROM fs_tree_entries WHERE dir = ? AND is_dir = 1");
    while (stack.length > 0) {
      for (const { target } of childDirs.all(stack.pop()!)) {
        if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      }
    }
    return seen;
  }
}
