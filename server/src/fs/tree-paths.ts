// Paths inside mmfs trees: parsing with the same name rules as everywhere (names.ts), the byte
// order of names that digests and listings use, and the depth-first order of whole paths.
import { invalidArgument } from "../errors.js";
import { checkName, MAX_PATH_BYTES } from "./names.js";

/**
 * The segments of a tree path. "", "/" and a trailing '/' are allowed; a leading '/' is optional
 * (WebDAV and archives give relative paths). Empty segments ("a//b"), "." and ".." are refused.
 */
export function parseTreePath(path: string, field = "path"): string[] {
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) throw invalidArgument("PATH_TOO_LONG", `${field} is longer than ${MAX_PATH_BYTES} bytes`);
  let p = path.startsWith("/") ? path.slice(1) : path;
  if (p.endsWith("/")) p = p.slice(0, -1);
  if (p === "") return [];
  return p.split("/").map((s) => {
    if (s === "") throw invalidArgument("INVALID_PATH", `${field} has an empty segment ("//")`, { [field]: path.slice(0, 128) });
    return checkName(s, field);
  });
}

export const joinPath = (segments: readonly string[]): string => "/" + segments.join("/");

/** The order of names in a directory: by the bytes of their UTF-8 encoding. */
export function compareNames(a: string, b: string): number {
  // UTF-16 order equals UTF-8 byte order unless a surrogate meets a code unit above U+E000.
  if (!/[\uD800-\uDFFF\uE000-\uFFFF]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Depth-first (pre-order) order of paths given as segments: a directory comes before what is in it. */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareNames(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Whether `inner` is `outer` or below it. */
export function isWithin(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.length >= outer.length && outer.every((s, i) => inner[i] === s);
}

/**
 * A glob over a relative path as a RegExp: '*' within one name, '?' one character, '[abc]' and
 * '[a-z]' (and '[!a]') one character of a set, '**' any number of whole directories.
 */
export function globToRegExp(glob: string): RegExp {
  if (glob === "") throw invalidArgument("INVALID_GLOB", "the glob is empty");
  if (Buffer.byteLength(glob) > MAX_PATH_BYTES) throw invalidArgument("PATH_TOO_LONG", `the glob is longer than ${MAX_PATH_BYTES} bytes`);
  const g = glob.startsWith("/") ? glob.slice(1) : glob;
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === "*") {
      if (g[i + 1] === "*") {
        // "**/" matches zero or more whole directories; a trailing "**" matches everything below.
        if (g[i + 2] === "/") {
          re += "(?:[^/]+/)*";
          i += 2;
        } else {
          re += ".*";
          i += 1;
        }
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = g.indexOf("]", i + 2);
      if (end < 0) throw invalidArgument("INVALID_GLOB", `unclosed '[' in glob ${JSON.stringify(glob)}`);
      let set = g.slice(i + 1, end);
      const negate = set.startsWith("!") || set.startsWith("^");
      if (negate) set = set.slice(1);
      re += `[${negate ? "^/" : ""}${set.replace(/[\\\]^]/g, (m) => "\\" + m)}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\\]]/g, (m) => "\\" + m);
  }
  try {
    return new RegExp(`^${re}$`, "u");
  } catch {
    throw invalidArgument("INVALID_GLOB", `glob ${JSON.stringify(glob)} is not valid`);
  }
}
