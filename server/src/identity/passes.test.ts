import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createIdentity, generateKeyPair, identitySchema, leitherIdOf, type KeyPair } from "./index.js";
import { createPasses } from "./passes.js";
import { encodeToken } from "./token.js";

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
const HOUR = 3_600_000;

function setup() {
  const clock = createManualClock();
  const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
  const nodeKey = generateKeyPair();
  const identity = createIdentity({ db, clock, nodeKey, scrypt: FAST_SCRYPT });
  return { clock, db, identity, nodeKey };
}

async function registered(identity: ReturnType<typeof setup>["identity"], name = "alice") {
  await identity.users.register(name, "password1");
  return (await identity.users.verifyPassword(name, "password1")).keyPair;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const decodePayload = (token: string) => JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()) as Record<string, unknown>;

/** Builds a token by hand, to test what sign() would never produce. */
function handMade(signer: KeyPair, overrides: Record<string, unknown>, now: number): string {
  const iat = Math.floor(now / 1000);
  const id = leitherIdOf(signer.publicKey);
  const payload = { typ: "pass", v: 1, iss: id, ipk: b64(signer.publicKey), sub: id, info: {}, iat, exp: iat + 3600, nonce: "n0nce", ...overrides };
  return encodeToken(payload, signer.privateKey);
}

describe("pass format", () => {
  it("is base64url(payload JSON).base64url(signature) with typ, v, iss, ipk, sub, info, iat, exp (seconds), nonce", async () => {
    const { identity, clock } = setup();
    const alice = await registered(identity);
    const { token, pass } = identity.passes.sign(alice, undefined, { app: "notes" }, 2);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    const payload = decodePayload(token);
    expect(Object.keys(payload)).toEqual(["typ", "v", "iss", "ipk", "sub", "info", "iat", "exp", "nonce"]);
    expect(payload).toMatchObject({ typ: "pass", v: 1, iss: leitherIdOf(alice.publicKey), sub: leitherIdOf(alice.publicKey), info: { app: "notes" } });
    expect(payload.iat).toBe(clock.now() / 1000);
    expect(payload.exp).toBe(clock.now() / 1000 + 2 * 3600);
    expect(pass).toMatchObject({ issuedAt: clock.now(), expiresAt: clock.now() + 2 * HOUR });
  });

  it("lasts 72 hours by default (also for 0), at most 8760", async () => {
    const { identity, clock } = setup();
    const alice = await registered(identity);
    expect(identity.passes.sign(alice).pass.expiresAt).toBe(clock.now() + 72 * HOUR);
    expect(identity.passes.sign(alice, undefined, {}, 0).pass.expiresAt).toBe(clock.now() + 72 * HOUR);
    expect(identity.passes.sign(alice, undefined, {}, 8760).pass.expiresAt).toBe(clock.now() + 8760 * HOUR);
    expect(() => identity.passes.sign(alice, undefined, {}, 8761)).toThrow(expect.objectContaining({ reason: "INVALID_HOURS" }));
    expect(() => identity.passes.sign(alice, undefined, {}, 1.5)).toThrow(expect.objectContaining({ reason: "INVALID_HOURS" }));
  });
});

