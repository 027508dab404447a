// Passes (PPT): a signed, expiring statement by an issuer about a subject (itself when
// self-signed), in the compact token format, checked for form, signature, time and trust.
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { LeitherError, invalidArgument } from "../errors.js";
import { verify, type KeyPair } from "./keys.js";
import { isLeitherId, leitherIdOf } from "./leither-id.js";
import { ALLOWED_SKEW_MS, PayloadError, checkHours, checkInfo, decodeToken, encodeToken, fieldReader } from "./token.js";
import type { Trust } from "./trust.js";

/** A decoded pass. Times are Unix milliseconds (the token itself carries whole seconds). */
export interface Pass {
  issuerId: string;
  issuerPublicKey: Uint8Array;
  subjectId: string;
  info: Record<string, string>;
  issuedAt: number;
  expiresAt: number;
  nonce: string;
}

/** Why a pass failed, for callers that branch (the `problem` text is for people). */
export type PassProblem =
  | "none"
  | "malformed"
  | "wrong_type"
  | "issuer_mismatch"
  | "subject_key_mismatch"
  | "bad_signature"
  | "not_yet_valid"
  | "expired"
  | "untrusted";

export interface PassCheck {
  /** Form, signature and validity period all hold. */
  valid: boolean;
  /** Signature good and this node believes the issuer for this subject (even if expired). */
  trusted: boolean;
  /** Empty when valid and trusted. */
  problem: string;
  code: PassProblem;
  /** Present whenever the payload could be decoded, even if the pass is bad. */
  pass?: Pass;
}

export interface PassesComponents {
  clock: Clock;
  trust: Pick<Trust, "judgePass">;
}

export interface Passes {
  /**
   * Signs a pass with `issuer`'s key for `subject` (default: the issuer itself), valid `hours`
   * (1..8760; 0 or undefined means 72). `info.subject_public_key`, when given, must be the subject's key.
   */
  sign(issuer: KeyPair, subject?: string, info?: Record<string, string>, hours?: number): { token: string; pass: Pass };
  verify(token: string): PassCheck;
}

export const PASS_TYPE = "pass";
export const DEFAULT_PASS_HOURS = 72;
export const MAX_PASS_HOURS = 8760;
/** Info key by which a pass from another issuer can introduce the subject's public key. */
export const SUBJECT_PUBLIC_KEY = "subject_public_key";
const FIELDS = ["typ", "v", "iss", "ipk", "sub", "info", "iat", "exp", "nonce"] as const;

