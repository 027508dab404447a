// The typed API of the database MiMei engine: what DbService handlers and the RESP endpoint call.
// Every method has Redis semantics (results, ordering, errors); bytes in, Buffers out.
import type { LeitherError } from "../errors.js";
import type { ContentEngine } from "../mimei/index.js";

/** Keys, fields, members and values: bytes. A string argument stands for its UTF-8 bytes. */
export type BytesLike = Uint8Array | string;

/** The type a key holds (Redis TYPE without "none"). */
export type DbValueType = "string" | "hash" | "list" | "set" | "zset";

export const DB_VALUE_TYPES: readonly DbValueType[] = Object.freeze(["string", "hash", "list", "set", "zset"]);

/** A sorted-set member and its score (an IEEE double; -Infinity/Infinity allowed, NaN never). */
export interface ScoredMember {
  member: Buffer;
  score: number;
}

/** Input form of ScoredMember. */
export interface ScoredMemberInput {
  member: BytesLike;
  score: number;
}

/** A score range: Redis "min"/"(min" .. "max"/"(max"; use -Infinity/Infinity for open ends. */
export interface ScoreRange {
  min: number;
  max: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/** NX / XX of SET and ZADD. */
export type WriteCondition = "NX" | "XX";

export interface SetOptions {
  /** Expire after this many ms (EX/PX); must be a positive integer, else INVALID_EXPIRE. */
  ttlMs?: number;
  condition?: WriteCondition;
  /** KEEPTTL: keep the key's current expiry. */
  keepTtl?: boolean;
  /** GET: also return the old value (WRONGTYPE when the key holds another type, as Redis 7). */
  returnOld?: boolean;
}

export interface SetResult {
  /** False when the NX/XX condition did not hold (Redis nil reply). */
  applied: boolean;
  /** With returnOld: the old value, null when the key was missing. */
  old?: Buffer | null;
}

export interface ZAddOptions {
  condition?: WriteCondition;
  /** GT / LT: only update existing members when the new score is greater / less. */
  gt?: boolean;
  lt?: boolean;
  /** Score every member with the sequence number of this write (the original Zaddwithseq). */
  scoreBySequence?: boolean;
}

export interface ZAddResult {
  /** New members (Redis ZADD reply without CH). */
  added: number;
  /** Existing members whose score changed (CH reply = added + updated). */
  updated: number;
}

export interface ZRangeByScoreOptions {
  /** Descending (ZREVRANGEBYSCORE); the range's min is still the lower bound. */
  reverse?: boolean;
  /** LIMIT offset count; count < 0 or undefined means no limit (as Redis). */
  offset?: number;
  count?: number;
}

export interface HScanOptions {
  /** Start at this field (HScan: the first field >= start; HRevScan: <= start); null/empty = from the edge. */
  start?: BytesLike | null;
  /** Include `start` itself (default false: continue after the last field returned). */
  inclusive?: boolean;
  /** Redis glob ('*', '?', '[a-z]', '[^x]', '\' escapes) over field bytes; empty/undefined = all. */
  pattern?: BytesLike;
  /** Most fields returned; default 100, capped at 10 000. */
  count?: number;
}

export interface HScanResult {
  fields: Array<[field: Buffer, value: Buffer]>;
  /** Whether fields remain past the last one returned (in scan direction). */
  more: boolean;
}

export interface ScanOptions {
  /** The `next` of a previous scan; null/empty starts at the edge. Malformed: INVALID_CURSOR. */
  cursor?: string | null;
  /** Redis glob over key bytes. */
  pattern?: BytesLike;
  /** Keys examined per call; default 100 (as the proto), capped at 10 000. */
  count?: number;
  /** Only keys of this type. */
  type?: DbValueType;
  /** Descending key order. */
  reverse?: boolean;
}

export interface ScanResult {
  entries: Array<{ key: Buffer; type: DbValueType }>;
  /** Cursor to continue with; null when the scan is complete. */
  next: string | null;
}

/**
 * The read commands of one keyspace view (cur, a frozen version, or a transaction).
 * Missing keys read as empty, as in Redis; a key holding another type throws WRONGTYPE.
 */
export interface DbReader {
  /** GET: the string value or null. */
  get(key: BytesLike): Buffer | null;
  /** STRLEN: byte length, 0 when missing. */
  strlen(key: BytesLike): number;
  /** MGET: one entry per key; missing or non-string keys read as null (no WRONGTYPE). */
  mget(keys: readonly BytesLike[]): Array<Buffer | null>;
  /** EXISTS: how many of the keys exist (a key named twice counts twice). */
  exists(keys: readonly BytesLike[]): number;
  /** TYPE: the key's type, or null ("none") when missing. */
  type(key: BytesLike): DbValueType | null;
  /** PTTL: ms left; -2 when the key is missing, -1 when it has no expiry. */
  pttl(key: BytesLike): number;
  /** DBSIZE: number of live keys (expired ones not yet swept may be counted, as in Redis). */
  dbsize(): number;