describe("pass verification", () => {
  it("accepts a self-signed pass of a user this node knows", async () => {
    const { identity } = setup();
    const alice = await registered(identity);
    const { token } = identity.passes.sign(alice, undefined, { device: "phone" });
    expect(identity.passes.verify(token)).toMatchObject({ valid: true, trusted: true, problem: "", code: "none", pass: { info: { device: "phone" } } });
  });

  it("accepts any subject vouched for by the node's own key", () => {
    const { identity, nodeKey } = setup();
    const subject = leitherIdOf(generateKeyPair().publicKey);
    const check = identity.passes.verify(identity.passes.sign(nodeKey, subject).token);
    expect(check).toMatchObject({ valid: true, trusted: true, pass: { subjectId: subject, issuerId: identity.node.id } });
  });

  it("reports an expired pass as invalid (but from a trusted issuer)", async () => {
    const { identity, clock } = setup();
    const alice = await registered(identity);
    const { token } = identity.passes.sign(alice, undefined, {}, 1);
    clock.advance(HOUR - 1);
    expect(identity.passes.verify(token).valid).toBe(true);
    clock.advance(1);
    expect(identity.passes.verify(token)).toMatchObject({ valid: false, trusted: true, code: "expired", problem: "expired at 2026-01-01T01:00:00.000Z" });
    expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ kind: "unauthenticated", reason: "PASS_EXPIRED" }));
  });

  it("refuses a pass issued more than 5 minutes in the future; tolerates less", async () => {
    const { identity, clock } = setup();
    const alice = await registered(identity);
    const ahead = createManualClock(clock.now() + 5 * 60_000);
    const fastPasses = createPasses({ clock: ahead, trust: identity.trust });
    expect(identity.passes.verify(fastPasses.sign(alice).token).valid).toBe(true);
    ahead.advance(1000);
    expect(identity.passes.verify(fastPasses.sign(alice).token)).toMatchObject({ valid: false, code: "not_yet_valid", problem: "issued in the future (2026-01-01T00:05:01.000Z)" });
  });

  it("refuses a forged signature", async () => {
    const { identity } = setup();
    const alice = await registered(identity);
    const { token } = identity.passes.sign(alice);
    const mallory = generateKeyPair();
    const payloadPart = token.split(".")[0]!;
    const forged = `${payloadPart}.${encodeToken({}, mallory.privateKey).split(".")[1]}`;
    expect(identity.passes.verify(forged)).toMatchObject({ valid: false, trusted: false, code: "bad_signature", problem: "bad signature: not signed by the issuer key" });
    expect(() => identity.loginWithPass(forged)).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
  });

  it("refuses a tampered payload", async () => {
    const { identity } = setup();
    const alice = await registered(identity);
    const { token } = identity.passes.sign(alice, undefined, { role: "reader" }, 1);
    const [, sig] = token.split(".");
    const payload = decodePayload(token);
    const tampered = `${Buffer.from(JSON.stringify({ ...payload, info: { role: "admin" } })).toString("base64url")}.${sig}`;
    expect(identity.passes.verify(tampered)).toMatchObject({ valid: false, code: "bad_signature" });
    const extended = `${Buffer.from(JSON.stringify({ ...payload, exp: (payload.exp as number) + 3600 })).toString("base64url")}.${sig}`;
    expect(identity.passes.verify(extended)).toMatchObject({ valid: false, code: "bad_signature" });
  });

  it("refuses an issuer id that is not the digest of the issuer key, even if well signed", () => {
    const { identity, clock } = setup();
    const mallory = generateKeyPair();
    const victim = leitherIdOf(generateKeyPair().publicKey);
    const token = handMade(mallory, { iss: victim }, clock.now());
    expect(identity.passes.verify(token)).toMatchObject({ valid: false, code: "issuer_mismatch", problem: "issuer id does not match the issuer public key" });
    expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
  });

  it("gives a precise problem for garbage", () => {
    const { identity, clock } = setup();
    const key = generateKeyPair();
    const cases: [string, RegExp][] = [
      ["", /^malformed token: empty$/],
      ["not a token", /^malformed token: expected/],
      ["a.b.c", /^malformed token: expected/],
      ["abc.deA", /^malformed token: signature is 2 bytes, expected 64$/],
      ["abc.def", /^malformed token: non-canonical base64url$/],
      [`${Buffer.from("not json").toString("base64url")}.${"A".repeat(86)}`, /^malformed payload: not UTF-8 JSON$/],
      [`${Buffer.from("[1]").toString("base64url")}.${"A".repeat(86)}`, /^malformed payload: not a JSON object$/],
      [handMade(key, { v: 2 }, clock.now()), /^unsupported pass version 2$/],
      [handMade(key, { extra: 1 }, clock.now()), /^malformed payload: unknown field "extra"$/],
      [handMade(key, { sub: "nobody" }, clock.now()), /^malformed payload: "sub" must be a Leither ID$/],
      [handMade(key, { info: { n: 1 } }, clock.now()), /^malformed payload: "info" field "n" must be a string/],
      [handMade(key, { exp: 1 }, clock.now()), /^malformed payload: exp is not after iat$/],
      [handMade(key, { iat: 1.5 }, clock.now()), /^malformed payload: "iat" must be whole Unix seconds$/],
      ["x".repeat(20_000), /^malformed token: longer than/],
    ];
    for (const [token, problem] of cases) {
      const check = identity.passes.verify(token);
      expect(check.valid, token.slice(0, 40)).toBe(false);
      expect(check.problem).toMatch(problem);
      expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
    }
  });
});

