// File names and MiMei URLs as the FileService defines them. Every name that reaches the store
// or a route passes here, so traversal ("..", "/", NUL) and over-long names stop at the edge.
import { invalidArgument } from "../errors.js";

export const MAX_NAME_BYTES = 255;
export const MAX_PATH_BYTES = 4096;

/** A name: 1 to 255 bytes of UTF-8, no '/', NUL or control characters, not "." or "..". */
export function checkName(name: string, field = "name"): string {
  if (name === "" || name === "." || name === "..") throw invalidArgument("INVALID_NAME", `${field} must not be empty, "." or ".."`, { [field]: name });
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) throw invalidArgument("NAME_TOO_LONG", `${field} is longer than ${MAX_NAME_BYTES} bytes`, { [field]: name.slice(0, 64) });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f/\\]/.test(name) || /[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""))) {
    throw invalidArgument("INVALID_NAME", `${field} must not contain '/', '\\\\', NUL or control characters`, { [field]: name.slice(0, 64) });
  }
  return name;
}

/** An optional name: empty stays empty, anything else must be a valid name. */
export const checkOptionalName = (name: string, field = "name"): string => (name === "" ? "" : checkName(name, field));

export interface MiMeiUrl {
  mimeiId: string;
  version: string;
  /** Without a leading '/'; "" for a FILE MiMei. */
  path: string;
}

/** Parses "mm://<id>[:<version>]/<path>" or "<id>[:<version>]/<path>"; the version defaults to "cur". */
export function parseMiMeiUrl(url: string): MiMeiUrl {
  if (Buffer.byteLength(url) > MAX_PATH_BYTES) throw invalidArgument("PATH_TOO_LONG", `a MiMei URL holds at most ${MAX_PATH_BYTES} bytes`);
  const rest = url.startsWith("mm://") ? url.slice(5) : url;
  const slash = rest.indexOf("/");
  const head = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
  const colon = head.indexOf(":");
  const mimeiId = colon < 0 ? head : head.slice(0, colon);
  const version = colon < 0 ? "cur" : head.slice(colon + 1);
  if (mimeiId === "") throw invalidArgument("INVALID_URL", 'a MiMei URL is "mm://<mimei id>[:<version>]/<path>"', { url: url.slice(0, 128) });
  for (const segment of path === "" ? [] : path.split("/")) checkName(segment, "path");
  return { mimeiId, version: version || "cur", path };
}

/** The MiMei id a URL names, or "" when it is malformed (the policy then asks for one). */
export function mimeiIdOfUrl(url: string): string {
  try {
    return parseMiMeiUrl(url).mimeiId;
  } catch {
    return "";
  }
}

/**
 * The segments of a raw (still percent-encoded) URL path, each decoded and checked as a name;
 * empty segments are skipped. Takes the path as sent: "%2e%2e" is refused, never resolved.
 */
export function decodeUrlSegments(rawSegments: readonly string[]): string[] {
  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === "") continue;
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw invalidArgument("INVALID_PATH", "the path is not valid percent-encoded UTF-8");
    }
    segments.push(checkName(name, "path"));
  }
  return segments;
}
