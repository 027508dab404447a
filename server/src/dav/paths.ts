// WebDAV URLs: "/dav/{mimeiId}/{path}" parsed from the raw request target (not through WHATWG URL,
// which would resolve "..", "%2e%2e" and "\" before anyone could refuse them), and hrefs
// written back percent-encoded. Every segment is checked with the tree's name rules.
import { invalidArgument } from "../errors.js";
import { checkName, MAX_PATH_BYTES } from "../fs/names.js";

export const DAV_PREFIX = "/dav/";

export interface DavTarget {
  mimeiId: string;
  /** Tree path: "/" for the root, "/a/b" otherwise (no trailing '/'). */
  path: string;
  /** Whether the URL ended in '/' (a collection was meant). */
  trailingSlash: boolean;
}

/** Whether a request path belongs to this route ("/dav" itself and everything below "/dav/"). */
export const isDavPath = (pathname: string): boolean => pathname === "/dav" || pathname.startsWith(DAV_PREFIX);

/** The path part of a request target: origin form ("/dav/...") or absolute form ("http://host/dav/..."). */
export function pathnameOf(target: string): string {
  let t = target;
  const abs = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(t);
  if (abs) t = t.slice(abs[0].length) || "/";
  // A fragment never belongs in a request target; refusing it keeps "DELETE /x/#frag" from
  // deleting /x/.
  if (t.includes("#")) throw invalidArgument("INVALID_PATH", "a request target must not contain a fragment ('#')");
  const q = t.indexOf("?");
  return q < 0 ? t : t.slice(0, q);
}

/** Parses "/dav/{mimeiId}/{path}" (already stripped of query); null when the path is not below /dav/. */
export function parseDavPath(pathname: string): DavTarget | null {
  if (!pathname.startsWith(DAV_PREFIX)) return null;
  if (pathname.length > MAX_PATH_BYTES) throw invalidArgument("PATH_TOO_LONG", `paths hold at most ${MAX_PATH_BYTES} bytes`);
  const [rawId, ...rest] = pathname.slice(DAV_PREFIX.length).split("/");
  const mimeiId = decode(rawId ?? "");
  if (mimeiId === "" || !/^[A-Za-z0-9_-]+$/.test(mimeiId)) throw invalidArgument("INVALID_MIMEI_ID", "the URL names no valid MiMei id: /dav/{mimeiId}/{path}");
  const segments: string[] = [];
  rest.forEach((raw, i) => {
    // One trailing '/' marks a collection; an empty segment anywhere else is malformed.
    if (raw === "") {
      if (i === rest.length - 1) return;
      throw invalidArgument("INVALID_PATH", "the path has an empty segment ('//')");
    }
    segments.push(checkName(decode(raw), "path"));
  });
  return { mimeiId, path: "/" + segments.join("/"), trailingSlash: pathname.endsWith("/") };
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalidArgument("INVALID_PATH", "the path is not valid percent-encoded UTF-8");
  }
}

/**
 * The target of a `Destination` header or an `If` resource tag: an absolute URL or an absolute
 * path. The host is not compared (proxies rewrite it); the path must lie below /dav/.
 */
export function parseDavUrl(value: string): DavTarget {
  const pathname = pathnameOf(value.trim());
  const target = parseDavPath(pathname);
  if (!target) throw invalidArgument("INVALID_DESTINATION", `${value.slice(0, 200)} is not a WebDAV URL of this node (/dav/{mimeiId}/...)`);
  return target;
}

const encodeSegment = (s: string) => encodeURIComponent(s);

/** The href of a tree path; collections end in '/'. */
export function hrefOf(mimeiId: string, path: string, isCollection: boolean): string {
  const tail = path === "/" ? "" : path.slice(1).split("/").map(encodeSegment).join("/");
  return `${DAV_PREFIX}${encodeSegment(mimeiId)}/${tail}${isCollection && tail !== "" ? "/" : ""}`;
}

export const parentOf = (path: string): string => {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
};

export const nameOf = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** Whether `inner` is `outer` or lies below it. */
export const isWithin = (inner: string, outer: string): boolean => outer === "/" || inner === outer || inner.startsWith(outer + "/");
