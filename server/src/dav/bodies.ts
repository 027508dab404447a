// The XML request bodies of WebDAV: PROPFIND (propfind), PROPPATCH (propertyupdate) and LOCK
// (lockinfo), read into plain values. Unknown elements are ignored as RFC 4918 asks (section
// 17); a body that is not what the method needs is a 400.
import { invalidArgument } from "../errors.js";
import type { LockScope } from "./locks.js";
import { childOf, DAV_NS, elementsOf, isElement, parseXml, writeContent, type XmlElement } from "./xml.js";

export interface PropName {
  ns: string;
  name: string;
}

export type PropfindRequest =
  | { kind: "allprop"; include: PropName[] }
  | { kind: "propname" }
  | { kind: "prop"; props: PropName[] };

export type PatchOp = { kind: "set"; prop: XmlElement } | { kind: "remove"; prop: PropName };

export interface LockInfo {
  scope: LockScope;
  /** The owner element's content, self-contained XML; "" when absent. */
  owner: string;
}

const bad = (reason: string, message: string) => invalidArgument(reason, message);

/** A body is "empty" when it holds nothing but whitespace (clients send CRLF or nothing). */
export const isEmptyBody = (body: string): boolean => body.trim() === "";

function root(body: string, name: string): XmlElement {
  const el = parseXml(body);
  if (!isElement(el, DAV_NS, name)) throw bad("XML_UNEXPECTED", `the request body must be a DAV:${name} element, not {${el.ns}}${el.name}`);
  return el;
}

const namesIn = (prop: XmlElement): PropName[] => elementsOf(prop).map((p) => ({ ns: p.ns, name: p.name }));

/** An empty body asks for all properties (RFC 4918 9.1). */
export function parsePropfind(body: string): PropfindRequest {
  if (isEmptyBody(body)) return { kind: "allprop", include: [] };
  const el = root(body, "propfind");
  for (const c of elementsOf(el)) {
    if (c.ns !== DAV_NS) continue;
    if (c.name === "propname") return { kind: "propname" };
    if (c.name === "prop") return { kind: "prop", props: namesIn(c) };
    if (c.name === "allprop") {
      const include = childOf(el, DAV_NS, "include");
      return { kind: "allprop", include: include ? namesIn(include) : [] };
    }
  }
  throw bad("XML_UNEXPECTED", "DAV:propfind must hold DAV:allprop, DAV:propname or DAV:prop");
}

/** The set and remove instructions of a propertyupdate, in document order (RFC 4918 9.2). */
export function parsePropertyUpdate(body: string): PatchOp[] {
  if (isEmptyBody(body)) throw bad("BODY_REQUIRED", "PROPPATCH needs a DAV:propertyupdate body");
  const el = root(body, "propertyupdate");
  const ops: PatchOp[] = [];
  for (const c of elementsOf(el)) {
    if (c.ns !== DAV_NS || (c.name !== "set" && c.name !== "remove")) continue;
    const prop = childOf(c, DAV_NS, "prop");
    if (!prop) throw bad("XML_UNEXPECTED", `DAV:${c.name} must hold a DAV:prop element`);
    for (const p of elementsOf(prop)) ops.push(c.name === "set" ? { kind: "set", prop: p } : { kind: "remove", prop: { ns: p.ns, name: p.name } });
  }
  if (ops.length === 0) throw bad("XML_UNEXPECTED", "DAV:propertyupdate names no property to set or remove");
  return ops;
}

/** A LOCK body; undefined for an empty one (a refresh). Only write locks exist. */
export function parseLockInfo(body: string): LockInfo | undefined {
  if (isEmptyBody(body)) return undefined;
  const el = root(body, "lockinfo");
  const scopeEl = childOf(el, DAV_NS, "lockscope");
  const typeEl = childOf(el, DAV_NS, "locktype");
  if (!scopeEl || !typeEl) throw bad("XML_UNEXPECTED", "DAV:lockinfo must hold DAV:lockscope and DAV:locktype");
  const scope = childOf(scopeEl, DAV_NS, "exclusive") ? "exclusive" : childOf(scopeEl, DAV_NS, "shared") ? "shared" : undefined;
  if (!scope) throw bad("XML_UNEXPECTED", "DAV:lockscope must be DAV:exclusive or DAV:shared");
  if (!childOf(typeEl, DAV_NS, "write")) throw bad("LOCK_TYPE_UNSUPPORTED", "only DAV:write locks exist");
  const ownerEl = childOf(el, DAV_NS, "owner");
  return { scope, owner: ownerEl ? writeContent(ownerEl) : "" };
}
