import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateKeyPair, keyPairFromPrivateKey, sign, verify } from "./keys.js";
import { isLeitherId, leitherIdOf } from "./leither-id.js";
import { loadOrCreateNodeKey } from "./node-key.js";
import { base58btc, peerIdOf } from "./peer-id.js";

const hex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const tmp = () => mkdtempSync(path.join(tmpdir(), "leither-identity-"));

// The Ed25519 test key of the libp2p peer-ids spec; the peer ids were computed with
// @libp2p/peer-id 6 + @libp2p/crypto (peerIdFromPublicKey) and pinned here.
const SPEC_SEED = hex("7e0830617c4a7de83925dfb2694556b12936c477a0e1feb2e148ec9da60fee7d");
const SPEC_PUBLIC = hex("1ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e");

describe("Ed25519 keys", () => {
  it("derives the public key from the 32-byte seed (libp2p spec vector)", () => {
    expect(keyPairFromPrivateKey(SPEC_SEED).publicKey).toEqual(SPEC_PUBLIC);
  });

  it("signs and verifies; a changed message or key fails", () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    const msg = Buffer.from("hello");
    const sig = sign(a.privateKey, msg);
    expect(sig).toHaveLength(64);
    expect(verify(a.publicKey, msg, sig)).toBe(true);
    expect(verify(a.publicKey, Buffer.from("hellO"), sig)).toBe(false);
    expect(verify(b.publicKey, msg, sig)).toBe(false);
    expect(verify(a.publicKey, msg, sig.subarray(0, 63))).toBe(false);
  });
});

describe("Leither ID", () => {
  it("is 27 base64url characters: 160 bits of SHA-256 of the public key", () => {
    for (let i = 0; i < 50; i++) {
      const id = leitherIdOf(generateKeyPair().publicKey);
      expect(id).toMatch(/^[A-Za-z0-9_-]{27}$/);
      expect(isLeitherId(id)).toBe(true);
      expect(Buffer.from(id, "base64url")).toHaveLength(20);
    }
    // Computed independently: base64url(sha256(key)[:20]) in Python.
    expect(leitherIdOf(SPEC_PUBLIC)).toBe("lyHk2Rr18ZynXs1J9VltldaWTw8");
  });

  it("rejects wrong length, charset, padding and non-canonical last characters", () => {
    const id = leitherIdOf(SPEC_PUBLIC);
    expect(isLeitherId(id.slice(1))).toBe(false);
    expect(isLeitherId(`${id}A`)).toBe(false);
    expect(isLeitherId(`${id.slice(0, 26)}=`)).toBe(false);
    expect(isLeitherId(`${id.slice(0, 26)}+`)).toBe(false);
    // The last character carries 4 data bits and 2 zero bits; "B" (000001) sets a padding bit.
    expect(isLeitherId("AAAAAAAAAAAAAAAAAAAAAAAAAAB")).toBe(false);
    expect(isLeitherId("AAAAAAAAAAAAAAAAAAAAAAAAAAE")).toBe(true);
    expect(isLeitherId(42)).toBe(false);
  });
});

describe("libp2p peer ID", () => {
  it("matches js-libp2p for known keys", () => {
    expect(peerIdOf(SPEC_PUBLIC)).toBe("12D3KooWBtg3aaRMjxwedh83aGiUkwSxDwUZkzuJcfaqUmo7R3pq");
    expect(peerIdOf(new Uint8Array(32))).toBe("12D3KooW9pNAk8aiBuGVQtWRdbkLmo5qVL3e2h5UxbN2Nz9ttwiw");
    expect(peerIdOf(new Uint8Array(32).fill(255))).toBe("12D3KooWT3gYEvLJyx1FyyHqrmvdy1tMjpgxmu9aSeKMEuafQtyC");
  });

  it("always starts with 12D3KooW for Ed25519 keys", () => {
    for (let i = 0; i < 20; i++) expect(peerIdOf(generateKeyPair().publicKey)).toMatch(/^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
  });

  it("encodes base58btc with leading zeros as '1'", () => {
    expect(base58btc(Buffer.from("hello world"))).toBe("StV1DL6CwTryKyV");
    expect(base58btc(Uint8Array.of(0, 0, 1))).toBe("112");
    expect(base58btc(new Uint8Array(0))).toBe("");
  });
});

describe("node key file", () => {
  it("is created on first start with mode 0600 and loaded unchanged afterwards", () => {
    const home = path.join(tmp(), "home");
    const first = loadOrCreateNodeKey(home);
    const file = path.join(home, "node.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(file);
    expect(bytes.toString()).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const second = loadOrCreateNodeKey(home);
    expect(second.publicKey).toEqual(first.publicKey);
    expect(second.privateKey).toEqual(first.privateKey);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it("refuses a corrupt or foreign key file and leaves it in place", () => {
    const home = tmp();
    const file = path.join(home, "node.key");
    writeFileSync(file, "not a key\n", { mode: 0o600 });
    expect(() => loadOrCreateNodeKey(home)).toThrow(expect.objectContaining({ reason: "NODE_KEY_INVALID" }));
    expect(readFileSync(file, "utf8")).toBe("not a key\n");

    writeFileSync(file, "");
    expect(() => loadOrCreateNodeKey(home)).toThrow(/refusing to replace it/);

    // A well-formed PEM of another key type is refused too, not reinterpreted.
    const ecPem = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    writeFileSync(file, ecPem);
    expect(() => loadOrCreateNodeKey(home)).toThrow(/key type ec, expected ed25519/);
    expect(readFileSync(file, "utf8")).toBe(ecPem);
  });
});