export function createPasses({ clock, trust }: PassesComponents): Passes {
  return {
    sign(issuer, subject, info = {}, hours) {
      const h = checkHours(hours, DEFAULT_PASS_HOURS, MAX_PASS_HOURS, (why) => invalidArgument("INVALID_HOURS", why));
      const issuerId = leitherIdOf(issuer.publicKey);
      const subjectId = subject ?? issuerId;
      if (!isLeitherId(subjectId)) throw invalidArgument("INVALID_USER_ID", `subject is not a Leither ID: ${subjectId}`);
      const cleanInfo = checkInfo(info, (why) => invalidArgument("INVALID_INFO", `info ${why}`));
      if (cleanInfo[SUBJECT_PUBLIC_KEY] !== undefined && subjectKeyProblem(cleanInfo[SUBJECT_PUBLIC_KEY], subjectId)) {
        throw invalidArgument("KEY_MISMATCH", `${SUBJECT_PUBLIC_KEY} is not the key of ${subjectId}`);
      }
      const iat = Math.floor(clock.now() / 1000);
      const payload = {
        typ: PASS_TYPE,
        v: 1,
        iss: issuerId,
        ipk: Buffer.from(issuer.publicKey).toString("base64url"),
        sub: subjectId,
        info: cleanInfo,
        iat,
        exp: iat + h * 3600,
        nonce: randomBytes(16).toString("base64url"),
      };
      const token = encodeToken(payload, issuer.privateKey);
      return {
        token,
        pass: { issuerId, issuerPublicKey: issuer.publicKey, subjectId, info: cleanInfo, issuedAt: iat * 1000, expiresAt: payload.exp * 1000, nonce: payload.nonce },
      };
    },

    verify(token) {
      const decoded = decodeToken(token);
      if (!decoded.ok) return bad("malformed", decoded.problem);
      const { payload } = decoded;
      if (payload.typ !== PASS_TYPE) {
        return bad("wrong_type", payload.typ === "cert" ? "wrong type: this is a certificate, not a pass" : `wrong type: "${String(payload.typ)}" is not a pass`);
      }
      if (payload.v !== 1) return bad("malformed", `unsupported pass version ${JSON.stringify(payload.v)}`);
      let pass: Pass;
      try {
        const f = fieldReader(payload, FIELDS);
        const iat = f.seconds("iat");
        const exp = f.seconds("exp");
        if (exp <= iat) throw new PayloadError("malformed payload: exp is not after iat");
        if (exp - iat > MAX_PASS_HOURS * 3600) throw new PayloadError(`malformed payload: valid for longer than ${MAX_PASS_HOURS} hours`);
        pass = {
          issuerId: f.leitherId("iss"),
          issuerPublicKey: f.key("ipk"),
          subjectId: f.leitherId("sub"),
          info: f.info("info"),
          issuedAt: iat * 1000,
          expiresAt: exp * 1000,
          nonce: f.string("nonce", 64),
        };
      } catch (err) {
        if (err instanceof PayloadError) return bad("malformed", err.message);
        throw err;
      }
      const fail = (code: PassProblem, problem: string, trusted = false): PassCheck => ({ valid: false, trusted, problem, code, pass });
      if (leitherIdOf(pass.issuerPublicKey) !== pass.issuerId) return fail("issuer_mismatch", "issuer id does not match the issuer public key");
      if (!verify(pass.issuerPublicKey, decoded.payloadBytes, decoded.signature)) return fail("bad_signature", "bad signature: not signed by the issuer key");
      const keyProblem = pass.info[SUBJECT_PUBLIC_KEY] === undefined ? null : subjectKeyProblem(pass.info[SUBJECT_PUBLIC_KEY], pass.subjectId);
      if (keyProblem) return fail("subject_key_mismatch", keyProblem);
      const judged = trust.judgePass(pass);
      const now = clock.now();
      if (pass.issuedAt > now + ALLOWED_SKEW_MS) return fail("not_yet_valid", `issued in the future (${iso(pass.issuedAt)})`, judged.trusted);
      if (now >= pass.expiresAt) return fail("expired", `expired at ${iso(pass.expiresAt)}`, judged.trusted);
      if (!judged.trusted) return { valid: true, trusted: false, problem: judged.why, code: "untrusted", pass };
      return { valid: true, trusted: true, problem: "", code: "none", pass };
    },
  };
}

/** The error a login (or service request) raises for a pass that is not valid and trusted. */
export function passRefusal(check: PassCheck): LeitherError {
  const reason = check.code === "expired" ? "PASS_EXPIRED" : check.code === "untrusted" ? "ISSUER_UNTRUSTED" : "PASS_INVALID";
  return new LeitherError("unauthenticated", reason, `pass refused: ${check.problem}`);
}

/** The subject's public key a pass introduces, if any (validated by verify). */
export function subjectPublicKeyOf(pass: Pass): Uint8Array | null {
  if (pass.issuerId === pass.subjectId) return pass.issuerPublicKey;
  const v = pass.info[SUBJECT_PUBLIC_KEY];
  return v === undefined ? null : new Uint8Array(Buffer.from(v, "base64url"));
}

function subjectKeyProblem(value: string, subjectId: string): string | null {
  const bytes = Buffer.from(value, "base64url");
  if (bytes.length !== 32 || bytes.toString("base64url") !== value) return `info.${SUBJECT_PUBLIC_KEY} is not a base64url Ed25519 public key`;
  if (leitherIdOf(bytes) !== subjectId) return `info.${SUBJECT_PUBLIC_KEY} is not the key of the subject ${subjectId}`;
  return null;
}

function bad(code: PassProblem, problem: string): PassCheck {
  return { valid: false, trusted: false, problem, code };
}

const iso = (ms: number) => new Date(ms).toISOString();
