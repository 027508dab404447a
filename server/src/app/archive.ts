// Reading app archives (.tar, .tar.gz, .zip) as a stream of safe entries: paths that cannot
// leave the app's tree, no links or devices, and limits on total size, entry count and
// compression ratio that hold on the bytes actually produced, whatever the headers claim.
import { Readable, pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import yauzl from "yauzl";
import { invalidArgument, LeitherError } from "../errors.js";
import { checkName, MAX_PATH_BYTES } from "../fs/names.js";

export type ArchiveFormat = "tar" | "tar.gz" | "zip";

export interface ArchiveLimits {
  /** Bytes of all files together, as extracted. */
  maxTotalBytes: number;
  /** Entries (files and directories). */
  maxEntries: number;
  /** Extracted bytes per archive byte, checked once more than `ratioFloorBytes` came out. */
  maxRatio: number;
  /** Below this many extracted bytes no ratio is too high (tiny archives compress well). */
  ratioFloorBytes: number;
  /** Bytes a tar may spend on headers (pax records, long names) before an entry. */
  maxHeaderBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntries: 20_000,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxHeaderBytes: 1024 * 1024,
});

/** An archive that can be read at any offset (zip needs its central directory at the end). */
export interface ArchiveSource {
  size: number;
  /** The bytes [start, end). */
  read(start: number, end: number): AsyncIterable<Uint8Array>;
}

export interface ArchiveEntry {
  kind: "file" | "dir";
  /** Relative, '/'-separated, normalized ("a/b.txt"); every segment is a valid tree name. */
  path: string;
  /** The size the archive declares; the body is counted on its own. */
  size: number;
  /** Modification time (ms since the epoch) when the archive records one. */
  modifiedAt?: number;
  /**
   * The file's bytes, to be read once before asking for the next entry (an unread body is
   * skipped). Empty for directories.
   */
  body: AsyncIterable<Buffer>;
}

export interface ReadArchiveOptions {
  /** Detected from the first bytes when absent. */
  format?: ArchiveFormat;
  limits?: Partial<ArchiveLimits>;
}

const corrupt = (format: string, detail: string) =>
  invalidArgument("ARCHIVE_CORRUPT", `the ${format} archive cannot be read: ${detail}`);
const unsafePath = (raw: string, why: string) =>
  invalidArgument("ARCHIVE_PATH_UNSAFE", `archive path ${JSON.stringify(raw.slice(0, 200))} ${why}`, { path: raw.slice(0, 200) });

/** The format the first bytes announce (up to 512 are looked at), or undefined. */
export function detectArchiveFormat(head: Uint8Array): ArchiveFormat | undefined {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return "tar.gz";
  // A local file header, or the end record of an empty zip.
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) return "zip";
  if (b.length >= 4 && b.readUInt32LE(0) === 0x06054b50) return "zip";
  if (b.length >= 512 && tarChecksumValid(b)) return "tar";
  return undefined;
}

function tarChecksumValid(header: Buffer): boolean {
  const magic = header.subarray(257, 262).toString("latin1");
  if (magic !== "ustar") return false;
  let sum = 8 * 32;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += header[i]!;
  const stored = parseInt(header.subarray(148, 156).toString("latin1").replace(/[\0 ]+$/, "").trim(), 8);
  return stored === sum;
}

/**
 * The normalized form of an archive path, or null for the archive root ("./"). Refuses
 * absolute paths, drive letters, "..", backslashes and names a tree cannot hold.
 */
export function safeArchivePath(raw: string): { path: string; isDir: boolean } | null {
  if (raw.includes("\0")) throw unsafePath(raw, "contains NUL");
  if (raw.includes("\\")) throw unsafePath(raw, "contains a backslash (archive paths use '/')");
  if (raw.startsWith("/")) throw unsafePath(raw, "is absolute");
  if (/^[A-Za-z]:/.test(raw)) throw unsafePath(raw, "starts with a drive letter");
  const isDir = raw.endsWith("/");
  const segments: string[] = [];
  for (const s of raw.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") throw unsafePath(raw, 'contains ".."');
    try {
      segments.push(checkName(s, "path"));
    } catch (err) {
      throw invalidArgument("ARCHIVE_PATH_INVALID", `archive path ${JSON.stringify(raw.slice(0, 200))}: ${(err as Error).message}`, { path: raw.slice(0, 200) });
    }
  }
  if (segments.length === 0) return null;
  const path = segments.join("/");
  if (Buffer.byteLength(path) + 1 > MAX_PATH_BYTES) {
    throw invalidArgument("ARCHIVE_PATH_INVALID", `archive path is longer than ${MAX_PATH_BYTES} bytes`, { path: raw.slice(0, 200) });
  }
  return { path, isDir };
}

