// Who may call what, over the wire: every RPC of IdentityService, MiMeiService, NodeService and FileService
// called by five callers (a guest, a stranger, a reader, a writer and the owner of a MiMei),
// each with a request that is valid, so that the outcome is only about access. The matrix is
// built from the service descriptors: an RPC added to the API without a row here fails.
import type { DescMethod, DescService } from "@bufbuild/protobuf";
import { Code, createClient } from "@connectrpc/connect";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { makeZip } from "../../server/src/app/test-support/archives.js";
import { hasRule } from "../../server/src/policy/rules.js";
import { API_SERVICES, IMPLEMENTED_SERVICES, PLANNED_SERVICES } from "../../server/src/rpc/services.js";
import { authInterceptor, createClients, createTransport, failureOf, reasonOf, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const ROLES = ["guest", "stranger", "reader", "writer", "owner"] as const;
type Role = (typeof ROLES)[number];
type Outcome = "ok" | Code;

const OK = "ok" as const;
const U = Code.Unauthenticated;
const PD = Code.PermissionDenied;

interface Caller {
  role: Role;
  userId: string;
  credential: { session?: string };
  c: Clients;
}

let node: TestNode;
const callers = {} as Record<Role, Caller>;
/** The shared MiMei of the owner: reader holds READ, writer READ|WRITE; it has version 1. */
let shared: string;
/** The node administrator (the first user registered), who is none of the five callers. */
let operator: Clients;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

const owner = () => callers.owner.c;

/** A fresh MiMei of the owner with the same members as `shared`, version 1 and a reference. */
async function freshMiMei(): Promise<{ mimeiId: string; target: string }> {
  const { mimeiId } = await owner().mimei.create({ type: MiMeiType.FILE, mark: "auto" });
  await owner().mimei.setRight({ mimeiId, member: callers.reader.userId, rights: BigInt(Right.READ) });
  await owner().mimei.setRight({ mimeiId, member: callers.writer.userId, rights: BigInt(Right.READ | Right.WRITE) });
  await owner().mimei.backup({ mimeiId, memo: "v1" });
  // A reference in cur, so DeleteRefs has something to remove and cur differs from version 1.
  const target = (await owner().mimei.create({ type: MiMeiType.FILE, mark: "auto" })).mimeiId;
  await owner().mimei.addRefs({ mimeiId, targets: [target] });
  return { mimeiId, target };
}

/** A public MiMei ("*" holds READ) that anyone can open. */
async function publicMiMei(): Promise<string> {
  const { mimeiId } = await owner().mimei.create({ type: MiMeiType.FILE, mark: "auto", publicRights: BigInt(Right.READ) });
  return mimeiId;
}

/** A new session of a registered caller, without scrypt: a self-signed pass logs in. */
async function freshSession(who: Caller): Promise<string> {
  const { token } = await who.c.identity.signPass({ hours: 1 });
  return (await who.c.identity.login({ credential: { case: "pass", value: token } })).sessionId;
}

type Cell = (who: Caller) => Promise<unknown>;

interface Row {
  /** Outcome per role, in ROLES order. */
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome];
  call: Cell;
}

const everyone = (call: Cell): Row => ({ expect: [OK, OK, OK, OK, OK], call });
const users = (call: Cell): Row => ({ expect: [U, OK, OK, OK, OK], call });
const nodeAdmins = (call: Cell): Row => ({ expect: [U, PD, PD, PD, PD], call });
const readers = (call: Cell): Row => ({ expect: [U, PD, OK, OK, OK], call });
const writers = (call: Cell): Row => ({ expect: [U, PD, PD, OK, OK], call });
const owners = (call: Cell): Row => ({ expect: [U, PD, PD, PD, OK], call });

/** A fresh script of the owner. */
async function ownerScript(): Promise<string> {
  return (await owner().app.registerScript({ name: unique("script"), source: "1" })).script!.scriptId;
}

/** A fresh task of the owner, due in a day (so it stays scheduled and cancellable). */
async function ownerTask(): Promise<string> {
  const startAt = { seconds: BigInt(Math.floor(Date.now() / 1000) + 86_400), nanos: 0 };
  return (await owner().app.startTask({ setting: { name: unique("task"), scriptId: await ownerScript(), startAt } })).task!.taskId;
}
/** The owner's mmfs MiMei with the same members as `shared`: /dir/f in version 1 and in cur. */
let sharedTree = "";
/** A handle on `sharedTree`'s cur opened by the caller. */
const treeOf = async (w: Caller) => (await w.c.mimei.open({ mimeiId: sharedTree, version: "cur" })).handle;

