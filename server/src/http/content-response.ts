// Stored content as an HTTP response, the same for /mm, /app and /dav: the content hash as
// ETag, conditional GETs (304), one byte range (206, or 416 when unsatisfiable; several ranges
// get the whole representation, which RFC 9110 allows), HEAD, and streaming with backpressure
// that stops reading when the client goes away.
import type { ServerResponse } from "node:http";
import type { HttpRequest, HttpResponse } from "./http-route.js";

export interface ServedContent {
  /** Content hash (lowercase hex SHA-256): the strong ETag. */
  hash: string;
  size: number;
  mimeType: string;
  modifiedAt: number;
  /**
   * Bytes [start, end), verified by the content store as they are read. A chunk may be a view of
   * a buffer that is reused once the next one is asked for: it is written out before that.
   */
  read(start: number, end: number): AsyncIterable<Buffer>;
}

/** A request header as one string (repeated headers joined as a list). */
export function header(req: HttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

/** Whether an If-None-Match / If-Match list names this ETag (weak comparison, "*" matches). */
export function etagMatches(list: string | undefined, etag: string): boolean {
  if (!list) return false;
  if (list.trim() === "*") return true;
  return list.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** The byte range a Range header asks for, "none" to serve everything, or "unsatisfiable". */
export function parseRange(value: string | undefined, size: number): { start: number; end: number } | "none" | "unsatisfiable" {
  if (!value) return "none";
  const m = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  // Several ranges or another unit: serving the whole representation is allowed (RFC 9110 14.2).
  if (!m || (m[1] === "" && m[2] === "")) return "none";
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(size - suffix, 0), end: size };
  }
  const start = Number(m[1]);
  const last = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  if (last < start) return "none";
  return { start, end: last + 1 };
}

/**
 * Writes a chunk and resolves once the response is done with it (sent, or the response gone):
 * only then may its buffer be reused. Waiting for each chunk is also the backpressure.
 */
export function written(r: ServerResponse, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      r.off("close", done);
      resolve();
    };
    r.on("close", done);
    r.write(chunk, done);
  });
}

/** Resolves when the response can take more, or is gone; leaves no listener behind. */
export function drained(r: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      r.off("drain", done);
      r.off("close", done);
      resolve();
    };
    r.on("drain", done);
    r.on("close", done);
  });
}

/**
 * Answers a GET or HEAD with stored content. `headers` (caching, security) are set on every
 * answer, 304 and 416 included.
 */
export async function sendContent(req: HttpRequest, res: HttpResponse, content: ServedContent, headers: Record<string, string>): Promise<void> {
  // The two response classes share this subset, but TS cannot call overloads across a union.
  const r = res as ServerResponse;
  const etag = `"${content.hash}"`;
  for (const [k, v] of Object.entries(headers)) r.setHeader(k, v);
  r.setHeader("etag", etag);
  r.setHeader("accept-ranges", "bytes");
  r.setHeader("last-modified", new Date(content.modifiedAt).toUTCString());
  if (etagMatches(header(req, "if-none-match"), etag)) {
    r.statusCode = 304;
    r.end();
    return;
  }
  const ifRange = header(req, "if-range");
  let range = parseRange(header(req, "range"), content.size);
  if (ifRange !== undefined && ifRange.trim() !== etag) range = "none";
  if (range === "unsatisfiable") {
    const body = "range not satisfiable\n";
    r.statusCode = 416;
    r.setHeader("content-range", `bytes */${content.size}`);
    r.setHeader("content-type", "text/plain; charset=utf-8");
    r.setHeader("content-length", Buffer.byteLength(body));
    r.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const start = range === "none" ? 0 : range.start;
  const end = range === "none" ? content.size : range.end;
  r.statusCode = range === "none" ? 200 : 206;
  r.setHeader("content-type", content.mimeType || "application/octet-stream");
  r.setHeader("content-length", end - start);
  if (range !== "none") r.setHeader("content-range", `bytes ${start}-${end - 1}/${content.size}`);
  if (req.method === "HEAD" || end === start) {
    r.end();
    return;
  }
  let closed = false;
  r.once("close", () => {
    closed = true;
  });
  for await (const chunk of content.read(start, end)) {
    if (closed) break;
    await written(r, chunk);
  }
  r.end();
}