  /** HGET: the field's value or null. */
  hget(key: BytesLike, field: BytesLike): Buffer | null;
  /** HMGET: one entry per field. */
  hmget(key: BytesLike, fields: readonly BytesLike[]): Array<Buffer | null>;
  /** HGETALL: every [field, value], in field byte order. */
  hgetall(key: BytesLike): Array<[field: Buffer, value: Buffer]>;
  /** HKEYS: fields in byte order. */
  hkeys(key: BytesLike): Buffer[];
  /** HVALS: values in field byte order. */
  hvals(key: BytesLike): Buffer[];
  /** HLEN: number of fields, 0 when missing. */
  hlen(key: BytesLike): number;
  /** HEXISTS. */
  hexists(key: BytesLike, field: BytesLike): boolean;
  /** HScan: fields in ascending byte order from `start`, filtered by a glob. */
  hscan(key: BytesLike, options?: HScanOptions): HScanResult;
  /** HRevScan: fields in descending byte order from `start`. */
  hrevscan(key: BytesLike, options?: HScanOptions): HScanResult;

  /** LRANGE start stop (inclusive, negative from the end, clamped as Redis). */
  lrange(key: BytesLike, start: number, stop: number): Buffer[];
  /** LLEN: 0 when missing. */
  llen(key: BytesLike): number;
  /** LINDEX: the item or null. */
  lindex(key: BytesLike, index: number): Buffer | null;

  /** SMEMBERS: members in byte order (Redis order is unspecified). */
  smembers(key: BytesLike): Buffer[];
  /** SISMEMBER. */
  sismember(key: BytesLike, member: BytesLike): boolean;
  /** SCARD: 0 when missing. */
  scard(key: BytesLike): number;
  /** SINTER: members in every set, byte order; a missing key is an empty set; WRONGTYPE on any non-set. */
  sinter(keys: readonly BytesLike[]): Buffer[];
  /** SUNION: byte order. */
  sunion(keys: readonly BytesLike[]): Buffer[];
  /** SDIFF: members of the first set in none of the others, byte order. */
  sdiff(keys: readonly BytesLike[]): Buffer[];

  /** ZSCORE: the score or null. */
  zscore(key: BytesLike, member: BytesLike): number | null;
  /** ZCARD: 0 when missing. */
  zcard(key: BytesLike): number;
  /** ZRANK / ZREVRANK (reverse): 0-based rank or null; ties ordered by member bytes. */
  zrank(key: BytesLike, member: BytesLike, reverse?: boolean): number | null;
  /** ZRANGE start stop WITHSCORES (reverse: ZREVRANGE); ascending score, then member bytes. */
  zrange(key: BytesLike, start: number, stop: number, reverse?: boolean): ScoredMember[];
  /** ZRANGEBYSCORE / ZREVRANGEBYSCORE with exclusive bounds and LIMIT. */
  zrangeByScore(key: BytesLike, range: ScoreRange, options?: ZRangeByScoreOptions): ScoredMember[];
  /** ZCOUNT. */
  zcount(key: BytesLike, range: ScoreRange): number;

  /** SCAN in key byte order with a resumable cursor, glob MATCH, COUNT and TYPE. */
  scan(options?: ScanOptions): ScanResult;
  /** The store's sequence number (grows by one per committed write command). */
  lastSeq(): number;
}

/** The write commands; on a frozen version each throws VERSION_FROZEN. */
export interface DbWriter extends DbReader {
  /** SET with EX/PX (ttlMs), NX/XX, KEEPTTL, GET. */
  set(key: BytesLike, value: BytesLike, options?: SetOptions): SetResult;
  /** DEL: how many keys existed. */
  del(keys: readonly BytesLike[]): number;
  /** INCR. NOT_INTEGER when the value is not a decimal int64, OVERFLOW past int64. */
  incr(key: BytesLike): bigint;
  /** INCRBY / DECRBY (negative delta). */
  incrBy(key: BytesLike, delta: bigint): bigint;
  /** MSET: all at once; a later duplicate wins. Clears expiries, as SET does. */
  mset(entries: ReadonlyArray<readonly [key: BytesLike, value: BytesLike]>): void;
  /** PEXPIRE: true when the key exists; ttlMs <= 0 deletes it (and returns true). */
  expire(key: BytesLike, ttlMs: number): boolean;
  /** PERSIST: true when an expiry was removed. */
  persist(key: BytesLike): boolean;