/** A handle on `shared`'s cur opened by the caller (guests and strangers fail here already). */
const curOf = async (w: Caller) => (await w.c.mimei.open({ mimeiId: shared, version: "cur" })).handle;
const bytes = (text: string) => new TextEncoder().encode(text);
/** The owner's db MiMei with the same members as `shared`; it has version 1. */
let sharedDb = "";
/** A handle on `sharedDb`'s cur opened by the caller. */
const dbOf = async (w: Caller) => (await w.c.mimei.open({ mimeiId: sharedDb, version: "cur" })).handle;
/** A DbService call with a handle on `sharedDb`'s cur. */
const onDb = (call: (w: Caller, handle: string) => Promise<unknown>): Cell => async (w) => call(w, await dbOf(w));
/** Content the owner stored in `shared`'s cur (so readers may reference it by hash). */
let sharedContent = "";
/** A one-file app archive, and the owner's copy of it stored on the node. */
const APP_ARCHIVE = makeZip([{ name: "index.html", data: "<p>app</p>" }]);
let ownerArchive = "";
/** The owner's app with the same members as `shared`. */
let sharedApp = "";

/** A fresh app of the owner with the same members as `shared`. */
async function freshApp(): Promise<string> {
  const { app } = await owner().app.uploadAppArchive(uploadOf({ name: unique("app") }, APP_ARCHIVE));
  await owner().mimei.setRight({ mimeiId: app!.appId, member: callers.reader.userId, rights: BigInt(Right.READ) });
  await owner().mimei.setRight({ mimeiId: app!.appId, member: callers.writer.userId, rights: BigInt(Right.READ | Right.WRITE) });
  return app!.appId;
}
async function* uploadOf(header: object, data: Uint8Array) {
  yield { part: { case: "header" as const, value: header } };
  yield { part: { case: "chunk" as const, value: data } };
}

