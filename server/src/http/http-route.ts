// Plain (non-RPC) HTTP routes that share the API port: /metrics, /healthz, later /mm, /dav, /app.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import { LeitherError, type ErrorKind } from "../errors.js";

/** A request as either server hands it over: HTTP/1.1, or HTTP/2 through the compat API. */
export type HttpRequest = IncomingMessage | Http2ServerRequest;
export type HttpResponse = ServerResponse | Http2ServerResponse;

/**
 * Looks at the request and either answers it (resolving true) or leaves it untouched (false)
 * so the next route can try. Routes are asked in order after no RPC matched.
 */
export type HttpRoute = (req: HttpRequest, res: HttpResponse) => boolean | Promise<boolean>;

/** The path of a request URL, without the query. */
export function pathOf(req: HttpRequest): string {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return q < 0 ? url : url.slice(0, q);
}

/** Writes a whole small response; `body` is omitted for HEAD. */
export function sendText(
  req: HttpRequest,
  res: HttpResponse,
  status: number,
  body: string,
  headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" },
): void {
  // The two response classes share this subset, but TS cannot call overloads across a union.
  const r = res as ServerResponse;
  r.statusCode = status;
  for (const [k, v] of Object.entries(headers)) r.setHeader(k, v);
  r.setHeader("content-length", Buffer.byteLength(body));
  r.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Answers a failed plain-HTTP request: a LeitherError as `REASON: message` with the status its
 * kind maps to (401 asks for a bearer token), anything else as 500. A response already under
 * way is cut instead, so the client sees it incomplete.
 */
export function sendError(req: HttpRequest, res: HttpResponse, err: unknown, statusOf: Partial<Record<ErrorKind, number>>): void {
  if (res.headersSent) {
    res.destroy(err instanceof Error ? err : undefined);
    return;
  }
  if (!(err instanceof LeitherError)) {
    sendText(req, res, 500, "internal error\n");
    return;
  }
  const status = statusOf[err.kind] ?? 500;
  sendText(req, res, status, `${err.reason}: ${err.message}\n`, {
    "content-type": "text/plain; charset=utf-8",
    ...(status === 401 ? { "www-authenticate": 'Bearer realm="leither"' } : {}),
  });
}
