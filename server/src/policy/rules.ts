// The access rule of every RPC the node serves, in one table: who may call it and, for calls on
// a MiMei, which right the caller must hold there. Handlers never check access themselves.
import type { DescMethod } from "@bufbuild/protobuf";
import * as reflectionV1 from "@leither/api/grpc/reflection/v1/reflection_pb";
import * as reflectionV1alpha from "@leither/api/grpc/reflection/v1alpha/reflection_pb";
import { Health } from "@leither/api/health/v1/health_pb";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { computeAppId } from "../app/app-id.js";
import { mimeiIdOfUrl } from "../fs/names.js";
import { DB_WRITE_COMMANDS } from "../db/index.js";
import { RIGHT } from "./rights.js";

/**
 * Where a request names its MiMei: by id, by handle, or either (id wins when both are set).
 * `scratch` marks a request that names no MiMei on purpose (content stored for later use):
 * it needs a logged-in user only.
 */
export type Target = { mimeiId?: string; handle?: string; scratch?: boolean };

export type Rule =
  /** Anyone, guests included. */
  | { access: "public" }
  /** A logged-in user. */
  | { access: "user" }
  /** A node administrator. */
  | { access: "admin" }
  /**
   * The caller's rights on the targeted MiMei must include every bit of `right` (a function
   * when the message decides, e.g. a DbService Batch that writes needs WRITE).
   */
  | { access: "mimei"; right: number | ((message: any) => number); target: (message: any) => Target };

const byId = (m: { mimeiId: string }): Target => ({ mimeiId: m.mimeiId });
const byIdOrHandle = (m: { mimeiId: string; handle: string }): Target => ({ mimeiId: m.mimeiId, handle: m.handle });
const onMiMei = (right: number | ((message: any) => number), target: (message: any) => Target = byId): Rule => ({ access: "mimei", right, target });

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

const byHandle = (m: { handle: string }): Target => ({ handle: m.handle });
/** FileTarget: the MiMei the content goes to; none means stored for later (a user's scratch). */
const fileTarget = (t: { destination: { case?: string; value?: any } } | undefined, orElse: Target): Target => {
  switch (t?.destination.case) {
    case "refMimeiId":
      return { mimeiId: t.destination.value };
    case "fileHandle":
      return { handle: t.destination.value };
    case "treePath":
      return { handle: t.destination.value.handle };
    default:
      return orElse;
  }
};
/** Where a file is read from: a handle, a tree path or a content ref (through its handle), or a MiMei URL. */
const fileSource = (m: { target?: { case?: string; value?: any }; source?: { case?: string; value?: any } }): Target => {
  const s = m.target ?? m.source;
  switch (s?.case) {
    case "url":
      return { mimeiId: mimeiIdOfUrl(s.value) };
    case "handle":
      return { handle: s.value };
    case "treePath":
    case "content":
      return { handle: s.value.handle };
    default:
      return {};
  }
};

// Handle-based calls check the right on the MiMei behind the handle at every call (rights
// revoked after Open apply at once); a temp-file handle is its owner's scratch. Whether a handle
// writes at all (cur, opened with the write right) is the domain's check (VERSION_FROZEN).
const file: RulesOf<typeof FileService> = {
  openTempFile: USER,
  // Creating or emptying a file on open writes to the tree (or FILE MiMei).
  openFile: onMiMei((m: { create: boolean; truncate: boolean }) => (m.create || m.truncate ? RIGHT.WRITE : RIGHT.READ), fileSource),
  writeFile: onMiMei(RIGHT.WRITE, byHandle),
  readFile: onMiMei(RIGHT.READ, byHandle),
  truncateFile: onMiMei(RIGHT.WRITE, byHandle),
  getFileSize: onMiMei(RIGHT.READ, byHandle),
  statFile: onMiMei(RIGHT.READ, byHandle),
  fileExists: onMiMei(RIGHT.READ, byHandle),
  getMimeType: onMiMei(RIGHT.READ, byHandle),
  // The temp handle is the caller's own; the destination, when there is one, needs WRITE.
  finishTempFile: onMiMei(RIGHT.WRITE, (m) => fileTarget(m.target, { handle: m.handle })),
  setObject: onMiMei(RIGHT.WRITE, byHandle),
  getObject: onMiMei(RIGHT.READ, byHandle),
  setFileContent: onMiMei(RIGHT.WRITE, byHandle),
  // Tree calls name the tree by a handle; CopyPath's source tree, when another, needs READ
  // there too (the domain asks the policy).
  makeDir: onMiMei(RIGHT.WRITE, byHandle),
  readDir: onMiMei(RIGHT.READ, byHandle),
  findFiles: onMiMei(RIGHT.READ, byHandle),
  copyPath: onMiMei(RIGHT.WRITE, byHandle),
  movePath: onMiMei(RIGHT.WRITE, byHandle),
  removePath: onMiMei(RIGHT.WRITE, byHandle),
  removeAll: onMiMei(RIGHT.WRITE, byHandle),
  diffTree: onMiMei(RIGHT.READ),
  // Streams: the interceptor checks login only; the handlers authorize with the first message.
  upload: onMiMei(RIGHT.WRITE, (m) => fileTarget(m?.part?.value?.target, { scratch: true })),
  download: onMiMei(RIGHT.READ, fileSource),
};