const MATRIX: Record<string, Record<string, Row>> = {
  [IdentityService.typeName]: {
    register: everyone((w) => w.c.identity.register({ name: unique("new"), password: PASSWORD })),
    login: everyone((w) => w.c.identity.login({ credential: { case: "guest", value: true } })),
    // Ends a session made for the cell, so the caller's own session lives on.
    logout: everyone(async (w) => {
      if (w.role === "guest") return w.c.identity.logout({ info: "guest" });
      const session = await freshSession(w);
      return createClients(node.url, { session }).identity.logout({ info: "cell" });
    }),
    getUserInfo: everyone((w) => w.c.identity.getUserInfo({ userId: callers.owner.userId })),
    setUserInfo: users((w) => w.c.identity.setUserInfo({ profile: { note: unique("n") } })),
    signPass: users((w) => w.c.identity.signPass({ hours: 1 })),
    verifyPass: everyone(async (w) => w.c.identity.verifyPass({ token: (await owner().identity.signPass({ hours: 1 })).token })),
    sign: users((w) => w.c.identity.sign({ message: new Uint8Array([1, 2, 3]) })),
    verifySignature: everyone(async (w) => {
      const s = await owner().identity.sign({ message: new Uint8Array([1]) });
      return w.c.identity.verifySignature({ message: new Uint8Array([1]), signature: s.signature, signer: { case: "userId", value: callers.owner.userId } });
    }),
    issueCertificate: users((w) => w.c.identity.issueCertificate({ info: { name: "me" }, hours: 1 })),
    verifyCertificate: everyone(async (w) => w.c.identity.verifyCertificate({ token: (await owner().identity.issueCertificate({ hours: 1 })).token })),
    // No caller here administers the node (owning a MiMei is not administering the node).
    trustIssuer: nodeAdmins((w) => w.c.identity.trustIssuer({ publicKey: new Uint8Array(32).fill(5), note: "x" })),
    untrustIssuer: nodeAdmins((w) => w.c.identity.untrustIssuer({ issuerId: callers.owner.userId })),
    listTrustedIssuers: everyone((w) => w.c.identity.listTrustedIssuers({})),
    requestService: everyone(async (w) =>
      w.c.identity.requestService({ pass: (await owner().identity.signPass({ hours: 1, info: { service: "mimei" } })).token }),
    ),
  },
  [MiMeiService.typeName]: {
    create: users((w) => w.c.mimei.create({ type: MiMeiType.FILE, mark: "auto" })),
    computeId: everyone((w) => w.c.mimei.computeId({ authorId: callers.owner.userId, type: MiMeiType.DB, ext: "x" })),
    open: readers((w) => w.c.mimei.open({ mimeiId: shared, version: "1" })),
    // Everyone may close a handle they opened (on a public MiMei, so that guests can open one).
    close: everyone(async (w) => {
      const { handle } = await w.c.mimei.open({ mimeiId: await publicMiMei(), version: "cur" });
      return w.c.mimei.close({ handle });
    }),
    getMiMeiInfo: readers((w) => w.c.mimei.getMiMeiInfo({ mimeiId: shared })),
    hasMiMei: everyone((w) => w.c.mimei.hasMiMei({ mimeiId: shared })),
    listMiMei: everyone((w) => w.c.mimei.listMiMei({ authorId: callers.owner.userId })),
    deleteMiMei: owners(async (w) => w.c.mimei.deleteMiMei({ mimeiId: (await freshMiMei()).mimeiId })),
    setRight: owners(async (w) => w.c.mimei.setRight({ mimeiId: (await freshMiMei()).mimeiId, member: callers.stranger.userId, rights: BigInt(Right.READ) })),
    getRight: readers((w) => w.c.mimei.getRight({ mimeiId: shared })),
    listRights: owners((w) => w.c.mimei.listRights({ mimeiId: shared })),
    backup: owners(async (w) => w.c.mimei.backup({ mimeiId: (await freshMiMei()).mimeiId, memo: "cell" })),
    release: owners(async (w) => w.c.mimei.release({ mimeiId: (await freshMiMei()).mimeiId, version: "last" })),
    restore: owners(async (w) => w.c.mimei.restore({ mimeiId: (await freshMiMei()).mimeiId, version: "1" })),
    deleteVersions: owners(async (w) => w.c.mimei.deleteVersions({ mimeiId: (await freshMiMei()).mimeiId, versions: [1n] })),
    listVersions: readers((w) => w.c.mimei.listVersions({ mimeiId: shared })),
    addRefs: writers(async (w) => w.c.mimei.addRefs({ mimeiId: shared, targets: [(await publicMiMei())] })),
    deleteRefs: writers(async (w) => {
      const { mimeiId, target } = await freshMiMei();
      return w.c.mimei.deleteRefs({ mimeiId, targets: [target] });
    }),
    getRefs: readers((w) => w.c.mimei.getRefs({ mimeiId: shared, versions: ["cur", "1"] })),
    sum: readers((w) => w.c.mimei.sum({ mimeiId: shared, version: "1", includeRefs: true })),
  },
  [FileService.typeName]: {
    openTempFile: users((w) => w.c.file.openTempFile({ name: "a.txt" })),
    openFile: readers((w) => w.c.file.openFile({ target: { case: "url", value: `mm://${shared}` } })),
    writeFile: writers(async (w) => w.c.file.writeFile({ handle: await curOf(w), offset: -1n, data: bytes("x") })),
    readFile: readers(async (w) => w.c.file.readFile({ handle: await curOf(w), offset: 0n, length: 1n })),
    truncateFile: writers(async (w) => w.c.file.truncateFile({ handle: await curOf(w), size: 1n })),
    getFileSize: readers(async (w) => w.c.file.getFileSize({ handle: await curOf(w) })),
    statFile: readers(async (w) => w.c.file.statFile({ handle: await curOf(w) })),
    fileExists: readers(async (w) => w.c.file.fileExists({ handle: await curOf(w), target: { case: "contentHash", value: sharedContent } })),
    getMimeType: readers(async (w) => w.c.file.getMimeType({ handle: await curOf(w) })),
    // The temp file is the caller's own; placing it in `shared` needs WRITE there.
    finishTempFile: writers(async (w) => {
      const { handle } = await w.c.file.openTempFile({ name: "t.txt" });
      return w.c.file.finishTempFile({ handle, target: { destination: { case: "refMimeiId", value: shared } } });
    }),
    setObject: writers(async (w) => w.c.file.setObject({ handle: await curOf(w), value: { kind: { case: "boolValue", value: true } } })),
    getObject: readers(async (w) => {
      const v1 = (await w.c.mimei.open({ mimeiId: shared, version: "1" })).handle;
      return w.c.file.getObject({ handle: v1 }).catch((err) => {
        // Version 1 is empty content, which is not JSON: access was granted all the same.
        if (reasonOf(err) === "NOT_JSON") return;
        throw err;
      });
    }),
    setFileContent: writers(async (w) => w.c.file.setFileContent({ handle: await curOf(w), contentHash: sharedContent })),
    makeDir: writers(async (w) => w.c.file.makeDir({ handle: await treeOf(w), path: `/${unique("d")}` })),
    readDir: readers(async (w) => w.c.file.readDir({ handle: await treeOf(w), path: "/dir" })),
    findFiles: readers(async (w) => w.c.file.findFiles({ handle: await treeOf(w), query: { case: "glob", value: "**/f" } })),
    copyPath: writers(async (w) => w.c.file.copyPath({ handle: await treeOf(w), sourcePath: "/dir/f", destinationPath: `/${unique("c")}` })),
    movePath: writers(async (w) => {
      const handle = await treeOf(w);
      const from = `/${unique("m")}`;
      // The owner makes what the cell moves, so only the move itself is about access.
      await owner().file.makeDir({ handle: await treeOf(callers.owner), path: from });
      return w.c.file.movePath({ handle, fromPath: from, toPath: `${from}-moved` });
    }),
    removePath: writers(async (w) => {
      const handle = await treeOf(w);
      const path = `/${unique("r")}`;
      await owner().file.makeDir({ handle: await treeOf(callers.owner), path });
      return w.c.file.removePath({ handle, path });
    }),
    removeAll: writers(async (w) => {
      const handle = await treeOf(w);
      const path = `/${unique("ra")}`;
      await owner().file.makeDir({ handle: await treeOf(callers.owner), path: `${path}/sub`, parents: true });
      return w.c.file.removeAll({ handle, path });
    }),
    diffTree: readers((w) => w.c.file.diffTree({ mimeiId: sharedTree, fromVersion: "1" })),
    upload: writers(async (w) => w.c.file.upload(uploadOf({ target: { destination: { case: "refMimeiId", value: shared } } }, bytes(w.role)))),
    download: readers(async (w) => {
      for await (const _ of w.c.file.download({ source: { case: "handle", value: await curOf(w) } }));
    }),
  },
  [DbService.typeName]: {
    set: writers(onDb((w, handle) => w.c.db.set({ handle, key: "k", value: bytes("v") }))),
    get: readers(onDb((w, handle) => w.c.db.get({ handle, key: "k" }))),
    del: writers(onDb((w, handle) => w.c.db.del({ handle, keys: ["gone"] }))),
    exists: readers(onDb((w, handle) => w.c.db.exists({ handle, keys: ["k"] }))),
    incr: writers(onDb((w, handle) => w.c.db.incr({ handle, key: "n" }))),
    incrBy: writers(onDb((w, handle) => w.c.db.incrBy({ handle, key: "n", delta: 2n }))),
    strlen: readers(onDb((w, handle) => w.c.db.strlen({ handle, key: "k" }))),
    mGet: readers(onDb((w, handle) => w.c.db.mGet({ handle, keys: ["k", "n"] }))),
    mSet: writers(onDb((w, handle) => w.c.db.mSet({ handle, entries: [{ key: "m", value: bytes("1") }] }))),
    expire: writers(onDb((w, handle) => w.c.db.expire({ handle, key: "k", persist: true }))),
    ttl: readers(onDb((w, handle) => w.c.db.ttl({ handle, key: "k" }))),
    hSet: writers(onDb((w, handle) => w.c.db.hSet({ handle, key: "h", field: "f", value: bytes("1") }))),
    hGet: readers(onDb((w, handle) => w.c.db.hGet({ handle, key: "h", field: "f" }))),
    hMSet: writers(onDb((w, handle) => w.c.db.hMSet({ handle, key: "h", fields: [{ field: "g", value: bytes("2") }] }))),
    hMGet: readers(onDb((w, handle) => w.c.db.hMGet({ handle, key: "h", fields: ["f"] }))),
    hGetAll: readers(onDb((w, handle) => w.c.db.hGetAll({ handle, key: "h" }))),
    hKeys: readers(onDb((w, handle) => w.c.db.hKeys({ handle, key: "h" }))),
    hVals: readers(onDb((w, handle) => w.c.db.hVals({ handle, key: "h" }))),
    hDel: writers(onDb((w, handle) => w.c.db.hDel({ handle, key: "h", fields: ["nope"] }))),
    hLen: readers(onDb((w, handle) => w.c.db.hLen({ handle, key: "h" }))),
    hExists: readers(onDb((w, handle) => w.c.db.hExists({ handle, key: "h", field: "f" }))),
    hIncrBy: writers(onDb((w, handle) => w.c.db.hIncrBy({ handle, key: "hn", field: "f", delta: 1n }))),
    hScan: readers(onDb((w, handle) => w.c.db.hScan({ handle, key: "h" }))),
    hRevScan: readers(onDb((w, handle) => w.c.db.hRevScan({ handle, key: "h" }))),
    hClear: writers(onDb((w, handle) => w.c.db.hClear({ handle, keys: ["nope"] }))),
    lPush: writers(onDb((w, handle) => w.c.db.lPush({ handle, key: "l", values: [bytes("a")] }))),
    rPush: writers(onDb((w, handle) => w.c.db.rPush({ handle, key: "l", values: [bytes("b")] }))),
    lPop: writers(onDb((w, handle) => w.c.db.lPop({ handle, key: "nope" }))),
    rPop: writers(onDb((w, handle) => w.c.db.rPop({ handle, key: "nope" }))),
    lRange: readers(onDb((w, handle) => w.c.db.lRange({ handle, key: "l", start: 0n, stop: -1n }))),
    lLen: readers(onDb((w, handle) => w.c.db.lLen({ handle, key: "l" }))),
    lIndex: readers(onDb((w, handle) => w.c.db.lIndex({ handle, key: "l", index: 0n }))),
    lSet: writers(onDb((w, handle) => w.c.db.lSet({ handle, key: "l", index: 0n, value: bytes("z") }))),
    lTrim: writers(onDb((w, handle) => w.c.db.lTrim({ handle, key: "l", start: 0n, stop: -1n }))),
    sAdd: writers(onDb((w, handle) => w.c.db.sAdd({ handle, key: "s", members: [bytes("a")] }))),
    sRem: writers(onDb((w, handle) => w.c.db.sRem({ handle, key: "s", members: [bytes("nope")] }))),
    sMembers: readers(onDb((w, handle) => w.c.db.sMembers({ handle, key: "s" }))),
    sIsMember: readers(onDb((w, handle) => w.c.db.sIsMember({ handle, key: "s", member: bytes("a") }))),
    sCard: readers(onDb((w, handle) => w.c.db.sCard({ handle, key: "s" }))),
    sInter: readers(onDb((w, handle) => w.c.db.sInter({ handle, keys: ["s"] }))),
    sUnion: readers(onDb((w, handle) => w.c.db.sUnion({ handle, keys: ["s"] }))),
    sDiff: readers(onDb((w, handle) => w.c.db.sDiff({ handle, keys: ["s"] }))),
    zAdd: writers(onDb((w, handle) => w.c.db.zAdd({ handle, key: "z", members: [{ member: bytes("a"), score: 1 }] }))),
    zRem: writers(onDb((w, handle) => w.c.db.zRem({ handle, key: "z", members: [bytes("nope")] }))),
    zScore: readers(onDb((w, handle) => w.c.db.zScore({ handle, key: "z", member: bytes("a") }))),
    zIncrBy: writers(onDb((w, handle) => w.c.db.zIncrBy({ handle, key: "z", member: bytes("b"), delta: 1 }))),
    zCard: readers(onDb((w, handle) => w.c.db.zCard({ handle, key: "z" }))),
    zRank: readers(onDb((w, handle) => w.c.db.zRank({ handle, key: "z", member: bytes("a") }))),
    zRange: readers(onDb((w, handle) => w.c.db.zRange({ handle, key: "z", start: 0n, stop: -1n }))),
    zRevRange: readers(onDb((w, handle) => w.c.db.zRevRange({ handle, key: "z", start: 0n, stop: -1n }))),
    zRangeByScore: readers(onDb((w, handle) => w.c.db.zRangeByScore({ handle, key: "z", range: { min: -Infinity, max: Infinity } }))),
    zRevRangeByScore: readers(onDb((w, handle) => w.c.db.zRevRangeByScore({ handle, key: "z", range: { min: -Infinity, max: Infinity } }))),
    zCount: readers(onDb((w, handle) => w.c.db.zCount({ handle, key: "z", range: { min: 0, max: 10 } }))),
    zRemRangeByScore: writers(onDb((w, handle) => w.c.db.zRemRangeByScore({ handle, key: "z", range: { min: 100, max: 200 } }))),
    scan: readers(onDb((w, handle) => w.c.db.scan({ handle }))),
    // A batch that only reads needs READ; one that writes needs WRITE.
    batch: writers(onDb((w, handle) => w.c.db.batch({ handle, commands: [{ command: { case: "set", value: { key: "b", value: bytes("1") } } }] }))),
    beginTransaction: writers(onDb((w, handle) => w.c.db.beginTransaction({ handle }))),
    commitTransaction: writers(onDb(async (w, handle) => w.c.db.commitTransaction({ handle, transactionId: (await w.c.db.beginTransaction({ handle })).transactionId }))),
    rollbackTransaction: writers(onDb(async (w, handle) => w.c.db.rollbackTransaction({ handle, transactionId: (await w.c.db.beginTransaction({ handle })).transactionId }))),
    getLastSeq: readers(onDb((w, handle) => w.c.db.getLastSeq({ handle }))),
  },
  [AppService.typeName]: {
    // Uploads install into the caller's own app: any user may, into nobody else's.
    uploadApp: users(async (w) => {
      // Guests cannot store content; the owner's archive shows the refusal is the call's own.
      const contentHash = w.role === "guest" ? ownerArchive : (await w.c.file.upload(uploadOf({}, APP_ARCHIVE))).contentHash;
      return w.c.app.uploadApp({ name: unique("app"), contentHash });
    }),
    uploadAppArchive: users((w) => w.c.app.uploadAppArchive(uploadOf({ name: unique("app") }, APP_ARCHIVE))),
    uploadAppFile: writers((w) => w.c.app.uploadAppFile({ appId: sharedApp, path: "index.html", content: { case: "data", value: bytes(w.role) } })),
    listApps: users((w) => w.c.app.listApps({ authorId: callers.owner.userId })),
    getAppInfo: readers((w) => w.c.app.getAppInfo({ appId: sharedApp })),
    uninstallApp: owners(async (w) => w.c.app.uninstallApp({ appId: await freshApp() })),
    // Scripts and tasks belong to their owner (here: the owner of the shared MiMei).
    registerScript: users((w) => w.c.app.registerScript({ name: unique("script"), source: "1" })),
    listScripts: users((w) => w.c.app.listScripts({})),
    deleteScript: owners(async (w) => w.c.app.deleteScript({ scriptId: await ownerScript() })),
    runScript: users((w) => w.c.app.runScript({ source: "1 + 1" })),
    runScriptById: owners(async (w) => w.c.app.runScriptById({ scriptId: await ownerScript() })),
    startTask: users(async (w) => {
      const { script } = await w.c.app.registerScript({ name: unique("script"), source: "1" });
      return w.c.app.startTask({ setting: { name: unique("task"), scriptId: script!.scriptId } });
    }),
    getTaskStatus: owners(async (w) => w.c.app.getTaskStatus({ taskId: await ownerTask() })),
    listTasks: users((w) => w.c.app.listTasks({})),
    cancelTask: owners(async (w) => w.c.app.cancelTask({ taskId: await ownerTask() })),
  },
  [NodeService.typeName]: {
    getNodeInfo: everyone((w) => w.c.node.getNodeInfo({})),
    getAddresses: everyone((w) => w.c.node.getAddresses({})),
    getStats: everyone((w) => w.c.node.getStats({})),
  },
};