/**
 * The one top-level directory that holds every path, or "" when there is none (a file at the
 * top, or several top-level names). Uploading `dist/` zipped as a folder then serves its inside.
 */
export function singleTopDirectory(paths: Iterable<{ path: string; kind: "file" | "dir" }>): string {
  let top: string | undefined;
  for (const p of paths) {
    const slash = p.path.indexOf("/");
    if (slash < 0 && p.kind === "file") return "";
    const first = slash < 0 ? p.path : p.path.slice(0, slash);
    if (top === undefined) top = first;
    else if (top !== first) return "";
  }
  return top ?? "";
}

/** A strip prefix as given by a user ("dist/", "./dist", "/a/b/"), as '/'-joined segments. */
export function normalizePrefix(prefix: string): string {
  if (prefix.trim() === "") return "";
  const p = safeArchivePath(prefix.replace(/^\/+/, ""));
  return p ? p.path : "";
}

/** `path` without `prefix` (a directory), or null when it lies outside (or is the prefix itself). */
export function stripPrefix(path: string, prefix: string): string | null {
  if (prefix === "") return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
}

/** The bookkeeping every format shares: entry count, total size, duplicates and conflicts. */
function createBudget(limits: ArchiveLimits) {
  let total = 0;
  let entries = 0;
  const files = new Set<string>();
  const dirs = new Set<string>();
  return {
    get total() {
      return total;
    },
    entry(path: string, kind: "file" | "dir", declared: number): void {
      if (++entries > limits.maxEntries) {
        throw new LeitherError("resource_exhausted", "ARCHIVE_TOO_MANY_FILES", `the archive holds more than ${limits.maxEntries} entries`);
      }
      if (kind === "file" && declared > limits.maxTotalBytes - total) throw tooLarge(limits);
      // A path that is a file and a directory at once would make the tree depend on entry order.
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join("/");
        if (files.has(parent)) throw conflict(path, parent);
        dirs.add(parent);
      }
      if (kind === "dir") {
        if (files.has(path)) throw conflict(path, path);
        dirs.add(path);
        return;
      }
      if (dirs.has(path)) throw conflict(path, path);
      if (files.has(path)) throw invalidArgument("ARCHIVE_DUPLICATE_PATH", `the archive holds ${JSON.stringify(path)} twice`, { path });
      files.add(path);
    },
    bytes(n: number): void {
      total += n;
      if (total > limits.maxTotalBytes) throw tooLarge(limits);
    },
  };
}

const tooLarge = (limits: ArchiveLimits) =>
  new LeitherError("resource_exhausted", "ARCHIVE_TOO_LARGE", `the archive's files hold more than ${limits.maxTotalBytes} bytes`);
const conflict = (path: string, other: string) =>
  invalidArgument("ARCHIVE_PATH_CONFLICT", `${JSON.stringify(other)} is both a file and a directory in the archive`, { path });
const tooCompressed = (limits: ArchiveLimits) =>
  new LeitherError("resource_exhausted", "ARCHIVE_RATIO", `the archive expands more than ${limits.maxRatio} times (a zip bomb?)`);

type Budget = ReturnType<typeof createBudget>;

