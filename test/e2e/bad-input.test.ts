// Bad input over the wire: malformed and unknown ids and versions, oversized messages, wrong
// passwords, bad passes and sessions, handles used by the wrong user or for the wrong purpose,
// and deletions that would break an invariant. Each is refused with its code and reason, and
// after each, nothing stored has changed.
import { randomBytes } from "node:crypto";
import { Code } from "@connectrpc/connect";
import { MiMeiType, Right } from "@leither/api/leither/v1/common_pb";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateKeyPair, leitherIdOf, type KeyPair } from "../../server/src/identity/index.js";
import { encodeToken } from "../../server/src/identity/token.js";
import { startTestNode, type TestNode } from "./support/in-process-node.js";
import { createClients, expectFailure, type Clients } from "./support/rpc.js";

const PASSWORD = "correct horse battery";
const MAX_MESSAGE_BYTES = 64 * 1024;

let node: TestNode;
/** The owner of `m` and `t`. */
let alice: Clients;
let aliceId: string;
/** A registered user with no rights on them. */
let bob: Clients;
/** A passes issuer the node trusts (from its configuration). */
let partner: KeyPair;
/** alice's MiMei: version 1 (released), version 2, and cur referencing `t`. */
let m: string;
/** alice's MiMei referenced by `m`. */
let t: string;

beforeAll(async () => {
  partner = generateKeyPair();
  node = await startTestNode({
    maxMessageBytes: MAX_MESSAGE_BYTES,
    trustedIssuers: [Buffer.from(partner.publicKey).toString("base64url")],
  });
  const login = async (name: string) => {
    const credential: { session?: string } = {};
    const c = createClients(node.url, credential);
    const { userId } = await c.identity.register({ name, password: PASSWORD });
    credential.session = (await c.identity.login({ credential: { case: "password", value: { name, password: PASSWORD } } })).sessionId;
    return { c, userId };
  };
  const [a, b] = await Promise.all([login("alice"), login("bob")]);
  ({ c: alice, userId: aliceId } = a!);
  bob = b!.c;

  t = (await alice.mimei.create({ type: MiMeiType.FILE, ext: "txt", mark: "target" })).mimeiId;
  m = (await alice.mimei.create({ type: MiMeiType.DB, mark: "main" })).mimeiId;
  await alice.mimei.backup({ mimeiId: m, memo: "one" });
  await alice.mimei.release({ mimeiId: m, version: "1" });
  await alice.mimei.addRefs({ mimeiId: m, targets: [t] });
  await alice.mimei.backup({ mimeiId: m, memo: "two" });
  await alice.mimei.setRight({ mimeiId: m, member: "*", rights: BigInt(Right.READ) });
});

afterAll(async () => {
  vi.useRealTimers();
  await node?.close();
});

/** What the node stores about `m` and `t`, as their owner sees it. */
async function stored() {
  const of = async (mimeiId: string) => ({
    info: await alice.mimei.getMiMeiInfo({ mimeiId }),
    versions: await alice.mimei.listVersions({ mimeiId }),
    refs: await alice.mimei.getRefs({ mimeiId, versions: ["cur"] }),
    rights: await alice.mimei.listRights({ mimeiId }),
  });
  return {
    m: { ...(await of(m)), frozenRefs: await alice.mimei.getRefs({ mimeiId: m, versions: ["1", "2"] }) },
    t: await of(t),
    mine: (await alice.mimei.listMiMei({})).mimei.map((i) => i.mimeiId).sort(),
  };
}

/** Runs the bad calls, each of which must fail as stated, and checks nothing stored changed. */
async function refusedWithoutChange(cases: [string, () => Promise<unknown>, Code, string?][]): Promise<void> {
  const before = await stored();
  for (const [what, call, code, reason] of cases) {
    await expect(expectFailure(call(), code, reason), what).resolves.toBeDefined();
    expect(await stored(), `after ${what}`).toEqual(before);
  }
}