// Every DbService call names its store by a handle: reads need READ and writes WRITE on the
// MiMei behind it, checked at each call; whether the handle may write at all (cur, opened with
// the write right) is the handler's check (VERSION_FROZEN, HANDLE_READ_ONLY).
const dbRead = onMiMei(RIGHT.READ, byHandle);
const dbWrite = onMiMei(RIGHT.WRITE, byHandle);
const dbCommand = (name: string): Rule => (DB_WRITE_COMMANDS.has(name) ? dbWrite : dbRead);
const db = {
  ...(Object.fromEntries(Object.keys(DbService.method).map((m) => [m, dbCommand(m.toLowerCase())])) as RulesOf<typeof DbService>),
  batch: onMiMei(
    (m: { commands?: Array<{ command: { case?: string } }> }) =>
      m?.commands?.some((c) => c.command.case !== undefined && DB_WRITE_COMMANDS.has(c.command.case)) ? RIGHT.WRITE : RIGHT.READ,
    byHandle,
  ),
  beginTransaction: dbWrite,
  commitTransaction: dbWrite,
  rollbackTransaction: dbWrite,
  getLastSeq: dbRead,
  scan: dbRead,
} satisfies RulesOf<typeof DbService>;

/**
 * GetAppInfo names an app by id, or by author and name. Without an author the app is the
 * caller's own, which only needs a login (the author holds every right on their MiMei).
 */
const appByIdOrName = (m: { appId: string; authorId: string; name: string }): Target =>
  m.appId ? { mimeiId: m.appId } : m.authorId ? { mimeiId: computeAppId(m.authorId, m.name) } : { scratch: true };

// Scripts run as their caller, so every RPC a script makes meets this table again. Scripts and
// tasks belong to users: the tasks domain lets only their owner (or, for a script of an app, a
// holder of the execute right on the app; for tasks, a node admin) use them.
const app: RulesOf<typeof AppService> = {
  // An upload installs into the caller's own app (its id comes from the caller and the name),
  // so a login is all it takes; nobody can upload into another user's app this way.
  uploadApp: USER,
  uploadAppArchive: USER,
  uploadAppFile: onMiMei(RIGHT.WRITE, (m) => ({ mimeiId: m.appId })),
  // Lists only the apps the caller may read; the handler filters through `can`.
  listApps: USER,
  getAppInfo: onMiMei(RIGHT.READ, appByIdOrName),
  uninstallApp: onMiMei(RIGHT.ADMIN, (m) => ({ mimeiId: m.appId })),
  registerScript: USER,
  listScripts: USER,
  deleteScript: USER,
  runScript: USER,
  runScriptById: USER,
  startTask: USER,
  getTaskStatus: USER,
  listTasks: USER,
  cancelTask: USER,
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
register(FileService, file);
register(DbService, db);
register(NodeService, node);
register(AppService, app);
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
  // Every call asks; method descriptors are singletons, so the name is built once per method.
  let rule = RULE_OF_METHOD.get(method);
  if (!rule) RULE_OF_METHOD.set(method, (rule = TABLE.get(`${method.parent.typeName}/${method.name}`) ?? USER));
  return rule;
}
const RULE_OF_METHOD = new WeakMap<DescMethod, Rule>();

/** Whether the table has an explicit rule for the method (tests assert full coverage). */
export function hasRule(method: DescMethod): boolean {
  return TABLE.has(`${method.parent.typeName}/${method.name}`);
}
