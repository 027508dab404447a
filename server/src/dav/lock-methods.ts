// LOCK and UNLOCK (RFC 4918 9.10, 9.11): new exclusive or shared write locks, refreshes (a LOCK
// without a body and with the token in an If header), locks on unmapped URLs (which create an
// empty file, 201), and unlocking by token.
import type { StoredFile } from "../fs/content-store.js";
import { parseLockInfo } from "./bodies.js";
import { depthOf, guard, type DavContext } from "./context.js";
import { DavError, header, hrefElement, readText, send, sendXml } from "./http.js";
import { activeLock } from "./live-props.js";
import { lockTimeout, type DavLock } from "./locks.js";
import { hrefOf, parentOf } from "./paths.js";

export async function lock(ctx: DavContext): Promise<void> {
  const { trees, content, props, locks, clock } = ctx.c;
  const depth = depthOf(ctx.req, ["0", "infinity"] as const, "infinity");
  const info = parseLockInfo(await readText(ctx.req));
  const timeout = lockTimeout(header(ctx.req, "timeout"));

  if (!info) {
    // A refresh names the lock in the If header; it may be any lock that covers this URL.
    guard(ctx, (p) => trees.lookup(ctx.root, p));
    const held = [...(ctx.ifHeader?.tokens ?? [])]
      .map((t) => locks.get(t))
      .find((l): l is DavLock => l !== undefined && l.userId === ctx.caller.userId && locks.covering(ctx.mimeiId, ctx.path).includes(l));
    if (!held) throw new DavError(412, "LOCK_TOKEN_REQUIRED", "a LOCK without a body refreshes a lock: send its token in an If header", "<D:lock-token-matches-request-uri/>");
    locks.refresh(held.token, timeout);
    sendXml(ctx.req, ctx.res, 200, lockBody(held, clock.now()));
    return;
  }

  // The empty file an unmapped URL gets is stored before the edit (storing is asynchronous).
  let empty: StoredFile | undefined;
  if (!trees.lookup(ctx.root, ctx.path)) empty = await content.ingest((async function* () {})(), { name: ctx.path.slice(ctx.path.lastIndexOf("/") + 1), ownerId: ctx.caller.userId });
  const created = trees.edit(ctx.mimeiId, (d) => {
    const entry = d.lookup(ctx.path);
    if (!entry) {
      const parent = d.lookup(parentOf(ctx.path));
      if (!parent || parent.kind !== "dir") throw new DavError(409, "PARENT_NOT_FOUND", `the parent collection of ${hrefOf(ctx.mimeiId, ctx.path, false)} does not exist`);
      if (!empty) throw new DavError(409, "CHANGED", "the resource was removed while it was being locked; try again");
    }
    guard(ctx, d.lookup, entry ? {} : { members: [parentOf(ctx.path)] });
    const conflicts = locks.conflicts({ mimeiId: ctx.mimeiId, path: ctx.path, scope: info.scope, depth });
    if (conflicts.length > 0) {
      const root = hrefOf(conflicts[0]!.mimeiId, conflicts[0]!.path, conflicts[0]!.collection);
      throw new DavError(423, "LOCK_CONFLICT", `${root} holds a conflicting lock`, `<D:no-conflicting-lock>${hrefElement(root)}</D:no-conflicting-lock>`);
    }
    if (entry) return { collection: entry.kind === "dir", created: false };
    d.putFile(ctx.path, empty!);
    props.created(ctx.mimeiId, ctx.path, clock.now());
    return { collection: false, created: true };
  });
  // Granted in the same turn of the event loop as the conflict check above: nothing can interleave.
  const granted = locks.create({
    mimeiId: ctx.mimeiId,
    path: ctx.path,
    collection: created.collection,
    scope: info.scope,
    depth,
    owner: info.owner,
    userId: ctx.caller.userId,
    timeoutSeconds: timeout,
  });
  sendXml(ctx.req, ctx.res, created.created ? 201 : 200, lockBody(granted, clock.now()), { "lock-token": `<${granted.token}>` });
}

export async function unlock(ctx: DavContext): Promise<void> {
  const raw = header(ctx.req, "lock-token");
  const m = raw === undefined ? null : /^\s*<([^>]+)>\s*$/.exec(raw);
  if (!m) throw new DavError(400, "LOCK_TOKEN_REQUIRED", "UNLOCK needs a Lock-Token header: <token>");
  const held = ctx.c.locks.get(m[1]!);
  if (!held || !ctx.c.locks.covering(ctx.mimeiId, ctx.path).includes(held)) {
    throw new DavError(409, "LOCK_TOKEN_MISMATCH", "the Lock-Token names no lock on this resource", "<D:lock-token-matches-request-uri/>");
  }
  if (held.userId !== ctx.caller.userId) throw new DavError(403, "NOT_LOCK_OWNER", "this lock belongs to another user");
  ctx.c.locks.remove(held.token);
  send(ctx.req, ctx.res, 204);
}

const lockBody = (l: DavLock, now: number): string => `<D:prop xmlns:D="DAV:"><D:lockdiscovery>${activeLock(l, now)}</D:lockdiscovery></D:prop>`;
