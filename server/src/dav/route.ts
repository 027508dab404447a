// The WebDAV route, /dav/{mimeiId}/{path}: authenticates the caller, checks the MiMei right the
// method needs (read for OPTIONS, GET, HEAD, PROPFIND; write for the rest), hands the request to
// its method, and turns failures into HTTP statuses (401 with a Basic challenge, 403, 404, 409,
// 412, 423, ...) with a DAV:error body where RFC 4918 defines one.
import { LeitherError, storageFullError, type ErrorKind } from "../errors.js";
import type { HttpRoute } from "../http/http-route.js";
import { BASIC_CHALLENGE, type DavAuthenticator, type DavCaller } from "./auth.js";
import { parseIf } from "./conditions.js";
import type { DavComponents, DavContext } from "./context.js";
import { DavError, errorBody, header, send, sendXml } from "./http.js";
import { lock, unlock } from "./lock-methods.js";
import { isDavPath, parseDavPath, pathnameOf } from "./paths.js";
import { ALLOWED_METHODS, get, options, propfind } from "./read-methods.js";
import { copyOrMove, mkcol, proppatch, put, remove } from "./write-methods.js";

export interface DavRouteDeps extends DavComponents {
  auth: DavAuthenticator;
  /** Throws LeitherError (unauthenticated, permission_denied, not_found) unless the caller holds the right. */
  authorize(caller: DavCaller, mimeiId: string, right: "read" | "write"): void;
  /** Unexpected failures (500s), for the log. */
  onError?(err: unknown): void;
}

type Method = (ctx: DavContext) => Promise<void>;

const METHODS: Record<string, { right: "read" | "write"; run: Method }> = {
  OPTIONS: { right: "read", run: options },
  GET: { right: "read", run: get },
  HEAD: { right: "read", run: get },
  PROPFIND: { right: "read", run: propfind },
  PUT: { right: "write", run: put },
  DELETE: { right: "write", run: remove },
  MKCOL: { right: "write", run: mkcol },
  COPY: { right: "write", run: (ctx) => copyOrMove(ctx, false) },
  MOVE: { right: "write", run: (ctx) => copyOrMove(ctx, true) },
  PROPPATCH: { right: "write", run: proppatch },
  LOCK: { right: "write", run: lock },
  UNLOCK: { right: "write", run: unlock },
};

const STATUS: Partial<Record<ErrorKind, number>> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 405,
  failed_precondition: 409,
  out_of_range: 416,
  resource_exhausted: 507,
  aborted: 409,
  unimplemented: 501,
};

const REASON_STATUS: Record<string, number> = {
  // A MiMei that holds no tree has no WebDAV collection.
  NOT_A_TREE: 404,
  NO_SUCH_PATH: 404,
  PARENT_NOT_FOUND: 409,
  CONTENT_TOO_LARGE: 413,
  TOO_MANY_ATTEMPTS: 429,
};

export function createDavRoute(deps: DavRouteDeps): HttpRoute {
  return async (req, res) => {
    let pathname: string;
    try {
      pathname = pathnameOf(req.url ?? "/");
    } catch (err) {
      // A '#' or the like: ours only if it is under /dav.
      if (!isDavPath((req.url ?? "").split(/[?#]/)[0]!)) return false;
      fail(err);
      return true;
    }
    if (!isDavPath(pathname)) return false;

    function fail(err: unknown): void {
      if (res.headersSent) {
        res.destroy(err instanceof Error ? err : undefined);
        return;
      }
      if (err instanceof DavError) {
        const headers = { ...err.headers };
        if (err.condition) sendXml(req, res, err.status, errorBody(err.condition), headers);
        else send(req, res, err.status, `${err.reason}: ${err.message}\n`, { "content-type": "text/plain; charset=utf-8", ...headers });
        return;
      }
      // A full disk is answered as such (507) and still reported: the node's operator must act.
      const known = err instanceof LeitherError ? err : storageFullError(err);
      if (known !== err) deps.onError?.(err);
      if (known) {
        const status = REASON_STATUS[known.reason] ?? STATUS[known.kind] ?? 500;
        const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" };
        if (status === 401) headers["www-authenticate"] = BASIC_CHALLENGE;
        if (status === 429 && known.metadata.retry_after_ms) headers["retry-after"] = String(Math.ceil(Number(known.metadata.retry_after_ms) / 1000));
        send(req, res, status, `${known.reason}: ${known.message}\n`, headers);
        return;
      }
      send(req, res, 500, "internal error\n", { "content-type": "text/plain; charset=utf-8" });
    }

    try {
      const target = pathname === "/dav" || pathname === "/dav/" ? null : parseDavPath(pathname);
      if (!target) throw new DavError(404, "MIMEI_ID_REQUIRED", "WebDAV collections live at /dav/{mimeiId}/");
      const method = METHODS[req.method ?? ""];
      if (!method) throw new DavError(405, "METHOD_UNSUPPORTED", `${req.method} is not a WebDAV method served here`, undefined, { allow: ALLOWED_METHODS });
      const caller = await deps.auth.authenticate(header(req, "authorization"));
      deps.authorize(caller, target.mimeiId, method.right);
      // COPY and MOVE read the source as well as write the destination.
      if (req.method === "COPY" || req.method === "MOVE") deps.authorize(caller, target.mimeiId, "read");
      const { root } = deps.trees.root(target.mimeiId);
      await method.run({
        req,
        res,
        caller,
        mimeiId: target.mimeiId,
        path: target.path,
        trailingSlash: target.trailingSlash,
        root,
        ifHeader: parseIf(header(req, "if")),
        c: deps,
      });
    } catch (err) {
      fail(err);
    }
    return true;
  };
}
