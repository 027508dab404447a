// Reads and writes that bypass the kernel's page cache (O_DIRECT), for the content store's
// chunks: in pack files (pack-files.ts opens them through `open`) and, for chunks older versions
// stored as files of their own, whole-file reads. Writing 1 MiB of new file through the page
// cache cost 1.3–3 ms of kernel CPU on the machine this was measured on (allocating and
// accounting every new page), and an upload spent most of its CPU there; the same write with
// O_DIRECT and an fdatasync cost ~0.2 ms, and a direct read of 1 MiB ~0.06 ms against ~1 ms for
// a buffered read that misses the cache.
//
// O_DIRECT wants memory aligned to the device's block size, which Node cannot ask for: memory
// is over-allocated by a block, and the aligned offset inside it found once by trying writes to
// a scratch file (a misaligned direct write fails with EINVAL and writes nothing). Memory from
// `allocate` (the content store's chunk buffers) is written from and read into in place; a
// whole-file read into other memory goes through one of a few staging buffers (a copy).
// Where direct I/O is refused (another OS, a filesystem without it), every call answers "not
// taken" and the callers read and write through the page cache.
import { closeSync, constants, mkdirSync, openSync, promises as fs, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Lengths and positions of direct transfers are multiples of this (every device's block size). */
export const DIRECT_BLOCK = 4096;
/** `size` rounded up to whole blocks: what a direct transfer of `size` bytes moves. */
export const wholeBlocks = (size: number) => Math.ceil(size / DIRECT_BLOCK) * DIRECT_BLOCK;
/** The largest transfer taken: the content store's chunk size. */
export const DIRECT_MAX = 1 << 20;
/** Staging buffers, and so direct transfers at once (libuv's thread pool runs four). */
const SLOTS = 4;
/** Reads smaller than this go through the page cache, which keeps small hot files in memory. */
const DIRECT_READ_FROM = 64 * 1024;

export interface DirectIo {
  /**
   * `size` bytes of shared memory (a SharedArrayBuffer, which worker threads can read in
   * place), at an offset direct I/O takes as it is when it can be found.
   */
  allocate(size: number): Buffer;
  /**
   * Reads the first `target.length` bytes of `file` into `target`; resolves to how many it
   * read (fewer at the end of the file), or undefined when direct I/O does not take the read.
   */
  readInto(file: string, target: Uint8Array): Promise<number | undefined>;
  /**
   * Opens `file` with O_DIRECT added to `flags`; undefined when direct I/O is off or refused
   * here (then use the page cache). Transfers through the handle must use memory for which
   * `inPlace` holds, at positions and lengths that are multiples of DIRECT_BLOCK.
   */
  open(file: string, flags: number, mode?: number): Promise<fs.FileHandle | undefined>;
  /** Whether `bytes` starts where direct transfers take memory from `allocate` in place. */
  inPlace(bytes: Uint8Array): boolean;
  /** How many whole-file reads went direct: for tests and diagnostics. */
  readonly taken: { reads: number };
}

/**
 * `scratchDir` is on the filesystem the files live on (its support is what is probed).
 * `enabled: false` answers "not taken" to every call (a filesystem where direct I/O is slow).
 */
export function createDirectIo(scratchDir: string, options: { enabled?: boolean } = {}): DirectIo {
  const O_DIRECT = constants.O_DIRECT as number | undefined;
  let usable = O_DIRECT !== undefined && options.enabled !== false;
  const idle: Buffer[] = [];
  const waiters: ((b: Buffer | undefined) => void)[] = [];
  let allocated = 0;
  const taken = { reads: 0 };
  /** Memory from `allocate` that direct transfers take in place, by its aligned offset. */
  const alignedAt = new WeakMap<ArrayBufferLike, number>();

  function disable(): void {
    usable = false;
    for (const w of waiters.splice(0)) w(undefined);
  }

  /** A `size`-byte view of `raw` (DIRECT_BLOCK bytes longer) at an offset the device accepts, or undefined. */
  function alignedView(raw: Buffer, size: number): Buffer | undefined {
    if (!usable) return undefined;
    const scratch = path.join(scratchDir, `.direct-probe-${process.pid}`);
    let fd: number;
    try {
      mkdirSync(scratchDir, { recursive: true });
      fd = openSync(scratch, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | O_DIRECT!, 0o600);
    } catch {
      return undefined;
    }
    try {
      for (let at = 0; at < DIRECT_BLOCK; at += 16) {
        try {
          writeSync(fd, raw, at, DIRECT_BLOCK, 0);
          return raw.subarray(at, at + size);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EINVAL") return undefined;
        }
      }
      return undefined;
    } finally {
      closeSync(fd);
      rmSync(scratch, { force: true });
    }
  }

  function allocate(size: number): Buffer {
    if (usable && size >= DIRECT_BLOCK) {
      const view = alignedView(Buffer.from(new SharedArrayBuffer(size + DIRECT_BLOCK)), size);
      if (view) {
        alignedAt.set(view.buffer, view.byteOffset);
        return view;
      }
    }
    return Buffer.from(new SharedArrayBuffer(size));
  }

  /** Bytes direct I/O can take without a copy: the start of memory from `allocate`. */
  const inPlace = (bytes: Uint8Array) => alignedAt.get(bytes.buffer) === bytes.byteOffset;

  async function acquire(): Promise<Buffer | undefined> {
    if (!usable) return undefined;
    const b = idle.pop();
    if (b) return b;
    if (allocated < SLOTS) {
      const fresh = alignedView(Buffer.allocUnsafeSlow(DIRECT_MAX + DIRECT_BLOCK), DIRECT_MAX);
      if (!fresh) {
        disable();
        return undefined;
      }
      allocated++;
      return fresh;
    }
    return new Promise((resolve) => waiters.push(resolve));
  }

  function release(b: Buffer): void {
    const next = waiters.shift();
    if (next) next(b);
    else idle.push(b);
  }

  /** Opens `file` for direct I/O; undefined (and direct I/O off) when the filesystem refuses it. */
  async function openDirect(file: string, flags: number, mode?: number): Promise<fs.FileHandle | undefined> {
    try {
      return await fs.open(file, flags | O_DIRECT!, mode);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EINVAL") throw err;
      disable();
      return undefined;
    }
  }

  async function readInto(file: string, target: Uint8Array): Promise<number | undefined> {
    if (!usable || target.length < DIRECT_READ_FROM || target.length > DIRECT_MAX) return undefined;
    // In place only when whole blocks fit: a direct read moves whole blocks.
    const own = inPlace(target) && target.length % DIRECT_BLOCK === 0;
    const staging = own ? undefined : await acquire();
    if (!own && !staging) return undefined;
    const into = own ? target : staging!;
    try {
      const handle = await openDirect(file, constants.O_RDONLY);
      if (!handle) return undefined;
      try {
        // Whole blocks from block boundaries: a read reaching past the end stops there.
        const want = wholeBlocks(target.length);
        let got = 0;
        while (got < want) {
          const { bytesRead } = await handle.read(into, got, want - got, got);
          got += bytesRead;
          if (bytesRead === 0 || got % DIRECT_BLOCK !== 0) break;
        }
        const n = Math.min(got, target.length);
        if (staging) target.set(staging.subarray(0, n));
        taken.reads++;
        return n;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EINVAL") throw err;
        disable();
        return undefined;
      } finally {
        await handle.close();
      }
    } finally {
      if (staging) release(staging);
    }
  }

  return { allocate, readInto, open: (file, flags, mode) => (usable ? openDirect(file, flags, mode) : Promise.resolve(undefined)), inPlace, taken };
}
