// DbService: resolves the handle (and transaction) to a keyspace view of the db engine and
// translates each command's message to the engine's typed call and back. Access was checked by
// the policy layer; one command table serves both the unary RPCs and Batch. Writes join the
// group commit of their event-loop turn and are answered once it is committed.
import { create } from "@bufbuild/protobuf";
import { durationMs, timestampFromMs } from "@bufbuild/protobuf/wkt";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { ErrorDetailSchema } from "@leither/api/leither/v1/common_pb";
import {
  DbReplySchema,
  DbService,
  DbValueType as ProtoType,
  DbWriteCondition,
  type DbCommand,
  type DbReply,
  type DbScoreRange,
} from "@leither/api/leither/v1/db_service_pb";
import { failedPrecondition, invalidArgument, LeitherError } from "../errors.js";
import { createCommitQueue, DB_WRITE_COMMANDS, type DbEngine, type DbValueType, type DbWriter, type ScoreRange, type ScoredMember, type WriteCondition } from "../db/index.js";
import type { HandleState, HandleView } from "../mimei/index.js";
import { callerOf, type Caller } from "./caller.js";
import { toConnectError } from "./errors.js";

export const MAX_BATCH_COMMANDS = 1000;

type CommandCase = NonNullable<DbCommand["command"]["case"]>;
type RequestOf<C extends CommandCase> = Extract<DbCommand["command"], { case: C }>["value"];
type ReplyOf<C extends CommandCase> = Extract<DbReply["reply"], { case: C }>["value"];
// Replies are built as plain objects; `create` and Connect fill in the message types.
type ReplyInit<C extends CommandCase> = Partial<Omit<ReplyOf<C>, "$typeName" | "$unknown">> | Record<string, unknown>;

interface Command<C extends CommandCase> {
  run(view: DbWriter, req: RequestOf<C>): ReplyInit<C>;
}

const TYPE_TO_PROTO: Record<DbValueType, ProtoType> = {
  string: ProtoType.STRING,
  hash: ProtoType.HASH,
  list: ProtoType.LIST,
  set: ProtoType.SET,
  zset: ProtoType.ZSET,
};
const TYPE_FROM_PROTO: Partial<Record<ProtoType, DbValueType>> = {
  [ProtoType.STRING]: "string",
  [ProtoType.HASH]: "hash",
  [ProtoType.LIST]: "list",
  [ProtoType.SET]: "set",
  [ProtoType.ZSET]: "zset",
};

function condition(c: DbWriteCondition): WriteCondition | undefined {
  if (c === DbWriteCondition.IF_NOT_EXISTS) return "NX";
  if (c === DbWriteCondition.IF_EXISTS) return "XX";
  if (c === DbWriteCondition.UNSPECIFIED) return undefined;
  throw invalidArgument("INVALID_CONDITION", `unknown write condition ${c}`);
}

/** int64 indexes as JS numbers; values past 2^53 only ever mean "beyond the end". */
const index = (v: bigint): number => Number(v);
const u64 = (n: number): bigint => BigInt(n);
const ms = (d: Duration | undefined): number => (d ? durationMs(d) : 0);
const duration = (millis: number) => ({ seconds: BigInt(Math.floor(millis / 1000)), nanos: (millis % 1000) * 1_000_000 });
const optional = (v: Buffer | null) => ({ found: v !== null, value: v ?? new Uint8Array() });
const scored = (xs: ScoredMember[]) => xs.map((x) => ({ member: x.member, score: x.score }));
const fieldValues = (xs: Array<[Buffer, Buffer]>) => xs.map(([f, v]) => ({ field: f.toString("utf8"), value: v }));
const range = (r: DbScoreRange | undefined): ScoreRange => ({
  min: r?.min ?? 0,
  max: r?.max ?? 0,
  minExclusive: r?.minExclusive ?? false,
  maxExclusive: r?.maxExclusive ?? false,
});
const limit = (n: bigint): number | undefined => (n === 0n ? undefined : Number(n));