describe("trust", () => {
  it("does not trust a self-signed pass from a key it has never seen", () => {
    const { identity } = setup();
    const stranger = generateKeyPair();
    const { token } = identity.passes.sign(stranger);
    expect(identity.passes.verify(token)).toMatchObject({ valid: true, trusted: false, code: "untrusted" });
    expect(identity.passes.verify(token).problem).toMatch(/^untrusted issuer: self-signed by .*, whose key this node does not know$/);
    expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ kind: "unauthenticated", reason: "ISSUER_UNTRUSTED" }));
  });

  it("trusts issuers added with trustIssuer (persisted), until untrusted", () => {
    const { identity } = setup();
    const org = generateKeyPair();
    const orgId = identity.trust.trustIssuer(org.publicKey, "our org");
    expect(orgId).toBe(leitherIdOf(org.publicKey));
    expect(identity.trust.listTrustedIssuers().map((i) => [i.issuerId, i.note, i.nodeKey])).toEqual([
      [identity.node.id, "this node", true],
      [orgId, "our org", false],
    ]);
    const member = leitherIdOf(generateKeyPair().publicKey);
    const { token } = identity.passes.sign(org, member);
    expect(identity.passes.verify(token)).toMatchObject({ valid: true, trusted: true });
    identity.trust.untrustIssuer(orgId);
    expect(identity.passes.verify(token)).toMatchObject({ valid: true, trusted: false, code: "untrusted" });
    expect(() => identity.trust.untrustIssuer(orgId)).toThrow(expect.objectContaining({ reason: "ISSUER_NOT_FOUND" }));
    expect(() => identity.trust.untrustIssuer(identity.node.id)).toThrow(expect.objectContaining({ reason: "NODE_KEY_ALWAYS_TRUSTED" }));
  });

  it("does not let a trusted issuer speak for a user registered here", async () => {
    const { identity } = setup();
    await identity.users.register("root", "password1"); // the node admin
    const rootId = identity.users.getUserByName("root")!.id;
    const partner = generateKeyPair();
    identity.trust.trustIssuer(partner.publicKey);
    const { token } = identity.passes.sign(partner, rootId);
    expect(identity.passes.verify(token)).toMatchObject({ valid: true, trusted: false, code: "untrusted" });
    expect(identity.passes.verify(token).problem).toMatch(/may not speak for .*a user registered on this node/);
    expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ reason: "ISSUER_UNTRUSTED" }));
  });
});

describe("login with a pass", () => {
  it("opens a session for the subject that authenticates but cannot sign", async () => {
    const { identity } = setup();
    const alice = await registered(identity);
    const login = identity.loginWithPass(identity.passes.sign(alice).token);
    expect(login).toMatchObject({ userId: leitherIdOf(alice.publicKey), guest: false, user: { name: "alice" } });
    expect(() => identity.sessions.keyOf(login.sessionId)).toThrow(expect.objectContaining({ reason: "KEY_LOCKED" }));
  });

  it("remembers a subject vouched for by a trusted issuer: without a key...", () => {
    const { identity } = setup();
    const org = generateKeyPair();
    identity.trust.trustIssuer(org.publicKey);
    const bob = generateKeyPair();
    const bobId = leitherIdOf(bob.publicKey);
    const login = identity.loginWithPass(identity.passes.sign(org, bobId).token);
    expect(login.user).toMatchObject({ id: bobId, name: null, publicKey: null, local: false });
    // Without a known key, bob's own self-signed passes are not believed yet.
    expect(identity.passes.verify(identity.passes.sign(bob).token).trusted).toBe(false);
  });

  it("...or with the key the pass introduces in info.subject_public_key, which then makes bob's self-signed passes count", () => {
    const { identity } = setup();
    const org = generateKeyPair();
    identity.trust.trustIssuer(org.publicKey);
    const bob = generateKeyPair();
    const bobId = leitherIdOf(bob.publicKey);
    const { token } = identity.passes.sign(org, bobId, { subject_public_key: b64(bob.publicKey) });
    expect(identity.loginWithPass(token).user?.publicKey).toEqual(bob.publicKey);
    expect(identity.passes.verify(identity.passes.sign(bob).token)).toMatchObject({ valid: true, trusted: true });
  });

  it("refuses a subject_public_key that is not the subject's", () => {
    const { identity, clock } = setup();
    const org = generateKeyPair();
    identity.trust.trustIssuer(org.publicKey);
    const bobId = leitherIdOf(generateKeyPair().publicKey);
    const wrongKey = b64(generateKeyPair().publicKey);
    expect(() => identity.passes.sign(org, bobId, { subject_public_key: wrongKey })).toThrow(expect.objectContaining({ reason: "KEY_MISMATCH" }));
    const token = handMade(org, { sub: bobId, info: { subject_public_key: wrongKey } }, clock.now());
    expect(identity.passes.verify(token)).toMatchObject({ valid: false, code: "subject_key_mismatch" });
    expect(() => identity.loginWithPass(token)).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
  });

  it("a self-signed pass from a trusted issuer logs it in and records its key", () => {
    const { identity } = setup();
    const partnerNode = generateKeyPair();
    identity.trust.trustIssuer(partnerNode.publicKey);
    const login = identity.loginWithPass(identity.passes.sign(partnerNode).token);
    expect(login.user).toMatchObject({ id: leitherIdOf(partnerNode.publicKey), publicKey: partnerNode.publicKey });
  });
});
