// The database engine component: keyspaces of every db MiMei (cur, frozen versions, open
// transactions), optimistic transactions, the ContentEngine for versions, and expiry sweeps.
import { randomBytes } from "node:crypto";
import { systemClock, type Clock } from "../clock.js";
import { invalidArgument } from "../errors.js";
import type { ContentEngine, ContentState } from "../mimei/index.js";
import { EMPTY_DIGEST, type SqliteDatabase } from "../store/index.js";
import * as E from "./errors.js";
import { createKeyspaceFactory, type SpaceState, type TxState, type ViewContext } from "./keyspace.js";
import { createDigester, type SpaceDigest } from "./snapshots.js";
import { createStorage } from "./storage.js";
import type { DbEngine, DbEngineOptions, DbTarget, DbWriter, TransactionInfo } from "./types.js";

export const DEFAULT_MAX_VALUE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_TX_TIMEOUT_MS = 30_000;
export const MAX_TX_TIMEOUT_MS = 10 * 60_000;
/** How long an expired transaction's id still answers TX_EXPIRED (then TX_NOT_FOUND). */
const EXPIRED_TX_MEMORY_MS = 10 * 60_000;
/** Frozen snapshots younger than this are never collected (a backup may be between freeze and its version row). */
const SNAPSHOT_GRACE_MS = 60_000;
const SWEEP_BATCH = 200;

export interface DbEngineDeps extends DbEngineOptions {
  /** The node database, opened with `dbSchema` among its schemas. */
  db: SqliteDatabase;
  clock?: Clock;
  random?: (n: number) => Uint8Array;
  /**
   * The content digests a MiMei's numbered versions still hold (from the MiMei store), so that
   * snapshots of deleted versions can be collected. Without it snapshots are kept.
   */
  liveDigests?: (mimeiId: string) => Set<string>;
}

