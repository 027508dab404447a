// Interceptors every call passes through: the error boundary (domain errors → Connect errors,
// for unary results and for each message of a stream) and authentication (header → Caller).
import type { Interceptor, StreamResponse } from "@connectrpc/connect";
import { bearerToken, callerKey, GUEST, type Caller } from "./caller.js";
import { isExpectedError, toConnectError } from "./errors.js";

export function createErrorBoundary(onInternal: (err: unknown, procedure: string) => void): Interceptor {
  const convert = (err: unknown, procedure: string) => {
    if (!isExpectedError(err)) onInternal(err, procedure);
    return toConnectError(err);
  };
  return (next) => async (req) => {
    // Built only when needed: most calls end without an error.
    const procedure = () => `${req.service.typeName}/${req.method.name}`;
    try {
      const res = await next(req);
      if (!res.stream) return res;
      return { ...res, message: mapStreamErrors(res, procedure, convert) } as StreamResponse;
    } catch (err) {
      throw convert(err, procedure());
    }
  };
}

async function* mapStreamErrors(res: StreamResponse, procedure: () => string, convert: (e: unknown, p: string) => Error) {
  try {
    yield* res.message;
  } catch (err) {
    throw convert(err, procedure());
  }
}

/** Turns the request's credentials into a Caller; a bad credential is an error, not a guest. */
export interface Authenticator {
  /** Resolves a session id (throws unauthenticated when unknown or expired). */
  session(sessionId: string): Caller;
  /** Resolves a pass sent as `authorization: Pass <token>` (throws when invalid or untrusted). */
  pass(token: string): Caller;
}

export function createAuthInterceptor(auth: Authenticator): Interceptor {
  // Not async: a refusal throws synchronously into the error boundary, which sits outside, and
  // a call that passes costs no extra promise.
  return (next) => (req) => {
    const header = req.header.get("authorization");
    let caller: Caller = GUEST;
    const bearer = bearerToken(header);
    if (bearer) caller = auth.session(bearer);
    else if (header && /^Pass\s+/i.test(header)) caller = auth.pass(header.replace(/^Pass\s+/i, "").trim());
    req.contextValues.set(callerKey, caller);
    return next(req);
  };
}
