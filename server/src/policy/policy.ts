// Enforces the rule table for every call: one interceptor in front of all handlers, plus the
// same check for handlers that must see a stream's first message before they know the target.
import type { Interceptor } from "@connectrpc/connect";
import { LeitherError } from "../errors.js";
import { callerKey, type Caller } from "../rpc/caller.js";
import { rightNames } from "./rights.js";
import { ruleOf, type Rule, type Target } from "./rules.js";

/** What the policy needs to know about MiMei: effective rights and the MiMei behind a handle. */
export interface RightsSource {
  /** The caller's rights on a MiMei; throws not_found when there is no such MiMei. */
  effectiveRights(mimeiId: string, userId: string | null): number;
  /**
   * The MiMei a handle is open on; throws when the handle is unknown, expired or not the caller's.
   * Null for a handle on the caller's own scratch (a temp file), which no MiMei right governs.
   */
  mimeiOfHandle(handle: string, userId: string | null): string | null;
  /**
   * The author of a MiMei (who holds every right). A MiMei's id is derived from its author, so
   * the answer never changes; the policy remembers it for calls through live handles.
   */
  authorOf?(mimeiId: string): string;
}

/** Authors remembered for calls through handles; cleared when it grows past this. */
const MAX_REMEMBERED_AUTHORS = 10_000;

export interface AdminSource {
  isAdmin(userId: string): boolean;
}

export interface Policy {
  /** Throws a LeitherError when the caller may not make this call. */
  authorize(caller: Caller, rule: Rule, message: unknown): void;
  /** Whether the caller holds `right` on the MiMei (for filtering listings). */
  can(caller: Caller, mimeiId: string, right: number): boolean;
  /** The interceptor that applies `authorize` to every call (streams on a MiMei check in handlers). */
  interceptor: Interceptor;
}

export function createPolicy(deps: { rights: RightsSource; admins: AdminSource }): Policy {
  const authors = new Map<string, string>();

  /**
   * Whether the caller is the author of the MiMei behind a live handle: then it holds every
   * right, with no lookup of the rights table. (A live handle means the MiMei still exists:
   * deleting a MiMei closes its handles.)
   */
  function authorThroughHandle(mimeiId: string, userId: string | null): boolean {
    if (userId === null || !deps.rights.authorOf) return false;
    let author = authors.get(mimeiId);
    if (author === undefined) {
      if (authors.size >= MAX_REMEMBERED_AUTHORS) authors.clear();
      authors.set(mimeiId, (author = deps.rights.authorOf(mimeiId)));
    }
    return author === userId;
  }

  function requireUser(caller: Caller): string {
    if (!caller.userId) throw new LeitherError("unauthenticated", "LOGIN_REQUIRED", "this call needs a logged-in user; log in and send the session as `authorization: Bearer <session id>`");
    return caller.userId;
  }

  function mimeiOf(target: Target, caller: Caller): string | null {
    if (target.mimeiId) return target.mimeiId;
    if (target.handle) return deps.rights.mimeiOfHandle(target.handle, caller.userId);
    if (target.scratch) return null;
    throw new LeitherError("invalid_argument", "MIMEI_ID_REQUIRED", "the request names no MiMei: set mimei_id (or handle)");
  }

  function authorize(caller: Caller, rule: Rule, message: unknown): void {
    switch (rule.access) {
      case "public":
        return;
      case "user":
        requireUser(caller);
        return;
      case "admin": {
        const user = requireUser(caller);
        if (!deps.admins.isAdmin(user)) throw new LeitherError("permission_denied", "ADMIN_REQUIRED", "this call is for node administrators");
        return;
      }
      case "mimei": {
        const target = rule.target(message);
        const mimeiId = mimeiOf(target, caller);
        // Scratch of the caller's own (temp files, content stored without a target): a user's.
        if (mimeiId === null) {
          requireUser(caller);
          return;
        }
        if (!target.mimeiId && authorThroughHandle(mimeiId, caller.userId)) return;
        const held = deps.rights.effectiveRights(mimeiId, caller.userId);
        const right = typeof rule.right === "function" ? rule.right(message) : rule.right;
        if ((held & right) !== right) {
          const missing = rightNames(right & ~held).join(",");
          if (!caller.userId) {
            throw new LeitherError("unauthenticated", "LOGIN_REQUIRED", `guests lack the ${missing} right on MiMei ${mimeiId}; log in`, { mimei_id: mimeiId, right: missing });
          }
          throw new LeitherError("permission_denied", "RIGHT_MISSING", `you lack the ${missing} right on MiMei ${mimeiId}`, { mimei_id: mimeiId, right: missing });
        }
        return;
      }
    }
  }

  return {
    authorize,
    can(caller, mimeiId, right) {
      try {
        return (deps.rights.effectiveRights(mimeiId, caller.userId) & right) === right;
      } catch {
        return false;
      }
    },
    // Not async (as the auth interceptor): refusals throw into the error boundary outside.
    interceptor: (next) => (req) => {
      // A stream's first message is not here yet: rules that need no message (public, user,
      // admin) are enforced now; rules on a MiMei are checked by the handler.
      const rule = ruleOf(req.method);
      if (!req.stream || rule.access !== "mimei") authorize(req.contextValues.get(callerKey), rule, req.stream ? undefined : req.message);
      return next(req);
    },
  };
}