  /** HSET key f v [f v ...]: how many fields were new; later duplicates win. */
  hset(key: BytesLike, pairs: ReadonlyArray<readonly [field: BytesLike, value: BytesLike]>): number;
  /** HDEL: how many fields existed; the key goes when its last field does. */
  hdel(key: BytesLike, fields: readonly BytesLike[]): number;
  /** HINCRBY. NOT_INTEGER ("ERR hash value is not an integer"), OVERFLOW. */
  hincrBy(key: BytesLike, field: BytesLike, delta: bigint): bigint;
  /** HClear (no Redis equivalent): deletes the keys that hold hashes, leaves others; returns how many. */
  hclear(keys: readonly BytesLike[]): number;

  /** LPUSH: values pushed one after another (the last ends up first); returns the new length. */
  lpush(key: BytesLike, values: readonly BytesLike[]): number;
  /** RPUSH: returns the new length. */
  rpush(key: BytesLike, values: readonly BytesLike[]): number;
  /** LPOP key [count]: up to count (default 1) items, head first; [] when missing. */
  lpop(key: BytesLike, count?: number): Buffer[];
  /** RPOP key [count]: tail first. */
  rpop(key: BytesLike, count?: number): Buffer[];
  /** LSET: NO_SUCH_KEY when missing, INDEX_OUT_OF_RANGE outside the list. */
  lset(key: BytesLike, index: number, value: BytesLike): void;
  /** LTRIM start stop (Redis clamping; an empty result deletes the key). */
  ltrim(key: BytesLike, start: number, stop: number): void;

  /** SADD: how many were new. */
  sadd(key: BytesLike, members: readonly BytesLike[]): number;
  /** SREM: how many were there. */
  srem(key: BytesLike, members: readonly BytesLike[]): number;

