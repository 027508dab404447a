// The FileService domain: temp files, reads and writes at offsets through any file handle,
// objects, placement of content (references, FILE MiMei cur) and streaming transfers. RPC
// handlers and the HTTP route call it after the policy layer has checked rights; it checks only
// what handles themselves carry (who opened them, read-only, frozen versions).
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, LeitherError, notFound, permissionDenied } from "../errors.js";
import type { HandleState, MiMeiStore } from "../mimei/index.js";
import type { SqliteDatabase } from "../store/index.js";
import { checkContentHash, DEFAULT_GRACE_MS, type ContentStore, type StoredFile } from "./content-store.js";
import { checkFilePlacement, type Trees } from "./tree-service.js";
import { createTreeOps, isTreeType, type TreeOps } from "./tree-ops.js";
import { joinPath, parseTreePath } from "./tree-paths.js";
import type { TreeEntry } from "./tree-types.js";
import { EMPTY_DIGEST } from "../store/index.js";
import type { FileContentEngine } from "./file-engine.js";
import { detectMimeType, JSON_TYPE } from "./mime.js";
import { checkOptionalName, parseMiMeiUrl } from "./names.js";
import { resolveOffset } from "./offsets.js";
import type { TempFiles } from "./temp-files.js";

/** The most one ReadFile/WriteFile moves (the rest goes through Upload/Download). */
export const MAX_IO_BYTES = 4 * 1024 * 1024;
/** The largest JSON value GetObject parses in memory. */
export const MAX_OBJECT_BYTES = 16 * 1024 * 1024;

export interface FileInfo {
  name: string;
  /** The path inside a tree; absent for files outside trees. */
  path?: string;
  size: number;
  /** Content hash; "" for a temp file (it has none until finished). */
  digest: string;
  mimeType: string;
  modifiedAt: number;
}

/** Where finished or uploaded content goes (FileTarget). */
export type Placement =
  | { kind: "none" }
  | { kind: "ref"; mimeiId: string }
  | { kind: "file"; handle: string }
  | { kind: "tree"; handle: string; path: string; overwrite: boolean; makeParents: boolean };

export interface DownloadSource {
  info: FileInfo;
  offset: number;
  length: number;
  /** Verified chunks, each a view of a reused buffer: valid only until the next is asked for. */
  chunks: AsyncIterable<Buffer>;
}

/** The file behind a handle. */
type FileRef =
  | { kind: "temp"; handle: string }
  | { kind: "mimei"; state: HandleState }
  | { kind: "content"; handle: string; mimeiId: string; hash: string }
  | { kind: "tree"; file: TreeFileHandle };

/** A file inside a tree, opened by path: it follows cur's edits, or reads a fixed version. */
interface TreeFileHandle {
  handle: string;
  userId: string | null;
  /** The tree handle it was opened through (writes need it on cur with the write right). */
  treeHandle: string;
  mimeiId: string;
  path: string;
  version: number;
  /** The root of a numbered version; "" for cur. */
  root: string;
  expiresAt: number;
}

/** Where a rewrite of a file's content goes: a FILE MiMei's cur or a file in a tree's cur. */
interface WriteTarget {
  /** Writes to one MiMei run one after another. */
  mimeiId: string;
  /** The content hash the file holds now. */
  current(): string;
  /** Places the new content (checks again that the handle may still write). */
  commit(file: StoredFile): void;
  name(): string | undefined;
}

interface ContentHandle {
  handle: string;
  userId: string | null;
  mimeiId: string;
  hash: string;
  expiresAt: number;
}

export interface FileServiceDeps {
  db: SqliteDatabase;
  clock: Clock;
  mimei: MiMeiStore;
  content: ContentStore;
  engine: FileContentEngine;
  /** File trees (mmfs and app MiMei): their files are GC roots too, and trees hold files. */
  trees: Trees;
  temps: TempFiles;
  /** Whether the caller holds every bit of `right` on a MiMei (the policy knows). */
  can(userId: string | null, mimeiId: string, right: number): boolean;
  handleIdleMs: number;
  /** How often GC runs in the background (it also runs once at start); 0 turns it off. */
  gcIntervalMs?: number;
  /** Reports a failed background GC (the node logs it). */
  onGcError?(err: unknown): void;
}

