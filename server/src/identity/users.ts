// Users known to this node: local users (name, password-sealed key, profile) and remote users
// known only through passes (id and, when presented, public key).
import type { Clock } from "../clock.js";
import { LeitherError, invalidArgument, notFound } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { bytesEqual, generateKeyPair, keyPairFromPrivateKey, type KeyPair } from "./keys.js";
import { DEFAULT_SCRYPT, openKey, sealKey, type ScryptParams, type SealedKey } from "./key-seal.js";
import { isLeitherId, leitherIdOf } from "./leither-id.js";
import type { LoginLimiter } from "./login-limiter.js";

/** A user as the domain sees it; times are Unix milliseconds. */
export interface User {
  id: string;
  /** Login name; null for remote users. */
  name: string | null;
  /** Null for a remote user whose key was never presented. */
  publicKey: Uint8Array | null;
  createdAt: number;
  profile: Record<string, string>;
  nodeAdmin: boolean;
  /** Whether the user's key is held (password-sealed) on this node. */
  local: boolean;
}

export interface UsersComponents {
  db: SqliteDatabase;
  clock: Clock;
  limiter: LoginLimiter;
  /** scrypt cost for newly sealed keys; tests pass a tiny one. */
  scrypt?: ScryptParams;
}

export interface Users {
  /** Creates a local user with a fresh key pair. The first local user becomes node admin. */
  register(name: string, password: string, profile?: Record<string, string>): Promise<User>;
  /** Checks a password and unlocks the user's key; WRONG_PASSWORD or TOO_MANY_ATTEMPTS otherwise. */
  verifyPassword(name: string, password: string): Promise<{ user: User; keyPair: KeyPair }>;
  /** Re-seals the key under a new password; returns the unlocked key. */
  changePassword(userId: string, oldPassword: string, newPassword: string): Promise<KeyPair>;
  /** Merges profile fields; an empty value removes the field. */
  setProfile(userId: string, changes: Record<string, string>): User;
  getUser(userId: string): User | null;
  getUserByName(name: string): User | null;
  /** Records a user met through a pass; fills in the public key if it was unknown. */
  rememberRemoteUser(userId: string, publicKey: Uint8Array | null): User;
  isAdmin(userId: string): boolean;
}

const NAME_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 1024; // bounds the work an attacker can make scrypt's PBKDF2 pre-pass do
const MAX_PROFILE_FIELDS = 32;
const PROFILE_KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_PROFILE_VALUE = 1024;

interface UserRow {
  id: string;
  name: string | null;
  public_key: Buffer | null;
  created_at: number;
  profile: string;
  node_admin: number;
  local: number;
}

interface KeyRow {
  kdf: string;
  salt: Buffer;
  cost_n: number;
  cost_r: number;
  cost_p: number;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const USER_COLUMNS = `u.id, u.name, u.public_key, u.created_at, u.profile, u.node_admin,
  EXISTS (SELECT 1 FROM identity_user_keys k WHERE k.user_id = u.id) AS local`;

export function createUsers({ db, clock, limiter, scrypt = DEFAULT_SCRYPT }: UsersComponents): Users {
  const byId = db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM identity_users u WHERE u.id = ?`);
  const byName = db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM identity_users u WHERE u.name = ?`);
  const keyOf = db.prepare<[string], KeyRow>("SELECT * FROM identity_user_keys WHERE user_id = ?");
  const insertUser = db.prepare(
    `INSERT INTO identity_users (id, name, public_key, created_at, profile, node_admin)
     VALUES (?, ?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM identity_user_keys))`,
  );
  const insertRemote = db.prepare(
    "INSERT INTO identity_users (id, name, public_key, created_at) VALUES (?, NULL, ?, ?) ON CONFLICT (id) DO NOTHING",
  );
  const fillKey = db.prepare("UPDATE identity_users SET public_key = ? WHERE id = ? AND public_key IS NULL");
  const upsertKey = db.prepare(
    `INSERT INTO identity_user_keys (user_id, kdf, salt, cost_n, cost_r, cost_p, iv, ciphertext, tag, updated_at)
     VALUES (@userId, @kdf, @salt, @n, @r, @p, @iv, @ciphertext, @tag, @now)
     ON CONFLICT (user_id) DO UPDATE SET kdf = excluded.kdf, salt = excluded.salt, cost_n = excluded.cost_n,
       cost_r = excluded.cost_r, cost_p = excluded.cost_p, iv = excluded.iv, ciphertext = excluded.ciphertext,
       tag = excluded.tag, updated_at = excluded.updated_at`,
  );
  const updateProfile = db.prepare("UPDATE identity_users SET profile = ? WHERE id = ?");

