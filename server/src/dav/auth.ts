// Who a WebDAV request comes from. Clients send HTTP Basic on every request: the user's name
// and password, or any name and a pass as the password. `Bearer <session>` and `Pass <token>`
// work as on the other routes. No credentials at all make a guest, whom the policy may let read.
//
// A password check costs an scrypt (tens of milliseconds and 32 MiB) and counts against the
// name's wrong-password budget, while a mounted drive sends the same Basic header with every
// request, several at once. So a successful check is remembered for a few minutes, keyed by an
// HMAC of name and password under a key that lives only in this process, and concurrent checks
// of the same credentials share one scrypt.
import { createHmac, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { LeitherError } from "../errors.js";

export interface DavCaller {
  sessionId: string | null;
  userId: string | null;
}

export interface DavAuthDeps {
  /** Name + password → user id; throws LeitherError (WRONG_PASSWORD, TOO_MANY_ATTEMPTS). */
  verifyPassword(name: string, password: string): Promise<string>;
  /** Session id → its user id (null for a guest session); throws LeitherError when unknown or expired. */
  resolveSession(sessionId: string): string | null;
  /** Pass token → its subject's user id; throws LeitherError when invalid, expired or untrusted. */
  verifyPass(token: string): string;
  clock: Clock;
  /** How long a checked password is remembered; default 5 minutes. */
  cacheMs?: number;
}

export interface DavAuthenticator {
  /** The caller an `Authorization` header names; throws LeitherError (unauthenticated) for bad credentials. */
  authenticate(authorization: string | undefined): Promise<DavCaller>;
}

export const BASIC_CHALLENGE = 'Basic realm="leither", charset="UTF-8"';

const GUEST: DavCaller = Object.freeze({ sessionId: null, userId: null });
const CACHE_LIMIT = 1024;
// Passes are "base64url(payload).base64url(64-byte signature)"; a password of that exact shape
// would be taken for a pass.
const PASS_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/;

const unauthenticated = (reason: string, message: string) => new LeitherError("unauthenticated", reason, message);

export function createDavAuthenticator(deps: DavAuthDeps): DavAuthenticator {
  const cacheMs = deps.cacheMs ?? 5 * 60_000;
  const secret = randomBytes(32);
  const checked = new Map<string, { userId: string; until: number }>();
  const inFlight = new Map<string, Promise<string>>();

  async function password(name: string, pw: string): Promise<string> {
    const key = createHmac("sha256", secret).update(name).update("\0").update(pw).digest("base64");
    const hit = checked.get(key);
    if (hit && hit.until > deps.clock.now()) return hit.userId;
    checked.delete(key);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = deps.verifyPassword(name, pw).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    const userId = await pending;
    if (checked.size >= CACHE_LIMIT) checked.delete(checked.keys().next().value!);
    checked.set(key, { userId, until: deps.clock.now() + cacheMs });
    return userId;
  }

  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization.trim() === "") return GUEST;
      const m = /^(\S+)\s+(\S+)\s*$/.exec(authorization);
      if (!m) throw unauthenticated("CREDENTIALS_INVALID", "the Authorization header is malformed");
      const scheme = m[1]!.toLowerCase();
      const value = m[2]!;
      if (scheme === "bearer") return { sessionId: value, userId: deps.resolveSession(value) };
      if (scheme === "pass") return { sessionId: null, userId: deps.verifyPass(value) };
      if (scheme !== "basic") throw unauthenticated("CREDENTIALS_INVALID", `unsupported authorization scheme ${m[1]}; use Basic, Bearer or Pass`);
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon < 0) throw unauthenticated("CREDENTIALS_INVALID", "Basic credentials must be base64(name:password)");
      const name = decoded.slice(0, colon);
      const secretPart = decoded.slice(colon + 1);
      if (PASS_SHAPE.test(secretPart)) return { sessionId: null, userId: deps.verifyPass(secretPart) };
      return { sessionId: null, userId: await password(name, secretPart) };
    },
  };
}

/**
 * The route's rights check from a yes/no rights query: a guest who lacks the right is asked to
 * log in (401, so clients send their credentials), a user who lacks it is refused (403).
 */
export function rightsCheck(can: (caller: DavCaller, mimeiId: string, right: "read" | "write") => boolean) {
  return (caller: DavCaller, mimeiId: string, right: "read" | "write"): void => {
    if (can(caller, mimeiId, right)) return;
    if (!caller.userId) throw unauthenticated("LOGIN_REQUIRED", "log in: HTTP Basic with your name and password, or any name and a pass as the password");
    throw new LeitherError("permission_denied", "RIGHT_MISSING", `you lack the ${right} right on MiMei ${mimeiId}`, { mimei_id: mimeiId, right });
  };
}
