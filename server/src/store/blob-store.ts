// Content-addressed blob files: bytes stored once under their SHA-256, in a fan-out tree beside
// the database. A blob is written to a temp file, fsynced, then renamed into place, so a blob
// that exists under its name is always complete and matches its hash. Whole blobs of up to
// 1 MiB (the content store's chunks from before pack files) are read with direct I/O where the
// filesystem allows it (direct-io.ts).
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { createDirectIo, type DirectIo } from "./direct-io.js";
import { syncDir } from "./sync-dir.js";

export const EMPTY_DIGEST = createHash("sha256").digest("hex");
const DIGEST_RE = /^[0-9a-f]{64}$/;

export class BlobError extends Error {
  override name = "BlobError";
  constructor(
    readonly reason: "INVALID_DIGEST" | "NOT_FOUND" | "DIGEST_MISMATCH",
    message: string,
  ) {
    super(message);
  }
}

export interface BlobInfo {
  digest: string;
  size: number;
}

export interface BlobStore {
  /** Stores bytes (a buffer or a stream of buffers); returns their digest and size. */
  put(content: Uint8Array | AsyncIterable<Uint8Array>, expectedDigest?: string): Promise<BlobInfo>;
  has(digest: string): Promise<boolean>;
  size(digest: string): Promise<number>;
  /** Streams a blob's bytes from `start` (inclusive) to `end` (exclusive). */
  read(digest: string, start?: number, end?: number): Readable;
  readAll(digest: string): Promise<Buffer>;
  /**
   * Reads a blob's first `target.length` bytes into `target` (a caller's buffer, reused across
   * reads instead of one allocated per blob); resolves to how many it read, fewer at the end.
   */
  readInto(digest: string, target: Uint8Array): Promise<number>;
  delete(digest: string): Promise<boolean>;
  /** How many whole-blob reads went around the page cache (direct I/O). */
  readonly directTaken: { reads: number };
  /** Total bytes in blob files (walks the tree; for stats, not hot paths). */
  totalBytes(): Promise<number>;
}

export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

export interface BlobStoreOptions {
  /** Direct I/O for reads of whole blobs of up to 1 MiB where the filesystem allows it (default true). */
  directIo?: boolean;
  /** The direct I/O to use (shared with the pack files beside it); made here otherwise. */
  direct?: DirectIo;
}

export function createBlobStore(root: string, options: BlobStoreOptions = {}): BlobStore {
  const tmpDir = path.join(root, "tmp");
  const direct = options.direct ?? createDirectIo(tmpDir, { enabled: options.directIo });

  function pathOf(digest: string): string {
    if (!isDigest(digest)) throw new BlobError("INVALID_DIGEST", `not a lowercase hex SHA-256 digest: ${JSON.stringify(digest)}`);
    return path.join(root, digest.slice(0, 2), digest.slice(2, 4), digest);
  }

  async function put(content: Uint8Array | AsyncIterable<Uint8Array>, expectedDigest?: string): Promise<BlobInfo> {
    await fs.mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString("hex")}`);
    const hash = createHash("sha256");
    let size = 0;
    const file = await fs.open(tmp, "w", 0o600);
    try {
      const chunks = content instanceof Uint8Array ? [content] : content;
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.byteLength;
        await file.write(chunk);
      }
      await file.sync();
    } catch (err) {
      await file.close();
      await fs.rm(tmp, { force: true });
      throw err;
    }
    await file.close();
    const digest = hash.digest("hex");
    if (expectedDigest !== undefined && expectedDigest !== digest) {
      await fs.rm(tmp, { force: true });
      throw new BlobError("DIGEST_MISMATCH", `content hashes to ${digest}, expected ${expectedDigest}`);
    }
    const target = pathOf(digest);
    if (await exists(target)) {
      await fs.rm(tmp, { force: true });
    } else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(tmp, target);
      await syncDir(path.dirname(target));
    }
    return { digest, size };
  }

  return {
    put,
    has: (digest) => exists(pathOf(digest)),
    async size(digest) {
      try {
        return (await fs.stat(pathOf(digest))).size;
      } catch (err) {
        throw notFound(err, digest);
      }
    },
    read(digest, start = 0, end) {
      const opts: { start: number; end?: number } = { start };
      if (end !== undefined) {
        if (end <= start) return createEmptyStream();
        opts.end = end - 1;
      }
      return createReadStream(pathOf(digest), opts);
    },
    async readAll(digest) {
      try {
        return await fs.readFile(pathOf(digest));
      } catch (err) {
        throw notFound(err, digest);
      }
    },
    async readInto(digest, target) {
      try {
        const n = await direct.readInto(pathOf(digest), target);
        if (n !== undefined) return n;
      } catch (err) {
        throw notFound(err, digest);
      }
      let file: fs.FileHandle;
      try {
        file = await fs.open(pathOf(digest), "r");
      } catch (err) {
        throw notFound(err, digest);
      }
      try {
        let filled = 0;
        while (filled < target.length) {
          const { bytesRead } = await file.read(target, filled, target.length - filled, filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled;
      } finally {
        await file.close();
      }
    },
    async delete(digest) {
      try {
        await fs.unlink(pathOf(digest));
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw err;
      }
    },
    directTaken: direct.taken,
    async totalBytes() {
      return dirBytes(root);
    },
  };
}

function notFound(err: unknown, digest: string): unknown {
  if ((err as NodeJS.ErrnoException).code === "ENOENT") return new BlobError("NOT_FOUND", `no blob ${digest}`);
  return err;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  let entries: import("node:fs").Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += await dirBytes(p);
    else if (e.isFile()) total += (await fs.stat(p)).size;
  }
  return total;
}

function createEmptyStream(): Readable {
  return Readable.from([]);
}
