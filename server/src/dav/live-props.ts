// Live properties: computed from the tree entry and the locks (RFC 4918 section 15), written as
// XML in the DAV: namespace (the responses declare it as "D"). DAV:displayname is the one the
// client may set (then it is a dead property that overrides the computed name).
import type { TreeEntry } from "../fs/tree-types.js";
import type { DavLock } from "./locks.js";
import { hrefOf } from "./paths.js";
import { escapeText } from "./xml.js";

export interface LiveContext {
  mimeiId: string;
  entry: TreeEntry;
  /** When the resource was created through WebDAV; the last change stands in otherwise. */
  createdAt?: number;
  /** Locks covering the resource. */
  locks: DavLock[];
  now: number;
}

/** Live properties in the order allprop and propname list them. */
export const LIVE_PROPS = [
  "resourcetype",
  "getcontentlength",
  "getcontenttype",
  "getetag",
  "getlastmodified",
  "creationdate",
  "displayname",
  "supportedlock",
  "lockdiscovery",
] as const;

/** Live properties PROPPATCH may not change (everything but displayname). */
export const PROTECTED_PROPS: ReadonlySet<string> = new Set(LIVE_PROPS.filter((p) => p !== "displayname"));

export const isLiveProp = (name: string): boolean => (LIVE_PROPS as readonly string[]).includes(name);

export const etagOf = (entry: TreeEntry): string => `"${entry.digest}"`;

const SUPPORTED_LOCK =
  "<D:lockentry><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockentry>" +
  "<D:lockentry><D:lockscope><D:shared/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockentry>";

/** One DAV:activelock element (lock discovery, LOCK responses). */
export function activeLock(lock: DavLock, now: number): string {
  const seconds = Math.max(Math.ceil((lock.expiresAt - now) / 1000), 0);
  return (
    "<D:activelock>" +
    "<D:locktype><D:write/></D:locktype>" +
    `<D:lockscope><D:${lock.scope}/></D:lockscope>` +
    `<D:depth>${lock.depth}</D:depth>` +
    (lock.owner !== "" ? `<D:owner>${lock.owner}</D:owner>` : "") +
    `<D:timeout>Second-${seconds}</D:timeout>` +
    `<D:locktoken><D:href>${escapeText(lock.token)}</D:href></D:locktoken>` +
    `<D:lockroot><D:href>${escapeText(hrefOf(lock.mimeiId, lock.path, lock.collection))}</D:href></D:lockroot>` +
    "</D:activelock>"
  );
}

export const lockDiscovery = (locks: DavLock[], now: number): string => `<D:lockdiscovery>${locks.map((l) => activeLock(l, now)).join("")}</D:lockdiscovery>`;

/** The property element, or undefined when the resource has no such live property (a collection's length). */
export function renderLive(name: string, ctx: LiveContext): string | undefined {
  const { entry } = ctx;
  const dir = entry.kind === "dir";
  const el = (inner: string) => (inner === "" ? `<D:${name}/>` : `<D:${name}>${inner}</D:${name}>`);
  switch (name) {
    case "resourcetype":
      return el(dir ? "<D:collection/>" : "");
    case "getcontentlength":
      return dir ? undefined : el(String(entry.size));
    case "getcontenttype":
      return dir ? undefined : el(escapeText(entry.mimeType));
    case "getetag":
      return el(escapeText(etagOf(entry)));
    case "getlastmodified":
      return el(new Date(entry.modifiedAt).toUTCString());
    case "creationdate":
      return el(new Date(ctx.createdAt ?? entry.modifiedAt).toISOString());
    case "displayname":
      return el(escapeText(entry.path === "/" ? ctx.mimeiId : entry.name));
    case "supportedlock":
      return el(SUPPORTED_LOCK);
    case "lockdiscovery":
      return lockDiscovery(ctx.locks, ctx.now);
    default:
      return undefined;
  }
}