  /** ZADD with NX/XX/GT/LT (SYNTAX on incompatible options, NOT_FLOAT on NaN). */
  zadd(key: BytesLike, members: readonly ScoredMemberInput[], options?: ZAddOptions): ZAddResult;
  /** ZADD ... INCR: the new score, or null when NX/XX/GT/LT prevented the update. */
  zaddIncr(key: BytesLike, member: BytesLike, delta: number, options?: Omit<ZAddOptions, "scoreBySequence">): number | null;
  /** ZREM: how many were there. */
  zrem(key: BytesLike, members: readonly BytesLike[]): number;
  /** ZINCRBY: the new score; NAN_SCORE when it would be NaN. */
  zincrBy(key: BytesLike, member: BytesLike, delta: number): number;
  /** ZREMRANGEBYSCORE: how many were removed. */
  zremRangeByScore(key: BytesLike, range: ScoreRange): number;
}

/** Which store a view reads: cur (version 0) or a frozen version (by its content digest). */
export interface DbTarget {
  mimeiId: string;
  /** 0 or undefined: cur. */
  version?: number;
  /** Required for a numbered version: the digest the MiMei's version table holds for it. */
  digest?: string;
}

export interface TransactionInfo {
  id: string;
  mimeiId: string;
  /** ms since the epoch. */
  expiresAt: number;
}

/** The engine component: one per node, serving every db MiMei. */
export interface DbEngine {
  /** A view on cur (writable) or on a frozen version (reads only; writes throw VERSION_FROZEN). */
  open(target: DbTarget): DbWriter;
  /**
   * Runs fn on cur as one SQLite transaction: all its writes commit together or, when fn throws,
   * none do (Batch atomic, RESP MULTI/EXEC). fn must be synchronous.
   */
  atomic<T>(mimeiId: string, fn: (view: DbWriter) => T): T;
  /** As atomic, inside a transaction: fn's writes join the transaction all together or not at all. */
  atomicInTransaction<T>(txId: string, owner: string, fn: (view: DbWriter) => T): T;
  /**
   * Starts an optimistic transaction on cur, owned by `owner` (a session id, or a user id).
   * timeoutMs: default 30 s, capped at 10 min.
   */
  begin(mimeiId: string, owner: string, timeoutMs?: number): TransactionInfo;
  /** A view inside a transaction: reads see its own writes. TX_NOT_FOUND, TX_EXPIRED, TX_NOT_YOURS. */
  transaction(txId: string, owner: string): DbWriter;
  /** Info on a live transaction (same errors as transaction()). */
  transactionInfo(txId: string, owner: string): TransactionInfo;
  /** Applies all writes at once; ABORTED "TX_CONFLICT" if a key it touched changed meanwhile. */
  commit(txId: string, owner: string): { sequence: number };
  /** Discards the transaction's writes. */
  rollback(txId: string, owner: string): void;
  /**
   * Group commit: runs fn (synchronous) as one SQLite transaction in which every command fn runs
   * stays atomic on its own (a savepoint) and the keyspaces' sequence numbers are stored once,
   * at the end. Nothing fn wrote is durable before group returns; when it throws, nothing is.
   * Nested calls join the outer group.
   */
  group<T>(fn: () => T): T;
  /** The ContentEngine of MiMei type "db" (createMiMeiStore's `engines.db`): digests, backup, restore. */
  readonly content: ContentEngine;
  /** Drops expired keys (a bounded batch per store) and expired transactions. */
  sweep(): void;
  start(): void;
  stop(): void;
}

export interface DbEngineOptions {
  /** Largest value, field, member or key in bytes; default 16 MiB (VALUE_TOO_LARGE above). */
  maxValueBytes?: number;
  /** How often the background sweep runs; default 1 s. */
  sweepIntervalMs?: number;
}

/**
 * The commands that write (by their lowercase names, as in DbService's Batch): they need the
 * WRITE right and a handle on cur; every other command only reads.
 */
export const DB_WRITE_COMMANDS: ReadonlySet<string> = new Set([
  "set", "del", "incr", "incrby", "mset", "expire",
  "hset", "hmset", "hdel", "hincrby", "hclear",
  "lpush", "rpush", "lpop", "rpop", "lset", "ltrim",
  "sadd", "srem",
  "zadd", "zrem", "zincrby", "zremrangebyscore",
]);

/**
 * Stable error reasons of the engine (LeitherError.reason). Every engine error also carries
 * `metadata.redis`: the exact Redis error reply text, for the RESP endpoint.
 */
export const DB_ERROR = Object.freeze({
  /** failed_precondition — "WRONGTYPE Operation against a key holding the wrong kind of value" */
  WRONGTYPE: "WRONGTYPE",
  /** failed_precondition — "ERR value is not an integer or out of range" (HINCRBY: "ERR hash value is not an integer") */
  NOT_INTEGER: "NOT_INTEGER",
  /** invalid_argument — "ERR value is not a valid float" */
  NOT_FLOAT: "NOT_FLOAT",
  /** invalid_argument — "ERR resulting score is not a number (NaN)" */
  NAN_SCORE: "NAN_SCORE",
  /** out_of_range — "ERR increment or decrement would overflow" */
  OVERFLOW: "OVERFLOW",
  /** invalid_argument — "ERR syntax error" (or the specific ZADD option text) */
  SYNTAX: "SYNTAX",
  /** out_of_range — "ERR index out of range" */
  INDEX_OUT_OF_RANGE: "INDEX_OUT_OF_RANGE",
  /** not_found — "ERR no such key" */
  NO_SUCH_KEY: "NO_SUCH_KEY",
  /** invalid_argument — "ERR invalid cursor" */
  INVALID_CURSOR: "INVALID_CURSOR",
  /** invalid_argument — "ERR string exceeds maximum allowed size (proto-max-bulk-len)" */
  VALUE_TOO_LARGE: "VALUE_TOO_LARGE",
  /** invalid_argument — "ERR invalid expire time in 'set' command" */
  INVALID_EXPIRE: "INVALID_EXPIRE",
  /** failed_precondition — a write on a numbered (frozen) version */
  VERSION_FROZEN: "VERSION_FROZEN",
  /** resource_exhausted — a reply over 100 000 items or 64 MiB */
  REPLY_TOO_LARGE: "REPLY_TOO_LARGE",
  /** aborted — commit found a key it touched changed by another writer */
  TX_CONFLICT: "TX_CONFLICT",
  /** not_found — the transaction timed out and was rolled back */
  TX_EXPIRED: "TX_EXPIRED",
  /** not_found — no such transaction (committed, rolled back, or from before a restart) */
  TX_NOT_FOUND: "TX_NOT_FOUND",
  /** permission_denied — the transaction belongs to another session/user */
  TX_NOT_YOURS: "TX_NOT_YOURS",
  /** not_found — the frozen snapshot of a version is not stored */
  SNAPSHOT_MISSING: "SNAPSHOT_MISSING",
} as const);

export type DbErrorReason = (typeof DB_ERROR)[keyof typeof DB_ERROR];

/** The Redis reply text of an engine error (metadata.redis), or undefined for non-engine errors. */
export function redisErrorText(err: LeitherError): string | undefined {
  return err.metadata.redis;
}
