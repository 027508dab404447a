// SHA-256 on worker threads. Every stored byte is hashed twice (into its chunk's digest and
// into the content hash), and bytes read are verified against their chunk's digest where the
// node checks reads that way (read-check.ts); on the event loop that is ~1 ms of blocked loop
// per MiB each time, which is the loop's whole budget at the transfer rates the node aims for.
// A stored chunk's CRC-32, the cheap check of its reads, is taken beside its digest. Two
// workers ("lanes"), shared by every content store of the process, do the hashing without
// copying bytes: the chunk buffers of transfers, written and read, live in shared memory.
// Content being stored has its content hash on one lane and its chunk digests on the other, so
// the two passes over each chunk can run at once, and the chunks a download reads ahead are
// verified side by side. On two cores, which the bench's
// client shares, uploads gained nothing measurable (they are CPU-bound there) and GET /mm ~10%
// (docs/notes.md, 2026-12-07); with more cores a single worker would be an upload's limit.
// (WebCrypto's async digest also runs off the loop, but it copies its input on the loop first,
// which cost as much as hashing on this hardware.)
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { crc32 } from "node:zlib";

/** Below this many bytes hashing in place costs less than the round trip to a worker. */
const INLINE_BELOW = 64 * 1024;
/** Workers: the two passes of an upload at once. */
const LANES = 2;

