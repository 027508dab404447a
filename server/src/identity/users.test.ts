import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createIdentity, generateKeyPair, identitySchema, isLeitherId, leitherIdOf, sign, verify } from "./index.js";

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };

function setup() {
  const clock = createManualClock();
  const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
  const identity = createIdentity({ db, clock, nodeKey: generateKeyPair(), scrypt: FAST_SCRYPT });
  return { clock, db, identity };
}

describe("register", () => {
  it("creates a user with a fresh key, its id derived from the public key", async () => {
    const { identity } = setup();
    const user = await identity.users.register("alice", "correct horse", { email: "a@example.org" });
    expect(isLeitherId(user.id)).toBe(true);
    expect(user.id).toBe(leitherIdOf(user.publicKey!));
    expect(user).toMatchObject({ name: "alice", local: true, profile: { email: "a@example.org" } });
    expect(identity.users.getUser(user.id)).toEqual(user);
    expect(identity.users.getUserByName("alice")).toEqual(user);
  });

  it("makes the first registered user the node admin, and nobody after", async () => {
    const { identity } = setup();
    const first = await identity.users.register("root", "password1");
    const second = await identity.users.register("bob", "password2");
    expect(first.nodeAdmin).toBe(true);
    expect(identity.users.isAdmin(first.id)).toBe(true);
    expect(identity.users.isAdmin(second.id)).toBe(false);
  });

  it("refuses a taken name (case-insensitively), bad names and short passwords", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "password1");
    await expect(identity.users.register("alice", "password2")).rejects.toMatchObject({ kind: "already_exists", reason: "NAME_TAKEN" });
    await expect(identity.users.register("ALICE", "password2")).rejects.toMatchObject({ reason: "NAME_TAKEN" });
    await expect(identity.users.register("", "password1")).rejects.toMatchObject({ reason: "INVALID_NAME" });
    await expect(identity.users.register("a b", "password1")).rejects.toMatchObject({ reason: "INVALID_NAME" });
    await expect(identity.users.register("x".repeat(65), "password1")).rejects.toMatchObject({ reason: "INVALID_NAME" });
    await expect(identity.users.register("carol", "1234567")).rejects.toMatchObject({ kind: "invalid_argument", reason: "WEAK_PASSWORD" });
  });

  it("loses neither name nor admin rule to concurrent registrations", async () => {
    const { identity } = setup();
    const results = await Promise.allSettled([identity.users.register("dup", "password1"), identity.users.register("dup", "password2")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { reason: "NAME_TAKEN" } });
  });
});

describe("password login", () => {
  it("unlocks the user's key with the right password", async () => {
    const { identity } = setup();
    const user = await identity.users.register("alice", "correct horse");
    const { keyPair } = await identity.users.verifyPassword("alice", "correct horse");
    expect(keyPair.publicKey).toEqual(user.publicKey);
    expect(verify(user.publicKey!, Buffer.from("x"), sign(keyPair.privateKey, Buffer.from("x")))).toBe(true);
  });

  it("refuses a wrong password or unknown name with WRONG_PASSWORD", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "correct horse");
    await expect(identity.users.verifyPassword("alice", "wrong horse")).rejects.toMatchObject({ kind: "unauthenticated", reason: "WRONG_PASSWORD" });
    await expect(identity.users.verifyPassword("nobody", "whatever1")).rejects.toMatchObject({ reason: "WRONG_PASSWORD" });
  });

  it("refuses further attempts after 5 failures within 15 minutes, until the window passes", async () => {
    const { identity, clock } = setup();
    await identity.users.register("alice", "correct horse");
    for (let i = 0; i < 5; i++) {
      await expect(identity.users.verifyPassword("alice", `guess ${i}xx`)).rejects.toMatchObject({ reason: "WRONG_PASSWORD" });
      clock.advance(60_000);
    }
    // Failures at minutes 0..4, now minute 5: locked until the first leaves the window at minute 15.
    // Even the right password is refused meanwhile.
    const locked = identity.users.verifyPassword("alice", "correct horse");
    await expect(locked).rejects.toMatchObject({ kind: "resource_exhausted", reason: "TOO_MANY_ATTEMPTS" });
    await expect(locked).rejects.toMatchObject({ metadata: { retry_after_ms: String(10 * 60_000) } });
    clock.advance(10 * 60_000 - 1);
    await expect(identity.users.verifyPassword("alice", "correct horse")).rejects.toMatchObject({ reason: "TOO_MANY_ATTEMPTS" });
    clock.advance(1); // the first failure leaves the window
    await expect(identity.users.verifyPassword("alice", "correct horse")).resolves.toBeDefined();
  });

  it("counts parallel guesses, so they cannot all slip past the limit", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "correct horse");
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => identity.users.verifyPassword("alice", `guess ${i}xx`)));
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as { reason: string }).reason : "ok"));
    expect(reasons.filter((r) => r === "WRONG_PASSWORD")).toHaveLength(5);
    expect(reasons.filter((r) => r === "TOO_MANY_ATTEMPTS")).toHaveLength(3);
  });

  it("clears the failure count on success", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "correct horse");
    for (let i = 0; i < 4; i++) await expect(identity.users.verifyPassword("alice", "bad password")).rejects.toThrow();
    await identity.users.verifyPassword("alice", "correct horse");
    for (let i = 0; i < 4; i++) await expect(identity.users.verifyPassword("alice", "bad password")).rejects.toMatchObject({ reason: "WRONG_PASSWORD" });
  });
});

