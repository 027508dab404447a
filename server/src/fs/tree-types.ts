// The shapes of mmfs trees: what a tree entry is, and the operations the tree store offers to
// the FileService RPCs, WebDAV and apps. Trees are stored like git: every directory is an
// immutable node named by its digest (see "Directory digests" in file_service.proto), an edit
// writes new nodes along the changed paths only, and a MiMei version names a root digest.
import type { StoredFile } from "./content-store.js";

export type EntryKind = "file" | "dir";

export interface TreeEntry {
  /** The last path segment; "" for the root. */
  name: string;
  /** Absolute, '/'-separated ("/docs/a.txt"); "/" for the root. */
  path: string;
  kind: EntryKind;
  /** A file's bytes; a directory's total bytes of the files below it. */
  size: number;
  /** A file's content hash or a directory's digest. */
  digest: string;
  /** A file's MIME type (from its name, then its content); "" for directories. */
  mimeType: string;
  /** When the entry last changed (ms since the epoch). */
  modifiedAt: number;
  /** Direct entries of a directory; 0 for files. */
  entryCount: number;
}

export type TreeChangeKind = "added" | "removed" | "modified" | "type_changed";

export interface TreeChange {
  path: string;
  kind: TreeChangeKind;
  /** Whether the path is a directory in the newer version (the older one for "removed"). */
  isDir: boolean;
  /** Content hash or digest in the older version; "" when added. */
  fromDigest: string;
  /** Content hash or digest in the newer version; "" when removed. */
  toDigest: string;
}

export interface Page {
  /** Start after this key (a name for ReadDir, a path for FindFiles/DiffTree); "" from the start. */
  after: string;
  /** At most this many (the store caps it). */
  limit: number;
}

export interface PageOf<T> {
  items: T[];
  /** The key to pass as `after` for the next page; "" when this was the last page. */
  next: string;
}

export interface FindQuery {
  /** Entries with exactly this name, at any depth. */
  name?: string;
  /** Entries whose path relative to the searched directory matches ('*', '?', '[a-z]', '**'). */
  glob?: string;
}

export interface WriteOptions {
  /** Replace an existing entry instead of failing with ALREADY_EXISTS. */
  overwrite?: boolean;
  /** Create missing parent directories instead of failing with NOT_FOUND. */
  makeParents?: boolean;
}

/**
 * Edits of one tree's `cur`, applied in memory and written as new nodes when the edit ends (one
 * SQLite transaction). Paths are validated (traversal, names, length) by every method.
 */
export interface TreeDraft {
  lookup(path: string): TreeEntry | undefined;
  /** NOT_FOUND NO_SUCH_PATH when absent. */
  stat(path: string): TreeEntry;
  /** Direct entries of a directory, sorted by the bytes of their names. */
  list(path: string): TreeEntry[];
  /** `parents`: create missing parents and succeed when the directory exists (mkdir -p). */
  mkdir(path: string, options?: { parents?: boolean }): TreeEntry;
  /** Places stored content (its content hash) as a file. */
  putFile(path: string, file: Pick<StoredFile, "hash" | "size">, options?: WriteOptions): TreeEntry;
  /** Removes a file or a directory; a non-empty directory needs `recursive`. Returns entries removed. */
  remove(path: string, options?: { recursive?: boolean }): number;
  move(from: string, to: string, options?: { overwrite?: boolean }): TreeEntry;
  /** Copies a subtree of any root (this tree's cur, a version, another tree) to `to`. */
  copy(source: { root: string; path: string }, to: string, options?: { overwrite?: boolean }): TreeEntry;
  /** Empties the tree. */
  clear(): void;
}
