// Who may call what, over the wire: every RPC of IdentityService, MiMeiService and NodeService
// called by five callers (a guest, a stranger, a reader, a writer and the owner of a MiMei),
// each with a request that is valid, so that the outcome is only about access. The matrix is
// built from the service descriptors: an RPC added to the API without a row here fails.
import type { DescMethod, DescService } from "@bufbuild/protobuf";
import { Code, createClient } from "@connectrpc/connect";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
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
  [NodeService.typeName]: {
    getNodeInfo: everyone((w) => w.c.node.getNodeInfo({})),
    getAddresses: everyone((w) => w.c.node.getAddresses({})),
    getStats: everyone((w) => w.c.node.getStats({})),
  },
};

const MATRIX_SERVICES: DescService[] = [IdentityService, MiMeiService, NodeService];

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
