// RequestService: a user asks this node for a service with a self-signed pass naming it; a small
// built-in policy table decides, and grants are remembered per user. Scripts will replace the
// table later (the node's policy becomes code its admin uploads); the interface stays.
import type { Clock } from "../clock.js";
import { invalidArgument } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { passRefusal, type Passes } from "./passes.js";
import type { Users } from "./users.js";

/** Who may receive a service: users registered here, or anyone whose key this node knows. */
export type ServiceAudience = "local" | "known";

export interface ServiceRule {
  audience: ServiceAudience;
  /** Attributes handed out with the grant (quota figures and the like). */
  attributes: Record<string, string>;
}

export type ServicePolicy = Record<string, ServiceRule>;

/** The built-in policy: storage for anyone known, relaying (which costs bandwidth) for locals. */
export const DEFAULT_SERVICE_POLICY: ServicePolicy = {
  mimei: { audience: "known", attributes: { quota_bytes: String(1024 ** 3) } },
  relay: { audience: "local", attributes: { bandwidth_bytes_per_day: String(1024 ** 3) } },
};

export interface ServiceDecision {
  granted: boolean;
  attributes: Record<string, string>;
  /** Why not, when refused; empty when granted. */
  reason: string;
}

export interface Services {
  /**
   * Decides a request carried by a self-signed pass with info.service. A bad pass throws
   * (PASS_INVALID / PASS_EXPIRED, like a login); a policy refusal is a decision, not an error.
   */
  request(passToken: string): ServiceDecision;
  /** The services granted to a user, with their attributes. */
  grantsOf(userId: string): Record<string, Record<string, string>>;
}

export interface ServicesComponents {
  db: SqliteDatabase;
  clock: Clock;
  passes: Pick<Passes, "verify">;
  users: Pick<Users, "getUser" | "rememberRemoteUser">;
  policy?: ServicePolicy;
}

export function createServices({ db, clock, passes, users, policy = DEFAULT_SERVICE_POLICY }: ServicesComponents): Services {
  const upsert = db.prepare(
    `INSERT INTO identity_service_grants (user_id, service, attributes, granted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, service) DO UPDATE SET attributes = excluded.attributes`,
  );
  const grants = db.prepare<[string], { service: string; attributes: string }>(
    "SELECT service, attributes FROM identity_service_grants WHERE user_id = ? ORDER BY service",
  );
  const refuse = (reason: string): ServiceDecision => ({ granted: false, attributes: {}, reason });

  return {
    request(passToken) {
      const check = passes.verify(passToken);
      if (!check.valid) throw passRefusal(check);
      const pass = check.pass!;
      if (pass.issuerId !== pass.subjectId) throw invalidArgument("PASS_NOT_SELF_SIGNED", "a service request is a pass signed by the requester for itself");
      const service = pass.info.service;
      if (!service) throw invalidArgument("SERVICE_MISSING", "the pass names no service (info.service)");
      if (!check.trusted) return refuse(`the requester ${pass.subjectId} is not known to this node`);
      const rule = Object.hasOwn(policy, service) ? policy[service] : undefined;
      if (!rule) return refuse(`this node offers no service "${service}"`);
      const user = users.getUser(pass.subjectId) ?? users.rememberRemoteUser(pass.subjectId, pass.issuerPublicKey);
      if (rule.audience === "local" && !user.local) return refuse(`"${service}" is offered only to users registered on this node`);
      upsert.run(user.id, service, JSON.stringify(rule.attributes), clock.now());
      return { granted: true, attributes: { ...rule.attributes }, reason: "" };
    },

    grantsOf(userId) {
      return Object.fromEntries(grants.all(userId).map((g) => [g.service, JSON.parse(g.attributes) as Record<string, string>]));
    },
  };
}
