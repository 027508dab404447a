// The commands of one keyspace view, with Redis semantics: cur, a frozen version (reads only) or
// a transaction (writes go to its private keyspace, copied from cur key by key on first write;
// reads of untouched keys go to cur and record the key's version for the commit's check).
import type { Clock } from "../clock.js";
import type { SqliteDatabase } from "../store/index.js";
import * as E from "./errors.js";
import { globMatch, literalPrefix, matchesAll, prefixEnd } from "./glob.js";
import { TYPE_CODE, TYPE_NAME, type KeyRow, type ObjectRow, type Storage } from "./storage.js";
import type {
  BytesLike,
  DbValueType,
  DbWriter,
  HScanOptions,
  HScanResult,
  ScanOptions,
  ScanResult,
  ScoreRange,
  ScoredMember,
  ScoredMemberInput,
  SetOptions,
  ZAddOptions,
  ZRangeByScoreOptions,
} from "./types.js";

export const MAX_REPLY_ITEMS = 100_000;
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 10_000;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INT64_TEXT = /^(0|-?[1-9][0-9]{0,18})$/;
/** Expiry times past this cannot be represented (Redis refuses them too). */
const MAX_EXPIRE_AT = 8.64e15;

// Literal types, so that looking a key up as a container gives a row that holds an object.
const STRING = TYPE_CODE.string as 1;
const HASH = TYPE_CODE.hash as 2;
const LIST = TYPE_CODE.list as 3;
const SET = TYPE_CODE.set as 4;
const ZSET = TYPE_CODE.zset as 5;
type ContainerCode = 2 | 3 | 4 | 5;

/** A keyspace whose committed state cur or a frozen view reads. */
export interface SpaceState {
  id: number;
  mimeiId: string;
  /** The last committed write's sequence number. */
  seq: number;
}

/** What a transaction remembers about a key it touched. */
export interface Touch {
  /** The key's seq in cur when first touched (0 when missing): the commit compares it. */
  version: number;
  /** Whether the key lives in the transaction's keyspace now (reads go there). */
  written: boolean;
}

export interface TxState {
  id: string;
  owner: string;
  mimeiId: string;
  /** The transaction's private keyspace. */
  space: number;
  base: SpaceState;
  expiresAt: number;
  /** Keys touched, by their bytes as latin1 (a bijection). */
  touched: Map<string, Touch>;
  /** Undo log of the command running now, so a failed command leaves `touched` as it was. */
  journal: Array<[string, Touch | undefined]> | null;
}

export interface ViewContext {
  base: SpaceState;
  /** Set for a numbered version: writes fail with VERSION_FROZEN. */
  frozenVersion: number;
  tx: TxState | null;
}

export interface KeyspaceDeps {
  db: SqliteDatabase;
  storage: Storage;
  clock: Clock;
  maxValueBytes: number;
  /** Records a committed write in cur: its sequence number, and that the digest is stale. */
  markWritten(space: SpaceState, seq: number): void;
}

interface Scope {
  /** The sequence number this command's writes get. */
  seq: number;
  changed: boolean;
}

/** A live key found for a command. */
interface Found extends KeyRow {
  space: number;
  key: Buffer;
  /** The container header as stored (len, head, tail) when found for writing: changed() rewrites it only when it differs. */
  stored?: [number, number, number];
}

/** A found container: its value is always an object. */
interface Held extends Found, ObjectRow {
  oid: number;
}

