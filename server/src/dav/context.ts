// What every WebDAV method handler gets (the request, the caller, the target, the components),
// and the precondition check the writing methods share: If header, If-Match/If-None-Match, then
// the locks on everything the method touches (RFC 4918 sections 7 and 10.4).
import type { Clock } from "../clock.js";
import type { ContentStore } from "../fs/content-store.js";
import type { Trees } from "../fs/tree-service.js";
import type { TreeEntry } from "../fs/tree-types.js";
import type { HttpRequest, HttpResponse } from "../http/http-route.js";
import type { DavCaller } from "./auth.js";
import { evaluateIf, ifMatchHolds, ifNoneMatchHolds, type ParsedIf, type ResourceState } from "./conditions.js";
import { DavError, header, hrefElement } from "./http.js";
import { etagOf } from "./live-props.js";
import type { DavLock, LockManager } from "./locks.js";
import { hrefOf, parseDavUrl } from "./paths.js";
import type { PropStore } from "./props-store.js";

/** The components the WebDAV route works with. */
export interface DavComponents {
  trees: Pick<Trees, "root" | "lookup" | "list" | "walk" | "edit" | "readFile">;
  content: Pick<ContentStore, "ingest" | "lease">;
  props: PropStore;
  locks: LockManager;
  clock: Clock;
  /** Largest file a PUT may store; unlimited when absent. */
  maxFileBytes?: number;
}

export interface DavContext {
  req: HttpRequest;
  res: HttpResponse;
  caller: DavCaller;
  mimeiId: string;
  /** Tree path of the request URL ("/" or "/a/b"). */
  path: string;
  trailingSlash: boolean;
  /** cur's root when the request began (reads use it; writes re-check inside their edit). */
  root: string;
  /** The parsed If header, when sent. */
  ifHeader?: ParsedIf;
  c: DavComponents;
}

export type Lookup = (path: string) => TreeEntry | undefined;

/** What a writing method touches, for the lock check. */
export interface Touches {
  /** Resources whose content or properties change: a lock covering one needs its token. */
  modify?: string[];
  /** Resources removed or replaced with all they hold: locks on them and below them need tokens. */
  replace?: string[];
  /** Collections gaining or losing a member (a lock on the collection protects its membership). */
  members?: string[];
}

/** Runs the If header, If-Match/If-None-Match (on the request URL) and the lock check; throws 412 or 423. */
export function guard(ctx: DavContext, lookup: Lookup, touches: Touches = {}): void {
  const { locks } = ctx.c;
  if (ctx.ifHeader) {
    const stateOf = (resource: string | undefined): ResourceState => {
      const path = resource === undefined ? ctx.path : pathOfTag(ctx.mimeiId, resource);
      if (path === undefined) return { hasLock: () => false };
      const entry = lookup(path);
      return { etag: entry && etagOf(entry), hasLock: (token) => locks.covering(ctx.mimeiId, path).some((l) => l.token === token) };
    };
    if (!evaluateIf(ctx.ifHeader, stateOf)) throw new DavError(412, "IF_HEADER_FALSE", "no list of the If header holds");
  }
  const current = lookup(ctx.path);
  const etag = current && etagOf(current);
  if (!ifMatchHolds(header(ctx.req, "if-match"), etag)) throw new DavError(412, "IF_MATCH_FAILED", "If-Match does not name the current entity tag");
  if (!ifNoneMatchHolds(header(ctx.req, "if-none-match"), etag)) throw new DavError(412, "IF_NONE_MATCH_FAILED", "If-None-Match names the current entity tag");

  const submitted = (l: DavLock) => ctx.ifHeader?.tokens.has(l.token) === true && l.userId === ctx.caller.userId;
  const need = (held: DavLock[]) => {
    // Shared locks: the token of any one of them is enough; an exclusive lock is alone anyway.
    if (held.length > 0 && !held.some(submitted)) throw locked(held[0]!);
  };
  for (const p of [...(touches.modify ?? []), ...(touches.replace ?? []), ...(touches.members ?? [])]) need(locks.covering(ctx.mimeiId, p));
  for (const p of touches.replace ?? []) for (const l of locks.below(ctx.mimeiId, p)) need([l]);
}

export function locked(lock: DavLock): DavError {
  const root = hrefOf(lock.mimeiId, lock.path, lock.collection);
  return new DavError(423, "LOCKED", `${root} is locked; send its lock token in an If header`, `<D:lock-token-submitted>${hrefElement(root)}</D:lock-token-submitted>`);
}

/** The tree path an If resource tag names in this MiMei; undefined for anything else. */
function pathOfTag(mimeiId: string, tag: string): string | undefined {
  try {
    const t = parseDavUrl(tag);
    return t.mimeiId === mimeiId ? t.path : undefined;
  } catch {
    return undefined;
  }
}

/** The Depth header among `allowed`; `fallback` when absent; 400 otherwise. */
export function depthOf<D extends string>(req: HttpRequest, allowed: readonly D[], fallback: D): D {
  const raw = header(req, "depth");
  if (raw === undefined) return fallback;
  const v = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as D;
  throw new DavError(400, "DEPTH_INVALID", `Depth must be one of ${allowed.join(", ")} here`);
}

/** The Overwrite header: true unless "F". */
export function overwriteOf(req: HttpRequest): boolean {
  const raw = header(req, "overwrite");
  if (raw === undefined) return true;
  const v = raw.trim().toUpperCase();
  if (v !== "T" && v !== "F") throw new DavError(400, "OVERWRITE_INVALID", "Overwrite must be T or F");
  return v === "T";
}

/** The entry at the request path in the root the request began with; 404 when absent. */
export function entryOf(ctx: DavContext): TreeEntry {
  const e = ctx.c.trees.lookup(ctx.root, ctx.path);
  if (!e) throw new DavError(404, "NO_SUCH_PATH", `nothing at ${hrefOf(ctx.mimeiId, ctx.path, false)}`);
  return e;
}
