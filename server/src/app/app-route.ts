// GET/HEAD /entry?author=&app=&ver= and /app/{appId}/{path}?ver=&h= : apps over plain HTTP.
// /entry redirects to the app's own path, so that the app's relative URLs resolve inside it;
// /app/ serves files from the app's tree at a version (its release by default, else cur), with
// index.html for directories and for unknown paths without an extension (single-page apps), the
// content hash as ETag, and caching by content hash. Rights are those of the RPCs: READ on the
// app's MiMei, from a bearer header, the `leither_session` cookie, a `Pass` header or `?pass=`.
import { LeitherError, type ErrorKind } from "../errors.js";
import type { TreeEntry } from "../fs/tree-types.js";
import { decodeUrlSegments, MAX_PATH_BYTES } from "../fs/names.js";
import { sendContent } from "../http/content-response.js";
import { credentialsOf, type HttpCredentials } from "../http/credentials.js";
import type { HttpRequest, HttpResponse, HttpRoute } from "../http/http-route.js";
import { sendError, sendText } from "../http/http-route.js";
import { parseVersionName } from "../mimei/index.js";
import { APP_ENTRY, type Apps } from "./apps.js";

export const APP_PREFIX = "/app/";
export const ENTRY_PATH = "/entry";

export interface AppRouteDeps<C> {
  apps: Pick<Apps, "appId" | "info" | "servedRoot" | "lookup" | "readFile">;
  /** Resolves credentials to a caller; throws LeitherError (unauthenticated) for bad ones. */
  authenticate(credentials: HttpCredentials): C;
  /** Throws unless the caller may read the app's MiMei (the policy's READ rule). */
  authorizeRead(caller: C, appId: string): void;
  /** Whether guests may read the app: then shared caches may keep its files too. */
  isPublic(appId: string): boolean;
}

const STATUS: Partial<Record<ErrorKind, number>> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  failed_precondition: 404,
  out_of_range: 416,
  resource_exhausted: 429,
};

const IMMUTABLE = "max-age=31536000, immutable";

export function createAppRoute<C>(deps: AppRouteDeps<C>): HttpRoute {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://node");
    const isEntry = url.pathname === ENTRY_PATH;
    if (!isEntry && !url.pathname.startsWith(APP_PREFIX)) return false;
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        sendText(req, res, 405, "only GET and HEAD\n", { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
        return true;
      }
      if (isEntry) redirectToApp(req, res, url);
      else await serveApp(req, res, url);
    } catch (err) {
      sendError(req, res, err, STATUS);
    }
    return true;
  };

  /** /entry names an app by author and name (or `aid`, its id); the app lives at /app/{id}/. */
  function redirectToApp(req: HttpRequest, res: HttpResponse, url: URL): void {
    const q = url.searchParams;
    const aid = q.get("aid");
    const author = q.get("author");
    const name = q.get("app");
    let appId: string;
    if (aid) appId = aid;
    else if (author && name) appId = deps.apps.appId(author, name);
    else throw new LeitherError("invalid_argument", "ENTRY_ARGS", "use /entry?author=<author id>&app=<app name>[&ver=cur|last|release|N], or /entry?aid=<app id>");
    deps.apps.info(appId);
    const ver = q.get("ver");
    if (ver) parseVersionName(ver);
    const forward = new URLSearchParams();
    if (ver) forward.set("ver", ver);
    const pass = q.get("pass");
    if (pass) forward.set("pass", pass);
    const search = forward.toString();
    redirect(req, res, 302, `${APP_PREFIX}${appId}/${search ? `?${search}` : ""}`);
  }

  async function serveApp(req: HttpRequest, res: HttpResponse, url: URL): Promise<void> {
    const { appId, segments, slash } = parseAppPath(url.pathname);
    // Without the slash the app's relative URLs would resolve beside it, not inside it.
    if (segments.length === 0 && !slash) return redirect(req, res, 301, `${APP_PREFIX}${appId}/${url.search}`);
    const caller = deps.authenticate(credentialsOf(req, url.searchParams));
    deps.authorizeRead(caller, appId);
    const ver = url.searchParams.get("ver") || undefined;
    const { root, version } = deps.apps.servedRoot(appId, ver);
    const path = segments.join("/");
    let entry = deps.apps.lookup(root, path);
    if (entry?.kind === "dir") {
      if (!slash && segments.length > 0) return redirect(req, res, 301, `${url.pathname}/${url.search}`);
      entry = deps.apps.lookup(root, path === "" ? APP_ENTRY : `${path}/${APP_ENTRY}`);
      if (entry?.kind !== "file") throw new LeitherError("not_found", "NO_SUCH_PATH", `no ${APP_ENTRY} in /${path}`);
    } else if (!entry) {
      // Single-page apps route paths such as /users/42 in the browser: they get the entry page.
      const last = segments[segments.length - 1] ?? "";
      const fallback = last.includes(".") ? undefined : deps.apps.lookup(root, APP_ENTRY);
      if (fallback?.kind !== "file") throw new LeitherError("not_found", "NO_SUCH_PATH", `no file /${path} in app ${appId}`);
      entry = fallback;
    }
    // A numbered version never changes, and a matching ?h= names these very bytes.
    const immutable = (version !== 0 && ver !== undefined && /^\d+$/.test(ver)) || url.searchParams.get("h") === entry.digest;
    await sendFile(req, res, entry, `${deps.isPublic(appId) ? "public" : "private"}, ${immutable ? IMMUTABLE : "no-cache"}`);
  }

  async function sendFile(req: HttpRequest, res: HttpResponse, entry: TreeEntry, cacheControl: string): Promise<void> {
    const read = (start: number, end: number) => deps.apps.readFile(entry.digest, start, end);
    await sendContent(req, res, { hash: entry.digest, size: entry.size, mimeType: entry.mimeType, modifiedAt: entry.modifiedAt, read }, {
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
      // A pass in the URL must not travel to other sites in the Referer header.
      "referrer-policy": "same-origin",
    });
  }
}

/** Splits "/app/<id>/<path>" into the id, the decoded path segments and whether it ends in '/'. */
export function parseAppPath(pathname: string): { appId: string; segments: string[]; slash: boolean } {
  if (pathname.length > MAX_PATH_BYTES) throw new LeitherError("invalid_argument", "PATH_TOO_LONG", `paths hold at most ${MAX_PATH_BYTES} bytes`);
  const [appId, ...rest] = pathname.slice(APP_PREFIX.length).split("/");
  const segments = decodeUrlSegments(rest);
  return { appId: appId ?? "", segments, slash: rest.length > 0 && rest[rest.length - 1] === "" };
}

function redirect(req: HttpRequest, res: HttpResponse, status: 301 | 302, location: string): void {
  sendText(req, res, status, `${location}\n`, { "content-type": "text/plain; charset=utf-8", location, "cache-control": "no-cache" });
}
