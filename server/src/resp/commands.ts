// The data commands of the RESP endpoint: Redis argument parsing and reply shapes over the
// database engine's typed views. Each command runs against one DbWriter (cur, a frozen version,
// or a transaction) and writes exactly one reply.
import type { DbValueType, DbWriter, ScoreRange, ScoredMember, ZAddOptions } from "../db/index.js";
import { ERR, isOption, parseDouble, parseInt64, parseInteger, parseScoreBound, RespError, upper } from "./arguments.js";
import type { RespWriter } from "./encoder.js";

/** What a command may use besides its view: cursors of this connection, atomic sections. */
export interface CommandContext {
  /** Runs fn atomically on the view (directly when the view already is a transaction). */
  atomic<T>(fn: (view: DbWriter) => T): T;
  /** SCAN/HSCAN cursors of this connection: engine positions behind Redis's numeric cursors. */
  cursors: CursorTable;
  /** Whether the caller owns the selected database (FLUSHDB). */
  isOwner: boolean;
}

export interface CommandSpec {
  /** Lowercase name, as Redis prints it in errors. */
  name: string;
  /** Redis arity: n means exactly n arguments (name included), -n at least n. */
  arity: number;
  write: boolean;
  run(view: DbWriter, args: Buffer[], out: RespWriter, ctx: CommandContext): void;
}

/** Maps the numeric cursors Redis clients expect onto the engine's resumable positions. */
export interface CursorTable {
  save(position: unknown): string;
  load(cursor: Buffer): unknown;
}

export function createCursorTable(max = 1024): CursorTable {
  const positions = new Map<string, unknown>();
  let next = 1;
  return {
    save(position) {
      const id = String(next++);
      positions.set(id, position);
      // Oldest first: a client that abandons scans cannot grow the table without bound.
      if (positions.size > max) positions.delete(positions.keys().next().value!);
      return id;
    },
    load(cursor) {
      const text = cursor.toString("latin1");
      if (!/^\d{1,20}$/.test(text)) throw new RespError("ERR invalid cursor");
      if (text === "0" || /^0+$/.test(text)) return undefined;
      const position = positions.get(text.replace(/^0+/, ""));
      if (position === undefined) throw new RespError("ERR invalid cursor");
      return position;
    },
  };
}

const OK = "OK";

function bulkArray(out: RespWriter, items: readonly (Buffer | null)[]): void {
  out.arrayHeader(items.length);
  for (const item of items) out.bulk(item);
}

function scoredArray(out: RespWriter, members: readonly ScoredMember[], withScores: boolean): void {
  out.arrayHeader(withScores ? members.length * 2 : members.length);
  for (const m of members) {
    out.bulk(m.member);
    if (withScores) out.double(m.score);
  }
}

/** Redis's wrong-arity text for a command spec. */
export function arityError(name: string): RespError {
  return new RespError(`ERR wrong number of arguments for '${name}' command`);
}

function pairs(args: Buffer[], from: number): Array<[Buffer, Buffer]> {
  const out: Array<[Buffer, Buffer]> = [];
  for (let i = from; i < args.length; i += 2) out.push([args[i]!, args[i + 1]!]);
  return out;
}

function scoreRange(minArg: Buffer, maxArg: Buffer): ScoreRange {
  const min = parseScoreBound(minArg);
  const max = parseScoreBound(maxArg);
  return { min: min.value, max: max.value, minExclusive: min.exclusive, maxExclusive: max.exclusive };
}

// ---- strings ----

function setCommand(view: DbWriter, args: Buffer[], out: RespWriter, name = "set"): void {
  let nx = false;
  let xx = false;
  let get = false;
  let keepTtl = false;
  let unit: "EX" | "PX" | "EXAT" | "PXAT" | undefined;
  let expireArg: Buffer | undefined;
  for (let i = 3; i < args.length; i++) {
    const opt = upper(args[i]!);
    const next = args[i + 1];
    if (opt === "NX" && !xx) nx = true;
    else if (opt === "XX" && !nx) xx = true;
    else if (opt === "GET") get = true;
    else if (opt === "KEEPTTL" && unit === undefined) keepTtl = true;
    else if ((opt === "EX" || opt === "PX" || opt === "EXAT" || opt === "PXAT") && !keepTtl && (unit === undefined || unit === opt) && next) {
      unit = opt;
      expireArg = next;
      i++;
    } else throw new RespError(ERR.syntax);
  }
  let ttlMs: number | undefined;
  if (expireArg) {
    const n = parseInt64(expireArg);
    const seconds = unit === "EX" || unit === "EXAT";
    if (n <= 0n || (seconds && n > 9223372036854775n)) throw new RespError(`ERR invalid expire time in '${name}' command`);
    const ms = Number(seconds ? n * 1000n : n);
    // Absolute times in the past expire the key at once, which a 1 ms TTL approximates.
    ttlMs = unit === "EXAT" || unit === "PXAT" ? Math.max(1, ms - Date.now()) : ms;
  }
  const result = view.set(args[1]!, args[2]!, {
    ttlMs,
    condition: nx ? "NX" : xx ? "XX" : undefined,
    keepTtl,
    returnOld: get,
  });
  if (get) out.bulk(result.old ?? null);
  else if (result.applied) out.simple(OK);
  else out.bulk(null);
}