/** Reads an archive entry by entry. Bad input ends the iteration with a LeitherError. */
export async function* readArchive(source: ArchiveSource, options: ReadArchiveOptions = {}): AsyncGenerator<ArchiveEntry> {
  const limits: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  const head = await readHead(source, 512);
  const detected = detectArchiveFormat(head);
  const format = options.format ?? detected;
  if (!format) {
    throw invalidArgument("ARCHIVE_FORMAT_UNKNOWN", "the archive is neither tar, tar.gz nor zip (by its first bytes)");
  }
  if (options.format && detected && detected !== options.format) {
    throw invalidArgument("ARCHIVE_FORMAT_MISMATCH", `the archive was announced as ${options.format} but its first bytes are ${detected}`);
  }
  const budget = createBudget(limits);
  if (format === "zip") yield* readZip(source, limits, budget);
  else yield* readTar(source, format, limits, budget);
}

async function readHead(source: ArchiveSource, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const p of source.read(0, Math.min(n, source.size))) {
    parts.push(Buffer.from(p));
    got += p.byteLength;
    if (got >= n) break;
  }
  return Buffer.concat(parts).subarray(0, n);
}

/**
 * A body that counts what it yields against the budget. `skip` reads what the consumer left
 * unread (still counted); a body abandoned halfway cannot be resumed, so the archive ends there.
 */
function countedBody(chunks: AsyncIterable<Uint8Array>, budget: Budget): { body: AsyncIterable<Buffer>; skip: () => Promise<void> } {
  let state: "unread" | "reading" | "done" = "unread";
  const body = {
    async *[Symbol.asyncIterator]() {
      if (state !== "unread") throw new Error("an archive entry's body can be read once");
      state = "reading";
      for await (const c of chunks) {
        budget.bytes(c.byteLength);
        yield Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      }
      state = "done";
    },
  };
  return {
    body,
    async skip() {
      if (state === "unread") for await (const _ of body);
      else if (state === "reading") throw new Error("an archive entry's body was left half read");
    },
  };
}

// ---- tar and tar.gz ------------------------------------------------------------------------

/** Gunzips a stream, stopping it once it expands beyond the ratio limit. */
async function* gunzip(compressed: AsyncIterable<Uint8Array>, limits: ArchiveLimits): AsyncGenerator<Buffer> {
  let bytesIn = 0;
  let bytesOut = 0;
  async function* counted() {
    for await (const c of compressed) {
      bytesIn += c.byteLength;
      yield c;
    }
  }
  const out = pipeline(Readable.from(counted()), createGunzip(), () => {});
  try {
    for await (const c of out as AsyncIterable<Buffer>) {
      bytesOut += c.length;
      if (bytesOut > limits.ratioFloorBytes && bytesOut > limits.maxRatio * Math.max(bytesIn, 1)) throw tooCompressed(limits);
      yield c;
    }
  } catch (err) {
    if (err instanceof LeitherError) throw err;
    throw corrupt("gzip", (err as Error).message);
  } finally {
    out.destroy();
  }
}

/** Pieces small enough that tar-stream never holds much more than one ahead of the reader. */
async function* pieces(source: AsyncIterable<Uint8Array>, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for await (const c of source) {
    for (let at = 0; at < c.byteLength; at += size) yield c.subarray(at, Math.min(at + size, c.byteLength));
  }
}

const TAR_REFUSED: Record<string, string> = {
  symlink: "ARCHIVE_LINK",
  link: "ARCHIVE_LINK",
  "character-device": "ARCHIVE_ENTRY_TYPE",
  "block-device": "ARCHIVE_ENTRY_TYPE",
  fifo: "ARCHIVE_ENTRY_TYPE",
};

