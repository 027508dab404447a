// The Node request and response an RPC is being served on, for handlers that move bulk bytes
// themselves.
//
// Connect gathers every message into a buffer of its own: it serializes each streamed message
// into a fresh buffer and copies that into a second one for the envelope, and it reads each
// request message into one more. For a Download that was two 1 MiB allocations per MiB sent,
// for an Upload one per MiB received: garbage that paced V8's full collections (a 4 GiB
// download ran hundreds of them) and most of the node's memory growth during transfers. A
// handler may instead write its messages' envelopes and bytes to the response while connect
// waits for its next message, or read its request's envelopes from the body connect has not
// touched, provided the framing is what connect would read and write: binary messages in
// envelopes (see `directStream` and `directBody`).
import type { ServerResponse } from "node:http";
import { Code, ConnectError, createContextKey, type HandlerContext } from "@connectrpc/connect";
import { written } from "./content-response.js";
import type { HttpRequest, HttpResponse } from "./http-route.js";

export interface RawCall {
  request: HttpRequest;
  response: HttpResponse;
  /** The largest request message the server reads (its readMaxBytes). */
  readMaxBytes: number;
}

export const rawCallKey = createContextKey<RawCall | undefined>(undefined, { description: "the Node request and response of the RPC" });

/** Binary messages in envelopes: gRPC, gRPC-web and Connect streams with protobuf. */
const BINARY_ENVELOPES = /^application\/(grpc|grpc\+proto|grpc-web|grpc-web\+proto|connect\+proto)(;|$)/i;

const rawOf = (ctx: HandlerContext): RawCall | undefined => {
  const raw = ctx.values.get(rawCallKey);
  return raw && BINARY_ENVELOPES.test(ctx.requestHeader.get("content-type") ?? "") ? raw : undefined;
};

/** Writes bytes to the response; resolves once the response is done with them (they may be reused). */
export type DirectWrite = (bytes: Uint8Array) => Promise<void>;

/**
 * A writer for the messages of a server stream, when the handler may write them itself: the
 * call came over the network (not the in-process transport) and its messages are binary.
 * Messages written this way are uncompressed (flags 0), which every protocol allows whatever
 * compression the stream negotiated. Undefined otherwise: yield messages as usual.
 */
export function directStream(ctx: HandlerContext): DirectWrite | undefined {
  const raw = rawOf(ctx);
  if (!raw) return undefined;
  // Both kinds of response write like an http.ServerResponse.
  const r = raw.response as ServerResponse;
  const gone = () => new ConnectError("the response was closed before the stream ended", Code.Canceled);
  return async (bytes) => {
    if (r.destroyed || r.writableEnded) throw gone();
    await written(r, bytes);
    if (r.destroyed) throw gone();
  };
}

/**
 * The request body of a client stream, for a handler that reads its envelopes itself, when the
 * call came over the network with binary, uncompressed messages. The handler must then not
 * touch the messages connect offers (connect reads the body only when they are asked for).
 */
export function directBody(ctx: HandlerContext): { body: AsyncIterable<Uint8Array>; readMaxBytes: number } | undefined {
  const raw = rawOf(ctx);
  if (!raw) return undefined;
  const plain = (name: string) => {
    const v = ctx.requestHeader.get(name);
    return v === null || v === "" || v.toLowerCase() === "identity";
  };
  if (!plain("grpc-encoding") || !plain("connect-content-encoding")) return undefined;
  return { body: raw.request as AsyncIterable<Uint8Array>, readMaxBytes: raw.readMaxBytes };
}