function expireCommand(unitMs: number, name: string) {
  return (view: DbWriter, args: Buffer[], out: RespWriter, ctx: CommandContext): void => {
    const n = parseInt64(args[2]!);
    let nx = false, xx = false, gt = false, lt = false;
    for (let i = 3; i < args.length; i++) {
      const opt = upper(args[i]!);
      if (opt === "NX") nx = true;
      else if (opt === "XX") xx = true;
      else if (opt === "GT") gt = true;
      else if (opt === "LT") lt = true;
      else throw new RespError(`ERR Unsupported option ${args[i]!.toString("latin1")}`);
    }
    if (nx && (xx || gt || lt)) throw new RespError("ERR NX and XX, GT or LT options at the same time are not compatible");
    if (gt && lt) throw new RespError("ERR GT and LT options at the same time are not compatible");
    // As Redis: the TTL in ms, and the absolute expiry time, must fit an int64.
    const ms = n * BigInt(unitMs);
    const INT64_MAX = 9223372036854775807n;
    if (ms > INT64_MAX || ms < -INT64_MAX || ms + BigInt(Date.now()) > INT64_MAX) {
      throw new RespError(`ERR invalid expire time in '${name}' command`);
    }
    const ttlMs = Number(ms);
    const applied = ctx.atomic((v) => {
      const current = v.pttl(args[1]!);
      if (current === -2) return false;
      // No expiry counts as an infinite TTL for GT and LT, as in Redis.
      if (nx && current !== -1) return false;
      if (xx && current === -1) return false;
      if (gt && (current === -1 || ttlMs <= current)) return false;
      if (lt && current !== -1 && ttlMs >= current) return false;
      return v.expire(args[1]!, ttlMs);
    });
    void view;
    out.integer(applied ? 1 : 0);
  };
}

function ttlCommand(seconds: boolean) {
  return (view: DbWriter, args: Buffer[], out: RespWriter): void => {
    const ms = view.pttl(args[1]!);
    out.integer(ms < 0 || !seconds ? ms : Math.floor((ms + 500) / 1000));
  };
}

function incrCommand(sign: 1n | -1n, withArg: boolean, name: string) {
  return (view: DbWriter, args: Buffer[], out: RespWriter): void => {
    let delta = withArg ? parseInt64(args[2]!) : 1n;
    if (sign < 0n) {
      if (delta === -(2n ** 63n)) throw new RespError("ERR decrement would overflow");
      delta = -delta;
    }
    void name;
    out.integer(view.incrBy(args[1]!, delta));
  };
}

// ---- lists ----

/** False when the key is missing; WRONGTYPE when it holds something else. */
function expectList(view: DbWriter, key: Buffer): boolean {
  const type = view.type(key);
  if (type !== null && type !== "list") throw new RespError(ERR.wrongType);
  return type !== null;
}

function popCommand(left: boolean) {
  return (view: DbWriter, args: Buffer[], out: RespWriter): void => {
    const key = args[1]!;
    if (args.length === 2) {
      const items = left ? view.lpop(key, 1) : view.rpop(key, 1);
      out.bulk(items[0] ?? null);
      return;
    }
    // Redis's getPositiveLongFromObjectOrReply: one message for garbage and negatives alike.
    const count = parseInteger(args[2]!, ERR.mustBePositive);
    if (count < 0) throw new RespError(ERR.mustBePositive);
    if (count === 0) {
      const type = view.type(key);
      if (type === null) out.arrayHeader(null);
      else if (type !== "list") throw new RespError(ERR.wrongType);
      else out.arrayHeader(0);
      return;
    }
    const items = left ? view.lpop(key, count) : view.rpop(key, count);
    // Lists are never empty, so nothing popped means the key was missing: a nil array.
    if (items.length === 0) out.arrayHeader(null);
    else bulkArray(out, items);
  };
}

