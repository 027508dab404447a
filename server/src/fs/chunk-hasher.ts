// SHA-256 on a worker thread. Every stored byte is hashed twice (into its chunk's digest and
// into the content hash) and every byte read is verified against its chunk's digest; on the
// event loop that is ~1 ms of blocked loop per MiB each time, which is the loop's whole budget
// at the transfer rates the node aims for. One worker, shared by every content store of the
// process, does the hashing without copying bytes: the chunk buffers of transfers, written and
// read, live in shared memory.
// (WebCrypto's async digest also runs off the loop, but it copies its input on the loop first,
// which cost as much as hashing on this hardware.)
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";

/** Below this many bytes hashing in place costs less than the round trip to the worker. */
const INLINE_BELOW = 64 * 1024;

// Plain JavaScript run with `eval`, so that the same code serves the built node and the tests
// (which run the TypeScript sources). Messages are handled in the order they were posted, so
// the content hash of an ingest sees its chunks in order, and a shared buffer arrives (with its
// number) before the messages that name it by number only.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
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
    if (m.content !== undefined) {
      let whole = contents.get(m.content);
      if (!whole) contents.set(m.content, (whole = createHash("sha256")));
      whole.update(view);
    }
    const digest = createHash("sha256").update(view).digest("hex");
    parentPort.postMessage({ id: m.id, digest });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String(err) });
  }
});
`;

interface Request {
  op: "chunk" | "finish" | "drop";
  /** Memory holding the bytes; shared memory is sent to the worker once, named by number after. */
  buffer?: ArrayBufferLike;
  offset?: number;
  length?: number;
  /** The ingest whose content hash this chunk belongs to. */
  content?: number;
}

interface Reply {
  id: number;
  digest?: string;
  error?: string;
}

interface Waiter {
  resolve(reply: Reply): void;
  reject(err: unknown): void;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let worker: Worker | undefined;
/**
 * The shared buffers the current worker holds, by number. Posting a SharedArrayBuffer costs
 * ~0.2 ms (five times a plain message): a pooled chunk buffer is posted once, then named.
 */
let known = new WeakMap<SharedArrayBuffer, number>();
let nextBuffer = 0;
// A buffer collected here is forgotten by the worker that holds it, or its memory would stay
// (a safety net: the pool tells the worker at once with `releaseShared`).
const forgetting = new FinalizationRegistry<{ owner: Worker; bufferId: number }>(({ owner, bufferId }) => {
  if (owner === worker) owner.postMessage({ op: "forget", bufferId });
});
const waiting = new Map<number, Waiter>();
let nextId = 0;
let nextContent = 0;

function hasher(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  known = new WeakMap();
  const fail = (err: unknown) => {
    if (worker === w) worker = undefined;
    for (const [id, waiter] of waiting) {
      waiting.delete(id);
      waiter.reject(err);
    }
  };
  w.on("message", (reply: Reply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    // Only work in progress holds the process open; an idle hasher never does.
    if (waiting.size === 0) w.unref();
    waiter?.resolve(reply);
  });
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`the chunk hasher exited (code ${code})`)));
  w.unref();
  worker = w;
  return w;
}

/** Posts a request and resolves to its reply; throws at once if the message cannot be sent. */
function send(request: Request): Promise<Reply> {
  const w = hasher();
  const id = nextId++;
  const { buffer, ...rest } = request;
  const message: Record<string, unknown> = { id, ...rest };
  let fresh = false;
  if (buffer && !(buffer instanceof SharedArrayBuffer)) {
    message.buffer = buffer; // copied by the post, not kept
  } else if (buffer) {
    let bufferId = known.get(buffer);
    if (bufferId === undefined) {
      bufferId = nextBuffer++;
      message.buffer = buffer;
      fresh = true;
    }
    message.bufferId = bufferId;
  }
  const reply = new Promise<Reply>((resolve, reject) => waiting.set(id, { resolve, reject }));
  try {
    w.postMessage(message);
  } catch (err) {
    waiting.delete(id);
    throw err;
  }
  // Recorded once posted: a post that failed left the worker without the buffer.
  if (fresh) {
    known.set(buffer as SharedArrayBuffer, message.bufferId as number);
    forgetting.register(buffer as SharedArrayBuffer, { owner: w, bufferId: message.bufferId as number }, buffer as SharedArrayBuffer);
  }
  w.ref();
  return reply.then((r) => {
    if (r.error !== undefined) throw new Error(`chunk hasher: ${r.error}`);
    return r;
  });
}

/**
 * Tells the worker to let go of a shared buffer it was sent (no hashing of it may be pending):
 * until then its memory stays allocated whatever happens to the buffer here.
 */
export function releaseShared(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) return;
  const bufferId = known.get(buffer);
  if (bufferId === undefined) return;
  known.delete(buffer);
  forgetting.unregister(buffer);
  worker?.postMessage({ op: "forget", bufferId });
}

/** Starts the worker ahead of the first transfer (it takes ~50 ms and ~9 MiB). */
export function startChunkHasher(): void {
  hasher();
}

/** A buffer in shared memory, which the hasher reads in place. */
export function sharedBuffer(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/** The two hashes of content being stored: each chunk's digest and the content hash. */
export interface ContentHasher {
  /**
   * Hashes the next chunk (call in order; a buffer from `sharedBuffer`, left unchanged until the
   * promise settles) and resolves to its digest.
   */
  chunk(bytes: Buffer): Promise<string>;
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
  let owner: Worker | undefined;
  // A worker that died took the content hash so far with it: never ask a new one to finish it.
  const sameWorker = () => {
    if (hasher() !== owner) throw new Error("the chunk hasher restarted in the middle of the content");
  };
  return {
    chunk(bytes) {
      if (mode === "undecided") {
        mode = bytes.length < INLINE_BELOW || !(bytes.buffer instanceof SharedArrayBuffer) ? "inline" : "worker";
        if (mode === "worker") owner = hasher();
      }
      if (mode === "inline") {
        whole.update(bytes);
        return Promise.resolve(sha256(bytes));
      }
      try {
        sameWorker();
      } catch (err) {
        return Promise.reject(err);
      }
      return digestOnWorker(bytes, content);
    },
    async finish() {
      if (mode !== "worker") return whole.digest("hex");
      sameWorker();
      return (await send({ op: "finish", content })).digest!;
    },
    drop() {
      if (mode === "worker" && worker === owner) owner?.postMessage({ op: "drop", content });
    },
  };
}

/**
 * SHA-256 (hex) of bytes; those in shared memory (a `sharedBuffer` or a view of one) are hashed
 * by the worker in place, so leave them unchanged until the promise settles. Small or
 * unshared bytes are hashed here.
 */
export function digest(bytes: Uint8Array): Promise<string> {
  if (bytes.length < INLINE_BELOW || !(bytes.buffer instanceof SharedArrayBuffer)) return Promise.resolve(sha256(bytes));
  return digestOnWorker(bytes);
}

/** The digest of bytes the worker reads in place, also fed to `content`'s hash when given. */
function digestOnWorker(bytes: Uint8Array, content?: number): Promise<string> {
  try {
    return send({ op: "chunk", buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length, content }).then((r) => r.digest!);
  } catch (err) {
    return Promise.reject(err);
  }
}
