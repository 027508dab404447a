// WebDAV write locks (RFC 4918 sections 6 and 7): exclusive and shared, depth 0 or infinity, with
// timeouts. A lock belongs to a URL of one MiMei's tree (not to content), covers its root path
// and, at depth infinity, everything below it, and is used by the principal that created it.
// Locks are looked up in memory and written through to the node database (`dav_locks`), so a
// client that locked a file before a restart still holds it after.
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import { LeitherError } from "../errors.js";
import type { SqliteDatabase } from "../store/index.js";
import { isWithin } from "./paths.js";

export type LockScope = "exclusive" | "shared";
export type LockDepth = "0" | "infinity";

export interface DavLock {
  /** "leither-lock:" and 128 random bits (see LOCK_TOKEN_SCHEME). */
  token: string;
  mimeiId: string;
  /** The lock root: the tree path the LOCK named. */
  path: string;
  /** Whether the lock root was a collection when locked (for the lockroot href). */
  collection: boolean;
  scope: LockScope;
  depth: LockDepth;
  /** The DAV:owner element's content as the client sent it (self-contained XML), or "". */
  owner: string;
  /** Who created the lock; only they can use its token. Null for a guest. */
  userId: string | null;
  /** Seconds granted at creation or the last refresh. */
  timeoutSeconds: number;
  expiresAt: number;
}

export interface NewLock {
  mimeiId: string;
  path: string;
  collection: boolean;
  scope: LockScope;
  depth: LockDepth;
  owner: string;
  userId: string | null;
  timeoutSeconds: number;
}

export interface LockManager {
  /** Locks whose scope includes `path`: rooted there, or at an ancestor with depth infinity. */
  covering(mimeiId: string, path: string): DavLock[];
  /** Locks rooted strictly below `path`. */
  below(mimeiId: string, path: string): DavLock[];
  /** Locks that a new lock would conflict with (none means it can be granted). */
  conflicts(lock: Pick<NewLock, "mimeiId" | "path" | "scope" | "depth">): DavLock[];
  get(token: string): DavLock | undefined;
  /** Grants a lock; callers check `conflicts` first (in the same synchronous step). */
  create(lock: NewLock): DavLock;
  refresh(token: string, timeoutSeconds: number): DavLock;
  remove(token: string): boolean;
  /** Drops the locks rooted at `path` or below it (the resources were deleted, moved away or replaced). */
  removeTree(mimeiId: string, path: string): void;
  /** Locks held now (tests and metrics). */
  count(): number;
}

export interface LockManagerInit {
  clock: Clock;
  /** Holds the `dav_locks` table (davSchema). */
  db: SqliteDatabase;
}

interface LockRow {
  token: string;
  mimei_id: string;
  path: string;
  collection: number;
  scope: LockScope;
  depth: LockDepth;
  owner: string;
  user_id: string | null;
  timeout_seconds: number;
  expires_at: number;
}

/**
 * Lock tokens are URIs of this scheme followed by 22 base64url characters (128 random bits).
 * Not urn:uuid (45 characters), which RFC 4918 recommends but does not require: clients build If
 * headers such as `(<token> ["etag"]) (Not <DAV:no-lock> ["etag"])` in fixed 200-byte buffers
 * (neon, which litmus and cadaver use), and two 66-character content-hash ETags leave room for
 * 37 characters of token.
 */
export const LOCK_TOKEN_SCHEME = "leither-lock:";

/** Longest lock granted; "Infinite" and longer requests get this. */
export const MAX_LOCK_SECONDS = 7 * 24 * 3600;
/** Locks one MiMei may hold at once: each is in memory and in the database, and anyone with write access could add them. */
export const MAX_LOCKS_PER_MIMEI = 10_000;
/** Granted when the client asks for no particular timeout. */
export const DEFAULT_LOCK_SECONDS = 3600;

/**
 * The timeout to grant for a `Timeout` header ("Second-600", "Infinite", or a list of them: the
 * first usable one wins); the default when absent or unusable.
 */
export function lockTimeout(header: string | undefined): number {
  if (!header) return DEFAULT_LOCK_SECONDS;
  for (const part of header.split(",")) {
    const t = part.trim();
    if (/^infinite$/i.test(t)) return MAX_LOCK_SECONDS;
    const m = /^second-(\d{1,12})$/i.exec(t);
    if (m) return Math.min(Math.max(Number(m[1]), 1), MAX_LOCK_SECONDS);
  }
  return DEFAULT_LOCK_SECONDS;
}

