// GET/HEAD /mm/{mimeiId}/{path}?ver= : MiMei content over plain HTTP, with the content hash as
// ETag, single byte ranges (206/416), conditional requests (304) and the same rights as the
// RPCs (bearer header, `leither_session` cookie, `Pass` header or `?pass=`). A FILE MiMei is
// served at its id (path empty) or its name; a file tree (mmfs, app) at the file's path.
import { LeitherError, type ErrorKind } from "../errors.js";
import { sendContent } from "../http/content-response.js";
import { credentialsOf, type HttpCredentials } from "../http/credentials.js";
import type { HttpRequest, HttpResponse, HttpRoute } from "../http/http-route.js";
import { pathOf, sendError, sendText } from "../http/http-route.js";
import type { FileService } from "./file-service.js";
import { decodeUrlSegments, MAX_PATH_BYTES } from "./names.js";

export const MM_PREFIX = "/mm/";

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

/** Splits "/mm/<id>/<path>" into the id and the decoded path segments; null when it is not ours. */
export function parseMmPath(pathname: string): { mimeiId: string; segments: string[] } | null {
  if (!pathname.startsWith(MM_PREFIX)) return null;
  if (pathname.length > MAX_PATH_BYTES) throw new LeitherError("invalid_argument", "PATH_TOO_LONG", `paths hold at most ${MAX_PATH_BYTES} bytes`);
  const [id, ...rest] = pathname.slice(MM_PREFIX.length).split("/");
  return { mimeiId: id ?? "", segments: decodeUrlSegments(rest) };
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
      sendError(req, res, err, STATUS);
    }
    return true;
  };

  async function serveFile(req: HttpRequest, res: HttpResponse, mimeiId: string, segments: string[], version: string): Promise<void> {
    const found = deps.files.fileOfMiMei(mimeiId, version, "/" + segments.join("/"));
    if (!found.inTree && (segments.length > 1 || (segments.length === 1 && segments[0] !== found.name))) {
      throw new LeitherError("not_found", "NO_SUCH_PATH", `a FILE MiMei is served at /mm/${mimeiId} or /mm/${mimeiId}/<its name>`);
    }
    const { file } = found;
    await sendContent(req, res, { hash: file.hash, size: file.size, mimeType: found.mimeType, modifiedAt: found.modifiedAt, read: (start, end) => deps.files.readContent(file.hash, start, end) }, {
      // A numbered version never changes; names such as cur and last move.
      "cache-control": found.version !== 0 && /^\d+$/.test(version) ? "private, max-age=31536000, immutable" : "private, no-cache",
      "x-content-type-options": "nosniff",
      // User content must not run scripts on the node's origin, where session cookies live.
      "content-security-policy": "sandbox",
    });
  }
}
