// Certificates: a public key and information bound to it, signed by itself or by an issuing
// key (a CA), with a validity period; verifiable offline by anyone.
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { invalidArgument } from "../errors.js";
import { bytesEqual, verify, type KeyPair } from "./keys.js";
import { leitherIdOf } from "./leither-id.js";
import { ALLOWED_SKEW_MS, PayloadError, checkHours, checkInfo, decodeToken, encodeToken, fieldReader } from "./token.js";

/** A decoded certificate. Times are Unix milliseconds (the token carries whole seconds). */
export interface Certificate {
  subjectId: string;
  subjectPublicKey: Uint8Array;
  info: Record<string, string>;
  issuerId: string;
  issuerPublicKey: Uint8Array;
  notBefore: number;
  notAfter: number;
  serial: string;
  /** The issuer's signature over the token's payload bytes. */
  signature: Uint8Array;
}

export type CertificateProblem = "none" | "malformed" | "wrong_type" | "issuer_mismatch" | "subject_mismatch" | "bad_signature" | "not_yet_valid" | "expired" | "wrong_issuer";

export interface CertificateCheck {
  valid: boolean;
  /** Empty when valid. */
  problem: string;
  code: CertificateProblem;
  certificate?: Certificate;
}

export interface Certificates {
  /**
   * Certifies `subjectPublicKey` (default: the issuer's own key, i.e. self-signed) for `hours`
   * (1..87600; 0 or undefined means 8760).
   */
  issue(issuer: KeyPair, subjectPublicKey?: Uint8Array, info?: Record<string, string>, hours?: number): { token: string; certificate: Certificate };
  /** Checks form, signature, validity period and, when `caPublicKey` is given, the issuer. */
  verify(token: string, caPublicKey?: Uint8Array): CertificateCheck;
}

export const CERT_TYPE = "cert";
export const DEFAULT_CERT_HOURS = 8760;
export const MAX_CERT_HOURS = 87600;
const FIELDS = ["typ", "v", "iss", "ipk", "sub", "spk", "info", "nbf", "exp", "serial"] as const;

export function createCertificates({ clock }: { clock: Clock }): Certificates {
  return {
    issue(issuer, subjectPublicKey = issuer.publicKey, info = {}, hours) {
      const h = checkHours(hours, DEFAULT_CERT_HOURS, MAX_CERT_HOURS, (why) => invalidArgument("INVALID_HOURS", why));
      if (subjectPublicKey.length !== 32) throw invalidArgument("INVALID_KEY", `a subject key is 32 bytes, got ${subjectPublicKey.length}`);
      const cleanInfo = checkInfo(info, (why) => invalidArgument("INVALID_INFO", `info ${why}`));
      const nbf = Math.floor(clock.now() / 1000);
      const payload = {
        typ: CERT_TYPE,
        v: 1,
        iss: leitherIdOf(issuer.publicKey),
        ipk: b64(issuer.publicKey),
        sub: leitherIdOf(subjectPublicKey),
        spk: b64(subjectPublicKey),
        info: cleanInfo,
        nbf,
        exp: nbf + h * 3600,
        serial: randomBytes(16).toString("base64url"),
      };
      const token = encodeToken(payload, issuer.privateKey);
      const decoded = decodeToken(token);
      return { token, certificate: toCertificate(payload, decoded.ok ? decoded.signature : Buffer.alloc(0)) };
    },

    verify(token, caPublicKey) {
      const decoded = decodeToken(token);
      if (!decoded.ok) return { valid: false, problem: decoded.problem, code: "malformed" };
      const { payload } = decoded;
      if (payload.typ !== CERT_TYPE) {
        const problem = payload.typ === "pass" ? "wrong type: this is a pass, not a certificate" : `wrong type: "${String(payload.typ)}" is not a certificate`;
        return { valid: false, problem, code: "wrong_type" };
      }
      if (payload.v !== 1) return { valid: false, problem: `unsupported certificate version ${JSON.stringify(payload.v)}`, code: "malformed" };
      let certificate: Certificate;
      try {
        const f = fieldReader(payload, FIELDS);
        const nbf = f.seconds("nbf");
        const exp = f.seconds("exp");
        if (exp <= nbf) throw new PayloadError("malformed payload: exp is not after nbf");
        certificate = {
          subjectId: f.leitherId("sub"),
          subjectPublicKey: f.key("spk"),
          info: f.info("info"),
          issuerId: f.leitherId("iss"),
          issuerPublicKey: f.key("ipk"),
          notBefore: nbf * 1000,
          notAfter: exp * 1000,
          serial: f.string("serial", 64),
          signature: new Uint8Array(decoded.signature),
        };
      } catch (err) {
        if (err instanceof PayloadError) return { valid: false, problem: err.message, code: "malformed" };
        throw err;
      }
      const fail = (code: CertificateProblem, problem: string): CertificateCheck => ({ valid: false, problem, code, certificate });
      if (leitherIdOf(certificate.issuerPublicKey) !== certificate.issuerId) return fail("issuer_mismatch", "issuer id does not match the issuer public key");
      if (leitherIdOf(certificate.subjectPublicKey) !== certificate.subjectId) return fail("subject_mismatch", "subject id does not match the subject public key");
      if (!verify(certificate.issuerPublicKey, decoded.payloadBytes, decoded.signature)) return fail("bad_signature", "bad signature: not signed by the issuer key");
      const now = clock.now();
      if (certificate.notBefore > now + ALLOWED_SKEW_MS) return fail("not_yet_valid", `not valid before ${iso(certificate.notBefore)}`);
      if (now >= certificate.notAfter) return fail("expired", `expired at ${iso(certificate.notAfter)}`);
      if (caPublicKey && !bytesEqual(caPublicKey, certificate.issuerPublicKey)) {
        return fail("wrong_issuer", `issued by ${certificate.issuerId}, not by the CA ${leitherIdOf(caPublicKey)}`);
      }
      return { valid: true, problem: "", code: "none", certificate };
    },
  };
}

function toCertificate(
  p: { iss: string; ipk: string; sub: string; spk: string; info: Record<string, string>; nbf: number; exp: number; serial: string },
  signature: Uint8Array,
): Certificate {
  return {
    subjectId: p.sub,
    subjectPublicKey: new Uint8Array(Buffer.from(p.spk, "base64url")),
    info: p.info,
    issuerId: p.iss,
    issuerPublicKey: new Uint8Array(Buffer.from(p.ipk, "base64url")),
    notBefore: p.nbf * 1000,
    notAfter: p.exp * 1000,
    serial: p.serial,
    signature: new Uint8Array(signature),
  };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const iso = (ms: number) => new Date(ms).toISOString();