const MATRIX_SERVICES: DescService[] = [IdentityService, MiMeiService, NodeService, FileService, DbService, AppService];

async function outcomeOf(call: Promise<unknown>): Promise<{ outcome: Outcome; reason?: string; message?: string }> {
  try {
    await call;
    return { outcome: OK };
  } catch (err) {
    const e = await failureOf(Promise.reject(err));
    return { outcome: e.code, reason: reasonOf(e), message: e.rawMessage };
  }
}

const show = (o: Outcome) => (o === OK ? OK : Code[o]);

beforeAll(async () => {
  node = await startTestNode();
  // The first local user administers the node; registering the operator first keeps the five
  // callers plain users, so that node administration is not mistaken for MiMei ownership.
  const operatorCredential: { session?: string } = {};
  operator = createClients(node.url, operatorCredential);
  await operator.identity.register({ name: "operator", password: PASSWORD });
  operatorCredential.session = (await operator.identity.login({ credential: { case: "password", value: { name: "operator", password: PASSWORD } } })).sessionId;
  await Promise.all(
    ROLES.map(async (role) => {
      const credential: { session?: string } = {};
      const c = createClients(node.url, credential);
      let userId = "";
      if (role !== "guest") {
        userId = (await c.identity.register({ name: role, password: PASSWORD })).userId;
        credential.session = (await c.identity.login({ credential: { case: "password", value: { name: role, password: PASSWORD } } })).sessionId;
      }
      callers[role] = { role, userId, credential, c };
    }),
  );
  ({ mimeiId: shared } = await freshMiMei());
  sharedDb = (await owner().mimei.create({ type: MiMeiType.DB, mark: "auto" })).mimeiId;
  await owner().mimei.setRight({ mimeiId: sharedDb, member: callers.reader.userId, rights: BigInt(Right.READ) });
  await owner().mimei.setRight({ mimeiId: sharedDb, member: callers.writer.userId, rights: BigInt(Right.READ | Right.WRITE) });
  await owner().mimei.backup({ mimeiId: sharedDb, memo: "v1" });
  sharedTree = (await owner().mimei.create({ type: MiMeiType.MMFS, mark: "auto" })).mimeiId;
  await owner().mimei.setRight({ mimeiId: sharedTree, member: callers.reader.userId, rights: BigInt(Right.READ) });
  await owner().mimei.setRight({ mimeiId: sharedTree, member: callers.writer.userId, rights: BigInt(Right.READ | Right.WRITE) });
  await owner().file.makeDir({ handle: await treeOf(callers.owner), path: "/dir" });
  await owner().file.openFile({ target: { case: "treePath", value: { handle: await treeOf(callers.owner), path: "/dir/f" } }, create: true });
  await owner().mimei.backup({ mimeiId: sharedTree, memo: "v1" });
  const cur = (await owner().mimei.open({ mimeiId: shared, version: "cur" })).handle;
  sharedContent = (await owner().file.writeFile({ handle: cur, offset: 0n, data: bytes("shared") }), (await owner().file.statFile({ handle: cur })).info!.digest);
  // Cells below rewrite cur; the reference keeps this content readable through `shared`.
  await owner().mimei.addRefs({ mimeiId: shared, targets: [sharedContent] });
  ownerArchive = (await owner().file.upload(uploadOf({}, APP_ARCHIVE))).contentHash;
  sharedApp = await freshApp();
});

