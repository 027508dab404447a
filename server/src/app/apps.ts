// Apps: web apps held in APP MiMei whose cur is a file tree. An app's id is fixed by its author
// and name (ComputeId with type app, no app id, no ext, the name as the mark), an upload
// replaces cur with an archive's files in one tree edit, and versions are the MiMei's own
// (Backup, Release, Restore). Rights were checked by the caller (policy, routes); this module
// checks only what the data says (the content an uploader may place, that a MiMei is an app).
import type { Clock } from "../clock.js";
import { failedPrecondition, invalidArgument, LeitherError, notFound } from "../errors.js";
import { CHUNK_SIZE, type ContentStore, type Lease, type StoredFile } from "../fs/content-store.js";
import type { Trees } from "../fs/tree-service.js";
import type { TreeEntry } from "../fs/tree-types.js";
import type { MiMeiInfo, MiMeiStore } from "../mimei/index.js";
import type { SqliteDatabase } from "../store/index.js";
import {
  DEFAULT_ARCHIVE_LIMITS,
  normalizePrefix,
  readArchive,
  singleTopDirectory,
  stripPrefix,
  type ArchiveFormat,
  type ArchiveLimits,
  type ArchiveSource,
} from "./archive.js";
import { checkAppName, computeAppId, isAppMiMei, isAppName } from "./app-id.js";

/** The file an app's entry URL opens, relative to its root. */
export const APP_ENTRY = "index.html";
/** The largest file UploadAppFile takes inline (`data`); bigger files go through an archive. */
export const MAX_INLINE_FILE_BYTES = 4 * 1024 * 1024;
/** Small archive files stored at once during an install (their fsyncs overlap). */
const PARALLEL_SMALL_FILES = 16;
/** Apps listed per author at most (ListApps sorts them by name, so it reads them all). */
const MAX_APPS_LISTED = 10_000;

export interface AppInfo {
  appId: string;
  name: string;
  authorId: string;
  lastVersion: number;
  releaseVersion: number;
  entry: string;
  /** Path and query on this node that open the app (its release, else cur). */
  entryUrl: string;
  fileCount: number;
  size: number;
  createdAt: number;
  modifiedAt: number;
}

export interface UploadSpec {
  name: string;
  /** Detected from the archive's first bytes when absent. */
  format?: ArchiveFormat;
  /** Keep cur's files the archive does not hold. */
  merge?: boolean;
  /** Take only paths below this directory, without it; "" strips a single top-level directory. */
  stripPrefix?: string;
}

export interface UploadResult {
  app: AppInfo;
  filesWritten: number;
  contentHash: string;
}

export type AppFileSource = { kind: "hash"; hash: string } | { kind: "data"; data: Uint8Array };

export interface AppsDeps {
  db: SqliteDatabase;
  clock: Clock;
  mimei: MiMeiStore;
  content: ContentStore;
  trees: Trees;
  /** Stops the background tasks of the app's scripts (at uninstall). */
  cancelTasksOf(appId: string): void;
  limits?: Partial<ArchiveLimits>;
}

export interface Apps {
  /** The id of `author`'s app `name` (whether or not it exists). */
  appId(authorId: string, name: string): string;
  /** Installs an archive stored on this node that the uploader stored, as cur of their app `name`. */
  install(authorId: string, spec: UploadSpec & { contentHash: string }, signal?: AbortSignal): Promise<UploadResult>;
  /** Stores an archive from a stream (checking the announced size and hash), then installs it. */
  installStream(
    authorId: string,
    spec: UploadSpec & { size?: number; contentHash?: string },
    chunks: AsyncIterable<Uint8Array>,
    signal?: AbortSignal,
  ): Promise<UploadResult>;
  /** Adds or replaces one file of an app's cur. */
  putFile(userId: string, appId: string, path: string, source: AppFileSource, signal?: AbortSignal): Promise<TreeEntry>;
  /** NOT_FOUND APP_NOT_FOUND, FAILED_PRECONDITION NOT_AN_APP. */
  info(appId: string): AppInfo;
  /** An author's apps by name, the ones `visible` lets through, paged by name. */
  list(authorId: string, page: { size: number; after: string }, visible: (appId: string) => boolean): { items: AppInfo[]; next: string };
  /** Deletes an app with all its versions and cancels its scripts' tasks (FAILED_PRECONDITION REFERENCED while referenced). */
  uninstall(appId: string): Promise<void>;
  /** The tree root an app serves at a version; by default its release, else cur. */
  servedRoot(appId: string, version?: string): { root: string; version: number };
  lookup(root: string, path: string): TreeEntry | undefined;
  /** A served file's bytes, verified; each chunk is valid only until the next is asked for. */
  readFile(hash: string, start: number, end: number): AsyncIterable<Buffer>;
}

