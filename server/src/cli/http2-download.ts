// FileService.Download as the CLI fetches files: gRPC over HTTP/2, with the response messages
// read out of the stream here. A connect client gathers each message into a new buffer (1 MiB
// of garbage per chunk): on the two cores the client shares with the node, its gRPC transport
// with MiB windows held a 1 GiB download to ~520 MB/s, against ~950 read here, and `leither fs
// get` of 1 GiB through the CLI's Connect transport (HTTP/1.1) took 3.6–4.7 s against 2.6–2.9
// (docs/notes.md, 2026-12-07). Messages are gathered into one buffer used again for the next
// and decoded with protobuf-es; errors come from connect's own reading of gRPC headers and
// trailers, so they carry the codes, messages and details every other call's do.
import http2 from "node:http2";
import { create, fromBinary, toBinary, type MessageInitShape } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
// Marked internal by connect; the version is pinned in package.json.
import { validateResponse, validateTrailer } from "@connectrpc/connect/protocol-grpc";
import { DownloadRequestSchema, DownloadResponseSchema, FileService, type DownloadResponse } from "@leither/api/leither/v1/file_service_pb";
import { ENVELOPE_HEADER, openGrpcCall, toHeaders } from "./http2-grpc.js";

/**
 * The largest message accepted: a chunk of the largest size a request may ask for (4 MiB,
 * file_service.proto) with room for its fields. A longer length is a broken or hostile peer.
 */
export const MAX_MESSAGE = 4 * 1024 * 1024 + 1024;

export interface Http2DownloadOptions {
  /** The node's URL (http: for cleartext HTTP/2, https: with TLS). */
  baseUrl: string;
  /** Sent as `authorization: Bearer <session>`. */
  session?: string;
  request: MessageInitShape<typeof DownloadRequestSchema>;
}

/**
 * The messages of a Download: the header, then the chunks. A chunk's `data` is a view of a buffer
 * used again for the next message: valid only until the next message is asked for. Stopping
 * early (return or throw in a for-await) cancels the stream, and the node stops sending.
 */
export async function* downloadOverHttp2(options: Http2DownloadOptions): AsyncGenerator<DownloadResponse> {
  const { session, stream } = openGrpcCall(options.baseUrl, FileService.typeName, FileService.method.download.name, options.session);
  const failure = (err: Error) => new ConnectError(`download from ${options.baseUrl}: ${err.message}`, Code.Unavailable);
  try {
    let trailers: http2.IncomingHttpHeaders = {};
    stream.on("trailers", (t) => (trailers = t));
    // The node answers once it has read the request.
    stream.end(encodeEnvelope(0, toBinary(DownloadRequestSchema, create(DownloadRequestSchema, options.request))));
    const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
      stream.once("response", resolve);
      stream.once("error", (err) => reject(failure(err)));
    });
    const header = toHeaders(headers);
    // Before any byte of the body: an HTTP error or a trailers-only gRPC error says it all.
    const { foundStatus, headerError } = validateResponse(Number(headers[":status"] ?? 0), header);
    if (headerError) throw headerError;
    const encoding = header.get("grpc-encoding");
    if (encoding !== null && encoding !== "identity") throw new ConnectError(`the node compressed its messages (${encoding}) though no compression was offered`, Code.Internal);
    for await (const message of gatherMessages(stream, failure)) yield decode(message);
    if (!foundStatus) validateTrailer(toHeaders(trailers), header);
  } finally {
    // A response not read to its end was left early or failed: cancel it so the node stops sending.
    if (!stream.readableEnded) stream.close(http2.constants.NGHTTP2_CANCEL);
    session.close();
  }
}

function decode(message: Uint8Array): DownloadResponse {
  try {
    return fromBinary(DownloadResponseSchema, message);
  } catch (err) {
    throw new ConnectError(`protocol error: a Download message does not decode (${(err as Error).message})`, Code.Internal);
  }
}

/**
 * The messages enveloped in `body`, each a view valid until the next is asked for: of the piece
 * it arrived in when it lies in one, else of one gathering buffer used for every message.
 */
async function* gatherMessages(body: AsyncIterable<Buffer>, failure: (err: Error) => Error): AsyncGenerator<Uint8Array> {
  const pieces = body[Symbol.asyncIterator]();
  let piece: Buffer = Buffer.alloc(0);
  let at = 0;
  let gathered = Buffer.allocUnsafeSlow(0);
  const head = Buffer.alloc(ENVELOPE_HEADER);
  /** The next piece of the body; false at its end. */
  const more = async (): Promise<boolean> => {
    let next: IteratorResult<Buffer>;
    try {
      next = await pieces.next();
    } catch (err) {
      throw failure(err as Error);
    }
    if (next.done) return false;
    piece = next.value;
    at = 0;
    return true;
  };
  /** Fills `target` from the body; false if the body ended before its first byte. */
  const fill = async (target: Buffer): Promise<boolean> => {
    for (let filled = 0; filled < target.length; ) {
      if (at === piece.length && !(await more())) {
        if (filled === 0) return false;
        throw new ConnectError("protocol error: the response ended inside a message", Code.Internal);
      }
      const n = piece.copy(target, filled, at, Math.min(piece.length, at + target.length - filled));
      filled += n;
      at += n;
    }
    return true;
  };
  for (;;) {
    if (!(await fill(head))) return;
    const flags = head[0]!;
    const length = head.readUInt32BE(1);
    if (flags !== 0) throw new ConnectError(`protocol error: message flags ${flags} (no compression was asked for)`, Code.Internal);
    if (length > MAX_MESSAGE) throw new ConnectError(`protocol error: a message of ${length} bytes, more than the ${MAX_MESSAGE} a Download message holds`, Code.ResourceExhausted);
    if (piece.length - at >= length) {
      yield piece.subarray(at, at + length);
      at += length;
      continue;
    }
    if (gathered.length < length) gathered = Buffer.allocUnsafeSlow(length);
    const message = gathered.subarray(0, length);
    if (length > 0 && !(await fill(message))) throw new ConnectError("protocol error: the response ended inside a message", Code.Internal);
    yield message;
  }
}
