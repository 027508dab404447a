// The messages of an Upload read straight from the request body, for calls whose framing is
// known (http/raw-call.ts): connect would gather each message into a buffer of its own (1 MiB
// per chunk message, then garbage) before the content store copies it again. Here a chunk
// message's bytes are handed on as the pieces the body arrives in; the content store copies
// them once, into its chunk buffers. Header messages and anything that is not a lone `chunk`
// field are gathered and decoded with protobuf-es, as connect would.
import { create, fromBinary } from "@bufbuild/protobuf";
import { UploadRequestSchema, type UploadRequest } from "@leither/api/leither/v1/file_service_pb";
import { invalidArgument, LeitherError } from "../errors.js";
import { ENVELOPE_HEADER } from "./streams.js";

/** Messages shorter than this are gathered and decoded whole; longer ones are streamed when they can be. */
const STREAM_FROM = 64 * 1024;
/** UploadRequest.chunk as it starts on the wire: field 2, length-delimited. */
const CHUNK_TAG = (2 << 3) | 2;

/**
 * The Upload messages in `body` (enveloped, uncompressed: flags 0), a large chunk message as
 * several chunk messages whose bytes, in order, are its bytes. Each piece is a view of the body's
 * own buffer, valid as long as the caller keeps it. Messages over `readMaxBytes` fail with
 * RESOURCE_EXHAUSTED; a body that ends inside a message, or a compressed message, with
 * INVALID_ARGUMENT; a body that fails to arrive (a reset stream) with ABORTED.
 */
export async function* readUploadRequests(body: AsyncIterable<Uint8Array>, readMaxBytes: number): AsyncGenerator<UploadRequest> {
  const it = body[Symbol.asyncIterator]();
  let buf: Uint8Array = new Uint8Array(0);
  let at = 0;
  const more = async (): Promise<boolean> => {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await it.next();
      } catch (err) {
        // The client reset the stream or the connection went: nothing the node did wrong.
        throw new LeitherError("aborted", "TRANSFER_ABORTED", `the request body was cut before its end (${(err as Error).message})`);
      }
      if (next.done) return false;
      if (next.value.length === 0) continue;
      buf = next.value;
      at = 0;
      return true;
    }
  };
  const cut = () => invalidArgument("INCOMPLETE_MESSAGE", "the request body ended inside a message");
  /** The next `n` bytes, gathered into one array. */
  const take = async (n: number): Promise<Uint8Array> => {
    const out = new Uint8Array(n);
    for (let filled = 0; filled < n; ) {
      if (at === buf.length && !(await more())) throw cut();
      const k = Math.min(n - filled, buf.length - at);
      out.set(buf.subarray(at, at + k), filled);
      filled += k;
      at += k;
    }
    return out;
  };
  const decode = (bytes: Uint8Array): UploadRequest => {
    try {
      return fromBinary(UploadRequestSchema, bytes);
    } catch (err) {
      throw invalidArgument("MALFORMED_MESSAGE", `an Upload message does not decode: ${(err as Error).message}`);
    }
  };

  for (;;) {
    if (at === buf.length && !(await more())) return;
    const head = await take(ENVELOPE_HEADER);
    const flags = head[0]!;
    const length = new DataView(head.buffer).getUint32(1);
    if (flags !== 0) throw invalidArgument("COMPRESSED_MESSAGE", `message flags ${flags}: this stream announced no compression`);
    if (length > readMaxBytes) {
      throw new LeitherError("resource_exhausted", "MESSAGE_TOO_LARGE", `a message of ${length} bytes is larger than the ${readMaxBytes} this node reads`);
    }
    if (length < STREAM_FROM) {
      yield decode(await take(length));
      continue;
    }
    // A lone chunk field: its tag, then the varint length of its bytes, then the bytes.
    const prefix = await take(Math.min(6, length));
    let size = 0;
    let used = 1;
    let ended = false;
    if (prefix[0] === CHUNK_TAG) {
      for (let shift = 0; used < prefix.length && !ended; shift += 7) {
        const b = prefix[used++]!;
        size += (b & 0x7f) * 2 ** shift;
        ended = (b & 0x80) === 0;
      }
    }
    if (!ended || used + size !== length) {
      const rest = await take(length - prefix.length);
      const whole = new Uint8Array(length);
      whole.set(prefix);
      whole.set(rest, prefix.length);
      yield decode(whole);
      continue;
    }
    // The prefix may hold the chunk's first bytes already.
    if (used < prefix.length) yield create(UploadRequestSchema, { part: { case: "chunk", value: prefix.subarray(used) } });
    for (let left = length - prefix.length; left > 0; ) {
      if (at === buf.length && !(await more())) throw cut();
      const k = Math.min(left, buf.length - at);
      yield create(UploadRequestSchema, { part: { case: "chunk", value: buf.subarray(at, at + k) } });
      at += k;
      left -= k;
    }
  }
}
