// GET/HEAD /mm/{mimeiId}/{path}?ver= : MiMei content over plain HTTP, with the content hash as
// ETag, single byte ranges (206/416), conditional requests (304) and the same rights as the
// RPCs (bearer header, `leither_session` cookie, `Pass` header or `?pass=`). A FILE MiMei is
// served at its id (path empty) or its name; mmfs trees plug in at `serveTree` later.
import type { ServerResponse } from "node:http";
import { LeitherError, type ErrorKind } from "../errors.js";
import type { HttpRequest, HttpResponse, HttpRoute } from "../http/http-route.js";
import { pathOf, sendText } from "../http/http-route.js";
import type { FileService } from "./file-service.js";
import { checkName, MAX_PATH_BYTES } from "./names.js";

export const MM_PREFIX = "/mm/";
export const SESSION_COOKIE = "leither_session";

/** Who asks, from the request's credentials (the node wires sessions and passes in). */
export interface HttpCredentials {
  bearer?: string;
  pass?: string;
}

export interface MmRouteDeps<C> {
  files: FileService;
  /** Resolves credentials to a caller; throws LeitherError (unauthenticated) for bad ones. */
  authenticate(credentials: HttpCredentials): C;
  /** Throws unless the caller may read the MiMei (the policy's READ rule). */
  authorizeRead(caller: C, mimeiId: string): void;
}

const STATUS: Partial<Record<ErrorKind, number>> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  failed_precondition: 409,
  out_of_range: 416,
  resource_exhausted: 429,
  unimplemented: 501,
};

/** The byte range a Range header asks for, "none" to serve everything, or "unsatisfiable". */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | "none" | "unsatisfiable" {
  if (!header) return "none";
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
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

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

function cookie(req: HttpRequest, name: string): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of String(raw).split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function credentialsOf(req: HttpRequest, query: URLSearchParams): HttpCredentials {
  const auth = req.headers.authorization;
  if (auth) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (bearer) return { bearer: bearer[1] };
    const pass = /^Pass\s+(\S+)\s*$/i.exec(auth);
    if (pass) return { pass: pass[1] };
  }
  const pass = query.get("pass");
  if (pass) return { pass };
  const session = cookie(req, SESSION_COOKIE);
  if (session) return { bearer: session };
  return {};
}

/** Splits "/mm/<id>/<path>" into the id and the decoded path segments; null when it is not ours. */
export function parseMmPath(pathname: string): { mimeiId: string; segments: string[] } | null {
  if (!pathname.startsWith(MM_PREFIX)) return null;
  if (pathname.length > MAX_PATH_BYTES) throw new LeitherError("invalid_argument", "PATH_TOO_LONG", `paths hold at most ${MAX_PATH_BYTES} bytes`);
  const [id, ...rest] = pathname.slice(MM_PREFIX.length).split("/");
  const segments: string[] = [];
  for (const raw of rest) {
    if (raw === "") continue;
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw new LeitherError("invalid_argument", "INVALID_PATH", "the path is not valid percent-encoded UTF-8");
    }
    segments.push(checkName(name, "path"));
  }
  return { mimeiId: id ?? "", segments };
}

export function createMmRoute<C>(deps: MmRouteDeps<C>): HttpRoute {
  return async (req, res) => {
    // The raw path, not URL's normalized one: "%2e%2e" must be refused, not resolved.
    const rawPath = pathOf(req);
    if (!rawPath.startsWith(MM_PREFIX)) return false;
    const url = new URL(req.url ?? "/", "http://node");
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        sendText(req, res, 405, "only GET and HEAD\n", { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
        return true;
      }
      const target = parseMmPath(rawPath)!;
      const caller = deps.authenticate(credentialsOf(req, url.searchParams));
      deps.authorizeRead(caller, target.mimeiId);
      const version = url.searchParams.get("ver") || "cur";
      await serveFile(req, res, target.mimeiId, target.segments, version);
    } catch (err) {
      if (res.headersSent) {
        res.destroy(err instanceof Error ? err : undefined);
        return true;
      }
      if (err instanceof LeitherError) {
        const status = STATUS[err.kind] ?? 500;
        sendText(req, res, status, `${err.reason}: ${err.message}\n`, {
          "content-type": "text/plain; charset=utf-8",
          ...(status === 401 ? { "www-authenticate": 'Bearer realm="leither"' } : {}),
        });
      } else {
        sendText(req, res, 500, "internal error\n");
      }
    }
    return true;
  };

  async function serveFile(req: HttpRequest, res: HttpResponse, mimeiId: string, segments: string[], version: string): Promise<void> {
    const found = deps.files.fileOfMiMei(mimeiId, version, "/" + segments.join("/"));
    if (!found.inTree && (segments.length > 1 || (segments.length === 1 && segments[0] !== found.name))) {
      throw new LeitherError("not_found", "NO_SUCH_PATH", `a FILE MiMei is served at /mm/${mimeiId} or /mm/${mimeiId}/<its name>`);
    }
    const { file } = found;
    const etag = `"${file.hash}"`;
    const r = res as ServerResponse;
    r.setHeader("etag", etag);
    r.setHeader("accept-ranges", "bytes");
    r.setHeader("last-modified", new Date(found.modifiedAt).toUTCString());
    // A numbered version never changes; names such as cur and last move.
    r.setHeader("cache-control", found.version !== 0 && /^\d+$/.test(version) ? "private, max-age=31536000, immutable" : "private, no-cache");
    r.setHeader("x-content-type-options", "nosniff");
    // User content must not run scripts on the node's origin, where session cookies live.
    r.setHeader("content-security-policy", "sandbox");
    if (etagMatches(header(req, "if-none-match"), etag)) {
      r.statusCode = 304;
      r.end();
      return;
    }
    const ifRange = header(req, "if-range");
    let range = parseRange(header(req, "range"), file.size);
    if (ifRange !== undefined && ifRange !== etag) range = "none";
    if (range === "unsatisfiable") {
      r.setHeader("content-range", `bytes */${file.size}`);
      sendText(req, res, 416, "range not satisfiable\n");
      return;
    }
    const start = range === "none" ? 0 : range.start;
    const end = range === "none" ? file.size : range.end;
    r.statusCode = range === "none" ? 200 : 206;
    r.setHeader("content-type", found.mimeType);
    r.setHeader("content-length", end - start);
    if (range !== "none") r.setHeader("content-range", `bytes ${start}-${end - 1}/${file.size}`);
    if (req.method === "HEAD" || end === start) {
      r.end();
      return;
    }
    let closed = false;
    r.once("close", () => {
      closed = true;
    });
    for await (const chunk of deps.files.readContent(file.hash, start, end)) {
      if (closed) break;
      if (!r.write(chunk)) await drained(r);
    }
    r.end();
  }
}

/** Resolves when the response can take more, or is gone; leaves no listener behind. */
function drained(r: ServerResponse): Promise<void> {
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

function header(req: HttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
