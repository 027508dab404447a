// Append-only pack files: many blobs (the content store's chunks) laid end to end in a few
// large files, addressed by (pack, offset). Storing a 1 MiB chunk as a file of its own took
// about ten file operations (open, write, sync, close, rename, and open, sync, close of its
// directory to make the rename durable), each a round trip through the thread pool: on two
// cores that was a third of an upload's time. A chunk appended to a pack is one write, and one
// fdatasync makes a whole batch durable.
//
// Where each blob is, and which bytes of a pack are still live, is the caller's to record (the
// content store keeps it in its chunk rows): this module only appends, reads, syncs, truncates
// and removes. Offsets are multiples of DIRECT_BLOCK, so that chunks in memory from `allocate`
// go to and from disk with direct I/O (no page cache) where the filesystem allows it.
// A pack is never appended to after a restart: a new one is started, so a tail torn by a crash
// is only ever dead space (which the caller's compaction trims or rewrites).
import { constants, mkdirSync, readdirSync, promises as fs } from "node:fs";
import path from "node:path";
import { wholeBlocks, type DirectIo } from "./direct-io.js";
import { syncDir } from "./sync-dir.js";

/** A pack stops taking appends past this size (also the most a compaction rewrites per pack). */
export const PACK_LIMIT = 256 * 1024 * 1024;
/** Idle read handles kept open beyond those in use. */
const IDLE_HANDLES = 32;
const NAME_RE = /^(\d{8})\.pack$/;

export interface PackLocation {
  pack: number;
  offset: number;
}

export class PackGoneError extends Error {
  override name = "PackGoneError";
  constructor(readonly pack: number) {
    super(`pack ${pack} was removed`);
  }
}

export interface PackFiles {
  /** Memory that appends and reads take in place (direct I/O); see DirectIo.allocate. */
  allocate(size: number): Buffer;
  /** The bytes a blob of `size` occupies in a pack (whole blocks). */
  footprint(size: number): number;
  /**
   * Reserves room for `size` bytes at the end of the pack being filled (starting a new one when
   * it is full or sealed). Synchronous, so a caller can record the pack as busy before any await.
   */
  reserve(size: number): PackLocation;
  /**
   * Writes `bytes` at a reserved location. Not durable until `sync` resolves. Memory from
   * `allocate` is written in place, with the rest of its last block (zeroed first).
   */
  write(at: PackLocation, bytes: Uint8Array): Promise<void>;
  /** Makes every write that completed before this call durable (the data and the pack's name). */
  sync(): Promise<void>;
  /**
   * Reads `target.length` bytes at `at`; resolves to how many were there. Memory from `allocate`
   * is read into in place, the rest of its last block too. PackGoneError when the pack was
   * removed (the caller looks the blob's location up again).
   */
  read(at: PackLocation, target: Uint8Array): Promise<number>;
  /** The pack being filled, if any. */
  readonly filling: number | undefined;
  /** Stops filling the current pack: the next reservation starts a new one. */
  seal(): void;
  /** Every pack on disk and its size in bytes, the one being filled included. */
  list(): Promise<{ pack: number; size: number }[]>;
  /** Cuts a sealed pack to `size` bytes (its dead tail). */
  truncate(pack: number, size: number): Promise<void>;
  /** Deletes a sealed pack; reads already under way finish, later ones get PackGoneError. */
  remove(pack: number): Promise<void>;
  /** Closes every handle (after the last transfer). */
  close(): Promise<void>;
}

interface Pack {
  id: number;
  file: string;
  /** Opened on first use: O_DIRECT when the filesystem allows it, and through the page cache. */
  direct?: Promise<fs.FileHandle | undefined>;
  buffered?: Promise<fs.FileHandle>;
  /** Reads and writes under way: handles close only when none is. */
  users: number;
  removed: boolean;
  /** Writes completed, and how many of them the last finished fdatasync covers. */
  written: number;
  synced: number;
  syncing?: Promise<void>;
  /** Made by `reserve`: created by its first open, and its name not yet durable. */
  fresh: boolean;
  lastUsed: number;
}