// ---- sorted sets ----

function zaddCommand(view: DbWriter, args: Buffer[], out: RespWriter): void {
  let nx = false, xx = false, gt = false, lt = false, ch = false, incr = false;
  let i = 2;
  for (; i < args.length; i++) {
    const opt = upper(args[i]!);
    if (opt === "NX") nx = true;
    else if (opt === "XX") xx = true;
    else if (opt === "GT") gt = true;
    else if (opt === "LT") lt = true;
    else if (opt === "CH") ch = true;
    else if (opt === "INCR") incr = true;
    else break;
  }
  const elements = args.length - i;
  if (elements === 0 || elements % 2 !== 0) throw new RespError(ERR.syntax);
  if (nx && xx) throw new RespError("ERR XX and NX options at the same time are not compatible");
  if ((gt && nx) || (lt && nx) || (gt && lt)) throw new RespError("ERR GT, LT, and/or NX options at the same time are not compatible");
  if (incr && elements > 2) throw new RespError("ERR INCR option supports a single increment-element pair");
  const members = [];
  for (let j = i; j < args.length; j += 2) members.push({ score: parseDouble(args[j]!), member: args[j + 1]! });
  const options: ZAddOptions = { condition: nx ? "NX" : xx ? "XX" : undefined, gt, lt };
  if (incr) {
    const score = view.zaddIncr(args[1]!, members[0]!.member, members[0]!.score, options);
    if (score === null) out.bulk(null);
    else out.double(score);
    return;
  }
  const result = view.zadd(args[1]!, members, options);
  out.integer(ch ? result.added + result.updated : result.added);
}

interface RangeOptions {
  withScores: boolean;
  offset?: number;
  count?: number;
}

/** WITHSCORES and LIMIT of ZRANGEBYSCORE / ZREVRANGEBYSCORE. */
function byScoreOptions(args: Buffer[], from: number): RangeOptions {
  const options: RangeOptions = { withScores: false };
  for (let i = from; i < args.length; i++) {
    if (isOption(args[i], "WITHSCORES")) options.withScores = true;
    else if (isOption(args[i], "LIMIT") && i + 2 < args.length) {
      options.offset = parseInteger(args[i + 1]!);
      options.count = parseInteger(args[i + 2]!);
      i += 2;
    } else throw new RespError(ERR.syntax);
  }
  return options;
}

function zrangeByScore(view: DbWriter, key: Buffer, range: ScoreRange, reverse: boolean, o: RangeOptions, out: RespWriter): void {
  // A negative offset selects nothing in Redis.
  if (o.offset !== undefined && o.offset < 0) {
    if (view.type(key) !== null && view.type(key) !== "zset") throw new RespError(ERR.wrongType);
    out.arrayHeader(0);
    return;
  }
  scoredArray(out, view.zrangeByScore(key, range, { reverse, offset: o.offset, count: o.count }), o.withScores);
}