// Plain JavaScript run with `eval`, so that the same code serves the built node and the tests
// (which run the TypeScript sources). Messages are handled in the order they were posted, so
// the content hash of an ingest sees its chunks in order, and a shared buffer arrives (with its
// number) before the messages that name it by number only.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { crc32 } = require("node:zlib");
const contents = new Map();
const buffers = new Map();
parentPort.on("message", (m) => {
  try {
    if (m.op === "drop") return void contents.delete(m.content);
    if (m.op === "forget") return void buffers.delete(m.bufferId);
    if (m.op === "finish") {
      const whole = contents.get(m.content) ?? createHash("sha256");
      contents.delete(m.content);
      return parentPort.postMessage({ id: m.id, digest: whole.digest("hex") });
    }
    if (m.buffer && m.bufferId !== undefined) buffers.set(m.bufferId, m.buffer);
    const view = new Uint8Array(m.buffer ?? buffers.get(m.bufferId), m.offset, m.length);
    if (m.op === "content") {
      let whole = contents.get(m.content);
      if (!whole) contents.set(m.content, (whole = createHash("sha256")));
      whole.update(view);
      return parentPort.postMessage({ id: m.id });
    }
    const crc = m.op === "print" ? crc32(view) : undefined;
    parentPort.postMessage({ id: m.id, digest: createHash("sha256").update(view).digest("hex"), crc });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String(err) });
  }
});
`;

interface Request {
  /**
   * digest: the bytes' SHA-256; print: that and their CRC-32; content: the bytes go into a
   * content hash; finish: that hash.
   */
  op: "digest" | "print" | "content" | "finish";
  /** Memory holding the bytes; shared memory is sent to a worker once, named by number after. */
  buffer?: ArrayBufferLike;
  offset?: number;
  length?: number;
  /** The content (an ingest) whose hash the bytes go into. */
  content?: number;
}

interface Reply {
  id: number;
  digest?: string;
  crc?: number;
  error?: string;
}

interface Waiter {
  resolve(reply: Reply): void;
  reject(err: unknown): void;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** What identifies a chunk (its SHA-256, hex) and what checks it cheaply (its CRC-32). */
export interface ChunkPrint {
  digest: string;
  crc: number;
}

/** One hashing worker, started on first use and again after it died. */
class Lane {
  worker: Worker | undefined;
  /**
   * The shared buffers the current worker holds, by number. Posting a SharedArrayBuffer costs
   * ~0.2 ms (five times a plain message): a pooled chunk buffer is posted once, then named.
   */
  known = new WeakMap<SharedArrayBuffer, number>();
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;

  start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_SOURCE, { eval: true });
    this.known = new WeakMap();
    const fail = (err: unknown) => {
      if (this.worker === w) this.worker = undefined;
      for (const [id, waiter] of this.waiting) {
        this.waiting.delete(id);
        waiter.reject(err);
      }
    };
    w.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      // Only work in progress holds the process open; an idle hasher never does.
      if (this.waiting.size === 0) w.unref();
      waiter?.resolve(reply);
    });
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`the chunk hasher exited (code ${code})`)));
    w.unref();
    this.worker = w;
    return w;
  }

  /** Posts a request and resolves to its reply; throws at once if the message cannot be sent. */
  send(request: Request): Promise<Reply> {
    const w = this.start();
    const id = this.nextId++;
    const { buffer, ...rest } = request;
    const message: Record<string, unknown> = { id, ...rest };
    let fresh = false;
    if (buffer && !(buffer instanceof SharedArrayBuffer)) {
      message.buffer = buffer; // copied by the post, not kept
    } else if (buffer) {
      let bufferId = this.known.get(buffer);
      if (bufferId === undefined) {
        bufferId = nextBuffer++;
        message.buffer = buffer;
        fresh = true;
      }
      message.bufferId = bufferId;
    }
    const reply = new Promise<Reply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    try {
      w.postMessage(message);
    } catch (err) {
      this.waiting.delete(id);
      throw err;
    }
    // Recorded once posted: a post that failed left the worker without the buffer.
    if (fresh) {
      this.known.set(buffer as SharedArrayBuffer, message.bufferId as number);
      // The buffer is its own token: releaseShared unregisters it from every lane at once.
      forgetting.register(buffer as SharedArrayBuffer, { lane: this, owner: w, bufferId: message.bufferId as number }, buffer as SharedArrayBuffer);
    }
    w.ref();
    return reply.then((r) => {
      if (r.error !== undefined) throw new Error(`chunk hasher: ${r.error}`);
      return r;
    });
  }

  /** Tells the worker to let go of a shared buffer (no hashing of it may be pending). */
  forget(buffer: SharedArrayBuffer): void {
    const bufferId = this.known.get(buffer);
    if (bufferId === undefined) return;
    this.known.delete(buffer);
    this.worker?.postMessage({ op: "forget", bufferId });
  }
}

const lanes = Array.from({ length: LANES }, () => new Lane());
let nextBuffer = 0;
let nextContent = 0;
let nextDigest = 0;
// A buffer collected here is forgotten by the workers that hold it, or its memory would stay
// (a safety net: the pool tells them at once with `releaseShared`).
const forgetting = new FinalizationRegistry<{ lane: Lane; owner: Worker; bufferId: number }>(({ lane, owner, bufferId }) => {
  if (owner === lane.worker) owner.postMessage({ op: "forget", bufferId });
});

/**
 * Tells the workers to let go of a shared buffer they were sent (no hashing of it may be
 * pending): until then its memory stays allocated whatever happens to the buffer here.
 */
export function releaseShared(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) return;
  forgetting.unregister(buffer);
  for (const lane of lanes) lane.forget(buffer);
}

/** Starts the workers ahead of the first transfer (each takes ~50 ms and ~9 MiB). */
export function startChunkHasher(): void {
  for (const lane of lanes) lane.start();
}

/** A buffer in shared memory, which the hasher reads in place. */
export function sharedBuffer(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/** The two hashes of content being stored: each chunk's digest and the content hash. */
export interface ContentHasher {
  /**
   * Hashes the next chunk (call in order; a buffer from `sharedBuffer`, left unchanged until the
   * promise settles) and resolves to its digest and CRC-32.
   */
  chunk(bytes: Buffer): Promise<ChunkPrint>;
  /** The content hash, after the last `chunk` call. */
  finish(): Promise<string>;
  /** Forgets the content (an ingest that failed). */
  drop(): void;
}

export function contentHasher(): ContentHasher {
  // Decided by the first chunk: content that fits in one small chunk is hashed in place.
  let mode: "undecided" | "inline" | "worker" = "undecided";
  const whole = createHash("sha256");
  const content = nextContent++;
  // Contents take turns at the lanes, so concurrent uploads spread over both either way.
  const wholeLane = lanes[content % LANES]!;
  const digestLane = lanes[(content + 1) % LANES]!;
  let owner: Worker | undefined;
  // A worker that died took the content hash so far with it: never ask a new one to finish it.
  const sameWorker = () => {
    if (wholeLane.start() !== owner) throw new Error("the chunk hasher restarted in the middle of the content");
  };
  return {
    chunk(bytes) {
      if (mode === "undecided") {
        mode = bytes.length < INLINE_BELOW || !(bytes.buffer instanceof SharedArrayBuffer) ? "inline" : "worker";
        if (mode === "worker") owner = wholeLane.start();
      }
      if (mode === "inline") {
        whole.update(bytes);
        return Promise.resolve({ digest: sha256(bytes), crc: crc32(bytes) });
      }
      try {
        sameWorker();
        const where = { buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length };
        const added = wholeLane.send({ op: "content", content, ...where });
        added.catch(() => {}); // observed below, unless the digest's post throws first
        const printed = digestLane.send({ op: "print", ...where });
        // Both read the buffer: it is free again only once both have answered.
        return Promise.all([added, printed]).then(([, r]) => ({ digest: r.digest!, crc: r.crc! }));
      } catch (err) {
        return Promise.reject(err);
      }
    },
    async finish() {
      if (mode !== "worker") return whole.digest("hex");
      sameWorker();
      return (await wholeLane.send({ op: "finish", content })).digest!;
    },
    drop() {
      if (mode === "worker" && wholeLane.worker === owner) owner?.postMessage({ op: "drop", content });
    },
  };
}

/**
 * SHA-256 (hex) of bytes; those in shared memory (a `sharedBuffer` or a view of one) are hashed
 * by a worker in place, so leave them unchanged until the promise settles. Small or unshared
 * bytes are hashed here. Successive calls take turns at the workers, so the chunks a download
 * reads ahead are verified side by side.
 */
export function digest(bytes: Uint8Array): Promise<string> {
  if (bytes.length < INLINE_BELOW || !(bytes.buffer instanceof SharedArrayBuffer)) return Promise.resolve(sha256(bytes));
  try {
    return lanes[nextDigest++ % LANES]!.send({ op: "digest", buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length }).then((r) => r.digest!);
  } catch (err) {
    return Promise.reject(err);
  }
}
