// The node's own key: `<home>/node.key`, created on first start and never overwritten, because
// the node's Leither ID, peer ID and every pass it issued hang on it.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { createPrivateKey } from "node:crypto";
import path from "node:path";
import { LeitherError } from "../errors.js";
import { generateKeyPair, keyPairFromPrivateKey, privateKeyToPkcs8, type KeyPair } from "./keys.js";

export const NODE_KEY_FILE = "node.key";

// The file is PKCS8 PEM ("-----BEGIN PRIVATE KEY-----", 119 bytes) so that operators can read it
// with standard tools (`openssl pkey -in node.key -pubout`); anything else is refused.
const PEM_PATTERN = /^-----BEGIN PRIVATE KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PRIVATE KEY-----\r?\n?$/;
const MAX_FILE_BYTES = 4096;

/**
 * Loads `<home>/node.key`, or creates it (mode 0600) when absent. A file that exists but is not an
 * Ed25519 PKCS8 PEM key is refused with NODE_KEY_INVALID and left alone: replacing it would
 * silently give the node a new identity.
 */
export function loadOrCreateNodeKey(home: string): KeyPair {
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const file = path.join(home, NODE_KEY_FILE);
  const created = tryCreate(file);
  return created ?? load(file);
}

function tryCreate(file: string): KeyPair | null {
  let fd: number;
  try {
    // 'wx' fails when the file exists, so two racing starts cannot both write a key.
    fd = openSync(file, "wx", 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw err;
  }
  const pair = generateKeyPair();
  try {
    writeSync(fd, encodePem(pair.privateKey));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return pair;
}

function load(file: string): KeyPair {
  const raw = readFileSync(file);
  const invalid = (why: string) =>
    new LeitherError("failed_precondition", "NODE_KEY_INVALID", `${file} is not a usable node key (${why}); refusing to replace it — move it away to create a new identity`, { path: file });
  if (raw.length === 0 || raw.length > MAX_FILE_BYTES) throw invalid(`${raw.length} bytes`);
  const m = PEM_PATTERN.exec(raw.toString("latin1"));
  if (!m) throw invalid("expected a PKCS8 PEM private key");
  const der = Buffer.from(m[1]!.replace(/\s+/g, ""), "base64");
  let type: string | undefined;
  try {
    type = createPrivateKey({ key: der, format: "der", type: "pkcs8" }).asymmetricKeyType;
  } catch {
    throw invalid("the PEM does not hold a PKCS8 key");
  }
  if (type !== "ed25519") throw invalid(`key type ${type ?? "unknown"}, expected ed25519`);
  if (der.length !== 48) throw invalid(`unexpected PKCS8 length ${der.length}`);
  return keyPairFromPrivateKey(der.subarray(-32));
}

function encodePem(seed: Uint8Array): string {
  const b64 = privateKeyToPkcs8(seed).toString("base64");
  return `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`;
}