export function createDbEngine(deps: DbEngineDeps): DbEngine {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? randomBytes;
  const storage = createStorage(db);
  const digester = createDigester(db);
  const inTransaction = db.transaction((fn: () => unknown) => fn());

  const selectCur = db.prepare<[string], { space: number; seq: number }>("SELECT space, seq FROM db_spaces WHERE mimei_id = ? AND kind = 'cur'");
  const insertSpace = db.prepare<[string, string, number, string | null, number | null, number]>(
    "INSERT INTO db_spaces (mimei_id, kind, seq, digest, size, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const updateSeq = db.prepare<[number, number]>("UPDATE db_spaces SET seq = ? WHERE space = ?");
  const selectFrozen = db.prepare<[string, string], { space: number; seq: number }>(
    "SELECT space, seq FROM db_spaces WHERE mimei_id = ? AND kind = 'frozen' AND digest = ?",
  );
  const spacesOf = db.prepare<[string], { space: number }>("SELECT space FROM db_spaces WHERE mimei_id = ?");
  const spacesOfKind = db.prepare<[string], { space: number; mimei_id: string; digest: string | null; created_at: number }>(
    "SELECT space, mimei_id, digest, created_at FROM db_spaces WHERE kind = ?",
  );
  const deleteSpace = db.prepare<[number]>("DELETE FROM db_spaces WHERE space = ?");
  // Inline strings are copied with their key rows; objects are shared (their refs go up).
  const copyKeys = db.prepare<[number, number | null, number]>(
    "INSERT INTO db_keys (space, key, type, oid, expires_at, seq, value) SELECT ?, key, type, oid, expires_at, COALESCE(?, seq), value FROM db_keys WHERE space = ?",
  );
  const addRefsOf = db.prepare<[number]>("UPDATE db_objects SET refs = refs + 1 WHERE oid IN (SELECT oid FROM db_keys WHERE space = ?)");
  const moveKey = db.prepare<[number, number, number, Buffer]>("UPDATE db_keys SET space = ?, seq = ? WHERE space = ? AND key = ?");
  const expiredKeys = db.prepare<[number, number, number], { key: Buffer; type: number; oid: number | null }>(
    "SELECT key, type, oid FROM db_keys WHERE space = ? AND expires_at IS NOT NULL AND expires_at <= ? LIMIT ?",
  );
  const deleteKey = db.prepare<[number, Buffer]>("DELETE FROM db_keys WHERE space = ? AND key = ?");

  /** cur of each db MiMei opened since start: one shared object, so every view sees one seq. */
  const curSpaces = new Map<string, SpaceState>();
  /**
   * The view on cur of each db MiMei: a view holds no state of its own (cur's seq lives in the
   * shared SpaceState), so one serves every caller and a read allocates no new view.
   */
  const curViews = new Map<string, DbWriter>();
  /** Cached digests of cur, dropped on every write. */
  const curDigests = new Map<string, SpaceDigest>();
  const txs = new Map<string, TxState>();
  const expiredTxs = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let lastGc = 0;

  /** Keyspaces written in the running group commit: their seq is stored once, at its end. */
  let grouped: Set<SpaceState> | null = null;

  function markWritten(space: SpaceState, seq: number): void {
    if (grouped) grouped.add(space);
    else updateSeq.run(seq, space.id);
    curDigests.delete(space.mimeiId);
  }

  function group<T>(fn: () => T): T {
    if (grouped) return fn();
    const written = new Set<SpaceState>();
    grouped = written;
    try {
      return inTransaction(() => {
        const result = fn();
        // A command that failed left its space's seq as it was; the in-memory seq is the truth.
        for (const space of written) updateSeq.run(space.seq, space.id);
        return result;
      }) as T;
    } finally {
      grouped = null;
    }
  }

  const keyspace = createKeyspaceFactory({
    db,
    storage,
    clock,
    maxValueBytes: deps.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES,
    markWritten,
  });

  function cur(mimeiId: string): SpaceState {
    let s = curSpaces.get(mimeiId);
    if (s) return s;
    const row = selectCur.get(mimeiId);
    s = row
      ? { id: row.space, mimeiId, seq: row.seq }
      : { id: Number(insertSpace.run(mimeiId, "cur", 0, null, null, clock.now()).lastInsertRowid), mimeiId, seq: 0 };
    curSpaces.set(mimeiId, s);
    return s;
  }

  /** The frozen snapshot with a digest; an empty store needs none (space -1 holds no keys). */
  function frozen(mimeiId: string, digest: string): SpaceState {
    const row = selectFrozen.get(mimeiId, digest);
    if (row) return { id: row.space, mimeiId, seq: row.seq };
    if (digest === EMPTY_DIGEST) return { id: -1, mimeiId, seq: 0 };
    throw E.snapshotMissing(mimeiId, digest);
  }

  function dropSpace(space: number): void {
    inTransaction(() => {
      storage.clearSpace(space);
      deleteSpace.run(space);
    });
  }

  // ---- transactions ----

  function liveTx(txId: string, owner: string): TxState {
    const tx = txs.get(txId);
    if (!tx) throw expiredTxs.has(txId) ? E.txExpired(txId) : E.txNotFound(txId);
    if (tx.owner !== owner) throw E.txNotYours(txId);
    if (tx.expiresAt <= clock.now()) {
      endTx(tx, true);
      throw E.txExpired(txId);
    }
    return tx;
  }

  /** Forgets a transaction and drops its private keyspace. */
  function endTx(tx: TxState, expired: boolean): void {
    txs.delete(tx.id);
    if (expired) expiredTxs.set(tx.id, clock.now() + EXPIRED_TX_MEMORY_MS);
    dropSpace(tx.space);
  }

  const infoOf = (tx: TxState): TransactionInfo => ({ id: tx.id, mimeiId: tx.mimeiId, expiresAt: tx.expiresAt });

  function begin(mimeiId: string, owner: string, timeoutMs = DEFAULT_TX_TIMEOUT_MS): TransactionInfo {
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw invalidArgument("INVALID_TIMEOUT", "a transaction timeout is a positive duration");
    if (!owner) throw invalidArgument("OWNER_REQUIRED", "a transaction needs an owner");
    const base = cur(mimeiId);
    const space = Number(insertSpace.run(mimeiId, "tx", 0, null, null, clock.now()).lastInsertRowid);
    const tx: TxState = {
      id: Buffer.from(random(16)).toString("hex"),
      owner,
      mimeiId,
      space,
      base,
      expiresAt: clock.now() + Math.min(timeoutMs, MAX_TX_TIMEOUT_MS),
      touched: new Map(),
      journal: null,
    };
    txs.set(tx.id, tx);
    return infoOf(tx);
  }

  function commit(txId: string, owner: string): { sequence: number } {
    const tx = liveTx(txId, owner);
    const base = tx.base;
    const now = clock.now();
    let conflict = false;
    try {
      const seq = inTransaction(() => {
        for (const [id, t] of tx.touched) {
          const row = storage.getKey(base.id, Buffer.from(id, "latin1"));
          const version = row && (row.expires_at === null || row.expires_at > now) ? row.seq : 0;
          if (version !== t.version) {
            conflict = true;
            throw E.txConflict(txId);
          }
        }
        const written = [...tx.touched].filter(([, t]) => t.written);
        if (written.length === 0) return base.seq;
        const next = base.seq + 1;
        for (const [id] of written) {
          const key = Buffer.from(id, "latin1");
          const old = storage.getKey(base.id, key);
          if (old) storage.dropKey(base.id, key, old);
          moveKey.run(base.id, next, tx.space, key);
        }
        storage.clearSpace(tx.space);
        deleteSpace.run(tx.space);
        markWritten(base, next);
        return next;
      }) as number;
      base.seq = seq;
      txs.delete(tx.id);
      // A transaction without writes left its (empty) keyspace behind; dropping is idempotent.
      dropSpace(tx.space);
      return { sequence: seq };
    } catch (err) {
      // A conflicting transaction is over: the client redoes it from the start.
      if (conflict) endTx(tx, false);
      throw err;
    }
  }

  function atomicOn<T>(base: SpaceState, tx: TxState | null, fn: (view: DbWriter) => T): T {
    const seq = base.seq;
    const touched = tx ? new Map(tx.touched) : null;
    try {
      return inTransaction(() => fn(keyspace({ base, frozenVersion: 0, tx }))) as T;
    } catch (err) {
      base.seq = seq;
      curDigests.delete(base.mimeiId);
      if (tx && touched) tx.touched = touched;
      throw err;
    }
  }

  // ---- versions ----

  function current(mimeiId: string): SpaceDigest {
    const now = clock.now();
    const hit = curDigests.get(mimeiId);
    if (hit && hit.validUntil > now) return hit;
    const row = curSpaces.get(mimeiId) ?? (selectCur.get(mimeiId) ? cur(mimeiId) : undefined);
    const d = row ? digester.spaceDigest(row.id, now) : { digest: EMPTY_DIGEST, size: 0, validUntil: Number.POSITIVE_INFINITY };
    curDigests.set(mimeiId, d);
    return d;
  }

  /** Deletes up to `limit` expired keys of a keyspace; returns how many. */
  function sweepKeys(space: SpaceState, limit: number): number {
    const rows = expiredKeys.all(space.id, clock.now(), limit);
    if (rows.length === 0) return 0;
    inTransaction(() => {
      for (const r of rows) {
        deleteKey.run(space.id, r.key);
        storage.release(r.oid, r.type);
      }
    });
    curDigests.delete(space.mimeiId);
    return rows.length;
  }

  const content: ContentEngine = {
    current: (mimeiId) => {
      const d = current(mimeiId);
      return { digest: d.digest, size: d.size };
    },
    async freeze(mimeiId): Promise<ContentState> {
      const base = cur(mimeiId);
      // A snapshot holds no dead keys, so equal live content gives equal digests.
      while (sweepKeys(base, 10_000) > 0);
      const d = current(mimeiId);
      if (d.digest === EMPTY_DIGEST || selectFrozen.get(mimeiId, d.digest)) return { digest: d.digest, size: d.size };
      inTransaction(() => {
        const space = Number(insertSpace.run(mimeiId, "frozen", base.seq, d.digest, d.size, clock.now()).lastInsertRowid);
        copyKeys.run(space, null, base.id);
        addRefsOf.run(space);
      });
      return { digest: d.digest, size: d.size };
    },
    async restore(mimeiId, state) {
      const base = cur(mimeiId);
      const source = frozen(mimeiId, state.digest);
      inTransaction(() => {
        storage.clearSpace(base.id);
        const next = base.seq + 1;
        if (source.id !== -1) {
          copyKeys.run(base.id, next, source.id);
          addRefsOf.run(base.id);
        }
        markWritten(base, next);
        base.seq = next;
      });
    },
    async remove(mimeiId) {
      for (const tx of [...txs.values()]) if (tx.mimeiId === mimeiId) txs.delete(tx.id);
      for (const { space } of spacesOf.all(mimeiId)) dropSpace(space);
      curSpaces.delete(mimeiId);
      curViews.delete(mimeiId);
      curDigests.delete(mimeiId);
    },
  };

  /** Drops snapshots no version holds any more (deleted versions). */
  function collectSnapshots(): void {
    if (!deps.liveDigests) return;
    const live = new Map<string, Set<string>>();
    for (const s of spacesOfKind.all("frozen")) {
      if (clock.now() - s.created_at < SNAPSHOT_GRACE_MS) continue;
      let digests = live.get(s.mimei_id);
      if (!digests) {
        try {
          digests = deps.liveDigests(s.mimei_id);
        } catch {
          // The MiMei is gone: none of its versions remain.
          digests = new Set();
        }
        live.set(s.mimei_id, digests);
      }
      if (!digests.has(s.digest ?? "")) dropSpace(s.space);
    }
  }

  function sweep(): void {
    const now = clock.now();
    for (const tx of [...txs.values()]) if (tx.expiresAt <= now) endTx(tx, true);
    for (const [id, until] of expiredTxs) if (until <= now) expiredTxs.delete(id);
    for (const space of curSpaces.values()) sweepKeys(space, SWEEP_BATCH);
    if (now - lastGc >= SNAPSHOT_GRACE_MS) {
      lastGc = now;
      collectSnapshots();
    }
  }

  // Transactions do not survive a restart; their private keyspaces are garbage now.
  for (const s of spacesOfKind.all("tx")) dropSpace(s.space);

  return {
    open(target: DbTarget): DbWriter {
      const version = target.version ?? 0;
      if (version > 0) {
        if (!target.digest) throw invalidArgument("DIGEST_REQUIRED", "a numbered version is opened by its digest");
        return keyspace({ base: frozen(target.mimeiId, target.digest), frozenVersion: version, tx: null });
      }
      let view = curViews.get(target.mimeiId);
      if (!view) curViews.set(target.mimeiId, (view = keyspace({ base: cur(target.mimeiId), frozenVersion: 0, tx: null })));
      return view;
    },
    atomic: (mimeiId, fn) => atomicOn(cur(mimeiId), null, fn),
    atomicInTransaction(txId, owner, fn) {
      const tx = liveTx(txId, owner);
      return atomicOn(tx.base, tx, fn);
    },
    begin,
    transaction(txId, owner) {
      const tx = liveTx(txId, owner);
      const ctx: ViewContext = { base: tx.base, frozenVersion: 0, tx };
      return keyspace(ctx);
    },
    transactionInfo: (txId, owner) => infoOf(liveTx(txId, owner)),
    commit,
    rollback(txId, owner) {
      endTx(liveTx(txId, owner), false);
    },
    group,
    content,
    sweep,
    start() {
      if (timer) return;
      timer = setInterval(sweep, deps.sweepIntervalMs ?? 1000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
