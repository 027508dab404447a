// Who an HTTP request says it is, for the plain routes (/mm, /app): a bearer session, a pass
// (header or `?pass=`), or the `leither_session` cookie a browser carries. The node resolves
// these to a caller; the routes never interpret them.
import type { HttpRequest } from "./http-route.js";

export const SESSION_COOKIE = "leither_session";

export interface HttpCredentials {
  bearer?: string;
  pass?: string;
}

export function cookie(req: HttpRequest, name: string): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of String(raw).split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Authorization header first (Bearer, then Pass), then `?pass=`, then the session cookie. */
export function credentialsOf(req: HttpRequest, query: URLSearchParams): HttpCredentials {
  const auth = req.headers.authorization;
  if (auth) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (bearer) return { bearer: bearer[1] };
    const pass = /^Pass\s+(\S+)\s*$/i.exec(auth);
    if (pass) return { pass: pass[1] };
  }
  const pass = query.get("pass");
  if (pass) return { pass };
  const session = cookie(req, SESSION_COOKIE);
  if (session) return { bearer: session };
  return {};
}
