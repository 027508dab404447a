// Who is calling: resolved once per request from the `authorization` header and carried to the
// policy layer and handlers as a context value.
import { createContextKey, type HandlerContext } from "@connectrpc/connect";
import { LeitherError } from "../errors.js";

export interface Caller {
  /** The session id, when the request carried one (guest sessions included). */
  sessionId: string | null;
  /** The user id; null for guests. */
  userId: string | null;
}

export const GUEST: Caller = Object.freeze({ sessionId: null, userId: null });

export const callerKey = createContextKey<Caller>(GUEST, { description: "the authenticated caller" });

/** Extracts the session id from `authorization: Bearer <id>`; null when absent. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}

/** The caller of the RPC a handler is serving. */
export function callerOf(ctx: HandlerContext): Caller {
  return ctx.values.get(callerKey);
}

/** The logged-in user of the RPC; guests get UNAUTHENTICATED (LOGIN_REQUIRED). */
export function requireUser(ctx: HandlerContext): string {
  const user = callerOf(ctx).userId;
  if (!user) throw new LeitherError("unauthenticated", "LOGIN_REQUIRED", "log in first");
  return user;
}
