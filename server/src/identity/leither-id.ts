// Leither IDs: the short printable name of a public key, 160 bits of its SHA-256 digest in
// unpadded base64url (27 characters), as in common.proto.
import { createHash } from "node:crypto";

const ID_BYTES = 20;
const ID_PATTERN = /^[A-Za-z0-9_-]{27}$/;

/** The Leither ID of a raw Ed25519 public key. */
export function leitherIdOf(publicKey: Uint8Array): string {
  return createHash("sha256").update(publicKey).digest().subarray(0, ID_BYTES).toString("base64url");
}

/**
 * Whether `s` is a well-formed Leither ID. 27 characters carry 162 bits, so the last one must
 * leave its two low bits zero; checking the round trip rejects the 3 aliases of every id.
 */
export function isLeitherId(s: unknown): s is string {
  if (typeof s !== "string" || !ID_PATTERN.test(s)) return false;
  return Buffer.from(s, "base64url").toString("base64url") === s;
}