afterAll(async () => {
  await node?.close();
});

describe("the authorization matrix", () => {
  const methods = MATRIX_SERVICES.flatMap((s) => s.methods.map((m) => [`${s.typeName}.${m.name}`, s, m] as const));

  it.each(methods)("%s", async (_name, service, method) => {
    const row = MATRIX[service.typeName]?.[method.localName];
    expect(row, `${service.typeName}.${method.name} has no row in the authorization matrix`).toBeDefined();
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const [i, role] of ROLES.entries()) {
      const r = await outcomeOf(row!.call(callers[role]));
      got[role] = r.outcome === OK ? OK : `${show(r.outcome)} (${r.reason}: ${r.message})`;
      want[role] = row!.expect[i] === OK ? OK : `${show(row!.expect[i]!)}`;
      // Only the code is specified; the rest of the text is there to explain a mismatch.
      if (r.outcome !== OK && r.outcome === row!.expect[i]) got[role] = show(r.outcome);
    }
    expect(got).toEqual(want);
  });

  it("has no row for an RPC the API does not have", () => {
    for (const service of MATRIX_SERVICES) {
      const names = new Set(service.methods.map((m) => m.localName));
      expect(Object.keys(MATRIX[service.typeName]!).filter((n) => !names.has(n))).toEqual([]);
    }
  });
});

