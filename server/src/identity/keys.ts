// Ed25519 key pairs over node:crypto. Keys travel as raw bytes: a 32-byte public key and the
// 32-byte private seed (RFC 8032), which is what we store, encrypt and sign with.
import { invalidArgument } from "../errors.js";
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from "node:crypto";

/** An Ed25519 key pair; `privateKey` is the raw 32-byte seed, never a PKCS8 blob. */
export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export const PUBLIC_KEY_BYTES = 32;
export const PRIVATE_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

// node:crypto only speaks DER for raw keys; these fixed prefixes wrap a raw Ed25519 key into
// PKCS8 (private) and SPKI (public) without an ASN.1 library.
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** A fresh random key pair. */
export function generateKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync("ed25519");
  return keyPairFromPrivateKey(privateKey.export({ format: "der", type: "pkcs8" }).subarray(-PRIVATE_KEY_BYTES));
}

/** Recomputes the public half from a 32-byte seed. */
export function keyPairFromPrivateKey(seed: Uint8Array): KeyPair {
  const priv = privateKeyObject(seed);
  const spki = createPublicKey(priv).export({ format: "der", type: "spki" });
  return { publicKey: new Uint8Array(spki.subarray(-PUBLIC_KEY_BYTES)), privateKey: new Uint8Array(seed) };
}

/** Signs `message` with a 32-byte seed; returns the 64-byte signature. */
export function sign(privateKey: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(cryptoSign(null, message, privateKeyObject(privateKey)));
}

/** Whether `signature` is `publicKey`'s signature of `message`; malformed inputs are just false. */
export function verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: "der", type: "spki" });
    return cryptoVerify(null, message, key, signature);
  } catch {
    // Bytes that are not a point on the curve: not a valid signer, so not a valid signature.
    return false;
  }
}

/** Wraps a seed as PKCS8 DER (the node key file and interop with openssl use this form). */
export function privateKeyToPkcs8(seed: Uint8Array): Buffer {
  checkLength(seed, PRIVATE_KEY_BYTES, "private key");
  return Buffer.concat([PKCS8_PREFIX, seed]);
}

function privateKeyObject(seed: Uint8Array) {
  return createPrivateKey({ key: privateKeyToPkcs8(seed), format: "der", type: "pkcs8" });
}

function checkLength(bytes: Uint8Array, n: number, what: string): void {
  if (bytes.length !== n) throw invalidArgument("INVALID_KEY", `${what} must be ${n} bytes, got ${bytes.length}`);
}

/** Byte equality for public values (keys, ids), where timing leaks nothing. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