  const storeKey = (userId: string, sealed: SealedKey) =>
    upsertKey.run({
      userId,
      kdf: sealed.kdf,
      salt: sealed.salt,
      n: sealed.params.N,
      r: sealed.params.r,
      p: sealed.params.p,
      iv: sealed.iv,
      ciphertext: sealed.ciphertext,
      tag: sealed.tag,
      now: clock.now(),
    });

  const requireUser = (userId: string): User => {
    const row = byId.get(userId);
    if (!row) throw notFound("USER_NOT_FOUND", `no user ${userId} on this node`, { user_id: userId });
    return toUser(row);
  };

  /** Opens a local user's key, counting the attempt against the name's failure budget. */
  const unlock = async (user: User, password: string): Promise<KeyPair> => {
    const name = user.name!;
    const wait = limiter.retryAfter(name);
    if (wait > 0) {
      throw new LeitherError("resource_exhausted", "TOO_MANY_ATTEMPTS", `too many wrong passwords for ${name}; retry in ${Math.ceil(wait / 1000)} s`, {
        retry_after_ms: String(wait),
      });
    }
    // Counted as a failure before the (slow, async) check, so parallel guesses cannot all slip
    // past the limit while scrypt runs; a correct password clears it afterwards.
    limiter.recordFailure(name);
    const row = keyOf.get(user.id)!;
    const seed = await openKey(sealedFromRow(row), password, user.id);
    if (!seed) throw wrongPassword();
    const pair = keyPairFromPrivateKey(seed);
    if (!user.publicKey || !bytesEqual(pair.publicKey, user.publicKey)) {
      throw new LeitherError("internal", "KEY_CORRUPT", `the stored key of ${user.id} does not match its public key`);
    }
    limiter.recordSuccess(name);
    return pair;
  };