async function* readTar(source: ArchiveSource, format: "tar" | "tar.gz", limits: ArchiveLimits, budget: Budget): AsyncGenerator<ArchiveEntry> {
  const raw = source.read(0, source.size);
  const tarBytes = format === "tar.gz" ? gunzip(raw, limits) : raw;
  const extract = tar.extract();
  let extractError: unknown;
  extract.on("error", (err: unknown) => {
    extractError ??= err;
  });
  /** Tar bytes fed since the current entry started, and body bytes of that entry read. */
  let fedSinceEntry = 0;
  let bodySinceEntry = 0;
  let failure: unknown;
  /** Set when the reader is done (or gone): the pump stops feeding. */
  let stopped = false;
  const fail = (err: unknown) => {
    failure ??= err;
    extract.destroy(err as Error);
  };
  const pump = (async () => {
    try {
      for await (const piece of pieces(tarBytes)) {
        if (failure || stopped) return;
        fedSinceEntry += piece.byteLength;
        // Headers (pax records, GNU long names) are held in memory until complete: bound them.
        if (fedSinceEntry - bodySinceEntry > limits.maxHeaderBytes + 128 * 1024) {
          throw new LeitherError("resource_exhausted", "ARCHIVE_HEADER_TOO_LARGE", `a tar header is larger than ${limits.maxHeaderBytes} bytes`);
        }
        if (!extract.write(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))) {
          if (extract.destroyed) return;
          await new Promise<void>((resolve) => {
            const done = () => {
              extract.off("drain", done);
              extract.off("close", done);
              resolve();
            };
            extract.on("drain", done);
            extract.on("close", done);
          });
        }
      }
      if (!stopped) extract.end();
    } catch (err) {
      if (!stopped) fail(err);
    }
  })();

  let current: Readable | undefined;
  try {
    for await (const stream of extract) {
      const header = stream.header;
      current = undefined;
      fedSinceEntry = 0;
      bodySinceEntry = 0;
      const type = header.type ?? "file";
      const refused = TAR_REFUSED[type];
      if (refused) {
        const what = refused === "ARCHIVE_LINK" ? `a ${type === "link" ? "hard link" : "symbolic link"} to ${JSON.stringify(header.linkname ?? "")}` : `a ${type}`;
        throw invalidArgument(refused, `archive entry ${JSON.stringify(header.name.slice(0, 200))} is ${what}; apps hold plain files and directories only`, { path: header.name.slice(0, 200) });
      }
      if (type !== "file" && type !== "contiguous-file" && type !== "directory") {
        throw invalidArgument("ARCHIVE_ENTRY_TYPE", `archive entry ${JSON.stringify(header.name.slice(0, 200))} has an unsupported type (${type})`);
      }
      const size = header.size ?? 0;
      if (!Number.isSafeInteger(size) || size < 0) throw corrupt(format, `entry ${JSON.stringify(header.name.slice(0, 200))} has an invalid size`);
      const safe = safeArchivePath(type === "directory" && !header.name.endsWith("/") ? `${header.name}/` : header.name);
      if (!safe) {
        stream.resume();
        continue;
      }
      const kind = safe.isDir ? "dir" : "file";
      if (kind === "dir" && type !== "directory") throw unsafePath(header.name, "names a directory but the entry is a file");
      budget.entry(safe.path, kind, size);
      const modifiedAt = header.mtime ? header.mtime.getTime() : undefined;
      if (kind === "dir") {
        stream.resume();
        yield { kind, path: safe.path, size: 0, modifiedAt, body: emptyBody() };
        continue;
      }
      const tracked = countedBody(
        (async function* () {
          try {
            for await (const c of stream as AsyncIterable<Buffer>) {
              bodySinceEntry += c.length;
              yield c;
            }
          } catch (err) {
            // The body only says it was cut; the extractor (or the pump) knows why.
            throw failure ?? asArchiveError(extractError ?? err, format);
          }
        })(),
        budget,
      );
      current = stream;
      yield { kind, path: safe.path, size, modifiedAt, body: tracked.body };
      // An unread body is skipped, still counted against the limits.
      await tracked.skip();
    }
    if (failure) throw failure;
  } catch (err) {
    throw failure ?? asArchiveError(err, format);
  } finally {
    stopped = true;
    current?.destroy();
    if (!extract.destroyed) extract.destroy();
    await pump;
  }
}

function asArchiveError(err: unknown, format: string): unknown {
  if (err instanceof LeitherError) return err;
  return corrupt(format, err instanceof Error ? err.message : String(err));
}

async function* emptyBody(): AsyncGenerator<Buffer> {}

// ---- zip -----------------------------------------------------------------------------------

