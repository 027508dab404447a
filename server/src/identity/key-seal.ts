// Password protection of a user's private key: scrypt derives an AES-256-GCM key from the
// password; GCM's tag doubles as the password check, so no password hash is stored.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";

/** scrypt cost. Stored with every sealed key, so raising it later leaves old rows readable. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** N=2^15, r=8, p=1: 32 MiB and ~110 ms per derivation on the 2-core dev machine (measured). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };

/** A sealed private key, as stored in identity_user_keys. */
export interface SealedKey {
  kdf: "scrypt";
  salt: Uint8Array;
  params: ScryptParams;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

/** Encrypts `privateKey` under `password`. `context` (the user id) is bound as associated data. */
export async function sealKey(privateKey: Uint8Array, password: string, context: string, params: ScryptParams): Promise<SealedKey> {
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // Binding the user id means a sealed key copied onto another user's row does not open.
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()]);
  key.fill(0);
  return { kdf: "scrypt", salt, params, iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts a sealed key; null when the password (or the context) is wrong. */
export async function openKey(sealed: SealedKey, password: string, context: string): Promise<Uint8Array | null> {
  const key = await deriveKey(password, sealed.salt, sealed.params);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(sealed.tag);
    return new Uint8Array(Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]));
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

function deriveKey(password: string, salt: Uint8Array, { N, r, p }: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    // Node's default maxmem (32 MiB) is exactly 128·N·r at N=2^15, r=8 and rejects it; allow 2x.
    scrypt(password.normalize("NFC"), salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}
