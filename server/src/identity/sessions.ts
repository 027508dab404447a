// Login sessions: a random bearer id whose SHA-256 is stored with its user and expiry (sliding);
// a password login's unlocked key is held only in this process's memory.
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { LeitherError, failedPrecondition, invalidArgument } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import type { KeyPair } from "./keys.js";

/** What a session id stands for; `expiresAt` is Unix milliseconds. */
export interface SessionInfo {
  userId: string | null;
  guest: boolean;
  expiresAt: number;
}

export interface NewSession extends SessionInfo {
  /** The bearer secret: 32 random bytes, base64url (43 characters). Shown once, never stored. */
  sessionId: string;
}

export interface SessionsComponents {
  db: SqliteDatabase;
  clock: Clock;
  /** Idle lifetime; each use pushes the expiry to now + ttl. Default 24 h. */
  ttlMs?: number;
}

export interface Sessions {
  /** Starts a session for a user, or a guest when `userId` is null; `key` makes it able to sign. */
  create(userId: string | null, key?: KeyPair): NewSession;
  /** Authenticates a session id and renews it; SESSION_UNKNOWN or SESSION_EXPIRED otherwise. */
  resolve(sessionId: string): SessionInfo;
  /** The unlocked key of a live session; KEY_LOCKED when it was not opened with the password here and now. */
  keyOf(sessionId: string): KeyPair;
  /** Replaces the in-memory key of a live session (after a password change, for example). */
  setKey(sessionId: string, key: KeyPair): void;
  /** Ends a session (logout); false when it did not exist. */
  revoke(sessionId: string): boolean;
  /** Ends every session of a user; returns how many. */
  revokeUser(userId: string): number;
  /** Sessions not yet expired, guests included. */
  countActive(): number;
  /** Deletes expired sessions and forgets their keys; returns how many. */
  prune(): number;
}

export const DEFAULT_SESSION_TTL_MS = 24 * 60 * 60_000;
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface SessionRow {
  user_id: string | null;
  expires_at: number;
}

export function createSessions({ db, clock, ttlMs = DEFAULT_SESSION_TTL_MS }: SessionsComponents): Sessions {
  if (!(ttlMs > 0)) throw invalidArgument("INVALID_TTL", `session ttl must be positive, got ${ttlMs}`);
  // Renewing on every request would make every read a database write; renewing once the expiry
  // has slipped by a minute (or 1% of a short ttl) keeps sliding expiry at a negligible cost.
  const renewStepMs = Math.min(60_000, Math.ceil(ttlMs / 100));
  // Keyed by the hex digest, like the table, so nothing keeps the bearer secret itself.
  const keys = new Map<string, KeyPair>();

  const insert = db.prepare("INSERT INTO identity_sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)");
  const find = db.prepare<[Buffer], SessionRow>("SELECT user_id, expires_at FROM identity_sessions WHERE id_hash = ?");
  const renew = db.prepare("UPDATE identity_sessions SET expires_at = ? WHERE id_hash = ?");
  const remove = db.prepare("DELETE FROM identity_sessions WHERE id_hash = ?");
  const userHashes = db.prepare<[string], { id_hash: Buffer }>("SELECT id_hash FROM identity_sessions WHERE user_id = ?");
  const removeUser = db.prepare("DELETE FROM identity_sessions WHERE user_id = ?");
  const countLive = db.prepare<[number], { n: number }>("SELECT COUNT(*) AS n FROM identity_sessions WHERE expires_at > ?");
  const expired = db.prepare<[number], { id_hash: Buffer }>("SELECT id_hash FROM identity_sessions WHERE expires_at <= ?");
  const removeExpired = db.prepare("DELETE FROM identity_sessions WHERE expires_at <= ?");

  const forgetKey = (hash: Buffer) => {
    const k = hash.toString("hex");
    keys.get(k)?.privateKey.fill(0);
    keys.delete(k);
  };

  const lookup = (sessionId: string): { hash: Buffer; info: SessionInfo } => {
    if (typeof sessionId !== "string" || !SESSION_ID_PATTERN.test(sessionId)) throw unknown();
    const hash = digest(sessionId);
    const row = find.get(hash);
    if (!row) throw unknown();
    const now = clock.now();
    if (row.expires_at <= now) {
      remove.run(hash);
      forgetKey(hash);
      throw new LeitherError("unauthenticated", "SESSION_EXPIRED", "the session has expired; log in again");
    }
    let expiresAt = row.expires_at;
    if (now + ttlMs - expiresAt >= renewStepMs) {
      expiresAt = now + ttlMs;
      renew.run(expiresAt, hash);
    }
    return { hash, info: { userId: row.user_id, guest: row.user_id === null, expiresAt } };
  };

  return {
    create(userId, key) {
      if (key && userId === null) throw failedPrecondition("GUEST_SESSION", "a guest session cannot hold a key");
      const sessionId = randomBytes(32).toString("base64url");
      const hash = digest(sessionId);
      const now = clock.now();
      try {
        insert.run(hash, userId, now, now + ttlMs);
      } catch (err) {
        // The foreign key guarantees a session never names a user this node does not know.
        if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
          throw new LeitherError("not_found", "USER_NOT_FOUND", `no user ${userId} on this node`, { user_id: String(userId) });
        }
        throw err;
      }
      if (key) keys.set(hash.toString("hex"), { publicKey: key.publicKey, privateKey: new Uint8Array(key.privateKey) });
      return { sessionId, userId, guest: userId === null, expiresAt: now + ttlMs };
    },

    resolve: (sessionId) => lookup(sessionId).info,

    keyOf(sessionId) {
      const { hash, info } = lookup(sessionId);
      const key = keys.get(hash.toString("hex"));
      if (key) return key;
      throw failedPrecondition(
        "KEY_LOCKED",
        info.guest ? "a guest session holds no key" : "this session cannot sign: log in with the password on this node to unlock the key",
      );
    },

    setKey(sessionId, key) {
      const { hash, info } = lookup(sessionId);
      if (info.guest) throw failedPrecondition("GUEST_SESSION", "a guest session cannot hold a key");
      forgetKey(hash);
      keys.set(hash.toString("hex"), { publicKey: key.publicKey, privateKey: new Uint8Array(key.privateKey) });
    },

    revoke(sessionId) {
      if (typeof sessionId !== "string" || !SESSION_ID_PATTERN.test(sessionId)) return false;
      const hash = digest(sessionId);
      forgetKey(hash);
      return remove.run(hash).changes > 0;
    },

    revokeUser(userId) {
      for (const { id_hash } of userHashes.all(userId)) forgetKey(id_hash);
      return removeUser.run(userId).changes;
    },

    countActive: () => countLive.get(clock.now())!.n,

    prune() {
      const now = clock.now();
      return db.transaction(() => {
        for (const { id_hash } of expired.all(now)) forgetKey(id_hash);
        return removeExpired.run(now).changes;
      })();
    },
  };
}

function digest(sessionId: string): Buffer {
  return createHash("sha256").update(sessionId, "utf8").digest();
}

const unknown = () => new LeitherError("unauthenticated", "SESSION_UNKNOWN", "unknown session; log in again");