export const DEFAULT_GC_INTERVAL_MS = 15 * 60 * 1000;

export interface FileService {
  openTemp(userId: string, name: string): { handle: string; expiresAt: number };
  /** A FILE MiMei, or a file inside a tree ("<tree id>[:<version>]/<path>"). */
  openUrl(userId: string | null, url: string, opts: { truncate: boolean }): Promise<{ handle: string; readOnly: boolean; info: FileInfo; expiresAt: number }>;
  openContent(userId: string | null, handle: string, hash: string): { handle: string; info: FileInfo; expiresAt: number };
  /** A file inside a tree by path; `create` makes an empty one, `truncate` empties it (both need cur and the write right). */
  openTreeFile(userId: string | null, treeHandle: string, path: string, opts: { create: boolean; truncate: boolean }): Promise<{ handle: string; readOnly: boolean; info: FileInfo; expiresAt: number }>;
  write(userId: string | null, handle: string, offset: number, data: Uint8Array): Promise<{ written: number; size: number }>;
  read(userId: string | null, handle: string, offset: number, length: number): Promise<{ data: Buffer; position: number; eof: boolean }>;
  truncate(userId: string | null, handle: string, size: number): Promise<void>;
  stat(userId: string | null, handle: string): Promise<FileInfo>;
  mimeType(userId: string | null, handle: string): Promise<string>;
  contentExists(userId: string | null, handle: string, hash: string): boolean;
  finish(userId: string | null, handle: string, target: Placement): Promise<StoredFile>;
  setObject(userId: string | null, handle: string, value: unknown): Promise<{ hash: string; size: number }>;
  getObject(userId: string | null, handle: string): Promise<unknown>;
  setFileContent(userId: string | null, handle: string, hash: string, mimeType: string): { size: number };
  upload(userId: string | null, header: UploadHeader, chunks: AsyncIterable<Uint8Array>, signal?: AbortSignal): Promise<{ file: StoredFile; mimeType: string }>;
  download(userId: string | null, handle: string, offset: number, length: number): Promise<DownloadSource>;
  /** The file a FILE MiMei holds at a version (the HTTP route): content, name and MIME type. */
  /** `path` names a file inside an mmfs or app tree (`inTree`); a FILE MiMei ignores it. */
  fileOfMiMei(mimeiId: string, version: string, path?: string): { file: StoredFile; name: string; mimeType: string; modifiedAt: number; version: number; inTree: boolean };
  /**
   * Streams stored content (verified chunk by chunk, each chunk valid only until the next is
   * asked for); the caller checked the right to read it.
   */
  readContent(hash: string, start: number, end: number): AsyncIterable<Buffer>;
  /** Whether a handle is one of the fs store's own (temp or content), and the MiMei it reads. */
  lookupHandle(handle: string, userId: string | null): { mimeiId: string | null } | undefined;
  /** The tree calls (MakeDir, ReadDir, ...) on tree handles. */
  readonly trees: TreeOps;
  /**
   * Closes a handle of the fs store's own (temp file: deleted unless finished; content; file
   * in a tree); false when the handle is not one of these (MiMei handles close in the MiMei store).
   */
  close(userId: string | null, handle: string): Promise<boolean>;
  /** Frees what nothing holds on to any more (see ContentStore.collectGarbage). */
  collectGarbage(graceMs?: number): ReturnType<ContentStore["collectGarbage"]>;
  start(): void;
  stop(): Promise<void>;
}

export interface UploadHeader {
  target: Placement;
  name: string;
  mimeType: string;
  size: number;
  contentHash: string;
}

const RIGHT_READ = 1;

