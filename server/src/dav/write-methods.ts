// The writing methods: PUT (streamed into the content store), DELETE, MKCOL, COPY, MOVE and
// PROPPATCH. Each change of the tree is one tree edit (one SQLite transaction) that re-checks
// the preconditions and locks against the draft and moves the dead properties with it, so what
// a client sees is either the whole operation or none of it.
import type { StoredFile } from "../fs/content-store.js";
import { parsePropertyUpdate, type PatchOp } from "./bodies.js";
import { depthOf, guard, overwriteOf, type DavContext, type Lookup } from "./context.js";
import { DavError, hasBody, header, hrefElement, readText, send, sendXml, statusLine } from "./http.js";
import { PROTECTED_PROPS } from "./live-props.js";
import { hrefOf, isWithin, parentOf, parseDavUrl } from "./paths.js";
import { MAX_PROP_BYTES, MAX_PROPS_PER_RESOURCE, type PropOp } from "./props-store.js";
import { DAV_NS, emptyElement, writeElement } from "./xml.js";

const conflict = (reason: string, message: string) => new DavError(409, reason, message);

/** The parent collection of a path that is to be created or replaced; 409 when it is missing or a file. */
function requireParent(ctx: DavContext, lookup: Lookup, path: string): void {
  const parent = lookup(parentOf(path));
  if (!parent) throw conflict("PARENT_NOT_FOUND", `the parent collection of ${hrefOf(ctx.mimeiId, path, false)} does not exist`);
  if (parent.kind !== "dir") throw conflict("PARENT_NOT_A_COLLECTION", `the parent of ${hrefOf(ctx.mimeiId, path, false)} is not a collection`);
}

export async function put(ctx: DavContext): Promise<void> {
  const { trees, content, props, clock } = ctx.c;
  // Partial PUT would silently write the range as the whole file (RFC 9110 14.5).
  if (header(ctx.req, "content-range") !== undefined) throw new DavError(400, "CONTENT_RANGE_UNSUPPORTED", "PUT with Content-Range is not supported; send the whole file");
  if (ctx.path === "/") throw new DavError(405, "IS_A_COLLECTION", "the root is a collection; PUT a file below it");
  const check = (lookup: Lookup) => {
    const existing = lookup(ctx.path);
    if (existing?.kind === "dir") throw new DavError(405, "IS_A_COLLECTION", `${hrefOf(ctx.mimeiId, ctx.path, true)} is a collection`);
    requireParent(ctx, lookup, ctx.path);
    guard(ctx, lookup, existing ? { modify: [ctx.path] } : { members: [parentOf(ctx.path)] });
    return existing;
  };
  // Refused before any byte is stored; checked again when the file is placed.
  check((p) => trees.lookup(ctx.root, p));

  const aborted = new AbortController();
  ctx.req.once("close", () => {
    if (!ctx.req.complete) aborted.abort();
  });
  const length = header(ctx.req, "content-length");
  const lease = content.lease();
  let file: StoredFile;
  let existed: boolean;
  try {
    file = await content.ingest(ctx.req as AsyncIterable<Uint8Array>, {
      lease,
      name: ctx.path.slice(ctx.path.lastIndexOf("/") + 1),
      ownerId: ctx.caller.userId,
      expectedSize: length !== undefined ? Number(length) : undefined,
      maxSize: ctx.c.maxFileBytes,
      signal: aborted.signal,
    });
    existed = trees.edit(ctx.mimeiId, (d) => {
      const before = check(d.lookup);
      d.putFile(ctx.path, file, { overwrite: true });
      if (!before) props.created(ctx.mimeiId, ctx.path, clock.now());
      return before !== undefined;
    });
  } finally {
    lease.release();
  }
  send(ctx.req, ctx.res, existed ? 204 : 201, "", { etag: `"${file.hash}"` });
}

export async function mkcol(ctx: DavContext): Promise<void> {
  // MKCOL bodies would describe what to create; none is understood here (RFC 4918 9.3).
  if (hasBody(ctx.req)) throw new DavError(415, "BODY_UNSUPPORTED", "MKCOL with a body is not supported");
  ctx.c.trees.edit(ctx.mimeiId, (d) => {
    if (d.lookup(ctx.path)) throw new DavError(405, "ALREADY_EXISTS", `${hrefOf(ctx.mimeiId, ctx.path, true)} exists`);
    requireParent(ctx, d.lookup, ctx.path);
    guard(ctx, d.lookup, { members: [parentOf(ctx.path)] });
    d.mkdir(ctx.path);
    ctx.c.props.created(ctx.mimeiId, ctx.path, ctx.c.clock.now());
  });
  send(ctx.req, ctx.res, 201);
}

export async function remove(ctx: DavContext): Promise<void> {
  if (ctx.path === "/") throw new DavError(403, "ROOT_PATH", "the root of a tree cannot be deleted");
  depthOf(ctx.req, ["infinity"] as const, "infinity");
  ctx.c.trees.edit(ctx.mimeiId, (d) => {
    if (!d.lookup(ctx.path)) throw new DavError(404, "NO_SUCH_PATH", `nothing at ${hrefOf(ctx.mimeiId, ctx.path, false)}`);
    guard(ctx, d.lookup, { replace: [ctx.path], members: [parentOf(ctx.path)] });
    d.remove(ctx.path, { recursive: true });
    ctx.c.props.removeTree(ctx.mimeiId, ctx.path);
  });
  ctx.c.locks.removeTree(ctx.mimeiId, ctx.path);
  send(ctx.req, ctx.res, 204);
}