/** yauzl reads through this: ranges of the source, whatever stores it. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ArchiveSource) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(this.source.read(start, end));
  }
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

async function* readZip(source: ArchiveSource, limits: ArchiveLimits, budget: Budget): AsyncGenerator<ArchiveEntry> {
  let zip: yauzl.ZipFile;
  try {
    // strictFileNames: a backslash stays a backslash (and is refused below), never a separator.
    zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      strictFileNames: true,
      validateEntrySizes: true,
    });
  } catch (err) {
    throw corrupt("zip", (err as Error).message);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new LeitherError("resource_exhausted", "ARCHIVE_TOO_MANY_FILES", `the archive holds ${zip.entryCount} entries, more than ${limits.maxEntries}`);
  }
  // Counted on the bytes inflated, so it holds for entries whose declared sizes lie and for
  // entries that overlap (the same compressed bytes listed many times).
  const ratioBudget = (out: number) => {
    if (out > limits.ratioFloorBytes && out > limits.maxRatio * Math.max(source.size, 1)) throw tooCompressed(limits);
  };
  /** The open entry stream, closed when the reader stops before reading it. */
  let current: Readable | undefined;
  try {
    const entries = zip.eachEntry();
    for (;;) {
      let next: IteratorResult<yauzl.Entry>;
      try {
        next = await entries.next();
      } catch (err) {
        throw zipEntryError(err);
      }
      if (next.done) break;
      const entry = next.value;
      const name = entry.fileName;
      const unixMode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
      const fileType = unixMode & S_IFMT;
      if (fileType === S_IFLNK) {
        throw invalidArgument("ARCHIVE_LINK", `archive entry ${JSON.stringify(name.slice(0, 200))} is a symbolic link; apps hold plain files and directories only`, { path: name.slice(0, 200) });
      }
      if (fileType !== 0 && fileType !== S_IFREG && fileType !== S_IFDIR) {
        throw invalidArgument("ARCHIVE_ENTRY_TYPE", `archive entry ${JSON.stringify(name.slice(0, 200))} is not a plain file or directory`, { path: name.slice(0, 200) });
      }
      const safe = safeArchivePath(fileType === S_IFDIR && !name.endsWith("/") ? `${name}/` : name);
      if (!safe) continue;
      const kind = safe.isDir ? "dir" : "file";
      budget.entry(safe.path, kind, kind === "file" ? entry.uncompressedSize : 0);
      const modifiedAt = entry.getLastModDate().getTime();
      if (kind === "dir") {
        yield { kind, path: safe.path, size: 0, modifiedAt, body: emptyBody() };
        continue;
      }
      if (entry.isEncrypted()) {
        throw invalidArgument("ARCHIVE_ENCRYPTED", `archive entry ${JSON.stringify(safe.path)} is encrypted`, { path: safe.path });
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw invalidArgument("ARCHIVE_UNSUPPORTED", `archive entry ${JSON.stringify(safe.path)} uses compression method ${entry.compressionMethod}; only stored and deflate are read`, { path: safe.path });
      }
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (err) {
        throw corrupt("zip", (err as Error).message);
      }
      current = stream;
      const tracked = countedBody(
        (async function* () {
          try {
            for await (const c of stream as AsyncIterable<Buffer>) {
              ratioBudget(budget.total + c.length);
              yield c;
            }
          } catch (err) {
            if (err instanceof LeitherError) throw err;
            throw corrupt("zip", `entry ${JSON.stringify(safe.path)}: ${(err as Error).message}`);
          } finally {
            stream.destroy();
          }
        })(),
        budget,
      );
      yield { kind, path: safe.path, size: entry.uncompressedSize, modifiedAt, body: tracked.body };
      await tracked.skip();
    }
  } finally {
    current?.destroy();
    zip.close();
  }
}

/** yauzl refuses unsafe names itself while reading the directory; keep our reasons for them. */
function zipEntryError(err: unknown): LeitherError {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(message);
  if (m) return unsafePath(m[2]!, m[1] === "absolute path" ? "is absolute" : m[1] === "invalid relative path" ? 'contains ".."' : "contains a backslash (archive paths use '/')");
  return corrupt("zip", message);
}

/** A source over bytes in memory (tests, small archives). */
export function bufferSource(bytes: Uint8Array): ArchiveSource {
  return {
    size: bytes.byteLength,
    async *read(start, end) {
      yield bytes.subarray(start, Math.min(end, bytes.byteLength));
    },
  };
}