  return {
    async register(name, password, profile = {}) {
      checkName(name);
      checkPassword(password);
      const cleanProfile = mergeProfile({}, profile);
      if (byName.get(name)) throw nameTaken(name);
      const pair = generateKeyPair();
      const id = leitherIdOf(pair.publicKey);
      const sealed = await sealKey(pair.privateKey, password, id, scrypt);
      pair.privateKey.fill(0);
      try {
        // One transaction: the admin rule ("no local user yet") and the insert see the same state.
        db.transaction(() => {
          insertUser.run(id, name, pair.publicKey, clock.now(), JSON.stringify(cleanProfile));
          storeKey(id, sealed);
        })();
      } catch (err) {
        // Another registration of the same name may have won the race while scrypt ran.
        if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw nameTaken(name);
        throw err;
      }
      return requireUser(id);
    },

    async verifyPassword(name, password) {
      const row = typeof name === "string" && NAME_PATTERN.test(name) ? byName.get(name) : undefined;
      // Unknown names get the same answer as wrong passwords (and no failure record, which would
      // let anyone grow the limiter's memory with made-up names).
      if (!row || !row.local) throw wrongPassword();
      const user = toUser(row);
      return { user, keyPair: await unlock(user, password) };
    },

    async changePassword(userId, oldPassword, newPassword) {
      const user = requireUser(userId);
      if (!user.local) throw new LeitherError("failed_precondition", "NOT_LOCAL_USER", `user ${userId} has no password on this node`);
      checkPassword(newPassword);
      const pair = await unlock(user, oldPassword);
      storeKey(userId, await sealKey(pair.privateKey, newPassword, userId, scrypt));
      return pair;
    },

    setProfile(userId, changes) {
      const user = requireUser(userId);
      updateProfile.run(JSON.stringify(mergeProfile(user.profile, changes)), userId);
      return requireUser(userId);
    },

    getUser(userId) {
      const row = byId.get(userId);
      return row ? toUser(row) : null;
    },

    getUserByName(name) {
      const row = byName.get(name);
      return row ? toUser(row) : null;
    },

    rememberRemoteUser(userId, publicKey) {
      if (!isLeitherId(userId)) throw invalidArgument("INVALID_USER_ID", `not a Leither ID: ${userId}`);
      if (publicKey && leitherIdOf(publicKey) !== userId) {
        throw invalidArgument("KEY_MISMATCH", `public key does not belong to ${userId}`);
      }
      insertRemote.run(userId, publicKey, clock.now());
      // The id is a digest of the key, so a matching key needs no further trust to be recorded.
      if (publicKey) fillKey.run(publicKey, userId);
      return requireUser(userId);
    },

    isAdmin(userId) {
      return byId.get(userId)?.node_admin === 1;
    },
  };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key ? new Uint8Array(row.public_key) : null,
    createdAt: row.created_at,
    profile: JSON.parse(row.profile) as Record<string, string>,
    nodeAdmin: row.node_admin === 1,
    local: row.local === 1,
  };
}

function sealedFromRow(row: KeyRow): SealedKey {
  if (row.kdf !== "scrypt") throw new LeitherError("internal", "KEY_CORRUPT", `unknown key derivation ${row.kdf}`);
  return {
    kdf: "scrypt",
    salt: row.salt,
    params: { N: row.cost_n, r: row.cost_r, p: row.cost_p },
    iv: row.iv,
    ciphertext: row.ciphertext,
    tag: row.tag,
  };
}

function checkName(name: string): void {
  if (typeof name !== "string" || !NAME_PATTERN.test(name)) {
    throw invalidArgument("INVALID_NAME", "a name is 1 to 64 characters of letters, digits, '.', '_' and '-'");
  }
}

function checkPassword(password: string): void {
  const length = typeof password === "string" ? [...password].length : 0;
  if (length < MIN_PASSWORD) throw invalidArgument("WEAK_PASSWORD", `a password has at least ${MIN_PASSWORD} characters`);
  if (length > MAX_PASSWORD) throw invalidArgument("INVALID_PASSWORD", `a password has at most ${MAX_PASSWORD} characters`);
}

/** Applies `changes` (empty value = remove) to `base` after validating them. */
function mergeProfile(base: Record<string, string>, changes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (!PROFILE_KEY_PATTERN.test(key)) throw invalidArgument("INVALID_PROFILE", `bad profile field name "${key}"`);
    if (typeof value !== "string" || value.length > MAX_PROFILE_VALUE) {
      throw invalidArgument("INVALID_PROFILE", `profile field "${key}" must be a string of at most ${MAX_PROFILE_VALUE} characters`);
    }
    if (value === "") delete out[key];
    else out[key] = value;
  }
  if (Object.keys(out).length > MAX_PROFILE_FIELDS) {
    throw invalidArgument("INVALID_PROFILE", `at most ${MAX_PROFILE_FIELDS} profile fields`);
  }
  return out;
}

const wrongPassword = () => new LeitherError("unauthenticated", "WRONG_PASSWORD", "wrong name or password");
const nameTaken = (name: string) => new LeitherError("already_exists", "NAME_TAKEN", `the name ${name} is taken`, { name });