function zrangeCommand(view: DbWriter, args: Buffer[], out: RespWriter): void {
  let byScore = false, byLex = false, rev = false, withScores = false;
  let limit: { offset: number; count: number } | undefined;
  for (let i = 4; i < args.length; i++) {
    const opt = upper(args[i]!);
    if (opt === "WITHSCORES") withScores = true;
    else if (opt === "BYSCORE") byScore = true;
    else if (opt === "BYLEX") byLex = true;
    else if (opt === "REV") rev = true;
    else if (opt === "LIMIT" && i + 2 < args.length) {
      limit = { offset: parseInteger(args[i + 1]!), count: parseInteger(args[i + 2]!) };
      i += 2;
    } else throw new RespError(ERR.syntax);
  }
  if (byLex) throw new RespError("ERR BYLEX is not supported by Leither");
  if (limit && !byScore) throw new RespError("ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
  if (byScore) {
    // With REV the first bound is the maximum, as in ZREVRANGEBYSCORE.
    const range = rev ? scoreRange(args[3]!, args[2]!) : scoreRange(args[2]!, args[3]!);
    zrangeByScore(view, args[1]!, range, rev, { withScores, ...limit }, out);
    return;
  }
  scoredArray(out, view.zrange(args[1]!, parseInteger(args[2]!), parseInteger(args[3]!), rev), withScores);
}

function zrevrangeCommand(view: DbWriter, args: Buffer[], out: RespWriter): void {
  let withScores = false;
  for (let i = 4; i < args.length; i++) {
    if (isOption(args[i], "WITHSCORES")) withScores = true;
    else throw new RespError(ERR.syntax);
  }
  scoredArray(out, view.zrange(args[1]!, parseInteger(args[2]!), parseInteger(args[3]!), true), withScores);
}

// ---- keys ----

const TYPES = new Set<string>(["string", "hash", "list", "set", "zset"]);

interface ScanArgs {
  pattern?: Buffer;
  count?: number;
  type?: string;
}

function scanArgs(args: Buffer[], from: number, allowType: boolean): ScanArgs {
  const o: ScanArgs = {};
  for (let i = from; i < args.length; i++) {
    const opt = upper(args[i]!);
    const next = args[i + 1];
    if (opt === "MATCH" && next) o.pattern = next;
    else if (opt === "COUNT" && next) {
      o.count = parseInteger(next);
      if (o.count < 1) throw new RespError(ERR.syntax);
    } else if (opt === "TYPE" && next && allowType) o.type = next.toString("latin1").toLowerCase();
    else throw new RespError(ERR.syntax);
    i++;
  }
  return o;
}

/** Engine scans examine at most this many keys per call, whatever COUNT says. */
const MAX_SCAN_COUNT = 10_000;

function scanCommand(view: DbWriter, args: Buffer[], out: RespWriter, ctx: CommandContext): void {
  const position = ctx.cursors.load(args[1]!) as string | undefined;
  const o = scanArgs(args, 2, true);
  // An unknown TYPE matches nothing in Redis 7.0; the walk still runs so the cursor ends.
  const known = o.type === undefined || TYPES.has(o.type);
  const result = view.scan({
    cursor: position ?? null,
    pattern: o.pattern,
    count: Math.min(o.count ?? 10, MAX_SCAN_COUNT),
    type: known ? (o.type as DbValueType | undefined) : undefined,
  });
  out.arrayHeader(2);
  out.bulk(result.next === null ? "0" : ctx.cursors.save(result.next));
  bulkArray(out, known ? result.entries.map((e) => e.key) : []);
}

function hscanCommand(view: DbWriter, args: Buffer[], out: RespWriter, ctx: CommandContext): void {
  const key = args[1]!;
  const position = ctx.cursors.load(args[2]!) as { key: Buffer; field: Buffer } | undefined;
  if (position && !position.key.equals(key)) throw new RespError("ERR invalid cursor");
  const o = scanArgs(args, 3, false);
  const result = view.hscan(key, { start: position?.field ?? null, inclusive: false, pattern: o.pattern, count: Math.min(o.count ?? 10, MAX_SCAN_COUNT) });
  const last = result.fields.at(-1);
  out.arrayHeader(2);
  out.bulk(result.more && last ? ctx.cursors.save({ key, field: last[0] }) : "0");
  out.arrayHeader(result.fields.length * 2);
  for (const [f, v] of result.fields) {
    out.bulk(f);
    out.bulk(v);
  }
}

function keysCommand(view: DbWriter, args: Buffer[], out: RespWriter): void {
  const keys: Buffer[] = [];
  let cursor: string | null = null;
  do {
    const page = view.scan({ cursor, pattern: args[1]!, count: MAX_SCAN_COUNT });
    for (const e of page.entries) keys.push(e.key);
    cursor = page.next;
  } while (cursor !== null);
  bulkArray(out, keys);
}

function flushdbCommand(view: DbWriter, args: Buffer[], out: RespWriter, ctx: CommandContext): void {
  if (args.length > 2 || (args.length === 2 && !isOption(args[1], "ASYNC") && !isOption(args[1], "SYNC"))) throw new RespError(ERR.syntax);
  if (!ctx.isOwner) throw new RespError("NOPERM only the author of this database MiMei may FLUSHDB");
  void view;
  ctx.atomic((v) => {
    for (;;) {
      const page = v.scan({ count: MAX_SCAN_COUNT });
      if (page.entries.length > 0) v.del(page.entries.map((e) => e.key));
      if (page.next === null) break;
    }
  });
  out.simple(OK);
}

// ---- the table ----

type Run = CommandSpec["run"];
const specs: Array<[name: string, arity: number, write: boolean, run: Run]> = [
  // strings
  ["get", 2, false, (v, a, o) => o.bulk(v.get(a[1]!))],
  ["set", -3, true, (v, a, o) => setCommand(v, a, o)],
  ["setnx", 3, true, (v, a, o) => o.integer(v.set(a[1]!, a[2]!, { condition: "NX" }).applied ? 1 : 0)],
  ["setex", 4, true, (v, a, o) => setCommand(v, [a[0]!, a[1]!, a[3]!, Buffer.from("EX"), a[2]!], o, "setex")],
  ["psetex", 4, true, (v, a, o) => setCommand(v, [a[0]!, a[1]!, a[3]!, Buffer.from("PX"), a[2]!], o, "psetex")],
  ["del", -2, true, (v, a, o) => o.integer(v.del(a.slice(1)))],
  ["unlink", -2, true, (v, a, o) => o.integer(v.del(a.slice(1)))],
  ["exists", -2, false, (v, a, o) => o.integer(v.exists(a.slice(1)))],
  ["incr", 2, true, incrCommand(1n, false, "incr")],
  ["decr", 2, true, incrCommand(-1n, false, "decr")],
  ["incrby", 3, true, incrCommand(1n, true, "incrby")],
  ["decrby", 3, true, incrCommand(-1n, true, "decrby")],
  ["strlen", 2, false, (v, a, o) => o.integer(v.strlen(a[1]!))],
  ["mget", -2, false, (v, a, o) => bulkArray(o, v.mget(a.slice(1)))],
  ["mset", -3, true, (v, a, o) => {
    if (a.length % 2 !== 1) throw arityError("mset");
    v.mset(pairs(a, 1));
    o.simple(OK);
  }],
  ["expire", -3, true, expireCommand(1000, "expire")],
  ["pexpire", -3, true, expireCommand(1, "pexpire")],
  ["persist", 2, true, (v, a, o) => o.integer(v.persist(a[1]!) ? 1 : 0)],
  ["ttl", 2, false, ttlCommand(true)],
  ["pttl", 2, false, ttlCommand(false)],
  ["type", 2, false, (v, a, o) => o.simple(v.type(a[1]!) ?? "none")],
  // hashes
  ["hset", -4, true, (v, a, o) => {
    if (a.length % 2 !== 0) throw arityError("hset");
    o.integer(v.hset(a[1]!, pairs(a, 2)));
  }],
  ["hmset", -4, true, (v, a, o) => {
    if (a.length % 2 !== 0) throw arityError("hmset");
    v.hset(a[1]!, pairs(a, 2));
    o.simple(OK);
  }],
  ["hsetnx", 4, true, (v, a, o, ctx) => o.integer(ctx.atomic((t) => (t.hexists(a[1]!, a[2]!) ? 0 : t.hset(a[1]!, [[a[2]!, a[3]!]]))))],
  ["hget", 3, false, (v, a, o) => o.bulk(v.hget(a[1]!, a[2]!))],
  ["hmget", -3, false, (v, a, o) => bulkArray(o, v.hmget(a[1]!, a.slice(2)))],
  ["hgetall", 2, false, (v, a, o) => bulkArray(o, v.hgetall(a[1]!).flat())],
  ["hkeys", 2, false, (v, a, o) => bulkArray(o, v.hkeys(a[1]!))],
  ["hvals", 2, false, (v, a, o) => bulkArray(o, v.hvals(a[1]!))],
  ["hdel", -3, true, (v, a, o) => o.integer(v.hdel(a[1]!, a.slice(2)))],
  ["hlen", 2, false, (v, a, o) => o.integer(v.hlen(a[1]!))],
  ["hexists", 3, false, (v, a, o) => o.integer(v.hexists(a[1]!, a[2]!) ? 1 : 0)],
  ["hincrby", 4, true, (v, a, o) => o.integer(v.hincrBy(a[1]!, a[2]!, parseInt64(a[3]!)))],
  ["hscan", -3, false, hscanCommand],
  // lists
  ["lpush", -3, true, (v, a, o) => o.integer(v.lpush(a[1]!, a.slice(2)))],
  ["rpush", -3, true, (v, a, o) => o.integer(v.rpush(a[1]!, a.slice(2)))],
  ["lpop", -2, true, popCommand(true)],
  ["rpop", -2, true, popCommand(false)],
  ["lrange", 4, false, (v, a, o) => bulkArray(o, v.lrange(a[1]!, parseInteger(a[2]!), parseInteger(a[3]!)))],
  ["llen", 2, false, (v, a, o) => o.integer(v.llen(a[1]!))],
  ["lindex", 3, false, (v, a, o) => {
    // Redis looks the key up before it parses the index.
    if (!expectList(v, a[1]!)) return o.bulk(null);
    o.bulk(v.lindex(a[1]!, parseInteger(a[2]!)));
  }],
  ["lset", 4, true, (v, a, o) => {
    if (!expectList(v, a[1]!)) throw new RespError("ERR no such key");
    v.lset(a[1]!, parseInteger(a[2]!), a[3]!);
    o.simple(OK);
  }],
  ["ltrim", 4, true, (v, a, o) => {
    v.ltrim(a[1]!, parseInteger(a[2]!), parseInteger(a[3]!));
    o.simple(OK);
  }],
  // sets
  ["sadd", -3, true, (v, a, o) => o.integer(v.sadd(a[1]!, a.slice(2)))],
  ["srem", -3, true, (v, a, o) => o.integer(v.srem(a[1]!, a.slice(2)))],
  ["smembers", 2, false, (v, a, o) => bulkArray(o, v.smembers(a[1]!))],
  ["sismember", 3, false, (v, a, o) => o.integer(v.sismember(a[1]!, a[2]!) ? 1 : 0)],
  ["scard", 2, false, (v, a, o) => o.integer(v.scard(a[1]!))],
  ["sinter", -2, false, (v, a, o) => bulkArray(o, v.sinter(a.slice(1)))],
  ["sunion", -2, false, (v, a, o) => bulkArray(o, v.sunion(a.slice(1)))],
  ["sdiff", -2, false, (v, a, o) => bulkArray(o, v.sdiff(a.slice(1)))],
  // sorted sets
  ["zadd", -4, true, zaddCommand],
  ["zrem", -3, true, (v, a, o) => o.integer(v.zrem(a[1]!, a.slice(2)))],
  ["zscore", 3, false, (v, a, o) => {
    const s = v.zscore(a[1]!, a[2]!);
    if (s === null) o.bulk(null);
    else o.double(s);
  }],
  ["zincrby", 4, true, (v, a, o) => o.double(v.zincrBy(a[1]!, a[3]!, parseDouble(a[2]!)))],
  ["zcard", 2, false, (v, a, o) => o.integer(v.zcard(a[1]!))],
  ["zrank", 3, false, (v, a, o) => {
    const r = v.zrank(a[1]!, a[2]!);
    if (r === null) o.bulk(null);
    else o.integer(r);
  }],
  ["zrevrank", 3, false, (v, a, o) => {
    const r = v.zrank(a[1]!, a[2]!, true);
    if (r === null) o.bulk(null);
    else o.integer(r);
  }],
  ["zrange", -4, false, zrangeCommand],
  ["zrevrange", -4, false, zrevrangeCommand],
  ["zrangebyscore", -4, false, (v, a, o) => {
    const options = byScoreOptions(a, 4);
    zrangeByScore(v, a[1]!, scoreRange(a[2]!, a[3]!), false, options, o);
  }],
  ["zrevrangebyscore", -4, false, (v, a, o) => {
    const options = byScoreOptions(a, 4);
    zrangeByScore(v, a[1]!, scoreRange(a[3]!, a[2]!), true, options, o);
  }],
  ["zcount", 4, false, (v, a, o) => o.integer(v.zcount(a[1]!, scoreRange(a[2]!, a[3]!)))],
  ["zremrangebyscore", 4, true, (v, a, o) => o.integer(v.zremRangeByScore(a[1]!, scoreRange(a[2]!, a[3]!)))],
  // keys
  ["scan", -2, false, scanCommand],
  ["keys", 2, false, keysCommand],
  ["dbsize", 1, false, (v, a, o) => o.integer(v.dbsize())],
  ["flushdb", -1, true, flushdbCommand],
];

export const DATA_COMMANDS: ReadonlyMap<string, CommandSpec> = new Map(
  specs.map(([name, arity, write, run]) => [name, { name, arity, write, run }]),
);

/** Whether an argument count fits a Redis arity. */
export function arityOk(arity: number, argc: number): boolean {
  return arity >= 0 ? argc === arity : argc >= -arity;
}