const COMMANDS: { [C in CommandCase]: Command<C> } = {
  set: {
    run(v, r) {
      const ttl = ms(r.ttl);
      if (ttl < 0) throw invalidArgument("INVALID_EXPIRE", "ttl must not be negative");
      const res = v.set(r.key, r.value, {
        ttlMs: ttl > 0 ? ttl : undefined,
        condition: condition(r.condition),
        keepTtl: r.keepTtl && ttl === 0,
        returnOld: r.returnOld,
      });
      return { applied: res.applied, old: r.returnOld ? optional(res.old ?? null) : undefined };
    },
  },
  get: { run: (v, r) => optional(v.get(r.key)) },
  del: { run: (v, r) => ({ deleted: u64(v.del(r.keys)) }) },
  exists: { run: (v, r) => ({ count: u64(v.exists(r.keys)) }) },
  incr: { run: (v, r) => ({ value: v.incr(r.key) }) },
  incrby: { run: (v, r) => ({ value: v.incrBy(r.key, r.delta) }) },
  strlen: { run: (v, r) => ({ length: u64(v.strlen(r.key)) }) },
  mget: { run: (v, r) => ({ values: v.mget(r.keys).map(optional) }) },
  mset: {
    run(v, r) {
      v.mset(r.entries.map((e) => [e.key, e.value] as const));
      return {};
    },
  },
  expire: {
    run: (v, r) => ({ applied: r.persist ? v.persist(r.key) : v.expire(r.key, ms(r.ttl)) }),
  },
  ttl: {
    run(v, r) {
      const t = v.pttl(r.key);
      return { found: t !== -2, hasExpiry: t >= 0, ttl: t >= 0 ? duration(t) : undefined };
    },
  },
  hset: { run: (v, r) => ({ created: v.hset(r.key, [[r.field, r.value]]) === 1 }) },
  hget: { run: (v, r) => optional(v.hget(r.key, r.field)) },
  hmset: { run: (v, r) => ({ created: u64(v.hset(r.key, r.fields.map((f) => [f.field, f.value] as const))) }) },
  hmget: { run: (v, r) => ({ values: v.hmget(r.key, r.fields).map(optional) }) },
  hgetall: { run: (v, r) => ({ fields: fieldValues(v.hgetall(r.key)) }) },
  hkeys: { run: (v, r) => ({ fields: v.hkeys(r.key).map((f) => f.toString("utf8")) }) },
  hvals: { run: (v, r) => ({ values: v.hvals(r.key) }) },
  hdel: { run: (v, r) => ({ deleted: u64(v.hdel(r.key, r.fields)) }) },
  hlen: { run: (v, r) => ({ length: u64(v.hlen(r.key)) }) },
  hexists: { run: (v, r) => ({ exists: v.hexists(r.key, r.field) }) },
  hincrby: { run: (v, r) => ({ value: v.hincrBy(r.key, r.field, r.delta) }) },
  hscan: {
    run(v, r) {
      const res = v.hscan(r.key, { start: r.startField || null, inclusive: r.inclusive, pattern: r.pattern, count: r.count });
      return { fields: fieldValues(res.fields), more: res.more };
    },
  },
  hrevscan: {
    run(v, r) {
      const res = v.hrevscan(r.key, { start: r.startField || null, inclusive: r.inclusive, pattern: r.pattern, count: r.count });
      return { fields: fieldValues(res.fields), more: res.more };
    },
  },
  hclear: { run: (v, r) => ({ deleted: u64(v.hclear(r.keys)) }) },
  lpush: { run: (v, r) => ({ length: u64(v.lpush(r.key, r.values)) }) },
  rpush: { run: (v, r) => ({ length: u64(v.rpush(r.key, r.values)) }) },
  lpop: { run: (v, r) => ({ values: v.lpop(r.key, r.count || 1) }) },
  rpop: { run: (v, r) => ({ values: v.rpop(r.key, r.count || 1) }) },
  lrange: { run: (v, r) => ({ values: v.lrange(r.key, index(r.start), index(r.stop)) }) },
  llen: { run: (v, r) => ({ length: u64(v.llen(r.key)) }) },
  lindex: { run: (v, r) => optional(v.lindex(r.key, index(r.index))) },
  lset: {
    run(v, r) {
      v.lset(r.key, index(r.index), r.value);
      return {};
    },
  },
  ltrim: {
    run(v, r) {
      v.ltrim(r.key, index(r.start), index(r.stop));
      return {};
    },
  },
  sadd: { run: (v, r) => ({ added: u64(v.sadd(r.key, r.members)) }) },
  srem: { run: (v, r) => ({ removed: u64(v.srem(r.key, r.members)) }) },
  smembers: { run: (v, r) => ({ members: v.smembers(r.key) }) },
  sismember: { run: (v, r) => ({ isMember: v.sismember(r.key, r.member) }) },
  scard: { run: (v, r) => ({ count: u64(v.scard(r.key)) }) },
  sinter: { run: (v, r) => ({ members: v.sinter(r.keys) }) },
  sunion: { run: (v, r) => ({ members: v.sunion(r.keys) }) },
  sdiff: { run: (v, r) => ({ members: v.sdiff(r.keys) }) },
  zadd: {
    run(v, r) {
      const options = { condition: condition(r.condition), gt: r.greaterThan, lt: r.lessThan };
      if (r.increment) {
        if (r.members.length !== 1) throw invalidArgument("SYNTAX", "increment takes exactly one member and its delta", { redis: "ERR INCR option supports a single increment-element pair" });
        if (r.scoreBySequence) throw invalidArgument("SYNTAX", "increment cannot be combined with score_by_sequence");
        const m = r.members[0]!;
        if (Number.isNaN(m.score)) throw invalidArgument("NOT_FLOAT", "the delta must be a number");
        // The score before, for added and updated: the engine answers with the new score only.
        const before = v.zscore(r.key, m.member);
        const score = v.zaddIncr(r.key, m.member, m.score, options);
        if (score === null) return { added: 0n, updated: 0n, applied: false };
        return { added: before === null ? 1n : 0n, updated: before !== null && score !== before ? 1n : 0n, applied: true, score };
      }
      const res = v.zadd(r.key, r.members.map((m) => ({ member: m.member, score: m.score })), { ...options, scoreBySequence: r.scoreBySequence });
      return { added: u64(res.added), updated: u64(res.updated) };
    },
  },
  zrem: { run: (v, r) => ({ removed: u64(v.zrem(r.key, r.members)) }) },
  zscore: {
    run(v, r) {
      const s = v.zscore(r.key, r.member);
      return { found: s !== null, score: s ?? 0 };
    },
  },
  zincrby: {
    run(v, r) {
      if (Number.isNaN(r.delta)) throw invalidArgument("NOT_FLOAT", "delta must be a number");
      return { score: v.zincrBy(r.key, r.member, r.delta) };
    },
  },
  zcard: { run: (v, r) => ({ count: u64(v.zcard(r.key)) }) },
  zrank: {
    run(v, r) {
      const rank = v.zrank(r.key, r.member, r.reverse);
      return { found: rank !== null, rank: u64(rank ?? 0) };
    },
  },
  zrange: { run: (v, r) => ({ members: scored(v.zrange(r.key, index(r.start), index(r.stop))) }) },
  zrevrange: { run: (v, r) => ({ members: scored(v.zrange(r.key, index(r.start), index(r.stop), true)) }) },
  zrangebyscore: {
    run: (v, r) => ({ members: scored(v.zrangeByScore(r.key, range(r.range), { offset: Number(r.offset), count: limit(r.count) })) }),
  },
  zrevrangebyscore: {
    run: (v, r) => ({
      members: scored(v.zrangeByScore(r.key, range(r.range), { reverse: true, offset: Number(r.offset), count: limit(r.count) })),
    }),
  },
  zcount: { run: (v, r) => ({ count: u64(v.zcount(r.key, range(r.range))) }) },
  zremrangebyscore: { run: (v, r) => ({ removed: u64(v.zremRangeByScore(r.key, range(r.range))) }) },
  scan: {
    run(v, r) {
      const type = r.type === ProtoType.UNSPECIFIED ? undefined : TYPE_FROM_PROTO[r.type];
      if (r.type !== ProtoType.UNSPECIFIED && !type) throw invalidArgument("INVALID_TYPE", `unknown value type ${r.type}`);
      const res = v.scan({ cursor: r.cursor || null, pattern: r.pattern, count: r.count, type, reverse: r.reverse });
      return {
        entries: res.entries.map((e) => ({ key: e.key.toString("utf8"), type: TYPE_TO_PROTO[e.type] })),
        nextCursor: res.next ?? "",
      };
    },
  },
};

