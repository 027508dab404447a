// The Node response an RPC is being answered on, for a handler that streams bulk bytes itself.
//
// Connect serializes every streamed message into a fresh buffer and copies that into a second
// one for the envelope: for a Download, two 1 MiB allocations per MiB sent. That garbage paced
// V8's full collections (a 4 GiB download ran hundreds of them) and was most of the node's
// memory growth during the transfer. A handler may instead write a message's envelope and
// bytes to this response while connect waits for its next message, provided the stream's
// framing is what connect would write: binary messages in envelopes (see `directStream`).
import type { ServerResponse } from "node:http";
import { Code, ConnectError, createContextKey, type HandlerContext } from "@connectrpc/connect";
import { written } from "./content-response.js";
import type { HttpResponse } from "./http-route.js";

export const rawResponseKey = createContextKey<HttpResponse | undefined>(undefined, { description: "the Node response of the RPC" });

/** Writes bytes to the response; resolves once the response is done with them (they may be reused). */
export type DirectWrite = (bytes: Uint8Array) => Promise<void>;

/**
 * A writer for the messages of a server stream, when the handler may write them itself: the
 * call came over the network (not the in-process transport) and its messages are binary (the
 * content type of all three protocols ends in "proto" or is plain gRPC). Messages written this
 * way are uncompressed (flags 0), which every protocol allows whatever compression the stream
 * negotiated. Undefined otherwise: yield messages as usual.
 */
export function directStream(ctx: HandlerContext): DirectWrite | undefined {
  const res = ctx.values.get(rawResponseKey);
  if (!res) return undefined;
  const type = ctx.requestHeader.get("content-type") ?? "";
  if (!/^application\/(grpc|grpc\+proto|grpc-web|grpc-web\+proto|connect\+proto)(;|$)/i.test(type)) return undefined;
  // Both kinds of response write like an http.ServerResponse.
  const r = res as ServerResponse;
  const gone = () => new ConnectError("the response was closed before the stream ended", Code.Canceled);
  return async (bytes) => {
    if (r.destroyed || r.writableEnded) throw gone();
    await written(r, bytes);
    if (r.destroyed) throw gone();
  };
}
