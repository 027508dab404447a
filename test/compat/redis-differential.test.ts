// Differential test of the RESP endpoint: fast-check generates command sequences over a small
// alphabet of keys, fields, members and values, runs each sequence against a real redis-server
// and against a Leither node (`leither serve --resp`), and requires equal replies. Only what
// Redis itself leaves unordered is normalized (set members, hash listings, scan cursors).
// Run with `npm run test:compat` (needs redis-server: `apt-get install redis-server`).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeProcess, type NodeProcess } from "../e2e/support/node-process.js";
import { createClients } from "../e2e/support/rpc.js";
import { connectRaw, type RawRespClient, type Reply } from "./support/resp-client.js";
import { startRedisServer, type RedisServerProcess } from "./support/redis-server.js";

const RUNS = Number(process.env.COMPAT_RUNS ?? 3000);

let redis: RedisServerProcess;
let node: NodeProcess;
let home: string;
let a: RawRespClient; // redis-server
let b: RawRespClient; // leither

beforeAll(async () => {
  redis = await startRedisServer();
  a = await connectRaw(redis.port);
  // COMPAT_RESP_PORT and COMPAT_RESP_AUTH point the test at a node that is already running.
  if (process.env.COMPAT_RESP_PORT) {
    b = await connectRaw(Number(process.env.COMPAT_RESP_PORT));
    expect(await b.call("AUTH", process.env.COMPAT_RESP_AUTH ?? "")).toEqual({ simple: "OK" });
    return;
  }
  home = mkdtempSync(join(tmpdir(), "leither-compat-"));
  node = await startNodeProcess({ home, env: { LEITHER_RESP: "127.0.0.1:0" } });
  const m = /RESP endpoint listening on redis:\/\/127\.0\.0\.1:(\d+)/.exec(node.log());
  if (!m) throw new Error(`the node did not report its RESP endpoint:\n${node.log()}`);
  const clients = createClients(node.url);
  await clients.identity.register({ name: "compat", password: "compat password" });
  const login = await clients.identity.login({ credential: { case: "password", value: { name: "compat", password: "compat password" } } });
  b = await connectRaw(Number(m[1]));
  expect(await b.call("AUTH", login.sessionId)).toEqual({ simple: "OK" });
}, 60_000);

