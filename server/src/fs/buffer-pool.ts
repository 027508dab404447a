// Shared-memory buffers of one size, reused by every transfer of a content store. Allocating a
// fresh 1 MiB buffer per chunk sent V8 into full collections several times a second as soon as
// such buffers outlived a scavenge (their memory counts against an allowance that only a full
// collection resets): the node then spent two to three times the CPU per byte moved, and its
// RSS grew with the garbage. Buffers taken from here are allocated once and never collected.
import { sharedBuffer } from "./chunk-hasher.js";

export interface BufferPool {
  /** A buffer of the pool's size in shared memory (the chunk hasher reads it in place). */
  take(): Buffer;
  /** Returns a buffer `take` gave; nothing may read or write it afterwards. Others are ignored. */
  give(buffer: Buffer): void;
}

/**
 * A pool keeping up to `keep` idle buffers of `size` bytes; beyond that they are dropped, and
 * `onDrop` is told. Keep at least as many as the transfers of a moment hold at once: a pool
 * smaller than that drops and allocates a buffer for nearly every chunk. `allocate` makes a
 * buffer in shared memory (the blob store's, which its direct I/O takes in place).
 */
export function createBufferPool(size: number, keep: number, onDrop?: (buffer: Buffer) => void, allocate: (size: number) => Buffer = sharedBuffer): BufferPool {
  const idle: Buffer[] = [];
  const ours = new WeakSet<ArrayBufferLike>();
  return {
    take() {
      const b = idle.pop();
      if (b) return b;
      const fresh = allocate(size);
      ours.add(fresh.buffer);
      return fresh;
    },
    give(buffer) {
      if (!ours.has(buffer.buffer) || buffer.length !== size) return;
      if (idle.includes(buffer)) throw new Error("buffer given back twice");
      if (idle.length < keep) idle.push(buffer);
      else onDrop?.(buffer);
    },
  };
}

/**
 * Copies `source` into `target` (a buffer in shared memory) at `at`. TypedArray `set` copies
 * into shared memory as atomics allow, word by word when source and target share their offset
 * modulo 8 and byte by byte otherwise: 0.3-0.4 ms per MiB for an upload's message bytes, which
 * start a few bytes into connect's buffers. Buffer's `fill` with a buffer is a plain memcpy
 * (~0.04 ms per MiB here); nothing else reads the target while it is being filled.
 */
export function copyIntoShared(target: Uint8Array, at: number, source: Uint8Array): void {
  if (source.length === 0) return;
  Buffer.prototype.fill.call(target, source, at, at + source.length);
}
