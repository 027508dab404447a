// FileService.Upload as the CLI sends large files: gRPC over HTTP/2, with each chunk message
// framed here and its bytes written to the stream straight from the buffer the file was read
// into. Through a connect client every 1 MiB message is serialized into a new buffer and copied
// into another for its envelope; collecting those cost the client ~2 ms of CPU per MiB, about
// as much as the node spends storing it, and on two cores the client and the node share the
// machine (upload ~430 MB/s through connect, ~700 framed here, docs/notes.md 2026-12-07).
// Only this one call is framed by hand; everything else goes through connect.
import { once } from "node:events";
import { promises as fs } from "node:fs";
import http2 from "node:http2";
import { create, fromBinary, toBinary, type MessageInitShape } from "@bufbuild/protobuf";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { Code, ConnectError } from "@connectrpc/connect";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
// Connect's own reading of gRPC status trailers (grpc-status, grpc-message and the details in
// grpc-status-details-bin), so errors come out as every other call's do. Marked internal by
// connect; the version is pinned in package.json.
import { findTrailerError } from "@connectrpc/connect/protocol-grpc";
import { FileService, UploadRequestSchema, UploadResponseSchema, type UploadHeaderSchema, type UploadResponse } from "@leither/api/leither/v1/file_service_pb";
import { ENVELOPE_HEADER, openGrpcCall, toHeaders } from "./http2-grpc.js";

/** Bytes read from the file per chunk message. */
const PIECE = 1024 * 1024;
/** Buffers the file is read into: one being read while the others are still being sent. */
const BUFFERS = 3;
/** UploadRequest.chunk (file_service.proto). */
const CHUNK_FIELD = 2;

export interface Http2UploadOptions {
  /** The node's URL (http: for cleartext HTTP/2, https: with TLS). */
  baseUrl: string;
  /** Sent as `authorization: Bearer <session>`. */
  session?: string;
  header: MessageInitShape<typeof UploadHeaderSchema>;
  /** The local file whose bytes follow the header. */
  file: string;
  /** Called with the size of each piece once it is handed to the stream. */
  onBytes?: (n: number) => void;
}

/**
 * Everything before the data of `UploadRequest{chunk}` carrying `length` bytes: the gRPC envelope
 * (uncompressed) and the field's tag and length, as protobuf-es writes them.
 */
function chunkPrefix(length: number): Uint8Array {
  const field = new BinaryWriter().tag(CHUNK_FIELD, WireType.LengthDelimited).uint32(length).finish();
  const prefix = new Uint8Array(ENVELOPE_HEADER + field.length);
  new DataView(prefix.buffer).setUint32(1, field.length + length); // flags 0: uncompressed
  prefix.set(field, ENVELOPE_HEADER);
  return prefix;
}

/** Uploads a file with FileService.Upload over gRPC on HTTP/2 and resolves to the node's answer. */
export async function uploadOverHttp2(options: Http2UploadOptions): Promise<UploadResponse> {
  const { session, stream } = openGrpcCall(options.baseUrl, FileService.typeName, FileService.method.upload.name, options.session);
  let ended = false;
  const answer = new Promise<UploadResponse>((resolve, reject) => {
    const parts: Buffer[] = [];
    let headers: http2.IncomingHttpHeaders = {};
    let trailers: http2.IncomingHttpHeaders | undefined;
    stream.on("response", (h) => (headers = h));
    // The trailers end the call, even while bytes are still to be sent: a node that refused the
    // upload midway (a size beyond the announced one, a full disk) answered before reading them
    // all, and need not open its receive window again. The stream's 'end' follows them.
    stream.on("trailers", (t) => {
      trailers = t;
      ended = true;
    });
    stream.on("data", (d: Buffer) => parts.push(d));
    stream.on("error", (err) => {
      ended = true;
      reject(new ConnectError(`upload to ${options.baseUrl}: ${err.message}`, Code.Unavailable));
    });
    const finish = () => {
      ended = true;
      // Whatever of the request is still unsent is not wanted any more.
      if (!stream.writableEnded && !stream.closed) stream.close(http2.constants.NGHTTP2_CANCEL);
      // A trailers-only response carries its status in the headers.
      const status = toHeaders({ ...headers, ...trailers });
      const error = findTrailerError(status);
      if (error) return reject(error);
      const httpStatus = Number(headers[":status"] ?? 0);
      const body = Buffer.concat(parts);
      if (httpStatus !== 200 || !status.has("grpc-status") || body.length < ENVELOPE_HEADER || body[0] !== 0) {
        return reject(new ConnectError(`upload to ${options.baseUrl}: unexpected response (HTTP ${httpStatus}, ${body.length} bytes)`, Code.Internal));
      }
      resolve(fromBinary(UploadResponseSchema, body.subarray(ENVELOPE_HEADER, ENVELOPE_HEADER + body.readUInt32BE(1))));
    };
    stream.on("end", finish);
    stream.on("close", finish);
  });
  // Awaited at the end; meanwhile the sending loop stops as soon as it settles.
  const settled = answer.then(
    () => {},
    () => {},
  );

  try {
    stream.write(encodeEnvelope(0, toBinary(UploadRequestSchema, create(UploadRequestSchema, { part: { case: "header", value: options.header } }))));
    const file = await fs.open(options.file);
    try {
      const buffers = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(PIECE));
      // A buffer is read into again only once the stream has written it out.
      const sent: (Promise<void> | undefined)[] = new Array(BUFFERS).fill(undefined);
      for (let at = 0, i = 0; !ended; i = (i + 1) % BUFFERS) {
        await Promise.race([sent[i], settled]);
        const { bytesRead } = await file.read(buffers[i]!, 0, PIECE, at);
        if (bytesRead === 0 || ended) break;
        at += bytesRead;
        stream.write(chunkPrefix(bytesRead));
        sent[i] = new Promise<void>((resolve) => stream.write(buffers[i]!.subarray(0, bytesRead), () => resolve()));
        options.onBytes?.(bytesRead);
        if (stream.writableNeedDrain) await Promise.race([once(stream, "drain"), settled]);
      }
    } finally {
      await file.close();
    }
    if (!ended) stream.end();
    return await answer;
  } catch (err) {
    stream.close(http2.constants.NGHTTP2_CANCEL);
    throw err;
  } finally {
    session.close();
  }
}