/** COPY and MOVE within one tree (RFC 4918 9.8, 9.9). */
export async function copyOrMove(ctx: DavContext, move: boolean): Promise<void> {
  const raw = header(ctx.req, "destination");
  if (!raw) throw new DavError(400, "DESTINATION_REQUIRED", `${ctx.req.method} needs a Destination header`);
  const dest = parseDavUrl(raw);
  if (dest.mimeiId !== ctx.mimeiId) throw new DavError(502, "OTHER_MIMEI", "COPY and MOVE work within one MiMei's tree; the Destination names another");
  const depth = move ? depthOf(ctx.req, ["infinity"] as const, "infinity") : depthOf(ctx.req, ["0", "infinity"] as const, "infinity");
  const overwrite = overwriteOf(ctx.req);
  const from = ctx.path;
  const to = dest.path;
  if (from === to) throw new DavError(403, "SAME_RESOURCE", "the Destination is the source itself");
  if (isWithin(to, from)) throw new DavError(403, "INTO_ITSELF", "the Destination lies inside the source");
  if (to === "/") throw new DavError(403, "ROOT_PATH", "the root of a tree cannot be replaced");
  const { trees, props, locks, clock } = ctx.c;
  const replaced = trees.edit(ctx.mimeiId, (d) => {
    const source = d.lookup(from);
    if (!source) throw new DavError(404, "NO_SUCH_PATH", `nothing at ${hrefOf(ctx.mimeiId, from, false)}`);
    requireParent(ctx, d.lookup, to);
    const existing = d.lookup(to);
    if (existing && !overwrite) throw new DavError(412, "DESTINATION_EXISTS", `${hrefOf(ctx.mimeiId, to, existing.kind === "dir")} exists and Overwrite is F`);
    guard(
      ctx,
      d.lookup,
      move
        ? { replace: existing ? [from, to] : [from], members: [parentOf(from), parentOf(to)] }
        : { replace: existing ? [to] : [], members: [parentOf(to)] },
    );
    if (move) {
      d.move(from, to, { overwrite: true });
      props.moveTree(ctx.mimeiId, from, to);
    } else {
      if (source.kind === "dir" && depth === "0") {
        if (existing) d.remove(to, { recursive: true });
        d.mkdir(to);
      } else d.copy({ root: "", path: from }, to, { overwrite: true });
      props.copyTree(ctx.mimeiId, from, to, depth, clock.now());
    }
    return existing !== undefined;
  });
  // Locks stay with their URLs: what moved away or was replaced loses them (RFC 4918 7.5, 9.9.4).
  if (move) locks.removeTree(ctx.mimeiId, from);
  if (replaced) locks.removeTree(ctx.mimeiId, to);
  send(ctx.req, ctx.res, replaced ? 204 : 201);
}

export async function proppatch(ctx: DavContext): Promise<void> {
  const ops = parsePropertyUpdate(await readText(ctx.req));
  const { trees, props } = ctx.c;
  const results = trees.edit(ctx.mimeiId, (d) => {
    if (!d.lookup(ctx.path)) throw new DavError(404, "NO_SUCH_PATH", `nothing at ${hrefOf(ctx.mimeiId, ctx.path, false)}`);
    guard(ctx, d.lookup, { modify: [ctx.path] });
    const failures = validate(ctx, ops);
    const key = (ns: string, name: string) => `${ns}\u0000${name}`;
    const status = new Map<string, { ns: string; name: string; status: number }>();
    for (const op of ops) {
      const p = op.kind === "set" ? { ns: op.prop.ns, name: op.prop.name } : op.prop;
      const failed = failures.get(key(p.ns, p.name));
      // All or nothing (RFC 4918 9.2): once one instruction fails, the others get 424.
      status.set(key(p.ns, p.name), { ...p, status: failed ?? (failures.size > 0 ? 424 : 200) });
    }
    if (failures.size === 0) props.apply(ctx.mimeiId, ctx.path, ops.map(toStoreOp));
    return [...status.values()];
  });
  const byStatus = new Map<number, string[]>();
  for (const r of results) byStatus.set(r.status, [...(byStatus.get(r.status) ?? []), emptyElement(r.ns, r.name)]);
  let xml = `<D:multistatus xmlns:D="DAV:"><D:response>${hrefElement(hrefOf(ctx.mimeiId, ctx.path, ctx.trailingSlash))}`;
  for (const [status, names] of byStatus) xml += `<D:propstat><D:prop>${names.join("")}</D:prop><D:status>${statusLine(status)}</D:status></D:propstat>`;
  sendXml(ctx.req, ctx.res, 207, `${xml}</D:response></D:multistatus>`);
}

/** Instructions that cannot be carried out, by property key, with their status. */
function validate(ctx: DavContext, ops: PatchOp[]): Map<string, number> {
  const failures = new Map<string, number>();
  const names = new Set(ctx.c.props.list(ctx.mimeiId, ctx.path).map((p) => `${p.ns}\u0000${p.name}`));
  for (const op of ops) {
    const p = op.kind === "set" ? { ns: op.prop.ns, name: op.prop.name } : op.prop;
    const key = `${p.ns}\u0000${p.name}`;
    if (p.ns === DAV_NS && PROTECTED_PROPS.has(p.name)) {
      failures.set(key, 403);
      continue;
    }
    if (op.kind === "remove") {
      names.delete(key);
      continue;
    }
    if (Buffer.byteLength(writeElement(op.prop)) > MAX_PROP_BYTES) failures.set(key, 507);
    names.add(key);
    if (names.size > MAX_PROPS_PER_RESOURCE) failures.set(key, 507);
  }
  return failures;
}

const toStoreOp = (op: PatchOp): PropOp =>
  op.kind === "set" ? { set: { ns: op.prop.ns, name: op.prop.name, xml: writeElement(op.prop) } } : { remove: { ns: op.prop.ns, name: op.prop.name } };