describe("profile and password changes", () => {
  it("merges profile fields; an empty value removes one", async () => {
    const { identity } = setup();
    const user = await identity.users.register("alice", "password1", { email: "a@x", city: "Oslo" });
    const changed = identity.users.setProfile(user.id, { city: "", display_name: "Alice" });
    expect(changed.profile).toEqual({ email: "a@x", display_name: "Alice" });
    expect(() => identity.users.setProfile(user.id, { "bad key": "v" })).toThrow(expect.objectContaining({ reason: "INVALID_PROFILE" }));
    expect(() => identity.users.setProfile("AAAAAAAAAAAAAAAAAAAAAAAAAAA", {})).toThrow(expect.objectContaining({ reason: "USER_NOT_FOUND" }));
  });

  it("re-encrypts the same key under the new password", async () => {
    const { identity } = setup();
    const user = await identity.users.register("alice", "old password");
    await expect(identity.users.changePassword(user.id, "not the old one", "new password")).rejects.toMatchObject({ reason: "WRONG_PASSWORD" });
    await identity.users.changePassword(user.id, "old password", "new password");
    await expect(identity.users.verifyPassword("alice", "old password")).rejects.toMatchObject({ reason: "WRONG_PASSWORD" });
    const { keyPair } = await identity.users.verifyPassword("alice", "new password");
    expect(keyPair.publicKey).toEqual(user.publicKey);
  });

  it("stores the scrypt parameters with each key, so raising the cost keeps old keys readable", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "leither-identity-"));
    const file = path.join(dir, "node.db");
    const nodeKey = generateKeyPair();
    const db1 = openDatabase({ path: file, schemas: [identitySchema] });
    await createIdentity({ db: db1, nodeKey, scrypt: FAST_SCRYPT }).users.register("alice", "password1");
    db1.close();
    const db2 = openDatabase({ path: file, schemas: [identitySchema] });
    const stronger = createIdentity({ db: db2, nodeKey, scrypt: { N: 2048, r: 8, p: 1 } });
    await expect(stronger.users.verifyPassword("alice", "password1")).resolves.toBeDefined();
    expect(db2.prepare("SELECT cost_n FROM identity_user_keys").get()).toEqual({ cost_n: 1024 });
    db2.close();
  });
});

describe("remote users", () => {
  it("are known by id and, when presented, public key; never by name", () => {
    const { identity } = setup();
    const key = generateKeyPair().publicKey;
    const id = leitherIdOf(key);
    expect(identity.users.rememberRemoteUser(id, null)).toMatchObject({ id, name: null, publicKey: null, local: false, nodeAdmin: false });
    // The id is the key's digest, so a matching key is recorded without further trust...
    expect(identity.users.rememberRemoteUser(id, key).publicKey).toEqual(key);
    // ...and a key that does not hash to the id is refused.
    expect(() => identity.users.rememberRemoteUser(id, generateKeyPair().publicKey)).toThrow(expect.objectContaining({ reason: "KEY_MISMATCH" }));
  });

  it("do not count for the first-user-is-admin rule", async () => {
    const { identity } = setup();
    identity.users.rememberRemoteUser(leitherIdOf(generateKeyPair().publicKey), null);
    expect((await identity.users.register("owner", "password1")).nodeAdmin).toBe(true);
  });
});