describe("node administration", () => {
  it("lets the node administrator, and only them, trust and untrust issuers", async () => {
    expect((await operator.identity.getUserInfo({})).user?.nodeAdmin).toBe(true);
    for (const role of ROLES.filter((r) => r !== "guest")) {
      expect((await callers[role].c.identity.getUserInfo({})).user?.nodeAdmin, role).toBe(false);
    }
    const { issuerId } = await operator.identity.trustIssuer({ publicKey: new Uint8Array(32).fill(9), note: "partner" });
    expect((await callers.guest.c.identity.listTrustedIssuers({})).issuers.map((i) => i.issuerId)).toContain(issuerId);
    await operator.identity.untrustIssuer({ issuerId });
    expect((await callers.guest.c.identity.listTrustedIssuers({})).issuers.map((i) => i.issuerId)).not.toContain(issuerId);
  });
});

describe("public MiMei and rights changes", () => {
  it("lets guests and strangers read a public MiMei but not write it", async () => {
    const mimeiId = await publicMiMei();
    await owner().mimei.backup({ mimeiId });
    for (const who of [callers.guest, callers.stranger]) {
      expect((await who.c.mimei.getMiMeiInfo({ mimeiId })).info?.rights).toBe(BigInt(Right.READ));
      expect((await who.c.mimei.open({ mimeiId, version: "cur" })).readOnly).toBe(true);
      expect((await who.c.mimei.listVersions({ mimeiId })).versions).toHaveLength(1);
      expect((await who.c.mimei.listMiMei({ authorId: callers.owner.userId })).mimei.map((m) => m.mimeiId)).toContain(mimeiId);
      const refused = who.role === "guest" ? U : PD;
      expect((await outcomeOf(who.c.mimei.addRefs({ mimeiId, targets: [shared] }))).outcome).toBe(refused);
      expect((await outcomeOf(who.c.mimei.backup({ mimeiId }))).outcome).toBe(refused);
      expect((await outcomeOf(who.c.mimei.setRight({ mimeiId, member: "*", rights: 0n }))).outcome).toBe(refused);
      expect((await outcomeOf(who.c.mimei.listRights({ mimeiId }))).outcome).toBe(refused);
    }
    // Listing the owner's MiMei shows a stranger only the public ones.
    const listed = (await callers.stranger.c.mimei.listMiMei({ authorId: callers.owner.userId })).mimei.map((m) => m.mimeiId);
    expect(listed).not.toContain(shared);
  });

  it("applies rights at once when they are set and when they are removed", async () => {
    const stranger = callers.stranger;
    const { mimeiId } = await freshMiMei();
    expect((await outcomeOf(stranger.c.mimei.getMiMeiInfo({ mimeiId }))).outcome).toBe(PD);

    await owner().mimei.setRight({ mimeiId, member: stranger.userId, rights: BigInt(Right.READ | Right.WRITE) });
    expect((await stranger.c.mimei.getMiMeiInfo({ mimeiId })).info?.rights).toBe(BigInt(Right.READ | Right.WRITE));
    expect((await stranger.c.mimei.addRefs({ mimeiId, targets: [shared] })).count).toBe(1n);

    await owner().mimei.setRight({ mimeiId, member: stranger.userId, rights: BigInt(Right.READ) });
    expect((await outcomeOf(stranger.c.mimei.addRefs({ mimeiId, targets: [shared] }))).outcome).toBe(PD);
    expect((await stranger.c.mimei.getRight({ mimeiId })).rights).toBe(BigInt(Right.READ));

    await owner().mimei.setRight({ mimeiId, member: stranger.userId, rights: 0n });
    expect((await outcomeOf(stranger.c.mimei.getMiMeiInfo({ mimeiId }))).outcome).toBe(PD);
    expect((await owner().mimei.listRights({ mimeiId })).members.map((m) => m.member)).not.toContain(stranger.userId);

    // Making it public and private again works the same way for guests.
    await owner().mimei.setRight({ mimeiId, member: "*", rights: BigInt(Right.READ) });
    expect((await outcomeOf(callers.guest.c.mimei.getMiMeiInfo({ mimeiId }))).outcome).toBe(OK);
    await owner().mimei.setRight({ mimeiId, member: "*", rights: 0n });
    expect((await outcomeOf(callers.guest.c.mimei.getMiMeiInfo({ mimeiId }))).outcome).toBe(U);
  });
});