afterAll(async () => {
  a?.close();
  b?.close();
  await redis?.stop();
  await node?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

// ---- the alphabet ----
const key = fc.constantFrom("k1", "k2", "k3", "k4");
const field = fc.constantFrom("f1", "f2", "f3");
const member = fc.constantFrom("m1", "m2", "m3", "m4");
const value = fc.constantFrom("v", "", "0", "1", "-3", "42", "9223372036854775806", "-9223372036854775807", "x y", "1.5", "007", "\u0000\u00ff\r\n");
const int = fc.constantFrom("0", "1", "-1", "2", "-2", "5", "100", "-100", "9223372036854775807", "-9223372036854775808", "1.5", "abc", "+1", "01");
const index = fc.constantFrom("0", "1", "2", "-1", "-2", "-3", "5", "-10", "x");
const score = fc.constantFrom("0", "1", "1.5", "-2", "3", "-0.5", "100", "inf", "-inf", "+inf", "0.1", "1e3", "nan", "x", "1e400", "0x10", " 1");
const bound = fc.constantFrom("-inf", "+inf", "0", "1", "(1", "1.5", "(1.5", "-2", "(3", "100", "x");
const count = fc.constantFrom("0", "1", "2", "3", "10", "-1", "x");
const keys = fc.array(key, { minLength: 1, maxLength: 3 });
const pairs = <A, B>(x: fc.Arbitrary<A>, y: fc.Arbitrary<B>) => fc.array(fc.tuple(x, y), { minLength: 1, maxLength: 3 }).map((p) => p.flat() as string[]);
const opt = (...words: string[]) => fc.subarray(words);

type Cmd = string[];
const c = (...parts: Array<fc.Arbitrary<string | string[]> | string>): fc.Arbitrary<Cmd> =>
  fc.tuple(...parts.map((p) => (typeof p === "string" ? fc.constant(p) : p))).map((xs) => xs.flat());

const strings = fc.oneof(
  c("SET", key, value),
  c("SET", key, value, opt("NX", "XX", "GET")),
  // Only expiries far beyond the test's run time, so replies do not depend on timing.
  c("SET", key, value, fc.constantFrom(["EX", "100"], ["PX", "100000"], ["EX", "0"], ["PX", "-1"], ["EX", "x"], ["KEEPTTL"])),
  c("GET", key),
  c("DEL", keys),
  c("EXISTS", keys),
  c("INCR", key),
  c("DECR", key),
  c("INCRBY", key, int),
  c("DECRBY", key, int),
  c("STRLEN", key),
  c("MGET", keys),
  c("MSET", pairs(key, value)),
  c("SETNX", key, value),
  c("SETEX", key, fc.constantFrom("100", "0", "-1", "x"), value),
  c("TYPE", key),
);
const expiry = fc.oneof(
  c("EXPIRE", key, fc.constantFrom("100", "200", "0", "-5", "x", "9223372036854775807")),
  c("EXPIRE", key, fc.constantFrom("100", "300"), fc.constantFrom("NX", "XX", "GT", "LT")),
  c("PERSIST", key),
  c("TTL", key),
);
const hashes = fc.oneof(
  c("HSET", key, pairs(field, value)),
  c("HMSET", key, pairs(field, value)),
  c("HGET", key, field),
  c("HMGET", key, fc.array(field, { minLength: 1, maxLength: 3 })),
  c("HGETALL", key),
  c("HKEYS", key),
  c("HVALS", key),
  c("HDEL", key, fc.array(field, { minLength: 1, maxLength: 3 })),
  c("HLEN", key),
  c("HEXISTS", key, field),
  c("HINCRBY", key, field, int),
  c("HSCAN*", key, fc.constantFrom("", "f[12]", "*3")),
);
const lists = fc.oneof(
  c("LPUSH", key, fc.array(value, { minLength: 1, maxLength: 3 })),
  c("RPUSH", key, fc.array(value, { minLength: 1, maxLength: 3 })),
  c("LPOP", key),
  c("RPOP", key),
  c("LPOP", key, count),
  c("RPOP", key, count),
  c("LRANGE", key, index, index),
  c("LLEN", key),
  c("LINDEX", key, index),
  c("LSET", key, index, value),
  c("LTRIM", key, index, index),
);
const sets = fc.oneof(
  c("SADD", key, fc.array(member, { minLength: 1, maxLength: 3 })),
  c("SREM", key, fc.array(member, { minLength: 1, maxLength: 3 })),
  c("SMEMBERS", key),
  c("SISMEMBER", key, member),
  c("SCARD", key),
  c("SINTER", keys),
  c("SUNION", keys),
  c("SDIFF", keys),
);
const zsets = fc.oneof(
  c("ZADD", key, pairs(score, member)),
  c("ZADD", key, opt("NX", "XX", "GT", "LT", "CH"), pairs(score, member)),
  c("ZADD", key, opt("NX", "XX", "GT", "LT"), "INCR", score, member),
  c("ZREM", key, fc.array(member, { minLength: 1, maxLength: 3 })),
  c("ZSCORE", key, member),
  c("ZINCRBY", key, score, member),
  c("ZCARD", key),
  c("ZRANK", key, member),
  c("ZREVRANK", key, member),
  c("ZRANGE", key, index, index, opt("WITHSCORES")),
  c("ZREVRANGE", key, index, index, opt("WITHSCORES")),
  c("ZRANGEBYSCORE", key, bound, bound, opt("WITHSCORES")),
  c("ZRANGEBYSCORE", key, bound, bound, "LIMIT", index, count),
  c("ZREVRANGEBYSCORE", key, bound, bound, opt("WITHSCORES")),
  c("ZREVRANGEBYSCORE", key, bound, bound, "WITHSCORES", "LIMIT", index, count),
  c("ZRANGE", key, bound, bound, "BYSCORE", opt("REV"), opt("WITHSCORES")),
  c("ZRANGE", key, bound, bound, "BYSCORE", "LIMIT", index, count),
  c("ZRANGE", key, index, index, "REV", opt("WITHSCORES")),
  c("ZCOUNT", key, bound, bound),
  c("ZREMRANGEBYSCORE", key, bound, bound),
);
const keyspace = fc.oneof(
  c("SCAN*", fc.constantFrom("*", "k[12]", "k?", "x*"), fc.constantFrom("", "string", "hash", "list", "set", "zset")),
  c("DBSIZE"),
  c("EXISTS", keys),
);
const mistakes = fc.oneof(
  c("GET"),
  c("SET", key),
  c("HSET", key, field),
  c("ZADD", key, "1"),
  c("FOO", key),
  c("LPUSH", key),
);
const single = fc.oneof(strings, hashes, lists, sets, zsets);
/** MULTI, one to three commands, EXEC: compared as the list of all replies. */
const transaction = fc.array(single, { minLength: 1, maxLength: 3 }).map((cmds) => ["TX*", JSON.stringify(cmds)]);
const command = fc.oneof(
  { arbitrary: transaction, weight: 1 },
  { arbitrary: strings, weight: 4 },
  { arbitrary: expiry, weight: 1 },
  { arbitrary: hashes, weight: 3 },
  { arbitrary: lists, weight: 3 },
  { arbitrary: sets, weight: 3 },
  { arbitrary: zsets, weight: 4 },
  { arbitrary: keyspace, weight: 1 },
  { arbitrary: mistakes, weight: 1 },
);

// ---- running and normalizing ----
const UNORDERED = new Set(["SMEMBERS", "SINTER", "SUNION", "SDIFF", "HKEYS", "HVALS"]);

function sortReplies(r: Reply): Reply {
  return Array.isArray(r) ? [...r].sort((x, y) => (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0)) : r;
}

/** Runs one command; SCAN* and HSCAN* iterate a full scan and return its sorted, distinct result. */
async function run(client: RawRespClient, cmd: Cmd): Promise<Reply> {
  const name = cmd[0]!;
  if (name === "SCAN*" || name === "HSCAN*") {
    const seen = new Set<string>();
    let cursor = "0";
    for (let round = 0; round < 10_000; round++) {
      const args = name === "SCAN*"
        ? ["SCAN", cursor, "MATCH", cmd[1]!, "COUNT", "3", ...(cmd[2] ? ["TYPE", cmd[2]] : [])]
        : ["HSCAN", cmd[1]!, cursor, "COUNT", "2", ...(cmd[2] ? ["MATCH", cmd[2]] : [])];
      const reply = await client.call(...args);
      if (!Array.isArray(reply)) return reply; // an error (WRONGTYPE), compared as is
      const items = reply[1] as string[];
      if (name === "SCAN*") for (const k of items) seen.add(k);
      else for (let i = 0; i < items.length; i += 2) seen.add(`${items[i]}=${items[i + 1]}`);
      cursor = reply[0] as string;
      if (cursor === "0") return [...seen].sort();
    }
    throw new Error(`${name} did not finish`);
  }
  if (name === "TX*") {
    const replies = [await client.call("MULTI")];
    const cmds = JSON.parse(cmd[1]!) as Cmd[];
    for (const inner of cmds) replies.push(await client.call(...inner));
    const exec = await client.call("EXEC");
    replies.push(Array.isArray(exec) ? exec.map((r, i) => normalize(cmds[i]![0]!, r)) : exec);
    return replies;
  }
  return normalize(name, await client.call(...cmd));
}

/** Sorts what Redis leaves unordered. */
function normalize(name: string, reply: Reply): Reply {
  if (UNORDERED.has(name.toUpperCase())) return sortReplies(reply);
  if (name.toUpperCase() === "HGETALL" && Array.isArray(reply)) {
    const entries: string[] = [];
    for (let i = 0; i < reply.length; i += 2) entries.push(`${reply[i]}=${reply[i + 1]}`);
    return entries.sort();
  }
  return reply;
}

/**
 * Whether an `EXPIRE ... GT|LT` sets the same duration as an expiry set before it: the two
 * deadlines then differ only by the milliseconds between the commands, so either reply is
 * right (redis-server itself answers 0 within the same millisecond and 1 after it).
 */
function hasExpiryTie(cmds: Cmd[]): boolean {
  const flat = cmds.flatMap((cmd) => (cmd[0] === "TX*" ? (JSON.parse(cmd[1]!) as Cmd[]) : [cmd]));
  const durations = new Set<number>();
  for (const cmd of flat) {
    const name = cmd[0]!.toUpperCase();
    if (name === "EXPIRE") {
      const ms = Number(cmd[2]) * 1000;
      if (cmd.slice(3).some((o) => o === "GT" || o === "LT") && durations.has(ms)) return true;
      durations.add(ms);
    } else if (name === "SETEX") {
      durations.add(Number(cmd[2]) * 1000);
    } else if (name === "SET") {
      const i = cmd.findIndex((x, j) => j > 2 && (x === "EX" || x === "PX"));
      if (i > 0) durations.add(Number(cmd[i + 1]) * (cmd[i] === "EX" ? 1000 : 1));
    }
  }
  return false;
}

const show = (cmd: Cmd): string =>
  cmd[0] === "TX*" ? `MULTI; ${(JSON.parse(cmd[1]!) as Cmd[]).map(show).join("; ")}; EXEC` : cmd.map((x) => (/^[\w.+\-*?[\]()]+$/.test(x) ? x : JSON.stringify(x))).join(" ");

describe("RESP endpoint vs redis-server", () => {
  it(`gives the same replies to ${RUNS} generated command sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (cmds) => {
        fc.pre(!hasExpiryTie(cmds));
        expect(await a.call("FLUSHDB")).toEqual({ simple: "OK" });
        expect(await b.call("FLUSHDB")).toEqual({ simple: "OK" });
        for (let i = 0; i < cmds.length; i++) {
          const [want, got] = await Promise.all([run(a, cmds[i]!), run(b, cmds[i]!)]);
          if (JSON.stringify(want) !== JSON.stringify(got)) {
            const log = cmds.slice(0, i + 1).map((x, j) => `  ${j + 1}. ${show(x)}`).join("\n");
            throw new Error(`command ${i + 1} differs\n${log}\nredis-server: ${JSON.stringify(want)}\nleither:      ${JSON.stringify(got)}`);
          }
        }
      }),
      { numRuns: RUNS, endOnFailure: false },
    );
  }, 600_000);
});