/** Whether a Batch request writes (the handle must then be writable). */
export function batchWrites(commands: readonly DbCommand[]): boolean {
  return commands.some((c) => c.command.case !== undefined && DB_WRITE_COMMANDS.has(c.command.case));
}

export interface DbHandlerDeps {
  engine: DbEngine;
  handles: HandleView;
}

export function createDbHandlers(deps: DbHandlerDeps): ServiceImpl<typeof DbService> {
  const { engine, handles } = deps;
  const commits = createCommitQueue((fn) => engine.group(fn));

  /** Transactions belong to the session that began them (or the user, for pass-header calls). */
  function ownerOf(caller: Caller): string {
    if (caller.sessionId) return `session:${caller.sessionId}`;
    if (caller.userId) return `user:${caller.userId}`;
    throw new LeitherError("unauthenticated", "LOGIN_REQUIRED", "transactions need a session; log in first");
  }

  function resolve(handle: string, write: boolean, caller: Caller): HandleState {
    if (!handle) throw invalidArgument("HANDLE_REQUIRED", "set handle (from MiMeiService.Open on a db MiMei)");
    const state = write ? handles.resolveForWrite(handle, caller.userId) : handles.resolve(handle, caller.userId);
    if (state.type !== "db") {
      throw failedPrecondition("NOT_A_DATABASE", `MiMei ${state.mimeiId} is a ${state.type} MiMei, not a database`, { mimei_id: state.mimeiId });
    }
    return state;
  }

  function txOf(state: HandleState, txId: string, caller: Caller) {
    if (!txId) throw invalidArgument("TRANSACTION_ID_REQUIRED", "set transaction_id (from BeginTransaction)");
    const owner = ownerOf(caller);
    const info = engine.transactionInfo(txId, owner);
    if (info.mimeiId !== state.mimeiId || state.version !== 0) {
      throw invalidArgument("TX_OTHER_STORE", "the transaction began on another store; use a handle on its cur", { transaction_id: txId });
    }
    return owner;
  }

  function viewOf(state: HandleState, txId: string, caller: Caller): DbWriter {
    if (txId) return engine.transaction(txId, txOf(state, txId, caller));
    return engine.open({ mimeiId: state.mimeiId, version: state.version, digest: state.digest });
  }

  function unary<C extends CommandCase>(c: C) {
    const command = COMMANDS[c] as Command<C>;
    const writes = DB_WRITE_COMMANDS.has(c);
    return (req: RequestOf<C>, ctx: HandlerContext) => {
      const caller = callerOf(ctx);
      const state = resolve(req.handle, writes, caller);
      // Connect creates the response message from the init object.
      const run = () => command.run(viewOf(state, req.transactionId, caller), req) as never;
      return writes ? commits.run(run) : run();
    };
  }

  function runOne(view: DbWriter, cmd: DbCommand): DbReply {
    const c = cmd.command;
    if (!c.case) throw invalidArgument("COMMAND_REQUIRED", "a batch command is empty");
    const value = (COMMANDS[c.case] as Command<CommandCase>).run(view, c.value as never);
    return create(DbReplySchema, { reply: { case: c.case, value } as never });
  }

  function errorReply(err: unknown): DbReply {
    const ce = toConnectError(err);
    const detail = ce.findDetails(ErrorDetailSchema)[0];
    return create(DbReplySchema, {
      reply: { case: "error", value: { code: ce.code, message: ce.rawMessage, detail } },
    });
  }

  const impl: Record<string, unknown> = {};
  for (const c of Object.keys(COMMANDS) as CommandCase[]) {
    const method = Object.values(DbService.method).find((m) => m.localName.toLowerCase() === c);
    if (!method) throw new Error(`DbService has no RPC for command ${c}`);
    impl[method.localName] = unary(c);
  }

  return {
    ...(impl as Omit<ServiceImpl<typeof DbService>, "batch" | "beginTransaction" | "commitTransaction" | "rollbackTransaction" | "getLastSeq">),
    batch(req, ctx) {
      if (req.commands.length > MAX_BATCH_COMMANDS) {
        throw invalidArgument("BATCH_TOO_LARGE", `a batch holds at most ${MAX_BATCH_COMMANDS} commands`);
      }
      for (const [i, cmd] of req.commands.entries()) {
        const v = cmd.command.value as { handle?: string; transactionId?: string } | undefined;
        if (!cmd.command.case) throw invalidArgument("COMMAND_REQUIRED", `command ${i} is empty`, { command_index: String(i) });
        if (v?.handle && v.handle !== req.handle) throw invalidArgument("BATCH_HANDLE_MISMATCH", `command ${i} names another handle`, { command_index: String(i) });
        if (v?.transactionId && v.transactionId !== req.transactionId) {
          throw invalidArgument("BATCH_TRANSACTION_MISMATCH", `command ${i} names another transaction`, { command_index: String(i) });
        }
      }
      const caller = callerOf(ctx);
      const writes = batchWrites(req.commands);
      const state = resolve(req.handle, writes, caller);
      const execute = () => {
        if (req.atomic) {
          let at = 0;
          const run = (view: DbWriter) => req.commands.map((cmd, i) => ((at = i), runOne(view, cmd)));
          try {
            if (state.version !== 0) return { replies: run(viewOf(state, "", caller)) };
            const replies = req.transactionId
              ? engine.atomicInTransaction(req.transactionId, txOf(state, req.transactionId, caller), run)
              : engine.atomic(state.mimeiId, run);
            return { replies };
          } catch (err) {
            if (err instanceof LeitherError) throw new LeitherError(err.kind, err.reason, `command ${at}: ${err.message}`, { ...err.metadata, command_index: String(at) });
            throw err;
          }
        }
        const view = viewOf(state, req.transactionId, caller);
        return {
          replies: req.commands.map((cmd) => {
            try {
              return runOne(view, cmd);
            } catch (err) {
              return errorReply(err);
            }
          }),
        };
      };
      return writes ? commits.run(execute) : execute();
    },
    beginTransaction(req, ctx) {
      const caller = callerOf(ctx);
      const state = resolve(req.handle, true, caller);
      const timeout = req.timeout ? durationMs(req.timeout) : undefined;
      if (timeout !== undefined && timeout <= 0) throw invalidArgument("INVALID_TIMEOUT", "timeout must be positive");
      const tx = engine.begin(state.mimeiId, ownerOf(caller), timeout);
      return { transactionId: tx.id, expiresAt: timestampFromMs(tx.expiresAt) };
    },
    commitTransaction(req, ctx) {
      const caller = callerOf(ctx);
      const state = resolve(req.handle, true, caller);
      return commits.run(() => ({ sequence: u64(engine.commit(req.transactionId, txOf(state, req.transactionId, caller)).sequence) }));
    },
    rollbackTransaction(req, ctx) {
      const caller = callerOf(ctx);
      const state = resolve(req.handle, true, caller);
      engine.rollback(req.transactionId, txOf(state, req.transactionId, caller));
      return {};
    },
    getLastSeq(req, ctx) {
      const state = resolve(req.handle, false, callerOf(ctx));
      return { sequence: u64(engine.open({ mimeiId: state.mimeiId, version: state.version, digest: state.digest }).lastSeq()) };
    },
  };
}
