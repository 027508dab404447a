// The access rule of every RPC the node serves, in one table: who may call it and, for calls on
// a MiMei, which right the caller must hold there. Handlers never check access themselves.
import type { DescMethod } from "@bufbuild/protobuf";
import * as reflectionV1 from "@leither/api/grpc/reflection/v1/reflection_pb";
import * as reflectionV1alpha from "@leither/api/grpc/reflection/v1alpha/reflection_pb";
import { Health } from "@leither/api/health/v1/health_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { RIGHT } from "./rights.js";

/** Where a request names its MiMei: by id, by handle, or either (id wins when both are set). */
export type Target = { mimeiId?: string; handle?: string };

export type Rule =
  /** Anyone, guests included. */
  | { access: "public" }
  /** A logged-in user. */
  | { access: "user" }
  /** A node administrator. */
  | { access: "admin" }
  /** The caller's rights on the targeted MiMei must include every bit of `right`. */
  | { access: "mimei"; right: number; target: (message: any) => Target };

const byId = (m: { mimeiId: string }): Target => ({ mimeiId: m.mimeiId });
const byIdOrHandle = (m: { mimeiId: string; handle: string }): Target => ({ mimeiId: m.mimeiId, handle: m.handle });
const onMiMei = (right: number, target: (message: any) => Target = byId): Rule => ({ access: "mimei", right, target });

const PUBLIC: Rule = { access: "public" };
const USER: Rule = { access: "user" };
const ADMIN: Rule = { access: "admin" };

type RulesOf<S extends { method: Record<string, DescMethod> }> = Record<keyof S["method"], Rule>;

const identity: RulesOf<typeof IdentityService> = {
  register: PUBLIC,
  login: PUBLIC,
  // A guest session can end itself too; without any session there is nothing to end.
  logout: PUBLIC,
  getUserInfo: PUBLIC,
  setUserInfo: USER,
  signPass: USER,
  verifyPass: PUBLIC,
  sign: USER,
  verifySignature: PUBLIC,
  issueCertificate: USER,
  verifyCertificate: PUBLIC,
  trustIssuer: ADMIN,
  untrustIssuer: ADMIN,
  listTrustedIssuers: PUBLIC,
  requestService: PUBLIC,
};

const mimei: RulesOf<typeof MiMeiService> = {
  create: USER,
  computeId: PUBLIC,
  open: onMiMei(RIGHT.READ),
  // Handles are bound to the user who opened them; the MiMei store checks that on every use.
  close: PUBLIC,
  getMiMeiInfo: onMiMei(RIGHT.READ, byIdOrHandle),
  hasMiMei: PUBLIC,
  // Lists only what the caller may read; the handler filters through `canRead`.
  listMiMei: PUBLIC,
  deleteMiMei: onMiMei(RIGHT.ADMIN),
  setRight: onMiMei(RIGHT.ADMIN),
  getRight: onMiMei(RIGHT.READ),
  listRights: onMiMei(RIGHT.ADMIN),
  backup: onMiMei(RIGHT.BACKUP, byIdOrHandle),
  release: onMiMei(RIGHT.RELEASE),
  restore: onMiMei(RIGHT.RELEASE),
  deleteVersions: onMiMei(RIGHT.RELEASE),
  listVersions: onMiMei(RIGHT.READ),
  addRefs: onMiMei(RIGHT.WRITE),
  deleteRefs: onMiMei(RIGHT.WRITE),
  getRefs: onMiMei(RIGHT.READ),
  sum: onMiMei(RIGHT.READ),
};

const node: RulesOf<typeof NodeService> = {
  getNodeInfo: PUBLIC,
  getAddresses: PUBLIC,
  getStats: PUBLIC,
};

const TABLE = new Map<string, Rule>();
function register<S extends { typeName: string; method: Record<string, DescMethod> }>(service: S, rules: RulesOf<S>) {
  for (const [localName, rule] of Object.entries(rules) as [string, Rule][]) {
    const method = service.method[localName];
    if (!method) throw new Error(`policy names ${service.typeName}.${localName}, which the API does not have`);
    TABLE.set(`${service.typeName}/${method.name}`, rule);
  }
}
register(IdentityService, identity);
register(MiMeiService, mimei);
register(NodeService, node);
// Load balancers and orchestrators probe health without credentials.
register(Health, { check: PUBLIC, watch: PUBLIC, list: PUBLIC });
// Reflection describes the public contract (grpcurl, `buf curl --reflect`).
register(reflectionV1.ServerReflection, { serverReflectionInfo: PUBLIC });
register(reflectionV1alpha.ServerReflection, { serverReflectionInfo: PUBLIC });

/**
 * The rule of a method. Methods of services whose handlers have not landed yet answer
 * UNIMPLEMENTED; they still require a logged-in user so that guests cannot probe them.
 */
export function ruleOf(method: DescMethod): Rule {
  return TABLE.get(`${method.parent.typeName}/${method.name}`) ?? USER;
}

/** Whether the table has an explicit rule for the method (tests assert full coverage). */
export function hasRule(method: DescMethod): boolean {
  return TABLE.has(`${method.parent.typeName}/${method.name}`);
}
