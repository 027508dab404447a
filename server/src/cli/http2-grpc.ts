// What the CLI's hand-framed gRPC calls (http2-upload.ts, http2-download.ts) share: one HTTP/2
// connection per call, opened with receive windows large enough for 1 MiB messages, and
// response headers in the form connect's gRPC helpers read.
import http2 from "node:http2";

/** The gRPC envelope before each message: a flags byte and the message's length. */
export const ENVELOPE_HEADER = 5;

// With Node's default 64 KiB windows the node could send 64 KiB and then wait a round trip for
// room for more; these are of the order grpc-go and browsers announce. Larger frames are
// allowed for senders that use them (Node's HTTP/2, the node's included, sends 16 KiB DATA
// frames whatever the peer allows: counted with a proxy, 2026-12-07).
const STREAM_WINDOW = 8 * 1024 * 1024;
const SESSION_WINDOW = 16 * 1024 * 1024;
const MAX_FRAME = 1024 * 1024;

export interface GrpcCall {
  session: http2.ClientHttp2Session;
  stream: http2.ClientHttp2Stream;
}

/** Starts a call of `service`/`method` on a connection of its own; the caller closes the session. */
export function openGrpcCall(baseUrl: string, service: string, method: string, bearer?: string): GrpcCall {
  const session = http2.connect(baseUrl, { settings: { initialWindowSize: STREAM_WINDOW, maxFrameSize: MAX_FRAME } });
  session.on("error", () => {}); // each call reports it through its stream
  session.once("connect", () => session.setLocalWindowSize(SESSION_WINDOW));
  const stream = session.request({
    ":method": "POST",
    ":path": `/${service}/${method}`,
    "content-type": "application/grpc+proto",
    te: "trailers",
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
  });
  return { session, stream };
}

/** HTTP/2 header fields (pseudo-headers left out) as Fetch API Headers. */
export function toHeaders(fields: http2.IncomingHttpHeaders): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(fields)) {
    if (k.startsWith(":") || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
  }
  return h;
}
