import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createIdentity, generateKeyPair, identitySchema, leitherIdOf } from "./index.js";

const HOUR = 3_600_000;

function setup() {
  const clock = createManualClock();
  const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
  const identity = createIdentity({ db, clock, nodeKey: generateKeyPair(), scrypt: { N: 1024, r: 8, p: 1 } });
  return { clock, identity };
}

describe("certificates", () => {
  it("self-signed: the issuer certifies its own key, valid one year by default", () => {
    const { identity, clock } = setup();
    const key = generateKeyPair();
    const { token, certificate } = identity.certificates.issue(key, undefined, { name: "alice" });
    expect(certificate).toMatchObject({
      subjectId: leitherIdOf(key.publicKey),
      issuerId: leitherIdOf(key.publicKey),
      subjectPublicKey: key.publicKey,
      info: { name: "alice" },
      notBefore: clock.now(),
      notAfter: clock.now() + 8760 * HOUR,
    });
    expect(certificate.signature).toHaveLength(64);
    const check = identity.certificates.verify(token);
    expect(check).toMatchObject({ valid: true, problem: "", code: "none" });
    expect(check.certificate).toEqual(certificate);
    // Checked against its own key as the CA, too.
    expect(identity.certificates.verify(token, key.publicKey).valid).toBe(true);
  });

  it("CA-issued: verifies against the CA key, and fails against another CA", () => {
    const { identity } = setup();
    const ca = generateKeyPair();
    const subject = generateKeyPair();
    const { token } = identity.certificates.issue(ca, subject.publicKey, { role: "member" }, 24);
    expect(identity.certificates.verify(token, ca.publicKey)).toMatchObject({
      valid: true,
      certificate: { subjectId: leitherIdOf(subject.publicKey), issuerId: leitherIdOf(ca.publicKey), info: { role: "member" } },
    });
    const otherCa = generateKeyPair();
    const wrong = identity.certificates.verify(token, otherCa.publicKey);
    expect(wrong).toMatchObject({ valid: false, code: "wrong_issuer" });
    expect(wrong.problem).toBe(`issued by ${leitherIdOf(ca.publicKey)}, not by the CA ${leitherIdOf(otherCa.publicKey)}`);
  });

  it("expires, and refuses tampering", () => {
    const { identity, clock } = setup();
    const ca = generateKeyPair();
    const { token } = identity.certificates.issue(ca, generateKeyPair().publicKey, {}, 1);
    const [payload, sig] = token.split(".");
    const swapped = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const mallory = generateKeyPair().publicKey;
    swapped.spk = Buffer.from(mallory).toString("base64url");
    swapped.sub = leitherIdOf(mallory);
    const tampered = `${Buffer.from(JSON.stringify(swapped)).toString("base64url")}.${sig}`;
    expect(identity.certificates.verify(tampered, ca.publicKey)).toMatchObject({ valid: false, code: "bad_signature" });
    clock.advance(HOUR);
    expect(identity.certificates.verify(token)).toMatchObject({ valid: false, code: "expired", problem: "expired at 2026-01-01T01:00:00.000Z" });
  });

  it("refuses validity outside 1..87600 hours", () => {
    const { identity } = setup();
    const key = generateKeyPair();
    expect(() => identity.certificates.issue(key, undefined, {}, 87601)).toThrow(expect.objectContaining({ reason: "INVALID_HOURS" }));
    expect(() => identity.certificates.issue(key, new Uint8Array(31))).toThrow(expect.objectContaining({ reason: "INVALID_KEY" }));
  });
});

describe("pass and certificate tokens are not interchangeable", () => {
  it("a pass does not verify as a certificate", () => {
    const { identity } = setup();
    const key = generateKeyPair();
    const pass = identity.passes.sign(key).token;
    expect(identity.certificates.verify(pass)).toMatchObject({ valid: false, code: "wrong_type", problem: "wrong type: this is a pass, not a certificate" });
  });

  it("a certificate neither verifies as a pass nor logs in", () => {
    const { identity } = setup();
    const key = generateKeyPair();
    identity.trust.trustIssuer(key.publicKey);
    const cert = identity.certificates.issue(key).token;
    expect(identity.passes.verify(cert)).toMatchObject({ valid: false, trusted: false, code: "wrong_type", problem: "wrong type: this is a certificate, not a pass" });
    expect(() => identity.loginWithPass(cert)).toThrow(expect.objectContaining({ reason: "PASS_INVALID" }));
  });
});