export function createLockManager({ clock, db }: LockManagerInit): LockManager {
  const byMimei = new Map<string, Map<string, DavLock>>();
  const byToken = new Map<string, DavLock>();
  const insertRow = db.prepare<[string, string, string, number, string, string, string, string | null, number, number]>(
    "INSERT INTO dav_locks (token, mimei_id, path, collection, scope, depth, owner, user_id, timeout_seconds, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const updateRow = db.prepare<[number, number, string]>("UPDATE dav_locks SET timeout_seconds = ?, expires_at = ? WHERE token = ?");
  const deleteRow = db.prepare<[string]>("DELETE FROM dav_locks WHERE token = ?");

  function index(lock: DavLock): void {
    byToken.set(lock.token, lock);
    let m = byMimei.get(lock.mimeiId);
    if (!m) byMimei.set(lock.mimeiId, (m = new Map()));
    m.set(lock.token, lock);
  }

  function drop(lock: DavLock): void {
    deleteRow.run(lock.token);
    byToken.delete(lock.token);
    const m = byMimei.get(lock.mimeiId);
    m?.delete(lock.token);
    if (m && m.size === 0) byMimei.delete(lock.mimeiId);
  }

  // The locks of before a restart; those that expired meanwhile go.
  db.prepare<[number]>("DELETE FROM dav_locks WHERE expires_at <= ?").run(clock.now());
  for (const r of db.prepare<[], LockRow>("SELECT * FROM dav_locks").all()) {
    index({
      token: r.token,
      mimeiId: r.mimei_id,
      path: r.path,
      collection: r.collection === 1,
      scope: r.scope,
      depth: r.depth,
      owner: r.owner,
      userId: r.user_id,
      timeoutSeconds: r.timeout_seconds,
      expiresAt: r.expires_at,
    });
  }

  /** The live locks of a MiMei (expired ones are dropped on the way). */
  function live(mimeiId: string): DavLock[] {
    const m = byMimei.get(mimeiId);
    if (!m) return [];
    const now = clock.now();
    const out: DavLock[] = [];
    for (const lock of [...m.values()]) {
      if (lock.expiresAt <= now) drop(lock);
      else out.push(lock);
    }
    return out;
  }

  const covers = (lock: DavLock, path: string) => lock.path === path || (lock.depth === "infinity" && isWithin(path, lock.path));

  return {
    covering: (mimeiId, path) => live(mimeiId).filter((l) => covers(l, path)),
    below: (mimeiId, path) => live(mimeiId).filter((l) => l.path !== path && isWithin(l.path, path)),
    conflicts(lock) {
      return live(lock.mimeiId).filter((l) => {
        const overlaps = covers(l, lock.path) || (lock.depth === "infinity" && isWithin(l.path, lock.path));
        return overlaps && (l.scope === "exclusive" || lock.scope === "exclusive");
      });
    },
    get(token) {
      const lock = byToken.get(token);
      if (lock && lock.expiresAt <= clock.now()) {
        drop(lock);
        return undefined;
      }
      return lock;
    },
    create(init) {
      if (live(init.mimeiId).length >= MAX_LOCKS_PER_MIMEI) {
        throw new LeitherError("resource_exhausted", "TOO_MANY_LOCKS", `MiMei ${init.mimeiId} holds ${MAX_LOCKS_PER_MIMEI} locks already; unlock some first`);
      }
      const lock: DavLock = { ...init, token: LOCK_TOKEN_SCHEME + randomBytes(16).toString("base64url"), expiresAt: clock.now() + init.timeoutSeconds * 1000 };
      insertRow.run(lock.token, lock.mimeiId, lock.path, lock.collection ? 1 : 0, lock.scope, lock.depth, lock.owner, lock.userId, lock.timeoutSeconds, lock.expiresAt);
      index(lock);
      return lock;
    },
    refresh(token, timeoutSeconds) {
      const lock = byToken.get(token);
      if (!lock) throw new Error(`no lock ${token}`);
      const expiresAt = clock.now() + timeoutSeconds * 1000;
      updateRow.run(timeoutSeconds, expiresAt, token);
      lock.timeoutSeconds = timeoutSeconds;
      lock.expiresAt = expiresAt;
      return lock;
    },
    remove(token) {
      const lock = byToken.get(token);
      if (!lock) return false;
      drop(lock);
      return true;
    },
    removeTree(mimeiId, path) {
      for (const lock of live(mimeiId)) if (isWithin(lock.path, path)) drop(lock);
    },
    count() {
      for (const id of [...byMimei.keys()]) live(id);
      return byToken.size;
    },
  };
}
