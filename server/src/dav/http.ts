// HTTP plumbing of the WebDAV route: its error type (a status plus an optional RFC 4918
// precondition element), bounded body reading, and writing XML responses with back-pressure.
import { STATUS_CODES, type ServerResponse } from "node:http";
import type { HttpRequest, HttpResponse } from "../http/http-route.js";
import { LeitherError } from "../errors.js";
import { escapeText } from "./xml.js";
// The generic request/response helpers are the node's; WebDAV adds its own below.
import { drained, header } from "../http/content-response.js";
export { drained, header };

export const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>\n';
/** Largest XML body accepted (PROPFIND, PROPPATCH, LOCK). */
export const MAX_XML_BODY = 1024 * 1024;

/** A protocol outcome other than success: the status, a stable reason, and the DAV:error condition if any. */
export class DavError extends Error {
  override name = "DavError";
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    /** A precondition element for a DAV:error body, e.g. "<D:lock-token-submitted>...</D:lock-token-submitted>". */
    readonly condition?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const statusLine = (status: number): string => `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}`;


/** Whether the request carries a body (a length above 0, or chunked). */
export function hasBody(req: HttpRequest): boolean {
  const length = header(req, "content-length");
  if (length !== undefined) return Number(length) > 0;
  return header(req, "transfer-encoding") !== undefined;
}

/** Reads a small body as UTF-8; 413 beyond `limit` bytes. */
export async function readText(req: HttpRequest, limit = MAX_XML_BODY): Promise<string> {
  const length = Number(header(req, "content-length") ?? 0);
  if (length > limit) throw new DavError(413, "BODY_TOO_LARGE", `the request body is larger than ${limit} bytes`);
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) throw new DavError(413, "BODY_TOO_LARGE", `the request body is larger than ${limit} bytes`);
    parts.push(chunk);
  }
  const bytes = Buffer.concat(parts);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LeitherError("invalid_argument", "XML_INVALID", "the request body is not UTF-8");
  }
}

/** A whole small response. */
export function send(req: HttpRequest, res: HttpResponse, status: number, body = "", headers: Record<string, string | number> = {}): void {
  const r = res as ServerResponse;
  r.statusCode = status;
  for (const [k, v] of Object.entries(headers)) r.setHeader(k, v);
  if (status === 204 || status === 304) {
    r.end();
    return;
  }
  r.setHeader("content-length", Buffer.byteLength(body));
  r.end(req.method === "HEAD" ? undefined : body);
}

export function sendXml(req: HttpRequest, res: HttpResponse, status: number, xml: string, headers: Record<string, string | number> = {}): void {
  send(req, res, status, XML_DECL + xml, { "content-type": 'application/xml; charset="utf-8"', ...headers });
}

/** The DAV:error body of a failed precondition (RFC 4918 16). */
export const errorBody = (condition: string): string => `<D:error xmlns:D="DAV:">${condition}</D:error>`;

export const hrefElement = (href: string): string => `<D:href>${escapeText(href)}</D:href>`;

/**
 * A 207 Multi-Status written as it is produced: `write` waits when the client reads slowly, so a
 * Depth: infinity PROPFIND over a large tree does not pile up in memory.
 */
export class MultistatusWriter {
  private closed = false;
  constructor(private readonly res: HttpResponse) {
    const r = res as ServerResponse;
    r.statusCode = 207;
    r.setHeader("content-type", 'application/xml; charset="utf-8"');
    r.once("close", () => (this.closed = true));
    r.write(`${XML_DECL}<D:multistatus xmlns:D="DAV:">`);
  }

  get gone(): boolean {
    return this.closed;
  }

  async write(xml: string): Promise<void> {
    const r = this.res as ServerResponse;
    if (this.closed) return;
    if (!r.write(xml)) await drained(r);
  }

  end(): void {
    (this.res as ServerResponse).end("</D:multistatus>\n");
  }
}