export function createApps(deps: AppsDeps): Apps {
  const { db, mimei, content, trees } = deps;
  const limits: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...deps.limits };
  // An archive is at least as large as its files, plus headers and padding (tar) or entries (zip).
  const maxArchiveBytes = limits.maxTotalBytes + limits.maxEntries * 2048 + 1024 * 1024;

  const appId = computeAppId;

  function appRow(id: string): MiMeiInfo {
    if (!mimei.exists(id)) throw notFound("APP_NOT_FOUND", `no app ${id} on this node`, { app_id: id });
    const m = mimei.info(id);
    if (!isAppMiMei(m)) throw failedPrecondition("NOT_AN_APP", `MiMei ${id} is not an app`, { app_id: id });
    return m;
  }

  function toInfo(m: MiMeiInfo): AppInfo {
    const s = trees.summary(m.curDigest);
    return {
      appId: m.mimeiId,
      name: m.mark,
      authorId: m.authorId,
      lastVersion: m.lastVersion,
      releaseVersion: m.releaseVersion,
      entry: APP_ENTRY,
      entryUrl: `/entry?author=${encodeURIComponent(m.authorId)}&app=${encodeURIComponent(m.mark)}`,
      fileCount: s.files,
      size: s.size,
      createdAt: m.createdAt,
      modifiedAt: m.modifiedAt,
    };
  }

  /** Reads stored content at any offset, keeping the last few chunks (zip reads jump around). */
  function storedSource(file: StoredFile): ArchiveSource {
    const spans = content.chunksOf(file.hash);
    const cache = new Map<number, Promise<Buffer>>();
    const chunk = (i: number): Promise<Buffer> => {
      let p = cache.get(i);
      if (p) {
        cache.delete(i);
        cache.set(i, p);
        return p;
      }
      const span = spans[i]!;
      p = (async () => {
        const parts: Buffer[] = [];
        for await (const b of content.read(file.hash, span.offset, span.offset + span.size)) parts.push(b);
        return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      })();
      cache.set(i, p);
      p.catch(() => cache.delete(i));
      if (cache.size > 4) cache.delete(cache.keys().next().value!);
      return p;
    };
    return {
      size: file.size,
      async *read(start, end) {
        const stop = Math.min(end, file.size);
        // Every chunk but the last is CHUNK_SIZE long, so a position's chunk is a division.
        for (let pos = start; pos < stop; ) {
          const i = Math.floor(pos / CHUNK_SIZE);
          const span = spans[i]!;
          const data = await chunk(i);
          const to = Math.min(stop, span.offset + span.size);
          yield data.subarray(pos - span.offset, to - span.offset);
          pos = to;
        }
      },
    };
  }

  interface Planned {
    path: string;
    kind: "file" | "dir";
    file?: StoredFile;
  }

  async function installStored(authorId: string, spec: UploadSpec, archive: StoredFile, held: Lease, signal?: AbortSignal): Promise<UploadResult> {
    const name = checkAppName(spec.name);
    const id = appId(authorId, name);
    if (mimei.exists(id)) appRow(id);
    const prefix = normalizePrefix(spec.stripPrefix ?? "");
    const planned: Planned[] = [];
    // Each ingest waits for its own fsync; small files (read into memory, at most one chunk
    // each) are stored several at a time so those waits overlap instead of adding up.
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    const store = (entry: Planned, body: AsyncIterable<Uint8Array>) =>
      content.ingest(body, { lease: held, ownerId: authorId, name: entry.path.split("/").pop(), signal }).then((file) => {
        entry.file = file;
      });
    try {
      for await (const entry of readArchive(storedSource(archive), { format: spec.format, limits })) {
        if (failure) break;
        if (signal?.aborted) throw new LeitherError("aborted", "TRANSFER_ABORTED", "the upload was cancelled; nothing was installed");
        const path = stripPrefix(entry.path, prefix);
        if (path === null) continue; // outside the prefix: the body is skipped
        const p: Planned = { path, kind: entry.kind };
        planned.push(p);
        if (entry.kind === "dir") continue;
        // Into the content store first (deduplicated, pinned by the lease until the edit places it).
        const read = entry.size <= CHUNK_SIZE ? await readSmall(entry.body, CHUNK_SIZE) : { rest: entry.body };
        if (!("small" in read)) {
          await store(p, read.rest);
          continue;
        }
        const job: Promise<void> = store(p, once(read.small))
          .catch((error: unknown) => void (failure ??= { error }))
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
        if (inFlight.size >= PARALLEL_SMALL_FILES) await Promise.race(inFlight);
      }
    } finally {
      // Every ingest settles before the lease can go.
      await Promise.all(inFlight);
    }
    if (failure) throw failure.error;
    let placed = planned;
    if (prefix === "") {
      const top = singleTopDirectory(planned);
      if (top !== "") placed = planned.flatMap((p) => (p.path === top ? [] : [{ ...p, path: p.path.slice(top.length + 1) }]));
    }
    const files = placed.filter((p) => p.kind === "file");
    if (files.length === 0) {
      throw invalidArgument(
        prefix === "" ? "ARCHIVE_EMPTY" : "ARCHIVE_PREFIX_EMPTY",
        prefix === "" ? "the archive holds no files" : `the archive holds no files below ${prefix}/`,
      );
    }
    // Creating the app and filling its tree is one transaction: a failed edit leaves no empty app.
    db.transaction(() => {
      mimei.create(authorId, { type: "app", mark: name });
      trees.edit(id, (d) => {
        if (!spec.merge) d.clear();
        for (const p of placed) {
          if (p.kind === "dir") d.mkdir(p.path, { parents: true });
          else d.putFile(p.path, p.file!, { overwrite: true, makeParents: true });
        }
      });
    })();
    return { app: toInfo(mimei.info(id)), filesWritten: files.length, contentHash: archive.hash };
  }

  return {
    appId,

    async install(authorId, spec, signal) {
      checkAppName(spec.name);
      const archive = content.get(spec.contentHash);
      // Placing by hash must not hand out content the uploader could not read.
      if (!content.isOwner(archive.hash, authorId)) {
        throw notFound("CONTENT_UNKNOWN", `no content ${spec.contentHash} that you stored`, { content_hash: spec.contentHash });
      }
      const held = content.lease();
      try {
        held.pinFile(archive.hash);
        return await installStored(authorId, spec, archive, held, signal);
      } finally {
        held.release();
      }
    },

    async installStream(authorId, spec, chunks, signal) {
      checkAppName(spec.name);
      normalizePrefix(spec.stripPrefix ?? "");
      const held = content.lease();
      try {
        const archive = await content.ingest(chunks, {
          lease: held,
          ownerId: authorId,
          name: spec.name,
          expectedSize: spec.size,
          expectedHash: spec.contentHash || undefined,
          maxSize: maxArchiveBytes,
          signal,
        });
        return await installStored(authorId, spec, archive, held, signal);
      } finally {
        held.release();
      }
    },

    async putFile(userId, id, path, source, signal) {
      appRow(id);
      const options = { overwrite: true, makeParents: true };
      if (source.kind === "data") {
        if (source.data.byteLength > MAX_INLINE_FILE_BYTES) {
          throw new LeitherError("resource_exhausted", "FILE_TOO_LARGE", `data holds at most ${MAX_INLINE_FILE_BYTES} bytes; upload larger files in an archive`);
        }
        return trees.writeFile(id, path, (async function* () {
          yield source.data;
        })(), { ...options, userId, signal });
      }
      const file = content.get(source.hash);
      if (!content.isOwner(file.hash, userId)) {
        throw notFound("CONTENT_UNKNOWN", `no content ${source.hash} that you stored`, { content_hash: source.hash });
      }
      return trees.edit(id, (d) => d.putFile(path, file, options));
    },

    info: (id) => toInfo(appRow(id)),

    list(authorId, page, visible) {
      if (page.after !== "" && !isAppName(page.after)) throw invalidArgument("BAD_PAGE_TOKEN", "the page token is not one this listing returned");
      const found: MiMeiInfo[] = [];
      let token = "";
      do {
        const p = mimei.list(authorId, { type: "app", pageSize: 1000, pageToken: token });
        found.push(...p.items.filter(isAppMiMei));
        token = p.nextPageToken;
      } while (token !== "" && found.length < MAX_APPS_LISTED);
      const sorted = found
        .filter((m) => m.mark > page.after && visible(m.mimeiId))
        .sort((a, b) => (a.mark < b.mark ? -1 : a.mark > b.mark ? 1 : 0));
      const items = sorted.slice(0, page.size);
      return { items: items.map(toInfo), next: sorted.length > page.size ? items[items.length - 1]!.mark : "" };
    },

    async uninstall(id) {
      appRow(id);
      await mimei.delete(id);
      // After the delete: an app still referenced keeps its tasks.
      deps.cancelTasksOf(id);
    },

    servedRoot(id, version) {
      const m = appRow(id);
      return trees.root(id, version || (m.releaseVersion > 0 ? "release" : "cur"));
    },
    lookup: (root, path) => trees.lookup(root, path),
    readFile: (hash, start, end) => trees.readFile(hash, start, end),
  };
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Reads a body into memory when it holds at most `max` bytes (archives may declare less than
 * they hold); otherwise hands back a stream of everything, the bytes read so far first.
 */
async function readSmall(body: AsyncIterable<Buffer>, max: number): Promise<{ small: Buffer } | { rest: AsyncIterable<Uint8Array> }> {
  const it = body[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  for (let next = await it.next(); !next.done; next = await it.next()) {
    head.push(next.value);
    size += next.value.length;
    if (size > max) {
      return {
        rest: (async function* () {
          yield* head;
          for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
        })(),
      };
    }
  }
  return { small: Buffer.concat(head, size) };
}
