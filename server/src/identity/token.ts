// The compact signed-token format shared by passes and certificates:
// base64url(payload JSON) "." base64url(Ed25519 signature over exactly those payload bytes).
import { sign } from "./keys.js";
import { isLeitherId } from "./leither-id.js";

/** Tokens larger than this are refused before any parsing or crypto. */
export const MAX_TOKEN_CHARS = 16_384;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const MAX_INFO_FIELDS = 64;
const MAX_INFO_KEY = 64;
const MAX_INFO_VALUE = 4096;

/** Clock skew tolerated for "issued at" / "not before" in the future. */
export const ALLOWED_SKEW_MS = 5 * 60_000;

/** Serializes and signs a payload. Field order is whatever the caller built; verifiers never re-serialize. */
export function encodeToken(payload: object, privateKey: Uint8Array): string {
  const bytes = Buffer.from(JSON.stringify(payload), "utf8");
  return `${bytes.toString("base64url")}.${Buffer.from(sign(privateKey, bytes)).toString("base64url")}`;
}

export type DecodedToken =
  | { ok: true; payloadBytes: Buffer; payload: Record<string, unknown>; signature: Buffer }
  | { ok: false; problem: string };

/** Splits and decodes a token without checking anything but its shape. */
export function decodeToken(token: unknown): DecodedToken {
  if (typeof token !== "string" || token.length === 0) return { ok: false, problem: "malformed token: empty" };
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, problem: `malformed token: longer than ${MAX_TOKEN_CHARS} characters` };
  const parts = token.split(".");
  if (parts.length !== 2 || !SEGMENT.test(parts[0]!) || !SEGMENT.test(parts[1]!)) {
    return { ok: false, problem: "malformed token: expected base64url(payload).base64url(signature)" };
  }
  const payloadBytes = strictBase64url(parts[0]!);
  const signature = strictBase64url(parts[1]!);
  if (!payloadBytes || !signature) return { ok: false, problem: "malformed token: non-canonical base64url" };
  if (signature.length !== 64) return { ok: false, problem: `malformed token: signature is ${signature.length} bytes, expected 64` };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payloadBytes));
  } catch {
    return { ok: false, problem: "malformed payload: not UTF-8 JSON" };
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    return { ok: false, problem: "malformed payload: not a JSON object" };
  }
  return { ok: true, payloadBytes, payload: payload as Record<string, unknown>, signature };
}

// Node's decoder skips junk and accepts stray trailing bits; requiring the round trip makes each
// token have exactly one spelling.
function strictBase64url(s: string): Buffer | null {
  const bytes = Buffer.from(s, "base64url");
  return bytes.toString("base64url") === s ? bytes : null;
}

/** Thrown by the field readers below; turned into a `problem` by the verifiers. */
export class PayloadError extends Error {}

/** Reads typed fields out of a decoded payload, refusing unknown ones. */
export function fieldReader(payload: Record<string, unknown>, allowed: readonly string[]) {
  for (const key of Object.keys(payload)) {
    if (!allowed.includes(key)) throw new PayloadError(`malformed payload: unknown field "${key}"`);
  }
  const bad = (name: string, what: string) => new PayloadError(`malformed payload: "${name}" must be ${what}`);
  return {
    leitherId(name: string): string {
      const v = payload[name];
      if (!isLeitherId(v)) throw bad(name, "a Leither ID");
      return v;
    },
    key(name: string): Uint8Array {
      const v = payload[name];
      const bytes = typeof v === "string" && SEGMENT.test(v) ? strictBase64url(v) : null;
      if (!bytes || bytes.length !== 32) throw bad(name, "a base64url Ed25519 public key");
      return new Uint8Array(bytes);
    },
    seconds(name: string): number {
      const v = payload[name];
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw bad(name, "whole Unix seconds");
      return v;
    },
    string(name: string, max: number): string {
      const v = payload[name];
      if (typeof v !== "string" || v.length === 0 || v.length > max) throw bad(name, `a string of 1 to ${max} characters`);
      return v;
    },
    info(name: string): Record<string, string> {
      const v = payload[name];
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad(name, "an object of strings");
      return checkInfo(v as Record<string, unknown>, (why) => new PayloadError(`malformed payload: "${name}" ${why}`));
    },
  };
}

/** Validates an info map (string keys and values, bounded); `fail` builds the error to throw. */
export function checkInfo(info: Record<string, unknown>, fail: (why: string) => Error): Record<string, string> {
  const entries = Object.entries(info);
  if (entries.length > MAX_INFO_FIELDS) throw fail(`has more than ${MAX_INFO_FIELDS} fields`);
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (k.length === 0 || k.length > MAX_INFO_KEY || k === "__proto__") throw fail(`has a bad field name "${k.slice(0, 64)}"`);
    if (typeof v !== "string" || v.length > MAX_INFO_VALUE) throw fail(`field "${k}" must be a string of at most ${MAX_INFO_VALUE} characters`);
    out[k] = v;
  }
  return out;
}

/** Validity in hours as the proto states it: 0 or absent means the default. */
export function checkHours(hours: number | undefined, fallback: number, max: number, fail: (why: string) => Error): number {
  const h = hours === undefined || hours === 0 ? fallback : hours;
  if (!Number.isInteger(h) || h < 1 || h > max) throw fail(`hours must be a whole number from 1 to ${max}, got ${hours}`);
  return h;
}