export function toBuffer(b: BytesLike): Buffer {
  if (typeof b === "string") return Buffer.from(b, "utf8");
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Redis's int64 text: no sign but '-', no leading zeros, no spaces. */
export function parseInt64(value: Buffer): bigint | null {
  if (value.length === 0 || value.length > 20) return null;
  const text = value.toString("latin1");
  if (!INT64_TEXT.test(text)) return null;
  const n = BigInt(text);
  return n < INT64_MIN || n > INT64_MAX ? null : n;
}

/** Redis's clamping of start/stop for LRANGE, ZRANGE and LTRIM: [from, to] or null when empty. */
export function clampRange(start: number, stop: number, len: number): [number, number] | null {
  if (start < 0) start += len;
  if (stop < 0) stop += len;
  if (start < 0) start = 0;
  if (start > stop || start >= len) return null;
  if (stop >= len) stop = len - 1;
  return [start, stop];
}

export function createKeyspaceFactory(deps: KeyspaceDeps): (ctx: ViewContext) => DbWriter {
  const { db, storage: S, clock, maxValueBytes } = deps;
  const p = S.prepare;
  const inTransaction = db.transaction((fn: () => unknown) => fn());

  // Strings live in db_objects.value; the rest in member tables.
  const hGet = p<[number, Buffer], { value: Buffer }>("SELECT value FROM db_hash WHERE oid = ? AND field = ?");
  const hInsert = p<[number, Buffer, Buffer]>("INSERT OR IGNORE INTO db_hash (oid, field, value) VALUES (?, ?, ?)");
  const hUpdate = p<[Buffer, number, Buffer]>("UPDATE db_hash SET value = ? WHERE oid = ? AND field = ?");
  const hDelete = p<[number, Buffer]>("DELETE FROM db_hash WHERE oid = ? AND field = ?");
  const hAll = p<[number, number], { field: Buffer; value: Buffer }>("SELECT field, value FROM db_hash WHERE oid = ? ORDER BY field LIMIT ?");

  const lInsert = p<[number, number, Buffer]>("INSERT INTO db_list (oid, pos, value) VALUES (?, ?, ?)");
  const lGet = p<[number, number], { value: Buffer }>("SELECT value FROM db_list WHERE oid = ? AND pos = ?");
  const lSet = p<[Buffer, number, number]>("UPDATE db_list SET value = ? WHERE oid = ? AND pos = ?");
  const lRange = p<[number, number, number], { value: Buffer }>("SELECT value FROM db_list WHERE oid = ? AND pos BETWEEN ? AND ? ORDER BY pos");
  const lRangeDesc = p<[number, number, number], { value: Buffer }>(
    "SELECT value FROM db_list WHERE oid = ? AND pos BETWEEN ? AND ? ORDER BY pos DESC",
  );
  const lDeleteRange = p<[number, number, number]>("DELETE FROM db_list WHERE oid = ? AND pos BETWEEN ? AND ?");

  const sInsert = p<[number, Buffer]>("INSERT OR IGNORE INTO db_set (oid, member) VALUES (?, ?)");
  const sDelete = p<[number, Buffer]>("DELETE FROM db_set WHERE oid = ? AND member = ?");
  const sHas = p<[number, Buffer], { x: number }>("SELECT 1 AS x FROM db_set WHERE oid = ? AND member = ?");
  const sAll = p<[number, number], { member: Buffer }>("SELECT member FROM db_set WHERE oid = ? ORDER BY member LIMIT ?");
  const sUnion = p<[string, number], { member: Buffer }>(
    "SELECT DISTINCT member FROM db_set WHERE oid IN (SELECT value FROM json_each(?)) ORDER BY member LIMIT ?",
  );
  const sInter = p<[number, string, number, number], { member: Buffer }>(
    `SELECT member FROM db_set s WHERE s.oid = ? AND
       (SELECT COUNT(*) FROM db_set o WHERE o.oid IN (SELECT value FROM json_each(?)) AND o.member = s.member) = ?
     ORDER BY member LIMIT ?`,
  );
  const sDiff = p<[number, string, number], { member: Buffer }>(
    `SELECT member FROM db_set s WHERE s.oid = ? AND
       NOT EXISTS (SELECT 1 FROM db_set o WHERE o.oid IN (SELECT value FROM json_each(?)) AND o.member = s.member)
     ORDER BY member LIMIT ?`,
  );

  const zGet = p<[number, Buffer], { score: number }>("SELECT score FROM db_zset WHERE oid = ? AND member = ?");
  const zInsert = p<[number, Buffer, number]>("INSERT INTO db_zset (oid, member, score) VALUES (?, ?, ?)");
  const zUpdate = p<[number, number, Buffer]>("UPDATE db_zset SET score = ? WHERE oid = ? AND member = ?");
  const zDelete = p<[number, Buffer]>("DELETE FROM db_zset WHERE oid = ? AND member = ?");
  const zByRank = p<[number, number, number], { member: Buffer; score: number }>(
    "SELECT member, score FROM db_zset WHERE oid = ? ORDER BY score, member LIMIT ? OFFSET ?",
  );
  const zByRankDesc = p<[number, number, number], { member: Buffer; score: number }>(
    "SELECT member, score FROM db_zset WHERE oid = ? ORDER BY score DESC, member DESC LIMIT ? OFFSET ?",
  );
  const zBelow = p<[number, number], { n: number }>("SELECT COUNT(*) AS n FROM db_zset WHERE oid = ? AND score < ?");
  const zTiedBelow = p<[number, number, Buffer], { n: number }>("SELECT COUNT(*) AS n FROM db_zset WHERE oid = ? AND score = ? AND member < ?");

  const countKeys = p<[number, number], { n: number }>("SELECT COUNT(*) AS n FROM db_keys WHERE space = ? AND (expires_at IS NULL OR expires_at > ?)");

  const dynamic = new Map<string, ReturnType<typeof p>>();
  const stmt = <P extends unknown[], R>(sql: string) => {
    let s = dynamic.get(sql);
    if (!s) dynamic.set(sql, (s = p(sql)));
    return s as unknown as ReturnType<typeof p<P, R>>;
  };

  function checkSize(b: Buffer): Buffer {
    if (b.length > maxValueBytes) throw E.valueTooLarge(maxValueBytes);
    return b;
  }
  const arg = (b: BytesLike) => checkSize(toBuffer(b));
  const live = (row: KeyRow, now = clock.now()) => row.expires_at === null || row.expires_at > now;

  function limitReply<T>(items: T[], sizeOf: (t: T) => number): T[] {
    if (items.length > MAX_REPLY_ITEMS) throw E.replyTooLarge();
    let bytes = 0;
    for (const it of items) {
      bytes += sizeOf(it);
      if (bytes > MAX_REPLY_BYTES) throw E.replyTooLarge();
    }
    return items;
  }

  function checkScore(n: number): number {
    if (typeof n !== "number" || Number.isNaN(n)) throw E.notFloat();
    return n;
  }

  function checkRange(r: ScoreRange): ScoreRange {
    checkScore(r.min);
    checkScore(r.max);
    return r;
  }

  function scoreWhere(r: ScoreRange): string {
    return `score ${r.minExclusive ? ">" : ">="} ? AND score ${r.maxExclusive ? "<" : "<="} ?`;
  }

  return function keyspace(ctx: ViewContext): DbWriter {
    const base = ctx.base;

    function record(tx: TxState, id: string, touch: Touch): void {
      tx.journal?.push([id, tx.touched.get(id)]);
      tx.touched.set(id, touch);
    }

    /** The keyspace reads of `key` go to, noting the key's version for a transaction. */
    function readSpace(key: Buffer): number {
      const tx = ctx.tx;
      if (!tx) return base.id;
      const id = key.toString("latin1");
      const t = tx.touched.get(id);
      if (t?.written) return tx.space;
      if (!t) {
        const row = S.getKey(base.id, key);
        record(tx, id, { version: row && live(row) ? row.seq : 0, written: false });
      }
      return base.id;
    }

    /** The keyspace writes to `key` go to; in a transaction, copies the key there first. */
    function writeSpace(key: Buffer): number {
      const tx = ctx.tx;
      if (!tx) return base.id;
      const id = key.toString("latin1");
      const t = tx.touched.get(id);
      if (t?.written) return tx.space;
      const row = S.getKey(base.id, key);
      const current = row && live(row) ? row : undefined;
      if (current) S.shareKey(tx.space, key, current, current.seq);
      record(tx, id, { version: t ? t.version : (current?.seq ?? 0), written: true });
      return tx.space;
    }

    function find(key: Buffer, type: ContainerCode): Held | null;
    function find(key: Buffer, type?: number): Found | null;
    function find(key: Buffer, type?: number): Found | null {
      const space = readSpace(key);
      const row = S.getKey(space, key);
      if (!row || !live(row)) return null;
      if (type !== undefined && row.type !== type) throw E.wrongType();
      const f = row as Found;
      f.space = space;
      f.key = key;
      return f;
    }

    /** Finds a key for writing; an expired key is removed first. The object may still be shared: call own(). */
    function findForWrite(key: Buffer, type: ContainerCode, scope: Scope): { space: number; found: Held | null };
    function findForWrite(key: Buffer, type: number | undefined, scope: Scope): { space: number; found: Found | null };
    function findForWrite(key: Buffer, type: number | undefined, scope: Scope): { space: number; found: Found | null } {
      const space = writeSpace(key);
      const row = S.getKey(space, key);
      if (!row) return { space, found: null };
      if (!live(row)) {
        S.dropKey(space, key, row);
        scope.changed = true;
        return { space, found: null };
      }
      if (type !== undefined && row.type !== type) throw E.wrongType();
      const f = row as Found;
      f.space = space;
      f.key = key;
      f.stored = [row.len, row.head, row.tail];
      return { space, found: f };
    }

    /** Makes the key's object its own before changing it (copy-on-write). */
    function own(f: Held): void {
      if (f.refs > 1) {
        f.oid = S.copyOnWrite(f.space, f.key, f);
        f.refs = 1;
      }
    }

    /** A new, empty container under `key`. */
    function create(space: number, key: Buffer, type: ContainerCode, scope: Scope): Held {
      const oid = S.createKey(space, key, type, scope.seq);
      scope.changed = true;
      return { type, oid, expires_at: null, seq: scope.seq, refs: 1, len: 0, head: 0, tail: 0, value: null, digested: 0, space, key, stored: [0, 0, 0] };
    }

    /**
     * Records a change of a container: its seq, and its header when that changed or the object
     * still caches a digest of its old members; or drops it when it became empty.
     */
    function changed(f: Held, scope: Scope): void {
      scope.changed = true;
      if (f.len === 0) {
        S.dropKey(f.space, f.key, f);
        return;
      }
      const stored = f.stored;
      if (!stored || f.digested || f.len !== stored[0] || f.head !== stored[1] || f.tail !== stored[2]) {
        S.setHeader(f.oid, f.len, f.head, f.tail);
        f.digested = 0;
        f.stored = [f.len, f.head, f.tail];
      }
      S.setKeySeq(f.space, f.key, scope.seq);
    }

    function write<T>(fn: (scope: Scope) => T): T {
      if (ctx.frozenVersion > 0) throw E.versionFrozen(base.mimeiId, ctx.frozenVersion);
      const tx = ctx.tx;
      if (tx) tx.journal = [];
      try {
        return inTransaction(() => {
          const scope: Scope = { seq: base.seq + 1, changed: false };
          const result = fn(scope);
          if (scope.changed && !tx) {
            deps.markWritten(base, scope.seq);
            base.seq = scope.seq;
          }
          return result;
        }) as T;
      } catch (err) {
        if (tx?.journal) {
          for (const [id, prev] of tx.journal.reverse()) {
            if (prev) tx.touched.set(id, prev);
            else tx.touched.delete(id);
          }
        }
        throw err;
      } finally {
        if (tx) tx.journal = null;
      }
    }

    // ---- strings ----

    function setString(space: number, key: Buffer, found: Found | null, value: Buffer, expiresAt: number | null, scope: Scope): void {
      if (found && found.type !== STRING) {
        S.dropKey(space, key, found);
        found = null;
      }
      S.putString(space, key, found, value, expiresAt, scope.seq);
      scope.changed = true;
    }

    function expiryFor(ttlMs: number, command: string): number {
      if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw E.invalidExpire(command);
      const at = clock.now() + ttlMs;
      if (at > MAX_EXPIRE_AT) throw E.invalidExpire(command);
      return at;
    }

    function incrBy(keyIn: BytesLike, delta: bigint): bigint {
      const key = arg(keyIn);
      if (delta < INT64_MIN || delta > INT64_MAX) throw E.overflow();
      return write((scope) => {
        const { space, found } = findForWrite(key, STRING, scope);
        let current = 0n;
        if (found) {
          const n = parseInt64(found.value ?? Buffer.alloc(0));
          if (n === null) throw E.notInteger();
          current = n;
        }
        const next = current + delta;
        if (next < INT64_MIN || next > INT64_MAX) throw E.overflow();
        const text = Buffer.from(next.toString(), "latin1");
        setString(space, key, found, text, found?.expires_at ?? null, scope);
        return next;
      });
    }

    // ---- hashes ----

    function hscanImpl(keyIn: BytesLike, options: HScanOptions, reverse: boolean): HScanResult {
      const key = arg(keyIn);
      const count = Math.min(options.count && options.count > 0 ? options.count : DEFAULT_PAGE, MAX_PAGE);
      const pattern = options.pattern === undefined ? undefined : toBuffer(options.pattern);
      const all = matchesAll(pattern);
      const f = find(key, HASH);
      if (!f) return { fields: [], more: false };
      const start = options.start === undefined || options.start === null ? null : toBuffer(options.start);
      const clauses: string[] = ["oid = ?"];
      const params: unknown[] = [f.oid];
      if (start && start.length > 0) {
        clauses.push(`field ${reverse ? "<" : ">"}${options.inclusive ? "=" : ""} ?`);
        params.push(start);
      }
      if (!all) {
        const prefix = literalPrefix(pattern!);
        if (prefix.length > 0) {
          clauses.push("field >= ?");
          params.push(prefix);
          const end = prefixEnd(prefix);
          if (end) {
            clauses.push("field < ?");
            params.push(end);
          }
        }
      }
      const sql = `SELECT field, value FROM db_hash WHERE ${clauses.join(" AND ")} ORDER BY field ${reverse ? "DESC" : "ASC"}`;
      const out: Array<[Buffer, Buffer]> = [];
      let bytes = 0;
      for (const row of stmt<unknown[], { field: Buffer; value: Buffer }>(sql).iterate(...params)) {
        if (!all && !globMatch(pattern!, row.field)) continue;
        if (out.length === count) return { fields: out, more: true };
        bytes += row.field.length + row.value.length;
        if (bytes > MAX_REPLY_BYTES) throw E.replyTooLarge();
        out.push([row.field, row.value]);
      }
      return { fields: out, more: false };
    }

    function hincrBy(keyIn: BytesLike, fieldIn: BytesLike, delta: bigint): bigint {
      const key = arg(keyIn);
      const field = arg(fieldIn);
      if (delta < INT64_MIN || delta > INT64_MAX) throw E.overflow();
      return write((scope) => {
        const { space, found } = findForWrite(key, HASH, scope);
        let current = 0n;
        const old = found ? hGet.get(found.oid, field) : undefined;
        if (old) {
          const n = parseInt64(old.value);
          if (n === null) throw E.hashNotInteger();
          current = n;
        }
        const next = current + delta;
        if (next < INT64_MIN || next > INT64_MAX) throw E.overflow();
        const f = found ?? create(space, key, HASH, scope);
        own(f);
        const text = Buffer.from(next.toString(), "latin1");
        if (old) hUpdate.run(text, f.oid, field);
        else {
          hInsert.run(f.oid, field, text);
          f.len++;
        }
        changed(f, scope);
        return next;
      });
    }

    // ---- lists ----

    function push(keyIn: BytesLike, valuesIn: readonly BytesLike[], left: boolean): number {
      const key = arg(keyIn);
      const values = valuesIn.map(arg);
      return write((scope) => {
        const { space, found } = findForWrite(key, LIST, scope);
        if (values.length === 0) return found?.len ?? 0;
        const f = found ?? create(space, key, LIST, scope);
        own(f);
        for (const v of values) {
          if (left) lInsert.run(f.oid, --f.head, v);
          else lInsert.run(f.oid, f.tail++, v);
        }
        f.len = f.tail - f.head;
        changed(f, scope);
        return f.len;
      });
    }

    function pop(keyIn: BytesLike, count: number | undefined, left: boolean): Buffer[] {
      const key = arg(keyIn);
      const n = count ?? 1;
      if (!Number.isSafeInteger(n) || n < 0) throw E.syntax("count must be a non-negative integer", "ERR value is out of range, must be positive");
      return write((scope) => {
        const { found: f } = findForWrite(key, LIST, scope);
        if (!f || n === 0) return [];
        const take = Math.min(n, f.len);
        own(f);
        let items: Buffer[];
        if (left) {
          items = lRange.all(f.oid, f.head, f.head + take - 1).map((r) => r.value);
          lDeleteRange.run(f.oid, f.head, f.head + take - 1);
          f.head += take;
        } else {
          items = lRangeDesc.all(f.oid, f.tail - take, f.tail - 1).map((r) => r.value);
          lDeleteRange.run(f.oid, f.tail - take, f.tail - 1);
          f.tail -= take;
        }
        f.len = f.tail - f.head;
        changed(f, scope);
        return limitReply(items, (b) => b.length);
      });
    }

    // ---- sets ----

    /** The set objects behind keys, in order; WRONGTYPE when any holds another type (as Redis 7). */
    function setsOf(keys: readonly BytesLike[]): Array<Held | null> {
      return keys.map((k) => find(arg(k), SET));
    }

    // ---- sorted sets ----

    function zaddOptions(o: ZAddOptions | undefined, pairs: number): void {
      if (!o) return;
      if (o.condition === "NX" && (o.gt || o.lt)) {
        throw E.syntax("GT, LT and NX cannot be combined", "ERR GT, LT, and/or NX options at the same time are not compatible");
      }
      if (o.gt && o.lt) throw E.syntax("GT and LT cannot be combined", "ERR GT, LT, and/or NX options at the same time are not compatible");
      void pairs;
    }

    /** One ZADD element with Redis's rules; returns what happened and the resulting score. */
    function zaddOne(f: Held, member: Buffer, score: number, o: ZAddOptions | undefined, incr: boolean): { added: boolean; updated: boolean; score: number | null } {
      const old = zGet.get(f.oid, member);
      if (old) {
        if (o?.condition === "NX") return { added: false, updated: false, score: null };
        const next = incr ? old.score + score : score;
        if (Number.isNaN(next)) throw E.nanScore();
        if ((o?.gt && next <= old.score) || (o?.lt && next >= old.score)) return { added: false, updated: false, score: null };
        if (next !== old.score) {
          own(f);
          zUpdate.run(next, f.oid, member);
          return { added: false, updated: true, score: next };
        }
        return { added: false, updated: false, score: next };
      }
      if (o?.condition === "XX") return { added: false, updated: false, score: null };
      own(f);
      zInsert.run(f.oid, member, score);
      f.len++;
      return { added: true, updated: false, score };
    }

    function scoredRows(rows: Array<{ member: Buffer; score: number }>): ScoredMember[] {
      return limitReply(rows, (r) => r.member.length + 8).map((r) => ({ member: r.member, score: r.score }));
    }

    // ---- scan ----

    function decodeCursor(cursor: string | null | undefined): Buffer | null {
      if (!cursor) return null;
      if (!/^k[A-Za-z0-9_-]*$/.test(cursor)) throw E.invalidCursor();
      const key = Buffer.from(cursor.slice(1), "base64url");
      if (key.toString("base64url") !== cursor.slice(1)) throw E.invalidCursor();
      return key;
    }

    function scanSpace(space: number, after: Buffer | null, options: ScanOptions, limit: number): Array<{ key: Buffer; type: number; expires_at: number | null }> {
      const reverse = !!options.reverse;
      const clauses = ["space = ?"];
      const params: unknown[] = [space];
      if (after) {
        clauses.push(`key ${reverse ? "<" : ">"} ?`);
        params.push(after);
      }
      const pattern = options.pattern === undefined ? undefined : toBuffer(options.pattern);
      if (!matchesAll(pattern)) {
        const prefix = literalPrefix(pattern!);
        if (prefix.length > 0) {
          clauses.push("key >= ?");
          params.push(prefix);
          const end = prefixEnd(prefix);
          if (end) {
            clauses.push("key < ?");
            params.push(end);
          }
        }
      }
      const sql = `SELECT key, type, expires_at FROM db_keys WHERE ${clauses.join(" AND ")} ORDER BY key ${reverse ? "DESC" : "ASC"} LIMIT ?`;
      return stmt<unknown[], { key: Buffer; type: number; expires_at: number | null }>(sql).all(...params, limit);
    }

    function scan(options: ScanOptions = {}): ScanResult {
      const after = decodeCursor(options.cursor);
      const count = Math.min(options.count && options.count > 0 ? options.count : DEFAULT_PAGE, MAX_PAGE);
      const pattern = options.pattern === undefined ? undefined : toBuffer(options.pattern);
      const all = matchesAll(pattern);
      const typeCode = options.type ? TYPE_CODE[options.type] : undefined;
      const now = clock.now();
      const reverse = !!options.reverse;
      let rows = scanSpace(base.id, after, options, count);
      let more = rows.length === count;
      const tx = ctx.tx;
      if (tx) {
        // Keys the transaction wrote are read from its keyspace; merge both in key order.
        const isWritten = (k: Buffer) => tx.touched.get(k.toString("latin1"))?.written === true;
        const own = scanSpace(tx.space, after, options, count);
        more ||= own.length === count;
        rows = [...rows.filter((r) => !isWritten(r.key)), ...own].sort((a, b) => (reverse ? -1 : 1) * Buffer.compare(a.key, b.key));
        if (rows.length > count) {
          rows = rows.slice(0, count);
          more = true;
        }
        for (const r of rows) if (!isWritten(r.key)) readSpace(r.key);
      }
      const entries: ScanResult["entries"] = [];
      for (const r of rows) {
        if (r.expires_at !== null && r.expires_at <= now) continue;
        if (typeCode !== undefined && r.type !== typeCode) continue;
        if (!all && !globMatch(pattern!, r.key)) continue;
        entries.push({ key: r.key, type: TYPE_NAME[r.type]! });
      }
      const last = rows[rows.length - 1];
      return { entries, next: more && last ? `k${last.key.toString("base64url")}` : null };
    }

    const view: DbWriter = {
      // ---- strings ----
      get(key) {
        return find(arg(key), STRING)?.value ?? null;
      },
      strlen(key) {
        return find(arg(key), STRING)?.value?.length ?? 0;
      },
      mget(keys) {
        const out = keys.map((k) => {
          const f = find(arg(k));
          return f && f.type === STRING ? f.value : null;
        });
        return limitReply(out, (b) => b?.length ?? 0);
      },
      exists(keys) {
        let n = 0;
        for (const k of keys) if (find(arg(k))) n++;
        return n;
      },
      type(key) {
        const f = find(arg(key));
        return f ? TYPE_NAME[f.type]! : null;
      },
      pttl(key) {
        const f = find(arg(key));
        if (!f) return -2;
        if (f.expires_at === null) return -1;
        return Math.max(0, f.expires_at - clock.now());
      },
      dbsize() {
        const now = clock.now();
        let n = countKeys.get(base.id, now)!.n;
        const tx = ctx.tx;
        if (tx) {
          for (const [id, t] of tx.touched) {
            if (!t.written) continue;
            const key = Buffer.from(id, "latin1");
            const committed = S.getKey(base.id, key);
            if (committed && live(committed, now)) n--;
            const mine = S.getKey(tx.space, key);
            if (mine && live(mine, now)) n++;
          }
        }
        return n;
      },
      set(keyIn, valueIn, options: SetOptions = {}) {
        const key = arg(keyIn);
        const value = arg(valueIn);
        if (options.condition && options.condition !== "NX" && options.condition !== "XX") throw E.syntax(`unknown condition ${options.condition}`);
        if (options.keepTtl && options.ttlMs !== undefined) throw E.syntax("KEEPTTL and an expiry cannot be combined");
        const expiresAt = options.ttlMs === undefined ? null : expiryFor(options.ttlMs, "set");
        return write((scope) => {
          const { space, found } = findForWrite(key, undefined, scope);
          if (options.returnOld && found && found.type !== STRING) throw E.wrongType();
          const old = options.returnOld ? { old: found ? found.value : null } : {};
          if ((options.condition === "NX" && found) || (options.condition === "XX" && !found)) return { applied: false, ...old };
          setString(space, key, found, value, options.keepTtl ? (found?.expires_at ?? null) : expiresAt, scope);
          return { applied: true, ...old };
        });
      },
      del(keys) {
        const bufs = keys.map(arg);
        return write((scope) => {
          let n = 0;
          for (const key of bufs) {
            const { space, found } = findForWrite(key, undefined, scope);
            if (!found) continue;
            S.dropKey(space, key, found);
            scope.changed = true;
            n++;
          }
          return n;
        });
      },
      incr: (key) => incrBy(key, 1n),
      incrBy,
      mset(entries) {
        const pairs = entries.map(([k, v]) => [arg(k), arg(v)] as const);
        write((scope) => {
          for (const [key, value] of pairs) {
            const { space, found } = findForWrite(key, undefined, scope);
            setString(space, key, found, value, null, scope);
          }
        });
      },
      expire(keyIn, ttlMs) {
        const key = arg(keyIn);
        if (!Number.isFinite(ttlMs)) throw E.invalidExpire("expire");
        const at = ttlMs > 0 ? expiryFor(Math.ceil(ttlMs), "expire") : 0;
        return write((scope) => {
          const { space, found } = findForWrite(key, undefined, scope);
          if (!found) return false;
          if (ttlMs <= 0) S.dropKey(space, key, found);
          else S.setKeyMeta(space, key, at, scope.seq);
          scope.changed = true;
          return true;
        });
      },
      persist(keyIn) {
        const key = arg(keyIn);
        return write((scope) => {
          const { space, found } = findForWrite(key, undefined, scope);
          if (!found || found.expires_at === null) return false;
          S.setKeyMeta(space, key, null, scope.seq);
          scope.changed = true;
          return true;
        });
      },

      // ---- hashes ----
      hget(key, field) {
        const f = find(arg(key), HASH);
        return f ? (hGet.get(f.oid, arg(field))?.value ?? null) : null;
      },
      hmget(key, fields) {
        const f = find(arg(key), HASH);
        const out = fields.map((x) => (f ? (hGet.get(f.oid, arg(x))?.value ?? null) : null));
        return limitReply(out, (b) => b?.length ?? 0);
      },
      hgetall(key) {
        const f = find(arg(key), HASH);
        if (!f) return [];
        const rows = limitReply(hAll.all(f.oid, MAX_REPLY_ITEMS + 1), (r) => r.field.length + r.value.length);
        return rows.map((r) => [r.field, r.value] as [Buffer, Buffer]);
      },
      hkeys(key) {
        return view.hgetall(key).map(([f]) => f);
      },
      hvals(key) {
        return view.hgetall(key).map(([, v]) => v);
      },
      hlen(key) {
        return find(arg(key), HASH)?.len ?? 0;
      },
      hexists(key, field) {
        const f = find(arg(key), HASH);
        return !!f && hGet.get(f.oid, arg(field)) !== undefined;
      },
      hscan: (key, options = {}) => hscanImpl(key, options, false),
      hrevscan: (key, options = {}) => hscanImpl(key, options, true),
      hset(keyIn, pairsIn) {
        const key = arg(keyIn);
        const pairs = pairsIn.map(([f, v]) => [arg(f), arg(v)] as const);
        return write((scope) => {
          const { space, found } = findForWrite(key, HASH, scope);
          if (pairs.length === 0) return 0;
          const f = found ?? create(space, key, HASH, scope);
          own(f);
          let created = 0;
          for (const [field, value] of pairs) {
            if (hInsert.run(f.oid, field, value).changes > 0) {
              created++;
              f.len++;
            } else hUpdate.run(value, f.oid, field);
          }
          changed(f, scope);
          return created;
        });
      },
      hdel(keyIn, fieldsIn) {
        const key = arg(keyIn);
        const fields = fieldsIn.map(arg);
        return write((scope) => {
          const { found: f } = findForWrite(key, HASH, scope);
          if (!f) return 0;
          let n = 0;
          for (const field of fields) {
            if (!hGet.get(f.oid, field)) continue;
            own(f);
            hDelete.run(f.oid, field);
            f.len--;
            n++;
          }
          if (n > 0) changed(f, scope);
          return n;
        });
      },
      hincrBy,
      hclear(keysIn) {
        const keys = keysIn.map(arg);
        return write((scope) => {
          let n = 0;
          for (const key of keys) {
            const { space, found } = findForWrite(key, undefined, scope);
            if (!found || found.type !== HASH) continue;
            S.dropKey(space, key, found);
            scope.changed = true;
            n++;
          }
          return n;
        });
      },

      // ---- lists ----
      lpush: (key, values) => push(key, values, true),
      rpush: (key, values) => push(key, values, false),
      lpop: (key, count) => pop(key, count, true),
      rpop: (key, count) => pop(key, count, false),
      lrange(key, start, stop) {
        const f = find(arg(key), LIST);
        if (!f) return [];
        const r = clampRange(start, stop, f.len);
        if (!r) return [];
        if (r[1] - r[0] + 1 > MAX_REPLY_ITEMS) throw E.replyTooLarge();
        return limitReply(lRange.all(f.oid, f.head + r[0], f.head + r[1]).map((x) => x.value), (b) => b.length);
      },
      llen(key) {
        return find(arg(key), LIST)?.len ?? 0;
      },
      lindex(key, index) {
        const f = find(arg(key), LIST);
        if (!f) return null;
        const i = index < 0 ? index + f.len : index;
        if (i < 0 || i >= f.len) return null;
        return lGet.get(f.oid, f.head + i)?.value ?? null;
      },
      lset(keyIn, index, valueIn) {
        const key = arg(keyIn);
        const value = arg(valueIn);
        write((scope) => {
          const { found: f } = findForWrite(key, LIST, scope);
          if (!f) throw E.noSuchKey();
          const i = index < 0 ? index + f.len : index;
          if (!Number.isSafeInteger(i) || i < 0 || i >= f.len) throw E.indexOutOfRange();
          own(f);
          lSet.run(value, f.oid, f.head + i);
          changed(f, scope);
        });
      },
      ltrim(keyIn, start, stop) {
        const key = arg(keyIn);
        write((scope) => {
          const { found: f } = findForWrite(key, LIST, scope);
          if (!f) return;
          const r = clampRange(start, stop, f.len);
          const keepFrom = r ? f.head + r[0] : f.tail;
          const keepTo = r ? f.head + r[1] : f.tail - 1;
          if (keepFrom === f.head && keepTo === f.tail - 1) return;
          own(f);
          if (keepFrom > f.head) lDeleteRange.run(f.oid, f.head, keepFrom - 1);
          if (keepTo < f.tail - 1) lDeleteRange.run(f.oid, Math.max(keepTo + 1, keepFrom), f.tail - 1);
          if (r) {
            f.head = keepFrom;
            f.tail = keepTo + 1;
          } else {
            f.head = f.tail = 0;
          }
          f.len = f.tail - f.head;
          changed(f, scope);
        });
      },

      // ---- sets ----
      sadd(keyIn, membersIn) {
        const key = arg(keyIn);
        const members = membersIn.map(arg);
        return write((scope) => {
          const { space, found } = findForWrite(key, SET, scope);
          if (members.length === 0) return 0;
          const f = found ?? create(space, key, SET, scope);
          let n = 0;
          for (const m of members) {
            if (f.refs > 1 && sHas.get(f.oid, m)) continue;
            own(f);
            n += sInsert.run(f.oid, m).changes;
          }
          f.len += n;
          if (n > 0 || !found) changed(f, scope);
          return n;
        });
      },
      srem(keyIn, membersIn) {
        const key = arg(keyIn);
        const members = membersIn.map(arg);
        return write((scope) => {
          const { found: f } = findForWrite(key, SET, scope);
          if (!f) return 0;
          let n = 0;
          for (const m of members) {
            if (!sHas.get(f.oid, m)) continue;
            own(f);
            n += sDelete.run(f.oid, m).changes;
          }
          f.len -= n;
          if (n > 0) changed(f, scope);
          return n;
        });
      },
      smembers(key) {
        const f = find(arg(key), SET);
        if (!f) return [];
        return limitReply(sAll.all(f.oid, MAX_REPLY_ITEMS + 1).map((r) => r.member), (b) => b.length);
      },
      sismember(key, member) {
        const f = find(arg(key), SET);
        return !!f && sHas.get(f.oid, arg(member)) !== undefined;
      },
      scard(key) {
        return find(arg(key), SET)?.len ?? 0;
      },
      sinter(keys) {
        const sets = setsOf(keys);
        if (sets.length === 0 || sets.some((s) => !s)) return [];
        const present = sets as Held[];
        const smallest = present.reduce((a, b) => (b.len < a.len ? b : a));
        const others = [...new Set(present.filter((s) => s.oid !== smallest.oid).map((s) => s.oid))];
        if (others.length === 0) return view.smembers(smallest.key);
        return limitReply(sInter.all(smallest.oid, JSON.stringify(others), others.length, MAX_REPLY_ITEMS + 1).map((r) => r.member), (b) => b.length);
      },
      sunion(keys) {
        const oids = setsOf(keys).filter((s): s is Held => !!s).map((s) => s.oid);
        if (oids.length === 0) return [];
        return limitReply(sUnion.all(JSON.stringify(oids), MAX_REPLY_ITEMS + 1).map((r) => r.member), (b) => b.length);
      },
      sdiff(keys) {
        const sets = setsOf(keys);
        const first = sets[0];
        if (!first) return [];
        const others = sets.slice(1).filter((s): s is Held => !!s).map((s) => s.oid);
        if (others.includes(first.oid)) return [];
        return limitReply(sDiff.all(first.oid, JSON.stringify(others), MAX_REPLY_ITEMS + 1).map((r) => r.member), (b) => b.length);
      },

      // ---- sorted sets ----
      zadd(keyIn, membersIn: readonly ScoredMemberInput[], options) {
        const key = arg(keyIn);
        zaddOptions(options, membersIn.length);
        const members = membersIn.map((m) => ({ member: arg(m.member), score: options?.scoreBySequence ? 0 : checkScore(m.score) }));
        return write((scope) => {
          const { space, found } = findForWrite(key, ZSET, scope);
          if (members.length === 0 || (!found && options?.condition === "XX")) return { added: 0, updated: 0 };
          const f = found ?? create(space, key, ZSET, scope);
          let added = 0;
          let updated = 0;
          for (const m of members) {
            const r = zaddOne(f, m.member, options?.scoreBySequence ? scope.seq : m.score, options, false);
            if (r.added) added++;
            if (r.updated) updated++;
          }
          if (added > 0 || updated > 0 || !found) changed(f, scope);
          return { added, updated };
        });
      },
      zaddIncr(keyIn, memberIn, delta, options) {
        const key = arg(keyIn);
        const member = arg(memberIn);
        zaddOptions(options, 1);
        checkScore(delta);
        return write((scope) => {
          const { space, found } = findForWrite(key, ZSET, scope);
          if (!found && options?.condition === "XX") return null;
          const f = found ?? create(space, key, ZSET, scope);
          const r = zaddOne(f, member, delta, options, true);
          if (r.added || r.updated || !found) changed(f, scope);
          return r.score;
        });
      },
      zincrBy(key, member, delta) {
        return view.zaddIncr(key, member, delta)!;
      },
      zrem(keyIn, membersIn) {
        const key = arg(keyIn);
        const members = membersIn.map(arg);
        return write((scope) => {
          const { found: f } = findForWrite(key, ZSET, scope);
          if (!f) return 0;
          let n = 0;
          for (const m of members) {
            if (!zGet.get(f.oid, m)) continue;
            own(f);
            n += zDelete.run(f.oid, m).changes;
          }
          f.len -= n;
          if (n > 0) changed(f, scope);
          return n;
        });
      },
      zscore(key, member) {
        const f = find(arg(key), ZSET);
        return f ? (zGet.get(f.oid, arg(member))?.score ?? null) : null;
      },
      zcard(key) {
        return find(arg(key), ZSET)?.len ?? 0;
      },
      zrank(keyIn, memberIn, reverse = false) {
        const f = find(arg(keyIn), ZSET);
        if (!f) return null;
        const member = arg(memberIn);
        const s = zGet.get(f.oid, member);
        if (!s) return null;
        const rank = zBelow.get(f.oid, s.score)!.n + zTiedBelow.get(f.oid, s.score, member)!.n;
        return reverse ? f.len - 1 - rank : rank;
      },
      zrange(key, start, stop, reverse = false) {
        const f = find(arg(key), ZSET);
        if (!f) return [];
        const r = clampRange(start, stop, f.len);
        if (!r) return [];
        const n = r[1] - r[0] + 1;
        if (n > MAX_REPLY_ITEMS) throw E.replyTooLarge();
        return scoredRows((reverse ? zByRankDesc : zByRank).all(f.oid, n, r[0]));
      },
      zrangeByScore(key, rangeIn, options: ZRangeByScoreOptions = {}) {
        const range = checkRange(rangeIn);
        const f = find(arg(key), ZSET);
        if (!f) return [];
        const offset = options.offset ?? 0;
        if (offset < 0) return [];
        const count = options.count === undefined || options.count < 0 ? MAX_REPLY_ITEMS + 1 : Math.min(options.count, MAX_REPLY_ITEMS + 1);
        const dir = options.reverse ? "DESC" : "ASC";
        const sql = `SELECT member, score FROM db_zset WHERE oid = ? AND ${scoreWhere(range)} ORDER BY score ${dir}, member ${dir} LIMIT ? OFFSET ?`;
        return scoredRows(stmt<unknown[], { member: Buffer; score: number }>(sql).all(f.oid, range.min, range.max, count, offset));
      },
      zcount(key, rangeIn) {
        const range = checkRange(rangeIn);
        const f = find(arg(key), ZSET);
        if (!f) return 0;
        return stmt<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM db_zset WHERE oid = ? AND ${scoreWhere(range)}`).get(f.oid, range.min, range.max)!.n;
      },
      zremRangeByScore(keyIn, rangeIn) {
        const key = arg(keyIn);
        const range = checkRange(rangeIn);
        return write((scope) => {
          const { found: f } = findForWrite(key, ZSET, scope);
          if (!f) return 0;
          const n = view.zcount(key, range);
          if (n === 0) return 0;
          own(f);
          stmt<unknown[], unknown>(`DELETE FROM db_zset WHERE oid = ? AND ${scoreWhere(range)}`).run(f.oid, range.min, range.max);
          f.len -= n;
          changed(f, scope);
          return n;
        });
      },

      scan,
      lastSeq: () => base.seq,
    };
    return view;
  };
}

export type { DbValueType };