/** A pass token signed by `issuer`, with payload fields overridden by `patch`. */
function passToken(issuer: KeyPair, patch: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return encodeToken(
    {
      typ: "pass",
      v: 1,
      iss: leitherIdOf(issuer.publicKey),
      ipk: Buffer.from(issuer.publicKey).toString("base64url"),
      sub: randomId(),
      info: {},
      iat: now - 60,
      exp: now + 3600,
      nonce: randomBytes(16).toString("base64url"),
      ...patch,
    },
    issuer.privateKey,
  );
}

function randomId(): string {
  return randomBytes(20).toString("base64url");
}

describe("MiMei ids", () => {
  const MALFORMED = [
    ["too short", "abc"],
    ["bad characters", "A".repeat(26) + "!"],
    ["path traversal", "../x"],
    ["path traversal of id length", "../../../../../etc/passwd00"],
    ["28 characters", "A".repeat(28)],
    // 27 characters, but the spare bits of the last one are set: not a canonical encoding.
    ["non-canonical", "A".repeat(26) + "B"],
  ];

  it.each(MALFORMED)("refuses a malformed id (%s) with INVALID_MIMEI_ID", async (_what, id) => {
    await refusedWithoutChange([
      ["GetMiMeiInfo", () => alice.mimei.getMiMeiInfo({ mimeiId: id }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
      ["Open", () => alice.mimei.open({ mimeiId: id, version: "cur" }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
      ["ListVersions", () => bob.mimei.listVersions({ mimeiId: id }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
      ["AddRefs", () => alice.mimei.addRefs({ mimeiId: id, targets: [t] }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
      ["AddRefs target", () => alice.mimei.addRefs({ mimeiId: m, targets: [id] }), Code.InvalidArgument, "INVALID_REF_TARGET"],
      ["SetRight", () => alice.mimei.setRight({ mimeiId: id, member: "*", rights: 1n }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
      ["DeleteMiMei", () => alice.mimei.deleteMiMei({ mimeiId: id }), Code.InvalidArgument, "INVALID_MIMEI_ID"],
    ]);
    expect((await alice.mimei.hasMiMei({ mimeiId: id })).exists).toBe(false);
  });

  it("refuses an empty id as naming no MiMei", async () => {
    await refusedWithoutChange([
      ["GetMiMeiInfo", () => alice.mimei.getMiMeiInfo({ mimeiId: "" }), Code.InvalidArgument, "MIMEI_ID_REQUIRED"],
      ["Backup", () => alice.mimei.backup({ mimeiId: "" }), Code.InvalidArgument, "MIMEI_ID_REQUIRED"],
      ["DeleteMiMei", () => alice.mimei.deleteMiMei({ mimeiId: "" }), Code.InvalidArgument, "MIMEI_ID_REQUIRED"],
    ]);
  });

  it("answers NotFound for a well-formed id nobody created", async () => {
    const unknown = (await alice.mimei.computeId({ type: MiMeiType.FILE, mark: "never created" })).mimeiId;
    await refusedWithoutChange([
      ["GetMiMeiInfo", () => alice.mimei.getMiMeiInfo({ mimeiId: unknown }), Code.NotFound, "MIMEI_UNKNOWN"],
      ["Open", () => bob.mimei.open({ mimeiId: unknown, version: "cur" }), Code.NotFound, "MIMEI_UNKNOWN"],
      ["Backup", () => alice.mimei.backup({ mimeiId: unknown }), Code.NotFound, "MIMEI_UNKNOWN"],
      ["SetRight", () => alice.mimei.setRight({ mimeiId: unknown, member: "*", rights: 1n }), Code.NotFound, "MIMEI_UNKNOWN"],
      ["DeleteMiMei", () => alice.mimei.deleteMiMei({ mimeiId: unknown }), Code.NotFound, "MIMEI_UNKNOWN"],
    ]);
    expect((await alice.mimei.hasMiMei({ mimeiId: unknown })).exists).toBe(false);
  });
});

describe("versions", () => {
  it.each(["-1", "abc", "1.5", "0", "01", "1e3", " 1", "99999999999999999999", "9007199254740993"])("refuses the version %j with BAD_VERSION", async (v) => {
    await refusedWithoutChange([
      ["Open", () => alice.mimei.open({ mimeiId: m, version: v }), Code.InvalidArgument, "BAD_VERSION"],
      ["Sum", () => alice.mimei.sum({ mimeiId: m, version: v }), Code.InvalidArgument, "BAD_VERSION"],
      ["Release", () => alice.mimei.release({ mimeiId: m, version: v }), Code.InvalidArgument, "BAD_VERSION"],
      ["Restore", () => alice.mimei.restore({ mimeiId: m, version: v }), Code.InvalidArgument, "BAD_VERSION"],
      ["GetRefs", () => alice.mimei.getRefs({ mimeiId: m, versions: ["cur", v] }), Code.InvalidArgument, "BAD_VERSION"],
    ]);
  });

  it("refuses version numbers out of range in DeleteVersions", async () => {
    await refusedWithoutChange([
      ["0", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [2n, 0n] }), Code.InvalidArgument, "BAD_VERSION"],
      ["2^64-1", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [2n, 2n ** 64n - 1n] }), Code.InvalidArgument],
      ["2^53", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [2n ** 53n] }), Code.InvalidArgument],
    ]);
  });

  it("answers NotFound for versions that do not exist", async () => {
    await refusedWithoutChange([
      ["Open", () => alice.mimei.open({ mimeiId: m, version: "3" }), Code.NotFound, "NO_SUCH_VERSION"],
      ["Sum", () => bob.mimei.sum({ mimeiId: m, version: "99" }), Code.NotFound, "NO_SUCH_VERSION"],
      ["Restore", () => alice.mimei.restore({ mimeiId: m, version: "9007199254740991" }), Code.NotFound, "NO_SUCH_VERSION"],
      ["Release", () => alice.mimei.release({ mimeiId: t, version: "last" }), Code.NotFound, "NO_SUCH_VERSION"],
      // All or nothing: version 2 exists but is not deleted because 3 does not.
      ["DeleteVersions", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [2n, 3n] }), Code.NotFound, "VERSION_UNKNOWN"],
    ]);
  });
});

describe("message size", () => {
  it("refuses a request larger than maxMessageBytes with ResourceExhausted", async () => {
    // ~70 KiB of well-formed targets: valid in every way but size.
    const targets = Array.from({ length: 2600 }, () => randomId());
    await refusedWithoutChange([
      ["AddRefs", () => alice.mimei.addRefs({ mimeiId: m, targets }), Code.ResourceExhausted],
      ["Register", () => bob.identity.register({ name: "big", password: PASSWORD, profile: { bio: "x".repeat(MAX_MESSAGE_BYTES) } }), Code.ResourceExhausted],
    ]);
    await expectFailure(alice.identity.login({ credential: { case: "password", value: { name: "big", password: PASSWORD } } }), Code.Unauthenticated, "WRONG_PASSWORD");
    // Just under the limit goes through.
    expect((await alice.mimei.addRefs({ mimeiId: t, targets: targets.slice(0, 1500) })).count).toBe(1500n);
  });
});

describe("passwords", () => {
  it("refuses a wrong password, then every attempt once too many failed, until the window passes", async () => {
    const carol = createClients(node.url);
    await carol.identity.register({ name: "carol", password: PASSWORD });
    const attempt = (password: string) => carol.identity.login({ credential: { case: "password", value: { name: "carol", password } } });
    for (let i = 0; i < 5; i++) await expectFailure(attempt(`wrong password ${i}`), Code.Unauthenticated, "WRONG_PASSWORD");
    await expectFailure(attempt("wrong password 5"), Code.ResourceExhausted, "TOO_MANY_ATTEMPTS");
    // The right password too: the limiter answers before the password is checked.
    await expectFailure(attempt(PASSWORD), Code.ResourceExhausted, "TOO_MANY_ATTEMPTS");
    // Names are limited case-insensitively.
    await expectFailure(carol.identity.login({ credential: { case: "password", value: { name: "CAROL", password: PASSWORD } } }), Code.ResourceExhausted, "TOO_MANY_ATTEMPTS");
    // Other users are not affected.
    await createClients(node.url).identity.login({ credential: { case: "password", value: { name: "bob", password: PASSWORD } } });

    // The window is 15 minutes; the node reads the system clock.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 15 * 60_000 + 1_000 });
    try {
      expect((await attempt(PASSWORD)).userId).toMatch(/^[A-Za-z0-9_-]{27}$/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("passes and sessions", () => {
  const stranger = () => generateKeyPair();
  const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === "A" ? "B" : "A") + s.slice(at + 1);

  it("logs in with a good pass from a trusted issuer, by Login and by header", async () => {
    const token = passToken(partner);
    const login = await createClients(node.url).identity.login({ credential: { case: "pass", value: token } });
    expect(login.userId).toMatch(/^[A-Za-z0-9_-]{27}$/);
    const viaHeader = createClients(node.url, { session: `Pass ${token}` });
    expect((await viaHeader.identity.getUserInfo({ userId: login.userId })).user?.userId).toBe(login.userId);
    expect((await viaHeader.mimei.create({ type: MiMeiType.FILE, mark: "by pass" })).created).toBe(true);
  });

  const good = () => passToken(partner);
  const BAD: [string, () => string, string, RegExp][] = [
    ["expired", () => passToken(partner, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }), "PASS_EXPIRED", /expired/],
    ["not yet valid", () => passToken(partner, { iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 }), "PASS_INVALID", /future/],
    ["forged signature", () => {
      const token = good();
      return flip(token, token.indexOf(".") + 10);
    }, "PASS_INVALID", /signature/],
    ["tampered payload", () => {
      const [payload, signature] = good().split(".");
      const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
      claims.sub = randomId();
      return `${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    }, "PASS_INVALID", /signature/],
    ["untrusted issuer", () => passToken(stranger()), "ISSUER_UNTRUSTED", /untrusted/],
    ["a trusted issuer speaking for a local user", () => passToken(partner, { sub: aliceId }), "ISSUER_UNTRUSTED", /may not speak for/],
    ["garbage", () => "garbage", "PASS_INVALID", /malformed/],
    ["a certificate", () => passToken(partner, { typ: "cert" }), "PASS_INVALID", /certificate/],
  ];

  it.each(BAD)("refuses a pass that is %s, by Login", async (_what, token, reason, message) => {
    await refusedWithoutChange([
      ["Login", () => createClients(node.url).identity.login({ credential: { case: "pass", value: token() } }), Code.Unauthenticated, reason],
    ]);
    const err = await expectFailure(createClients(node.url).identity.login({ credential: { case: "pass", value: token() } }), Code.Unauthenticated);
    expect(err.rawMessage).toMatch(message);
  });

  it.each(BAD)("refuses a pass that is %s, in the authorization header", async (_what, token, reason, message) => {
    await refusedWithoutChange([
      // Even a public call: a bad credential is an error, not a guest.
      ["GetNodeInfo", () => createClients(node.url, { session: `Pass ${token()}` }).node.getNodeInfo({}), Code.Unauthenticated, reason],
      ["AddRefs", () => createClients(node.url, { session: `Pass ${token()}` }).mimei.addRefs({ mimeiId: m, targets: [t] }), Code.Unauthenticated, reason],
    ]);
    const err = await expectFailure(createClients(node.url, { session: `Pass ${token()}` }).node.getNodeInfo({}), Code.Unauthenticated);
    expect(err.rawMessage).toMatch(message);
  });

  it("refuses bad, unknown and ended sessions", async () => {
    const { sessionId } = await createClients(node.url).identity.login({ credential: { case: "pass", value: passToken(partner) } });
    await createClients(node.url, { session: sessionId }).identity.logout({});
    await refusedWithoutChange([
      ["garbage", () => createClients(node.url, { session: "garbage" }).node.getNodeInfo({}), Code.Unauthenticated, "SESSION_UNKNOWN"],
      ["unknown", () => createClients(node.url, { session: randomBytes(32).toString("base64url") }).mimei.backup({ mimeiId: m }), Code.Unauthenticated, "SESSION_UNKNOWN"],
      ["logged out", () => createClients(node.url, { session: sessionId }).mimei.create({ type: MiMeiType.FILE }), Code.Unauthenticated, "SESSION_UNKNOWN"],
      ["an unknown scheme", () => createClients(node.url, { session: "Basic YWxpY2U6cHc=" }).mimei.addRefs({ mimeiId: m, targets: [t] }), Code.Unauthenticated],
    ]);
  });
});

describe("handles", () => {
  it("refuses a handle opened by another user", async () => {
    const { handle } = await alice.mimei.open({ mimeiId: m, version: "cur" });
    await refusedWithoutChange([
      // m is public, so bob may read it, but not through alice's handle.
      ["GetMiMeiInfo", () => bob.mimei.getMiMeiInfo({ handle }), Code.PermissionDenied, "HANDLE_NOT_YOURS"],
      ["Backup", () => bob.mimei.backup({ handle }), Code.PermissionDenied, "HANDLE_NOT_YOURS"],
      ["Close", () => bob.mimei.close({ handle }), Code.PermissionDenied, "HANDLE_NOT_YOURS"],
      ["a guest", () => createClients(node.url).mimei.getMiMeiInfo({ handle }), Code.PermissionDenied, "HANDLE_NOT_YOURS"],
    ]);
    // Still alice's and still open.
    expect((await alice.mimei.getMiMeiInfo({ handle })).info?.mimeiId).toBe(m);
    await alice.mimei.close({ handle });
    await expectFailure(alice.mimei.getMiMeiInfo({ handle }), Code.NotFound, "HANDLE_UNKNOWN");
  });

  it("refuses to back up through a handle on a frozen version", async () => {
    // A MiMei of its own whose cur differs from version 1, so any backup would make version 2.
    const mimeiId = (await alice.mimei.create({ type: MiMeiType.FILE, mark: "auto" })).mimeiId;
    await alice.mimei.backup({ mimeiId });
    await alice.mimei.addRefs({ mimeiId, targets: [t] });
    const versions = await alice.mimei.listVersions({ mimeiId });
    const { handle, readOnly } = await alice.mimei.open({ mimeiId, version: "1" });
    expect(readOnly).toBe(true);
    await refusedWithoutChange([["Backup", () => alice.mimei.backup({ handle, memo: "through a frozen version" }), Code.FailedPrecondition, "VERSION_FROZEN"]]);
    expect(await alice.mimei.listVersions({ mimeiId })).toEqual(versions);
    // A handle on cur does back up.
    const cur = await alice.mimei.open({ mimeiId, version: "cur" });
    expect(await alice.mimei.backup({ handle: cur.handle })).toMatchObject({ version: 2n, created: true });
  });
});

describe("invariants", () => {
  it("refuses to delete the released version", async () => {
    await refusedWithoutChange([
      ["DeleteVersions", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [1n] }), Code.FailedPrecondition, "VERSION_RELEASED"],
      ["DeleteVersions with others", () => alice.mimei.deleteVersions({ mimeiId: m, versions: [2n, 1n] }), Code.FailedPrecondition, "VERSION_RELEASED"],
    ]);
  });

  it("refuses to delete a referenced MiMei", async () => {
    await refusedWithoutChange([["DeleteMiMei", () => alice.mimei.deleteMiMei({ mimeiId: t }), Code.FailedPrecondition, "REFERENCED"]]);
  });

  it("refuses to change the author's rights", async () => {
    await refusedWithoutChange([
      ["SetRight author", () => alice.mimei.setRight({ mimeiId: m, member: aliceId, rights: 1n }), Code.FailedPrecondition, "AUTHOR_RIGHTS_FIXED"],
      ["SetRight bad bits", () => alice.mimei.setRight({ mimeiId: m, member: "*", rights: 1n << 10n }), Code.InvalidArgument, "INVALID_RIGHTS"],
      ["SetRight bad member", () => alice.mimei.setRight({ mimeiId: m, member: "../x", rights: 1n }), Code.InvalidArgument, "INVALID_MEMBER"],
    ]);
  });
});