describe("the rule table and the planned services", () => {
  it("has an explicit rule for every method of every implemented service", () => {
    const implemented = new Set<DescService>(IMPLEMENTED_SERVICES);
    const missing = API_SERVICES.filter((s) => implemented.has(s))
      .flatMap((s) => s.methods)
      .filter((m) => !hasRule(m))
      .map((m) => `${m.parent.typeName}.${m.name}`);
    expect(missing).toEqual([]);
    // Every service of the API is either implemented or planned, never both.
    expect(API_SERVICES.filter((s) => implemented.has(s) === PLANNED_SERVICES.includes(s))).toEqual([]);
  });

  /** Calls any method with an empty request, whatever its kind, and reports how it ended. */
  async function callEmpty(service: DescService, method: DescMethod, session?: string): Promise<Outcome> {
    const client = createClient(service, createTransport("connect-binary-h2", node.url, [authInterceptor(() => session)])) as any;
    const fn = client[method.localName].bind(client);
    const empty = async function* () {
      yield {};
    };
    return (
      await outcomeOf(
        (async () => {
          switch (method.methodKind) {
            case "unary":
              return fn({});
            case "server_streaming":
              for await (const _ of fn({}));
              return;
            case "client_streaming":
              return fn(empty());
            case "bidi_streaming":
              for await (const _ of fn(empty()));
              return;
          }
        })(),
      )
    ).outcome;
  }

  const planned = PLANNED_SERVICES.flatMap((s) => s.methods.map((m) => [`${s.typeName}.${m.name} (${m.methodKind})`, s, m] as const));

  it.each(planned)("%s: Unauthenticated for a guest, Unimplemented for a user", async (_name, service, method) => {
    expect(show(await callEmpty(service, method))).toBe("Unauthenticated");
    expect(show(await callEmpty(service, method, callers.stranger.credential.session))).toBe("Unimplemented");
  });
});
