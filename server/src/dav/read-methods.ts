// The reading methods: OPTIONS, GET/HEAD (files with ETag and Range; collections as an HTML
// index) and PROPFIND (Depth 0, 1 or infinity; allprop, propname or named properties), which
// streams its 207 response entry by entry.
import type { ServerResponse } from "node:http";
import { etagMatches, sendContent } from "../http/content-response.js";
import type { TreeEntry } from "../fs/tree-types.js";
import { parsePropfind, type PropfindRequest } from "./bodies.js";
import { depthOf, entryOf, type DavContext } from "./context.js";
import { drained, header, hrefElement, MultistatusWriter, readText, send, statusLine } from "./http.js";
import { etagOf, isLiveProp, LIVE_PROPS, renderLive } from "./live-props.js";
import { hrefOf } from "./paths.js";
import { DAV_NS, emptyElement, escapeAttr, escapeText } from "./xml.js";

export const ALLOWED_METHODS = "OPTIONS, GET, HEAD, PUT, DELETE, MKCOL, COPY, MOVE, PROPFIND, PROPPATCH, LOCK, UNLOCK";
const PAGE = 1000;

export async function options(ctx: DavContext): Promise<void> {
  send(ctx.req, ctx.res, 200, "", {
    dav: "1, 2",
    allow: ALLOWED_METHODS,
    // Windows' WebDAV redirector looks for this before it treats the server as WebDAV.
    "ms-author-via": "DAV",
    "accept-ranges": "bytes",
  });
}

export async function get(ctx: DavContext): Promise<void> {
  const entry = entryOf(ctx);
  const headers = {
    "cache-control": "private, no-cache",
    "x-content-type-options": "nosniff",
    // User content must not run scripts on the node's origin, where sessions live (as on /mm).
    "content-security-policy": "sandbox",
  };
  if (entry.kind === "file") {
    const read = (start: number, end: number) => ctx.c.trees.readFile(entry.digest, start, end);
    await sendContent(ctx.req, ctx.res, { hash: entry.digest, size: entry.size, mimeType: entry.mimeType, modifiedAt: entry.modifiedAt, read }, headers);
    return;
  }
  const r = ctx.res as ServerResponse;
  const etag = etagOf(entry);
  for (const [k, v] of Object.entries(headers)) r.setHeader(k, v);
  r.setHeader("etag", etag);
  r.setHeader("last-modified", new Date(entry.modifiedAt).toUTCString());
  if (etagMatches(header(ctx.req, "if-none-match"), etag)) {
    send(ctx.req, ctx.res, 304);
    return;
  }
  await index(ctx, entry);
}

/** A plain HTML listing, so that a browser pointed at a collection shows something useful. */
async function index(ctx: DavContext, dir: TreeEntry): Promise<void> {
  const r = ctx.res as ServerResponse;
  r.statusCode = 200;
  r.setHeader("content-type", "text/html; charset=utf-8");
  if (ctx.req.method === "HEAD") {
    r.end();
    return;
  }
  const title = escapeText(hrefOf(ctx.mimeiId, dir.path, true));
  r.write(`<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><ul>`);
  if (dir.path !== "/") r.write('<li><a href="../">../</a></li>');
  let after = "";
  do {
    const page = ctx.c.trees.list(ctx.root, dir.path, { after, limit: PAGE });
    let html = "";
    for (const e of page.items) {
      const name = e.kind === "dir" ? `${e.name}/` : e.name;
      html += `<li><a href="${escapeAttr(hrefOf(ctx.mimeiId, e.path, e.kind === "dir"))}">${escapeText(name)}</a></li>`;
    }
    if (!r.write(html)) await drained(r);
    after = page.next;
  } while (after !== "");
  r.end("</ul>\n");
}

export async function propfind(ctx: DavContext): Promise<void> {
  const depth = depthOf(ctx.req, ["0", "1", "infinity"] as const, "infinity");
  const request = parsePropfind(await readText(ctx.req));
  const entry = entryOf(ctx);
  const out = new MultistatusWriter(ctx.res);
  await out.write(responseOf(ctx, entry, request));
  if (entry.kind === "dir" && depth === "1") {
    let after = "";
    do {
      const page = ctx.c.trees.list(ctx.root, entry.path, { after, limit: PAGE });
      for (const e of page.items) {
        if (out.gone) return;
        await out.write(responseOf(ctx, e, request));
      }
      after = page.next;
    } while (after !== "");
  } else if (entry.kind === "dir" && depth === "infinity") {
    // The walk reads the root the request began with: immutable, so the answer is one state.
    for (const e of ctx.c.trees.walk(ctx.root, entry.path)) {
      if (out.gone) return;
      await out.write(responseOf(ctx, e, request));
    }
  }
  out.end();
}

/** One DAV:response: the properties found (200) and those asked for but absent (404). */
function responseOf(ctx: DavContext, entry: TreeEntry, request: PropfindRequest): string {
  const { props, locks, clock } = ctx.c;
  const dead = props.list(ctx.mimeiId, entry.path);
  const live = {
    mimeiId: ctx.mimeiId,
    entry,
    createdAt: props.createdAt(ctx.mimeiId, entry.path),
    locks: locks.covering(ctx.mimeiId, entry.path),
    now: clock.now(),
  };
  const deadKey = (ns: string, name: string) => dead.find((d) => d.ns === ns && d.name === name);
  const found: string[] = [];
  const missing: string[] = [];
  if (request.kind === "propname") {
    for (const name of LIVE_PROPS) if (!deadKey(DAV_NS, name) && renderLive(name, live) !== undefined) found.push(`<D:${name}/>`);
    for (const d of dead) found.push(emptyElement(d.ns, d.name));
  } else if (request.kind === "allprop") {
    for (const name of LIVE_PROPS) {
      if (deadKey(DAV_NS, name)) continue; // a displayname set by the client wins
      const xml = renderLive(name, live);
      if (xml !== undefined) found.push(xml);
    }
    for (const d of dead) found.push(d.xml);
  } else {
    for (const p of request.props) {
      const d = deadKey(p.ns, p.name);
      const xml = d ? d.xml : p.ns === DAV_NS && isLiveProp(p.name) ? renderLive(p.name, live) : undefined;
      if (xml !== undefined) found.push(xml);
      else missing.push(emptyElement(p.ns, p.name));
    }
  }
  let xml = `<D:response>${hrefElement(hrefOf(ctx.mimeiId, entry.path, entry.kind === "dir"))}`;
  if (found.length > 0 || missing.length === 0) xml += `<D:propstat><D:prop>${found.join("")}</D:prop><D:status>${statusLine(200)}</D:status></D:propstat>`;
  if (missing.length > 0) xml += `<D:propstat><D:prop>${missing.join("")}</D:prop><D:status>${statusLine(404)}</D:status></D:propstat>`;
  return `${xml}</D:response>`;
}