/** Compact JSON with object keys in sorted order, so equal values store equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function createFileService(deps: FileServiceDeps): FileService {
  const { db, clock, mimei, content, engine, temps } = deps;
  const treeOps = createTreeOps({ mimei, trees: deps.trees, can: deps.can });
  const contentHandles = new Map<string, ContentHandle>();
  const treeFiles = new Map<string, TreeFileHandle>();
  /** Writes to one FILE MiMei run one after another: each builds on the content the last one left. */
  const writeQueues = new Map<string, Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let gcTimer: NodeJS.Timeout | undefined;
  let gcRunning: Promise<unknown> | undefined;
  const backgroundGc = () => {
    gcRunning ??= service.collectGarbage().catch((err) => deps.onGcError?.(err)).finally(() => (gcRunning = undefined));
  };

  const selectName = db.prepare<[string], { name: string; mime_type: string }>("SELECT name, mime_type FROM fs_mimei_names WHERE mimei_id = ?");
  const upsertName = db.prepare<[string, string, string]>(
    "INSERT INTO fs_mimei_names (mimei_id, name, mime_type) VALUES (?, ?, ?) ON CONFLICT (mimei_id) DO UPDATE SET name = excluded.name, mime_type = excluded.mime_type",
  );
  const referrers = db.prepare<[string, string, string], { id: string }>(
    `SELECT id FROM mimei WHERE cur_digest = ? UNION SELECT mimei_id FROM mimei_versions WHERE digest = ?
     UNION SELECT mimei_id FROM mimei_refs WHERE target = ?`,
  );
  const versionRefs = db.prepare<[string, number, string], { one: number }>("SELECT 1 AS one FROM mimei_refs WHERE mimei_id = ? AND version = ? AND target = ?");

  function serialOn<T>(mimeiId: string, op: () => Promise<T>): Promise<T> {
    const prev = writeQueues.get(mimeiId) ?? Promise.resolve();
    const run = prev.then(op);
    const tail = run.catch(() => {});
    writeQueues.set(mimeiId, tail);
    void tail.then(() => {
      if (writeQueues.get(mimeiId) === tail) writeQueues.delete(mimeiId);
    });
    return run;
  }

  function refOf(handle: string, userId: string | null): FileRef {
    if (temps.has(handle)) {
      temps.resolve(handle, userId);
      return { kind: "temp", handle };
    }
    const t = treeFiles.get(handle);
    if (t) {
      if (t.expiresAt <= clock.now()) {
        treeFiles.delete(handle);
        throw notFound("HANDLE_EXPIRED", "the file handle expired; open the file again", { handle });
      }
      if (t.userId !== userId) throw permissionDenied("HANDLE_NOT_YOURS", "the handle was opened by another user", { handle });
      t.expiresAt = clock.now() + deps.handleIdleMs;
      return { kind: "tree", file: t };
    }
    const c = contentHandles.get(handle);
    if (c) {
      if (c.expiresAt <= clock.now()) {
        contentHandles.delete(handle);
        throw notFound("HANDLE_EXPIRED", "the file handle expired; open the file again", { handle });
      }
      if (c.userId !== userId) throw permissionDenied("HANDLE_NOT_YOURS", "the handle was opened by another user", { handle });
      c.expiresAt = clock.now() + deps.handleIdleMs;
      return { kind: "content", handle, mimeiId: c.mimeiId, hash: c.hash };
    }
    const state = mimei.handles.resolve(handle, userId);
    return { kind: "mimei", state: fileHandle(state) };
  }

  function fileHandle(state: HandleState): HandleState {
    if (isTreeType(state.type)) throw failedPrecondition("TREE_HANDLE", `MiMei ${state.mimeiId} is a file tree; open a file in it with OpenFile(tree_path) or give a path`, { mimei_id: state.mimeiId });
    if (state.type !== "file") throw failedPrecondition("NOT_A_FILE", `MiMei ${state.mimeiId} is a ${state.type} MiMei, not a file`, { mimei_id: state.mimeiId });
    return state;
  }

  /** The content hash a (non-temp) ref reads now: cur moves with writes, versions never do. */
  function hashOf(ref: Exclude<FileRef, { kind: "temp" }>): string {
    if (ref.kind === "content") return ref.hash;
    if (ref.kind === "tree") return treeEntryOf(ref.file).digest;
    return ref.state.version === 0 ? engine.current(ref.state.mimeiId).digest : ref.state.digest;
  }

  function nameOf(mimeiId: string): { name: string; mimeType: string } | undefined {
    const r = selectName.get(mimeiId);
    return r ? { name: r.name, mimeType: r.mime_type } : undefined;
  }

  function infoOfStored(file: StoredFile, name: string, mimeType: string, modifiedAt: number): FileInfo {
    return { name, size: file.size, digest: file.hash, mimeType: mimeType || file.mimeType, modifiedAt };
  }

  /** The file a tree file handle names now (cur moves with edits). */
  function treeEntryOf(t: TreeFileHandle): TreeEntry {
    const entry = deps.trees.lookup(t.root || deps.trees.root(t.mimeiId).root, t.path);
    if (!entry) throw notFound("NO_SUCH_PATH", `${t.path} no longer exists in the tree`, { path: t.path });
    if (entry.kind !== "file") throw failedPrecondition("IS_A_DIRECTORY", `${t.path} is a directory`, { path: t.path });
    return entry;
  }

  function infoOfRef(ref: Exclude<FileRef, { kind: "temp" }>): FileInfo {
    if (ref.kind === "tree") {
      const e = treeEntryOf(ref.file);
      return { name: e.name, path: e.path, size: e.size, digest: e.digest, mimeType: e.mimeType, modifiedAt: e.modifiedAt };
    }
    const file = content.get(hashOf(ref));
    if (ref.kind === "content") return infoOfStored(file, "", file.mimeType, file.createdAt);
    const named = nameOf(ref.state.mimeiId);
    const info = mimei.info(ref.state.mimeiId);
    const modifiedAt = ref.state.version === 0 ? info.modifiedAt : mimei.versions.get(ref.state.mimeiId, ref.state.version).createdAt;
    // A recorded type belongs to the content it was recorded with; older versions fall back.
    const mime = named && file.hash === info.curDigest ? named.mimeType : file.mimeType;
    return infoOfStored(file, named?.name ?? "", mime, modifiedAt);
  }

  /** Resolves a MiMei handle for writing file content: cur, opened with the write right, a FILE MiMei. */
  function writableFile(handle: string, userId: string | null): HandleState {
    if (temps.has(handle)) throw failedPrecondition("TEMP_HANDLE", "this is a temp-file handle; write to it with WriteFile and finish it with FinishTempFile", { handle });
    if (contentHandles.has(handle)) throw failedPrecondition("HANDLE_READ_ONLY", "a handle on content by hash only reads", { handle });
    if (treeFiles.has(handle)) throw failedPrecondition("TREE_FILE_HANDLE", "this is a handle on a file in a tree; this call takes a FILE MiMei handle", { handle });
    const state = mimei.handles.resolveForWrite(handle, userId);
    return fileHandle(state);
  }

  /** Where rewrites through a (non-temp) handle go: a FILE MiMei's cur, or a file in a tree's cur. */
  function writeTargetOf(handle: string, userId: string | null): WriteTarget {
    const t = treeFiles.get(handle);
    if (t) {
      refOf(handle, userId); // expiry and ownership
      if (t.version !== 0) throw failedPrecondition("VERSION_FROZEN", `version ${t.version} is frozen; only cur can be written`, { mimei_id: t.mimeiId, version: String(t.version) });
      treeOps.resolveForWrite(userId, t.treeHandle);
      return {
        mimeiId: t.mimeiId,
        current: () => deps.trees.lookup(deps.trees.root(t.mimeiId).root, t.path)?.digest ?? EMPTY_DIGEST,
        commit: (file) => {
          treeOps.resolveForWrite(userId, t.treeHandle); // closed or deleted meanwhile?
          deps.trees.edit(t.mimeiId, (d) => d.putFile(t.path, file, { overwrite: true }));
        },
        name: () => t.path.split("/").pop(),
      };
    }
    const state = writableFile(handle, userId);
    return {
      mimeiId: state.mimeiId,
      current: () => engine.current(state.mimeiId).digest,
      commit: (file) => {
        mimei.handles.resolveForWrite(state.handle, userId); // closed or deleted meanwhile?
        engine.setCurrent(state.mimeiId, { digest: file.hash, size: file.size });
      },
      name: () => nameOf(state.mimeiId)?.name,
    };
  }

  /** Replaces a file's content with new content built from the old (serialized per MiMei). */
  async function rewrite(target: WriteTarget, userId: string | null, build: (old: StoredFile) => { source: AsyncIterable<Uint8Array>; mimeType?: string; after?: (f: StoredFile) => void }): Promise<StoredFile> {
    return serialOn(target.mimeiId, async () => {
      const old = content.get(target.current());
      const held = content.lease();
      try {
        const plan = build(old);
        const file = await content.ingest(plan.source, { lease: held, ownerId: userId, mimeType: plan.mimeType, name: target.name() });
        target.commit(file);
        plan.after?.(file);
        return file;
      } finally {
        held.release();
      }
    });
  }

  async function* patched(old: StoredFile, position: number, data: Uint8Array): AsyncGenerator<Uint8Array> {
    if (position > 0) yield* content.read(old.hash, 0, position);
    yield data;
    if (position + data.byteLength < old.size) yield* content.read(old.hash, position + data.byteLength, old.size);
  }

  async function* cut(old: StoredFile, size: number): AsyncGenerator<Uint8Array> {
    yield* content.read(old.hash, 0, Math.min(size, old.size));
    for (let left = size - old.size; left > 0; left -= 1 << 20) yield Buffer.alloc(Math.min(left, 1 << 20));
  }

  async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    yield bytes;
  }

  function place(file: StoredFile, target: Placement, userId: string | null, name: string, mimeType: string): void {
    switch (target.kind) {
      case "none":
        return;
      case "ref": {
        const outcome = mimei.refs.add(target.mimeiId, [file.hash]);
        if (outcome.error) throw outcome.error;
        return;
      }
      case "file": {
        const state = writableFile(target.handle, userId);
        engine.setCurrent(state.mimeiId, { digest: file.hash, size: file.size });
        const recorded = nameOf(state.mimeiId);
        const keepName = name || recorded?.name || "";
        upsertName.run(state.mimeiId, keepName, mimeType || file.mimeType);
        return;
      }
      case "tree": {
        const state = treeOps.resolveForWrite(userId, target.handle);
        deps.trees.edit(state.mimeiId, (d) => d.putFile(target.path, file, { overwrite: target.overwrite, makeParents: target.makeParents }));
        return;
      }
    }
  }

  /** Checks a placement before any byte is stored, so a refused upload stores nothing. */
  function checkPlacement(target: Placement, userId: string | null): void {
    if (target.kind === "file") writableFile(target.handle, userId);
    if (target.kind === "ref") mimei.info(target.mimeiId);
    if (target.kind === "tree") {
      const state = treeOps.resolveForWrite(userId, target.handle);
      deps.trees.edit(state.mimeiId, (d) => checkFilePlacement(d, target.path, target));
    }
  }

  async function readRange(ref: Exclude<FileRef, { kind: "temp" }>, offset: number, length: number) {
    const hash = hashOf(ref);
    const file = content.get(hash);
    const position = resolveOffset(offset, file.size);
    const n = Math.min(length <= 0 ? MAX_IO_BYTES : Math.min(length, MAX_IO_BYTES), file.size - position);
    const parts: Buffer[] = [];
    for await (const p of content.read(hash, position, position + n)) parts.push(p);
    return { data: Buffer.concat(parts), position, eof: position + n >= file.size };
  }

  const service: FileService = {
    openTemp(userId, name) {
      const t = temps.open(userId, checkOptionalName(name));
      return { handle: t.handle, expiresAt: t.expiresAt };
    },

    async openUrl(userId, url, opts) {
      const u = parseMiMeiUrl(url);
      const canWrite = deps.can(userId, u.mimeiId, 2);
      const state = mimei.open(u.mimeiId, u.version, { userId, canWrite });
      try {
        if (isTreeType(state.type)) {
          if (u.path === "") throw invalidArgument("PATH_REQUIRED", `MiMei ${u.mimeiId} is a file tree; give the file's path in the URL`, { url: url.slice(0, 128) });
          // The tree handle stays open: the file handle writes through it.
          return await service.openTreeFile(userId, state.handle, u.path, { create: false, truncate: opts.truncate });
        }
        fileHandle(state);
        const named = nameOf(u.mimeiId)?.name ?? "";
        if (u.path !== "" && u.path !== named) throw notFound("NO_SUCH_PATH", `a FILE MiMei has no path ${JSON.stringify(u.path)}; use "" or its name`, { path: u.path });
        if (opts.truncate) await rewrite(writeTargetOf(state.handle, userId), userId, () => ({ source: single(new Uint8Array(0)) }));
        return { handle: state.handle, readOnly: state.readOnly, info: infoOfRef({ kind: "mimei", state }), expiresAt: state.expiresAt };
      } catch (err) {
        mimei.handles.close(state.handle, userId);
        throw err;
      }
    },

    openContent(userId, handle, hash) {
      checkContentHash(hash);
      const state = mimei.handles.resolve(handle, userId);
      const digest = state.version === 0 ? mimei.info(state.mimeiId).curDigest : state.digest;
      const referenced = digest === hash || versionRefs.get(state.mimeiId, state.version, hash) !== undefined;
      if (!referenced || !content.stat(hash)) {
        throw notFound("CONTENT_NOT_REFERENCED", `MiMei ${state.mimeiId} (version ${state.version || "cur"}) does not reference content ${hash}`, { content_hash: hash });
      }
      const h: ContentHandle = { handle: randomBytes(20).toString("hex"), userId, mimeiId: state.mimeiId, hash, expiresAt: clock.now() + deps.handleIdleMs };
      contentHandles.set(h.handle, h);
      return { handle: h.handle, info: infoOfRef({ kind: "content", handle: h.handle, mimeiId: h.mimeiId, hash }), expiresAt: h.expiresAt };
    },

    async openTreeFile(userId, treeHandle, path, opts) {
      const { state, root } = treeOps.resolve(userId, treeHandle);
      const segments = parseTreePath(path);
      if (segments.length === 0) throw invalidArgument("ROOT_PATH", "the root of a tree is a directory; give a file's path", { path });
      const existing = deps.trees.lookup(root, path);
      if (existing?.kind === "dir") throw failedPrecondition("IS_A_DIRECTORY", `${existing.path} is a directory`, { path: existing.path });
      if ((!existing && opts.create) || (existing && opts.truncate)) {
        const w = treeOps.resolveForWrite(userId, treeHandle);
        deps.trees.edit(w.mimeiId, (d) => d.putFile(path, content.get(EMPTY_DIGEST), { overwrite: true }));
      } else if (!existing) {
        throw notFound("NO_SUCH_PATH", `no file at ${joinPath(segments)}`, { path: joinPath(segments) });
      }
      const t: TreeFileHandle = {
        handle: randomBytes(20).toString("hex"),
        userId,
        treeHandle,
        mimeiId: state.mimeiId,
        path: joinPath(segments),
        version: state.version,
        root: state.version === 0 ? "" : root,
        expiresAt: clock.now() + deps.handleIdleMs,
      };
      treeFiles.set(t.handle, t);
      return { handle: t.handle, readOnly: state.readOnly, info: infoOfRef({ kind: "tree", file: t }), expiresAt: t.expiresAt };
    },

    async write(userId, handle, offset, data) {
      if (data.byteLength > MAX_IO_BYTES) throw invalidIo(data.byteLength);
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") return temps.write(handle, offset, data);
      const target = writeTargetOf(handle, userId);
      let written = 0;
      const file = await rewrite(target, userId, (old) => {
        const position = resolveOffset(offset, old.size);
        written = data.byteLength;
        return { source: patched(old, position, data) };
      });
      return { written, size: file.size };
    },

    async read(userId, handle, offset, length) {
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") return temps.read(handle, offset, length <= 0 ? MAX_IO_BYTES : Math.min(length, MAX_IO_BYTES));
      return readRange(ref, offset, length);
    },

    async truncate(userId, handle, size) {
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") return temps.truncate(handle, size);
      await rewrite(writeTargetOf(handle, userId), userId, (old) => ({ source: cut(old, size) }));
    },

    async stat(userId, handle) {
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") {
        const t = temps.resolve(handle, userId);
        return { name: t.name, size: t.size, digest: "", mimeType: await tempMime(userId, handle), modifiedAt: clock.now() };
      }
      return infoOfRef(ref);
    },

    async mimeType(userId, handle) {
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") return tempMime(userId, handle);
      return infoOfRef(ref).mimeType;
    },

    contentExists(userId, handle, hash) {
      checkContentHash(hash);
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") return false;
      if (ref.kind === "content") return ref.hash === hash;
      if (ref.kind === "tree") return hashOf(ref) === hash;
      const referenced = hashOf(ref) === hash || versionRefs.get(ref.state.mimeiId, ref.state.version, hash) !== undefined;
      return referenced && content.stat(hash) !== undefined;
    },

    async finish(userId, handle, target) {
      if (!temps.has(handle)) {
        refOf(handle, userId); // the precise error for unknown handles
        throw failedPrecondition("NOT_A_TEMP_FILE", "FinishTempFile takes a temp-file handle", { handle });
      }
      temps.resolve(handle, userId);
      checkPlacement(target, userId);
      const taken = temps.take(handle, userId);
      const held = content.lease();
      try {
        const file = await content.ingest(taken.stream, { lease: held, name: taken.file.name, ownerId: userId });
        place(file, target, userId, taken.file.name, "");
        return file;
      } finally {
        held.release();
        await taken.dispose();
      }
    },

    async setObject(userId, handle, value) {
      const bytes = Buffer.from(canonicalJson(value));
      if (bytes.byteLength > MAX_OBJECT_BYTES) throw new LeitherError("resource_exhausted", "OBJECT_TOO_LARGE", `a stored object holds at most ${MAX_OBJECT_BYTES} bytes of JSON`);
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") {
        await temps.truncate(handle, 0);
        await temps.write(handle, 0, bytes);
        return { hash: createHash("sha256").update(bytes).digest("hex"), size: bytes.byteLength };
      }
      const target = writeTargetOf(handle, userId);
      const file = await rewrite(target, userId, () => ({
        source: single(bytes),
        mimeType: JSON_TYPE,
        // A file in a tree takes its type from its name; a FILE MiMei records it.
        after: () => ref.kind === "mimei" && upsertName.run(target.mimeiId, nameOf(target.mimeiId)?.name ?? "", JSON_TYPE),
      }));
      return { hash: file.hash, size: file.size };
    },

    async getObject(userId, handle) {
      const ref = refOf(handle, userId);
      const bytes = ref.kind === "temp" ? await tempBytes(userId, handle) : await content.readAll(hashOf(ref), MAX_OBJECT_BYTES);
      try {
        return JSON.parse(bytes.toString("utf8"));
      } catch {
        throw failedPrecondition("NOT_JSON", "the file's content is not JSON", { size: String(bytes.byteLength) });
      }
    },

    setFileContent(userId, handle, hash, mimeType) {
      checkContentHash(hash);
      const state = writableFile(handle, userId);
      const file = content.stat(hash);
      // Placing by hash must not reveal or hand out content the caller could not read.
      const allowed = file !== undefined && ((userId !== null && content.isOwner(hash, userId)) || referrers.all(hash, hash, hash).some((r) => deps.can(userId, r.id, RIGHT_READ)));
      if (!file || !allowed) throw notFound("CONTENT_UNKNOWN", `no content ${hash} that you stored or may read`, { content_hash: hash });
      engine.setCurrent(state.mimeiId, { digest: file.hash, size: file.size });
      if (mimeType) upsertName.run(state.mimeiId, nameOf(state.mimeiId)?.name ?? "", mimeType);
      return { size: file.size };
    },

    async upload(userId, header, chunks, signal) {
      checkOptionalName(header.name);
      if (header.contentHash) checkContentHash(header.contentHash);
      checkPlacement(header.target, userId);
      const held = content.lease();
      try {
        const file = await content.ingest(chunks, {
          lease: held,
          name: header.name,
          mimeType: header.mimeType,
          expectedHash: header.contentHash || undefined,
          expectedSize: header.size,
          ownerId: userId,
          signal,
        });
        place(file, header.target, userId, header.name, header.mimeType);
        return { file, mimeType: header.mimeType || (header.name ? detectMimeType(header.name, await content.head(file.hash)) : file.mimeType) };
      } finally {
        held.release();
      }
    },

    async download(userId, handle, offset, length) {
      const ref = refOf(handle, userId);
      if (ref.kind === "temp") throw failedPrecondition("TEMP_HANDLE", "finish the temp file first, then download the content", { handle });
      const info = infoOfRef(ref);
      const position = resolveOffset(offset, info.size);
      const n = length > 0 ? Math.min(length, info.size - position) : info.size - position;
      return { info, offset: position, length: n, chunks: content.stream(info.digest, position, position + n) };
    },

    fileOfMiMei(mimeiId, version, path = "") {
      const info = mimei.info(mimeiId);
      if (isTreeType(info.type)) {
        const { root, version: v } = deps.trees.root(mimeiId, version);
        const entry = deps.trees.stat(root, path);
        if (entry.kind !== "file") throw notFound("IS_A_DIRECTORY", `${entry.path} is a directory`, { path: entry.path });
        return { file: content.get(entry.digest), name: entry.name, mimeType: entry.mimeType, modifiedAt: entry.modifiedAt, version: v, inTree: true };
      }
      if (info.type !== "file") {
        throw failedPrecondition("NOT_A_FILE", `MiMei ${mimeiId} is a ${info.type} MiMei, not a file`);
      }
      const v = mimei.versions.resolve(mimeiId, version);
      const frozen = v === 0 ? undefined : mimei.versions.get(mimeiId, v);
      const file = content.get(frozen ? frozen.digest : info.curDigest);
      const named = nameOf(mimeiId);
      const mime = named && file.hash === info.curDigest ? named.mimeType : file.mimeType;
      return { file, name: named?.name ?? "", mimeType: mime, modifiedAt: frozen ? frozen.createdAt : info.modifiedAt, version: v, inTree: false };
    },

    readContent: (hash, start, end) => content.stream(hash, start, end),

    async close(userId, handle) {
      if (temps.has(handle)) {
        await temps.take(handle, userId).dispose();
        return true;
      }
      if (!contentHandles.has(handle) && !treeFiles.has(handle)) return false;
      refOf(handle, userId); // expired, or another user's: the same errors as any use
      contentHandles.delete(handle);
      treeFiles.delete(handle);
      return true;
    },
    trees: treeOps,

    lookupHandle(handle, userId) {
      if (temps.has(handle)) {
        temps.resolve(handle, userId);
        return { mimeiId: null };
      }
      const c = contentHandles.get(handle);
      if (c) return { mimeiId: refOf(handle, userId).kind === "content" ? c.mimeiId : null };
      const t = treeFiles.get(handle);
      if (t) return { mimeiId: refOf(handle, userId).kind === "tree" ? t.mimeiId : null };
      return undefined;
    },

    async collectGarbage(graceMs) {
      // Tree roots name directory nodes; the files those trees hold are roots as well.
      const roots = mimei.referencedDigests();
      for (const hash of deps.trees.reachableFiles(roots)) roots.add(hash);
      try {
        return await content.collectGarbage({ roots, graceMs });
      } finally {
        // Also after a content GC that failed (a pack it could not compact): trees do not wait.
        deps.trees.collectGarbage(mimei.referencedDigests(), graceMs ?? DEFAULT_GRACE_MS);
      }
    },

    start() {
      temps.start();
      if (timer) return;
      const gcEvery = deps.gcIntervalMs ?? DEFAULT_GC_INTERVAL_MS;
      if (gcEvery > 0) {
        // What an interrupted upload or a crash left behind is freed at start, then periodically.
        backgroundGc();
        gcTimer = setInterval(backgroundGc, gcEvery);
        gcTimer.unref();
      }
      timer = setInterval(() => {
        const now = clock.now();
        for (const [k, c] of contentHandles) if (c.expiresAt <= now) contentHandles.delete(k);
        for (const [k, t] of treeFiles) if (t.expiresAt <= now) treeFiles.delete(k);
      }, Math.min(deps.handleIdleMs, 60_000));
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      clearInterval(gcTimer);
      timer = gcTimer = undefined;
      await gcRunning;
      await temps.stop();
    },
  };

  async function tempBytes(userId: string | null, handle: string): Promise<Buffer> {
    const t = temps.resolve(handle, userId);
    if (t.size > MAX_OBJECT_BYTES) throw new LeitherError("resource_exhausted", "CONTENT_TOO_LARGE", `the temp file holds more than ${MAX_OBJECT_BYTES} bytes`);
    return (await temps.read(handle, 0, t.size)).data;
  }

  async function tempMime(userId: string | null, handle: string): Promise<string> {
    const t = temps.resolve(handle, userId);
    const head = (await temps.read(handle, 0, 512)).data;
    return detectMimeType(t.name, head);
  }

  return service;
}

function invalidIo(n: number): LeitherError {
  return new LeitherError("invalid_argument", "DATA_TOO_LARGE", `one call moves at most ${MAX_IO_BYTES} bytes (got ${n}); use Upload`);
}

