import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createManualClock } from "../clock.js";
import { openDatabase } from "../store/index.js";
import { createIdentity, generateKeyPair, identitySchema } from "./index.js";

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
const HOUR = 3_600_000;

function setup(sessionTtlMs?: number) {
  const clock = createManualClock();
  const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
  const identity = createIdentity({ db, clock, nodeKey: generateKeyPair(), scrypt: FAST_SCRYPT, sessionTtlMs });
  return { clock, db, identity };
}

describe("sessions", () => {
  it("a password login yields a 43-character bearer id resolving to the user", async () => {
    const { identity, clock } = setup();
    const alice = await identity.users.register("alice", "password1");
    const login = await identity.loginWithPassword("alice", "password1");
    expect(login.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(login).toMatchObject({ userId: alice.id, guest: false, expiresAt: clock.now() + 24 * HOUR, user: { name: "alice" } });
    expect(identity.sessions.resolve(login.sessionId)).toEqual({ userId: alice.id, guest: false, expiresAt: clock.now() + 24 * HOUR });
  });

  it("stores only the SHA-256 of the session id", () => {
    const { identity, db } = setup();
    const { sessionId } = identity.loginGuest();
    const rows = db.prepare("SELECT id_hash FROM identity_sessions").all() as { id_hash: Buffer }[];
    expect(rows).toEqual([{ id_hash: createHash("sha256").update(sessionId).digest() }]);
    expect(JSON.stringify(db.prepare("SELECT * FROM identity_sessions").all())).not.toContain(sessionId);
  });

  it("guests get a session without a user", () => {
    const { identity } = setup();
    const guest = identity.loginGuest();
    expect(identity.sessions.resolve(guest.sessionId)).toMatchObject({ userId: null, guest: true });
    expect(() => identity.sessions.keyOf(guest.sessionId)).toThrow(expect.objectContaining({ reason: "KEY_LOCKED" }));
  });

  it("expires after the ttl without use", () => {
    const { identity, clock } = setup(HOUR);
    const { sessionId } = identity.loginGuest();
    clock.advance(HOUR);
    expect(() => identity.sessions.resolve(sessionId)).toThrow(expect.objectContaining({ kind: "unauthenticated", reason: "SESSION_EXPIRED" }));
    // An expired session is deleted when seen; afterwards it is simply unknown.
    expect(() => identity.sessions.resolve(sessionId)).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
  });

  it("slides: each use pushes the expiry to now + ttl", () => {
    const { identity, clock } = setup(HOUR);
    const { sessionId } = identity.loginGuest();
    for (let i = 0; i < 5; i++) {
      clock.advance(HOUR - 60_000);
      expect(identity.sessions.resolve(sessionId).expiresAt).toBe(clock.now() + HOUR);
    }
    clock.advance(HOUR);
    expect(() => identity.sessions.resolve(sessionId)).toThrow(expect.objectContaining({ reason: "SESSION_EXPIRED" }));
  });

  it("does not write on every request: renewal happens once the expiry slipped by a step", () => {
    const { identity, clock } = setup(HOUR);
    const { sessionId, expiresAt } = identity.loginGuest();
    clock.advance(1000);
    expect(identity.sessions.resolve(sessionId).expiresAt).toBe(expiresAt); // within the 36 s step
    clock.advance(60_000);
    expect(identity.sessions.resolve(sessionId).expiresAt).toBe(clock.now() + HOUR);
  });

  it("is only created for users this node knows", () => {
    const { identity } = setup();
    expect(() => identity.sessions.create("AAAAAAAAAAAAAAAAAAAAAAAAAAA")).toThrow(expect.objectContaining({ reason: "USER_NOT_FOUND" }));
  });

  it("is pruned periodically once started", () => {
    vi.useFakeTimers();
    try {
      const clock = createManualClock();
      const db = openDatabase({ path: ":memory:", schemas: [identitySchema] });
      const identity = createIdentity({ db, clock, nodeKey: generateKeyPair(), sessionTtlMs: HOUR, pruneIntervalMs: 60_000 });
      identity.loginGuest();
      identity.start();
      clock.advance(HOUR);
      vi.advanceTimersByTime(60_000);
      expect(db.prepare("SELECT COUNT(*) AS n FROM identity_sessions").get()).toEqual({ n: 0 });
      identity.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("rejects unknown and malformed ids as SESSION_UNKNOWN", () => {
    const { identity } = setup();
    expect(() => identity.sessions.resolve("A".repeat(43))).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
    expect(() => identity.sessions.resolve("short")).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
    expect(() => identity.sessions.resolve("")).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
  });

  it("logout revokes at once, and drops the unlocked key", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "password1");
    const { sessionId } = await identity.loginWithPassword("alice", "password1");
    expect(identity.sessions.keyOf(sessionId)).toBeDefined();
    expect(identity.sessions.revoke(sessionId)).toBe(true);
    expect(identity.sessions.revoke(sessionId)).toBe(false);
    expect(() => identity.sessions.resolve(sessionId)).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
    expect(() => identity.sessions.keyOf(sessionId)).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
  });

  it("counts active sessions and prunes expired ones", () => {
    const { identity, clock, db } = setup(HOUR);
    identity.loginGuest();
    clock.advance(HOUR / 2);
    const later = identity.loginGuest();
    expect(identity.sessions.countActive()).toBe(2);
    clock.advance(HOUR / 2);
    expect(identity.sessions.countActive()).toBe(1);
    identity.prune();
    expect(db.prepare("SELECT COUNT(*) AS n FROM identity_sessions").get()).toEqual({ n: 1 });
    expect(identity.sessions.resolve(later.sessionId).guest).toBe(true);
  });

  it("revokes every session of a user", async () => {
    const { identity } = setup();
    await identity.users.register("alice", "password1");
    const a = await identity.loginWithPassword("alice", "password1");
    const b = await identity.loginWithPassword("alice", "password1");
    const guest = identity.loginGuest();
    expect(identity.sessions.revokeUser(a.userId!)).toBe(2);
    expect(() => identity.sessions.resolve(b.sessionId)).toThrow(expect.objectContaining({ reason: "SESSION_UNKNOWN" }));
    expect(identity.sessions.resolve(guest.sessionId).guest).toBe(true);
  });
});

describe("after a restart", () => {
  it("a session still authenticates, but signing needs the password again (KEY_LOCKED)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "leither-identity-")), "node.db");
    const nodeKey = generateKeyPair();
    const clock = createManualClock();
    const db1 = openDatabase({ path: file, schemas: [identitySchema] });
    const before = createIdentity({ db: db1, clock, nodeKey, scrypt: FAST_SCRYPT });
    const alice = await before.users.register("alice", "password1");
    const { sessionId } = await before.loginWithPassword("alice", "password1");
    expect(before.sessions.keyOf(sessionId).publicKey).toEqual(alice.publicKey);
    db1.close();

    const db2 = openDatabase({ path: file, schemas: [identitySchema] });
    const after = createIdentity({ db: db2, clock, nodeKey, scrypt: FAST_SCRYPT });
    expect(after.sessions.resolve(sessionId).userId).toBe(alice.id);
    expect(() => after.sessions.keyOf(sessionId)).toThrow(expect.objectContaining({ kind: "failed_precondition", reason: "KEY_LOCKED" }));
    const again = await after.loginWithPassword("alice", "password1");
    expect(after.sessions.keyOf(again.sessionId).publicKey).toEqual(alice.publicKey);
    db2.close();
  });
});
