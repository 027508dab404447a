// Request preconditions: the WebDAV `If` header (RFC 4918 section 10.4: untagged and tagged
// lists, lock tokens, entity tags, Not) and the HTTP `If-Match` / `If-None-Match` headers.
// Parsing is strict (a malformed header is a 400, never "true"); evaluation asks the caller for
// the state of the resources named.
import { invalidArgument } from "../errors.js";

export interface Condition {
  not: boolean;
  /** A state token (a lock token, or a URI such as "DAV:no-lock" that is no lock). */
  token?: string;
  /** An entity tag, quotes included (weak tags keep their "W/"). */
  etag?: string;
}

export interface IfList {
  /** The resource tag (an absolute URL or path) of a tagged list; undefined for the request URL. */
  resource?: string;
  conditions: Condition[];
}

export interface ParsedIf {
  lists: IfList[];
  /** Lock tokens named (not negated) anywhere in the header: the tokens the client submits. */
  tokens: Set<string>;
}

const bad = (why: string) => invalidArgument("IF_HEADER_INVALID", `the If header is malformed: ${why}`);

/** Parses an `If` header; undefined when absent. */
export function parseIf(header: string | undefined): ParsedIf | undefined {
  if (header === undefined) return undefined;
  const s = header;
  let i = 0;
  const lists: IfList[] = [];
  const tokens = new Set<string>();
  let tagged: boolean | undefined;
  let resource: string | undefined;
  const ws = () => {
    while (i < s.length && /[ \t\r\n]/.test(s[i]!)) i++;
  };
  const until = (close: string): string => {
    const end = s.indexOf(close, i);
    if (end < 0) throw bad(`missing '${close}'`);
    const v = s.slice(i, end);
    i = end + 1;
    return v;
  };
  ws();
  if (i >= s.length) throw bad("it is empty");
  while (i < s.length) {
    if (s[i] === "<") {
      if (tagged === false) throw bad("tagged and untagged lists are mixed");
      tagged = true;
      i++;
      resource = until(">").trim();
      if (resource === "") throw bad("empty resource tag");
      ws();
      if (s[i] !== "(") throw bad("a resource tag must be followed by a list");
      continue;
    }
    if (s[i] !== "(") throw bad(`unexpected '${s[i]}' at ${i}`);
    if (tagged === undefined) tagged = false;
    i++;
    const conditions: Condition[] = [];
    for (;;) {
      ws();
      if (s[i] === ")") {
        i++;
        break;
      }
      if (i >= s.length) throw bad("missing ')'");
      let not = false;
      if (/^not\b/i.test(s.slice(i, i + 4)) && /[ \t\r\n<[]/.test(s[i + 3] ?? "")) {
        not = true;
        i += 3;
        ws();
      }
      if (s[i] === "<") {
        i++;
        const token = until(">").trim();
        if (token === "") throw bad("empty state token");
        conditions.push({ not, token });
        if (!not) tokens.add(token);
      } else if (s[i] === "[") {
        i++;
        ws();
        let etag = "";
        if (s.startsWith("W/", i)) {
          etag = "W/";
          i += 2;
        }
        if (s[i] !== '"') throw bad("an entity tag must be quoted");
        i++;
        etag += `"${until('"')}"`;
        ws();
        if (s[i] !== "]") throw bad("missing ']'");
        i++;
        conditions.push({ not, etag });
      } else throw bad(`unexpected '${s[i]}' in a list`);
    }
    if (conditions.length === 0) throw bad("empty list");
    lists.push({ resource: tagged ? resource : undefined, conditions });
    ws();
  }
  return { lists, tokens };
}

export interface ResourceState {
  /** The resource's current entity tag (quoted), undefined when it does not exist. */
  etag?: string;
  /** Whether this lock token names a lock that currently covers the resource. */
  hasLock(token: string): boolean;
}

/**
 * True when at least one list holds (RFC 4918 10.4.3). `stateOf` gets the list's resource tag, or
 * undefined for untagged lists (the request URL).
 */
export function evaluateIf(parsed: ParsedIf, stateOf: (resource: string | undefined) => ResourceState): boolean {
  return parsed.lists.some((list) => {
    const state = stateOf(list.resource);
    return list.conditions.every((c) => {
      const holds = c.token !== undefined ? state.hasLock(c.token) : state.etag !== undefined && strongEqual(c.etag!, state.etag);
      return c.not ? !holds : holds;
    });
  });
}

// Weak tags never match strongly; ours are all strong.
const strongEqual = (a: string, b: string) => !a.startsWith("W/") && a === b;

/** `If-Match`: false when it names tags and none is the current one (or "*" and nothing exists). */
export function ifMatchHolds(header: string | undefined, etag: string | undefined): boolean {
  if (header === undefined) return true;
  if (header.trim() === "*") return etag !== undefined;
  return etag !== undefined && splitTags(header).some((t) => strongEqual(t, etag));
}

/** `If-None-Match`: false when "*" and the resource exists, or it names the current tag. */
export function ifNoneMatchHolds(header: string | undefined, etag: string | undefined): boolean {
  if (header === undefined) return true;
  if (header.trim() === "*") return etag === undefined;
  // Weak comparison (RFC 9110 13.1.2).
  return etag === undefined || !splitTags(header).some((t) => t.replace(/^W\//, "") === etag);
}

const splitTags = (header: string): string[] => header.split(",").map((t) => t.trim()).filter((t) => t !== "");
