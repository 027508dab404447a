// Temp files: private, writable scratch files on disk (random writes at any offset, truncate)
// that FinishTempFile turns into content-addressed files. Each belongs to the user who opened
// it, lives behind a handle that expires after an idle period, and is deleted with it. They do
// not survive a restart (the directory is emptied on start), as handles do not.
import { randomBytes } from "node:crypto";
import { createReadStream, mkdirSync, promises as fs, readdirSync, rmSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Clock } from "../clock.js";
import { LeitherError, notFound, permissionDenied } from "../errors.js";
import { resolveOffset } from "./offsets.js";

export interface TempFile {
  handle: string;
  ownerId: string;
  name: string;
  size: number;
  expiresAt: number;
}

export interface TempFiles {
  open(ownerId: string, name: string): TempFile;
  /** Whether this is a live temp-file handle (any owner). */
  has(handle: string): boolean;
  /** The live temp file, renewed. NOT_FOUND HANDLE_UNKNOWN/HANDLE_EXPIRED, PERMISSION_DENIED HANDLE_NOT_YOURS. */
  resolve(handle: string, userId: string | null): TempFile;
  write(handle: string, offset: number, data: Uint8Array): Promise<{ written: number; size: number }>;
  truncate(handle: string, size: number): Promise<void>;
  read(handle: string, offset: number, length: number): Promise<{ data: Buffer; position: number; eof: boolean }>;
  /** Hands the file over for finishing: the handle stops working; `dispose` deletes the bytes. */
  take(handle: string, userId: string | null): { file: TempFile; stream: AsyncIterable<Uint8Array>; dispose(): Promise<void> };
  /** Drops expired temp files (and their bytes); returns how many. */
  sweep(): number;
  count(): number;
  start(): void;
  stop(): Promise<void>;
}

interface Entry extends TempFile {
  path: string;
  fh: Promise<FileHandle>;
  /** Operations on one file run one after another, so appends at -1 never overlap. */
  queue: Promise<unknown>;
}

export function createTempFiles(options: { dir: string; clock: Clock; idleMs: number; maxBytes?: number }): TempFiles {
  const { dir, clock, idleMs } = options;
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  const entries = new Map<string, Entry>();
  let timer: NodeJS.Timeout | undefined;

  function drop(entry: Entry): Promise<void> {
    entries.delete(entry.handle);
    const done = entry.queue.then(
      async () => {
        await (await entry.fh).close().catch(() => {});
        await fs.rm(entry.path, { force: true });
      },
      () => fs.rm(entry.path, { force: true }),
    );
    entry.queue = done;
    return done;
  }

  function live(handle: string, userId: string | null): Entry {
    const e = entries.get(handle);
    if (!e) throw notFound("HANDLE_UNKNOWN", "no such temp file (finished, expired, or from before a restart)", { handle });
    const now = clock.now();
    if (e.expiresAt <= now) {
      void drop(e);
      throw notFound("HANDLE_EXPIRED", "the temp file expired", { handle });
    }
    if (e.ownerId !== userId) throw permissionDenied("HANDLE_NOT_YOURS", "the temp file belongs to another user", { handle });
    e.expiresAt = now + idleMs;
    return e;
  }

  function serial<T>(e: Entry, op: (fh: FileHandle) => Promise<T>): Promise<T> {
    const run = e.queue.then(async () => op(await e.fh));
    e.queue = run.catch(() => {});
    return run;
  }

  const view = (e: Entry): TempFile => ({ handle: e.handle, ownerId: e.ownerId, name: e.name, size: e.size, expiresAt: e.expiresAt });

  return {
    open(ownerId, name) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const handle = randomBytes(20).toString("hex");
      const file = path.join(dir, handle);
      const e: Entry = { handle, ownerId, name, size: 0, expiresAt: clock.now() + idleMs, path: file, fh: fs.open(file, "w+", 0o600), queue: Promise.resolve() };
      e.fh.catch(() => {});
      entries.set(handle, e);
      return view(e);
    },
    has: (handle) => entries.has(handle),
    resolve: (handle, userId) => view(live(handle, userId)),
    write(handle, offset, data) {
      const e = entries.get(handle)!;
      return serial(e, async (fh) => {
        const position = resolveOffset(offset, e.size);
        if (position + data.byteLength > maxBytes) {
          throw new LeitherError("resource_exhausted", "TEMP_FILE_TOO_LARGE", `a temp file holds at most ${maxBytes} bytes`);
        }
        await fh.write(data, 0, data.byteLength, position);
        e.size = Math.max(e.size, position + data.byteLength);
        return { written: data.byteLength, size: e.size };
      });
    },
    truncate(handle, size) {
      const e = entries.get(handle)!;
      return serial(e, async (fh) => {
        if (size > maxBytes) throw new LeitherError("resource_exhausted", "TEMP_FILE_TOO_LARGE", `a temp file holds at most ${maxBytes} bytes`);
        await fh.truncate(size);
        e.size = size;
      });
    },
    read(handle, offset, length) {
      const e = entries.get(handle)!;
      return serial(e, async (fh) => {
        const position = resolveOffset(offset, e.size);
        const n = Math.min(length, e.size - position);
        const data = Buffer.alloc(n);
        if (n > 0) await fh.read(data, 0, n, position);
        return { data, position, eof: position + n >= e.size };
      });
    },
    take(handle, userId) {
      const e = live(handle, userId);
      entries.delete(handle);
      const ready = e.queue.then(async () => (await e.fh).close());
      async function* stream(): AsyncGenerator<Uint8Array> {
        await ready;
        if (e.size === 0) return;
        yield* createReadStream(e.path, { start: 0, end: e.size - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
      }
      return { file: view(e), stream: stream(), dispose: async () => { await ready.catch(() => {}); await fs.rm(e.path, { force: true }); } };
    },
    sweep() {
      const now = clock.now();
      let n = 0;
      for (const e of [...entries.values()]) {
        if (e.expiresAt <= now) {
          void drop(e);
          n++;
        }
      }
      return n;
    },
    count: () => entries.size,
    start() {
      // Temp files of a previous run have no handles any more.
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      for (const f of readdirSync(dir)) rmSync(path.join(dir, f), { force: true, recursive: true });
      if (timer) return;
      timer = setInterval(() => this.sweep(), Math.min(idleMs, 60_000));
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await Promise.all([...entries.values()].map((e) => drop(e)));
    },
  };
}