export function createPackFiles(dir: string, direct: DirectIo): PackFiles {
  mkdirSync(dir, { recursive: true });
  let next = Math.max(0, ...readdirSync(dir).map((n) => Number(NAME_RE.exec(n)?.[1] ?? -1))) + 1;
  const packs = new Map<number, Pack>();
  let filling: { pack: Pack; tail: number } | undefined;
  let useClock = 0;

  const fileOf = (id: number) => path.join(dir, `${String(id).padStart(8, "0")}.pack`);

  function packOf(id: number): Pack {
    let p = packs.get(id);
    if (!p) {
      p = { id, file: fileOf(id), users: 0, removed: false, written: 0, synced: 0, fresh: false, lastUsed: 0 };
      packs.set(id, p);
    }
    return p;
  }

  /** Marks a use of the pack's handles; `done` must be called after (closing idle handles). */
  function use(p: Pack): () => void {
    if (p.removed) throw new PackGoneError(p.id);
    p.users++;
    p.lastUsed = ++useClock;
    return () => {
      p.users--;
      if (p.removed && p.users === 0) void closeHandles(p);
      else trimIdle();
    };
  }

  function trimIdle(): void {
    // Runs after every read and write: nothing to scan while few packs are known.
    if (packs.size <= IDLE_HANDLES) return;
    const idle = [...packs.values()].filter((p) => p.users === 0 && p !== filling?.pack && (p.direct || p.buffered) && p.written === p.synced);
    if (idle.length <= IDLE_HANDLES) return;
    idle.sort((a, b) => a.lastUsed - b.lastUsed);
    for (const p of idle.slice(0, idle.length - IDLE_HANDLES)) {
      void closeHandles(p);
      if (!p.removed) packs.delete(p.id);
    }
  }

  async function closeHandles(p: Pack): Promise<void> {
    const handles = [p.direct, p.buffered];
    p.direct = p.buffered = undefined;
    for (const h of handles) await (await h?.catch(() => undefined))?.close().catch(() => {});
  }

  // A new pack is created by its first open; an existing one is only ever opened.
  const flagsOf = (p: Pack) => (p.fresh ? constants.O_RDWR | constants.O_CREAT : constants.O_RDWR);

  async function openFailed(p: Pack, err: unknown): Promise<never> {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new PackGoneError(p.id);
    throw err;
  }

  function directHandle(p: Pack): Promise<fs.FileHandle | undefined> {
    p.direct ??= direct.open(p.file, flagsOf(p), 0o600).catch((err) => openFailed(p, err));
    return p.direct;
  }

  function bufferedHandle(p: Pack): Promise<fs.FileHandle> {
    p.buffered ??= fs.open(p.file, flagsOf(p), 0o600).catch((err) => openFailed(p, err));
    return p.buffered;
  }

  /**
   * The handle a transfer of `bytes` goes through, and the bytes it moves: whole blocks. Memory
   * from `allocate` (the caller's alone) is used in place up to the block's end; other bytes are
   * moved as they are, padded through a copy when written.
   */
  async function channel(p: Pack, bytes: Uint8Array, writing: boolean): Promise<{ handle: fs.FileHandle; span: Uint8Array }> {
    const whole = wholeBlocks(bytes.length);
    if (direct.inPlace(bytes) && bytes.buffer.byteLength - bytes.byteOffset >= whole) {
      const span = new Uint8Array(bytes.buffer, bytes.byteOffset, whole);
      return { handle: (await directHandle(p)) ?? (await bufferedHandle(p)), span };
    }
    if (writing && whole > bytes.length) {
      const padded = Buffer.alloc(whole);
      padded.set(bytes);
      return { handle: await bufferedHandle(p), span: padded };
    }
    return { handle: await bufferedHandle(p), span: bytes };
  }

  function reserve(size: number): PackLocation {
    if (!filling || filling.tail >= PACK_LIMIT) {
      const pack = packOf(next++);
      pack.fresh = true;
      filling = { pack, tail: 0 };
    }
    const offset = filling.tail;
    filling.tail += wholeBlocks(size);
    return { pack: filling.pack.id, offset };
  }

  async function write(at: PackLocation, bytes: Uint8Array): Promise<void> {
    const p = packOf(at.pack);
    const done = use(p);
    try {
      const { handle, span } = await channel(p, bytes, true);
      // The padding of an in-place write is whatever the buffer held before: zero it.
      if (span.length > bytes.length) span.fill(0, bytes.length);
      let at0 = 0;
      while (at0 < span.length) {
        const { bytesWritten } = await handle.write(span, at0, span.length - at0, at.offset + at0);
        at0 += bytesWritten;
      }
      p.written++;
    } finally {
      done();
    }
  }

  async function syncPack(p: Pack): Promise<void> {
    const target = p.written;
    while (p.synced < target) {
      if (!p.syncing) {
        const covers = p.written;
        p.syncing = (async () => {
          const done = use(p);
          try {
            // Either handle flushes the file: its data and its size.
            const handle = (await p.direct) ?? (await bufferedHandle(p));
            await handle.datasync();
            // A new pack's name is made durable once.
            if (p.fresh) {
              await syncDir(dir);
              p.fresh = false;
            }
            p.synced = Math.max(p.synced, covers);
          } finally {
            done();
          }
        })().finally(() => (p.syncing = undefined));
      }
      await p.syncing;
    }
  }

  async function read(at: PackLocation, target: Uint8Array): Promise<number> {
    const p = packOf(at.pack);
    const done = use(p);
    try {
      const { handle, span } = await channel(p, target, false);
      let got = 0;
      while (got < span.length) {
        const { bytesRead } = await handle.read(span, got, span.length - got, at.offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return Math.min(got, target.length);
    } finally {
      done();
    }
  }

  function sealed(id: number): Pack {
    if (filling?.pack.id === id) throw new Error(`pack ${id} is still being filled`);
    return packOf(id);
  }

  return {
    allocate: (size) => direct.allocate(size),
    footprint: wholeBlocks,
    reserve,
    write,
    async sync() {
      await Promise.all([...packs.values()].filter((p) => p.synced < p.written).map(syncPack));
    },
    read,
    get filling() {
      return filling?.pack.id;
    },
    seal() {
      filling = undefined;
    },
    async list() {
      const out: { pack: number; size: number }[] = [];
      for (const name of await fs.readdir(dir)) {
        const m = NAME_RE.exec(name);
        if (!m) continue;
        try {
          out.push({ pack: Number(m[1]), size: (await fs.stat(path.join(dir, name))).size });
        } catch {
          // removed meanwhile
        }
      }
      return out.sort((a, b) => a.pack - b.pack);
    },
    async truncate(id, size) {
      const p = sealed(id);
      const done = use(p);
      try {
        const handle = await bufferedHandle(p);
        await handle.truncate(size);
        await handle.datasync();
      } finally {
        done();
      }
    },
    async remove(id) {
      const p = sealed(id);
      if (p.removed) return;
      p.removed = true;
      await fs.rm(p.file, { force: true });
      if (p.users === 0) await closeHandles(p);
      packs.delete(id);
    },
    async close() {
      filling = undefined;
      await Promise.all([...packs.values()].map(closeHandles));
      packs.clear();
    },
  };
}
