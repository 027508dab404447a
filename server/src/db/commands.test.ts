// Redis semantics of every command group: results, ordering, empty-key rules, wrong types,
// overflow, and that a refused command leaves the store unchanged.
import { beforeEach, describe, expect, it } from "vitest";
import { b, createTestDb, reasonOf, strs, type TestDb } from "./db-test-support.js";
import type { DbWriter } from "./types.js";

let t: TestDb;
let kv: DbWriter;
let id: string;

beforeEach(() => {
  t = createTestDb();
  id = t.newDb();
  kv = t.engine.open({ mimeiId: id });
});

const text = (x: Buffer | null) => (x === null ? null : x.toString());

describe("strings", () => {
  it("SET/GET with NX, XX, GET and KEEPTTL", () => {
    expect(kv.get("k")).toBeNull();
    expect(kv.set("k", "v1")).toEqual({ applied: true });
    expect(text(kv.get("k"))).toBe("v1");
    expect(kv.set("k", "v2", { condition: "NX" })).toEqual({ applied: false });
    expect(kv.set("missing", "x", { condition: "XX" })).toEqual({ applied: false });
    expect(kv.get("missing")).toBeNull();
    const r = kv.set("k", "v3", { condition: "XX", returnOld: true });
    expect(r.applied).toBe(true);
    expect(text(r.old!)).toBe("v1");
    kv.set("k", "v4", { ttlMs: 5000 });
    kv.set("k", "v5", { keepTtl: true });
    expect(kv.pttl("k")).toBe(5000);
    kv.set("k", "v6");
    expect(kv.pttl("k")).toBe(-1);
    expect(kv.pttl("nope")).toBe(-2);
  });

  it("expires lazily and by sweep", () => {
    kv.set("a", "1", { ttlMs: 1000 });
    kv.set("b", "2", { ttlMs: 1000 });
    t.clock.advance(999);
    expect(text(kv.get("a"))).toBe("1");
    t.clock.advance(1);
    expect(kv.get("a")).toBeNull();
    expect(kv.exists(["a", "b"])).toBe(0);
    expect(t.rows("db_keys")).toBe(2);
    t.engine.sweep();
    expect(t.rows("db_keys")).toBe(0);
    expect(t.rows("db_objects")).toBe(0);
  });

  it("refuses bad expiries and keeps the store unchanged", () => {
    kv.set("k", "v");
    expect(reasonOf(() => kv.set("k", "w", { ttlMs: 0 }))).toBe("INVALID_EXPIRE");
    expect(reasonOf(() => kv.set("k", "w", { ttlMs: -5 }))).toBe("INVALID_EXPIRE");
    expect(text(kv.get("k"))).toBe("v");
    expect(kv.lastSeq()).toBe(1);
  });

  it("EXPIRE, PERSIST, and EXPIRE with a non-positive ttl deletes", () => {
    expect(kv.expire("k", 1000)).toBe(false);
    kv.set("k", "v");
    expect(kv.expire("k", 1000)).toBe(true);
    expect(kv.pttl("k")).toBe(1000);
    expect(kv.persist("k")).toBe(true);
    expect(kv.persist("k")).toBe(false);
    expect(kv.expire("k", 0)).toBe(true);
    expect(kv.exists(["k"])).toBe(0);
  });

  it("INCR/INCRBY parse strictly, overflow, and keep the TTL", () => {
    expect(kv.incr("n")).toBe(1n);
    expect(kv.incrBy("n", 41n)).toBe(42n);
    expect(kv.incrBy("n", -50n)).toBe(-8n);
    expect(text(kv.get("n"))).toBe("-8");
    kv.set("n", "9223372036854775806");
    expect(kv.incr("n")).toBe(9223372036854775807n);
    expect(reasonOf(() => kv.incr("n"))).toBe("OVERFLOW");
    expect(text(kv.get("n"))).toBe("9223372036854775807");
    kv.set("m", "-9223372036854775808");
    expect(reasonOf(() => kv.incrBy("m", -1n))).toBe("OVERFLOW");
    for (const bad of ["abc", "", " 1", "1 ", "01", "+1", "-0", "1.5", "99999999999999999999"]) {
      kv.set("s", bad);
      expect(reasonOf(() => kv.incr("s")), bad).toBe("NOT_INTEGER");
      expect(text(kv.get("s"))).toBe(bad);
    }
    kv.set("t", "5", { ttlMs: 3000 });
    kv.incr("t");
    expect(kv.pttl("t")).toBe(3000);
  });

  it("MGET/MSET/STRLEN/DEL/EXISTS", () => {
    kv.mset([["a", "1"], ["b", "22"], ["a", "333"]]);
    kv.sadd("set", ["x"]);
    expect(strs(kv.mget(["a", "b", "c", "set"]))).toEqual(["333", "22", null, null]);
    expect(kv.strlen("a")).toBe(3);
    expect(kv.strlen("zz")).toBe(0);
    expect(kv.exists(["a", "a", "zz"])).toBe(2);
    expect(kv.del(["a", "a", "set", "zz"])).toBe(2);
    expect(kv.dbsize()).toBe(1);
  });

  it("refuses values over the limit", () => {
    const small = createTestDb({ maxValueBytes: 8 });
    const v = small.engine.open({ mimeiId: small.newDb() });
    expect(reasonOf(() => v.set("k", "123456789"))).toBe("VALUE_TOO_LARGE");
    expect(reasonOf(() => v.rpush("l", ["1", "123456789"]))).toBe("VALUE_TOO_LARGE");
    expect(v.dbsize()).toBe(0);
  });
});

describe("wrong types", () => {
  it("every command on a key of another type throws WRONGTYPE and changes nothing", () => {
    kv.set("s", "v");
    kv.hset("h", [["f", "1"]]);
    const seq = kv.lastSeq();
    const cases: Array<() => unknown> = [
      () => kv.get("h"),
      () => kv.incr("h"),
      () => kv.strlen("h"),
      () => kv.hget("s", "f"),
      () => kv.hset("s", [["f", "v"]]),
      () => kv.hincrBy("s", "f", 1n),
      () => kv.lpush("s", ["x"]),
      () => kv.lrange("s", 0, -1),
      () => kv.sadd("s", ["x"]),
      () => kv.sinter(["h", "s"]),
      () => kv.sunion(["nope", "s"]),
      () => kv.zadd("s", [{ member: "m", score: 1 }]),
      () => kv.zrange("s", 0, -1),
      () => kv.set("h", "x", { returnOld: true }),
    ];
    for (const c of cases) expect(reasonOf(c)).toBe("WRONGTYPE");
    expect(kv.lastSeq()).toBe(seq);
    expect(text(kv.get("s"))).toBe("v");
    // SET without GET replaces a key of any type, as in Redis.
    kv.set("h", "now a string");
    expect(kv.type("h")).toBe("string");
  });
});

describe("hashes", () => {
  it("HSET/HGET/HMGET/HGETALL in field byte order", () => {
    expect(kv.hset("h", [["b", "2"], ["a", "1"], ["c", "3"], ["a", "9"]])).toBe(3);
    expect(kv.hset("h", [["a", "1"], ["d", "4"]])).toBe(1);
    expect(text(kv.hget("h", "a"))).toBe("1");
    expect(strs(kv.hmget("h", ["a", "zz", "d"]))).toEqual(["1", null, "4"]);
    expect(kv.hgetall("h").map(([f, v]) => `${f}=${v}`)).toEqual(["a=1", "b=2", "c=3", "d=4"]);
    expect(kv.hkeys("h").map(String)).toEqual(["a", "b", "c", "d"]);
    expect(kv.hvals("h").map(String)).toEqual(["1", "2", "3", "4"]);
    expect(kv.hlen("h")).toBe(4);
    expect(kv.hexists("h", "b")).toBe(true);
    expect(kv.hdel("h", ["a", "a", "zz"])).toBe(1);
    expect(kv.hdel("h", ["b", "c", "d"])).toBe(3);
    expect(kv.exists(["h"])).toBe(0);
  });

  it("HINCRBY parses, overflows, and uses the hash error text", () => {
    expect(kv.hincrBy("h", "n", 5n)).toBe(5n);
    expect(kv.hincrBy("h", "n", -7n)).toBe(-2n);
    kv.hset("h", [["s", "x"]]);
    let err: unknown;
    try {
      kv.hincrBy("h", "s", 1n);
    } catch (e) {
      err = e;
    }
    expect((err as { metadata: Record<string, string> }).metadata.redis).toBe("ERR hash value is not an integer");
    kv.hset("h", [["max", "9223372036854775807"]]);
    expect(reasonOf(() => kv.hincrBy("h", "max", 1n))).toBe("OVERFLOW");
  });

  it("HSCAN/HREVSCAN page by field with patterns", () => {
    kv.hset("h", ["a1", "a2", "a3", "b1", "b2", "c1"].map((f) => [f, f.toUpperCase()] as const));
    const p1 = kv.hscan("h", { count: 2 });
    expect(p1.fields.map(([f]) => String(f))).toEqual(["a1", "a2"]);
    expect(p1.more).toBe(true);
    const p2 = kv.hscan("h", { start: "a2", count: 10 });
    expect(p2.fields.map(([f]) => String(f))).toEqual(["a3", "b1", "b2", "c1"]);
    expect(p2.more).toBe(false);
    expect(kv.hscan("h", { start: "a2", inclusive: true, count: 1 }).fields.map(([f]) => String(f))).toEqual(["a2"]);
    expect(kv.hscan("h", { pattern: "b*" }).fields.map(([f, v]) => `${f}=${v}`)).toEqual(["b1=B1", "b2=B2"]);
    expect(kv.hscan("h", { pattern: "*1", count: 2 })).toMatchObject({ more: true });
    expect(kv.hrevscan("h", { count: 3 }).fields.map(([f]) => String(f))).toEqual(["c1", "b2", "b1"]);
    expect(kv.hrevscan("h", { start: "b1" }).fields.map(([f]) => String(f))).toEqual(["a3", "a2", "a1"]);
  });

  it("HCLEAR deletes only hashes", () => {
    kv.hset("h1", [["f", "v"]]);
    kv.hset("h2", [["f", "v"]]);
    kv.set("s", "v");
    expect(kv.hclear(["h1", "h2", "s", "nope"])).toBe(2);
    expect(kv.exists(["h1", "h2", "s"])).toBe(1);
  });
});

describe("lists", () => {
  it("LPUSH/RPUSH order, LRANGE clamping, LINDEX", () => {
    expect(kv.rpush("l", ["c", "d"])).toBe(2);
    expect(kv.lpush("l", ["b", "a"])).toBe(4);
    expect(kv.lrange("l", 0, -1).map(String)).toEqual(["a", "b", "c", "d"]);
    expect(kv.lrange("l", -3, 1).map(String)).toEqual(["b"]);
    expect(kv.lrange("l", -100, 100).map(String)).toEqual(["a", "b", "c", "d"]);
    expect(kv.lrange("l", 3, 1)).toEqual([]);
    expect(kv.lrange("l", 5, 10)).toEqual([]);
    expect(text(kv.lindex("l", -1))).toBe("d");
    expect(kv.lindex("l", 4)).toBeNull();
    expect(kv.llen("l")).toBe(4);
  });

  it("LPOP/RPOP with count; the list goes when empty", () => {
    kv.rpush("l", ["1", "2", "3", "4", "5"]);
    expect(kv.lpop("l").map(String)).toEqual(["1"]);
    expect(kv.rpop("l", 2).map(String)).toEqual(["5", "4"]);
    expect(kv.lpop("l", 0)).toEqual([]);
    expect(kv.lpop("l", 10).map(String)).toEqual(["2", "3"]);
    expect(kv.exists(["l"])).toBe(0);
    expect(kv.rpop("l")).toEqual([]);
    expect(t.rows("db_list")).toBe(0);
  });

  it("LSET errors and LTRIM", () => {
    expect(reasonOf(() => kv.lset("l", 0, "x"))).toBe("NO_SUCH_KEY");
    kv.rpush("l", ["a", "b", "c", "d", "e"]);
    expect(reasonOf(() => kv.lset("l", 5, "x"))).toBe("INDEX_OUT_OF_RANGE");
    kv.lset("l", -1, "E");
    kv.ltrim("l", 1, -2);
    expect(kv.lrange("l", 0, -1).map(String)).toEqual(["b", "c", "d"]);
    kv.lpush("l", ["z"]);
    expect(kv.lrange("l", 0, -1).map(String)).toEqual(["z", "b", "c", "d"]);
    kv.ltrim("l", 5, 10);
    expect(kv.exists(["l"])).toBe(0);
  });
});

describe("sets", () => {
  it("SADD/SREM/SMEMBERS/SISMEMBER/SCARD and set algebra", () => {
    expect(kv.sadd("a", ["3", "1", "2", "1"])).toBe(3);
    kv.sadd("b", ["2", "3", "4"]);
    kv.sadd("c", ["3", "5"]);
    expect(kv.smembers("a").map(String)).toEqual(["1", "2", "3"]);
    expect(kv.sismember("a", "2")).toBe(true);
    expect(kv.scard("a")).toBe(3);
    expect(kv.sinter(["a", "b", "c"]).map(String)).toEqual(["3"]);
    expect(kv.sinter(["a", "a"]).map(String)).toEqual(["1", "2", "3"]);
    expect(kv.sinter(["a", "missing"])).toEqual([]);
    expect(kv.sunion(["a", "c", "missing"]).map(String)).toEqual(["1", "2", "3", "5"]);
    expect(kv.sdiff(["a", "b"]).map(String)).toEqual(["1"]);
    expect(kv.sdiff(["a", "a"])).toEqual([]);
    expect(kv.srem("a", ["1", "9"])).toBe(1);
    expect(kv.srem("c", ["3", "5"])).toBe(2);
    expect(kv.exists(["c"])).toBe(0);
  });
});

describe("sorted sets", () => {
  it("orders by score, ties by member bytes; ranks and ranges", () => {
    expect(kv.zadd("z", [{ member: "b", score: 1 }, { member: "a", score: 1 }, { member: "c", score: 0.5 }, { member: "d", score: Infinity }])).toEqual({
      added: 4,
      updated: 0,
    });
    const names = (xs: { member: Buffer }[]) => xs.map((x) => String(x.member));
    expect(names(kv.zrange("z", 0, -1))).toEqual(["c", "a", "b", "d"]);
    expect(names(kv.zrange("z", 0, 1, true))).toEqual(["d", "b"]);
    expect(kv.zrank("z", "b")).toBe(2);
    expect(kv.zrank("z", "b", true)).toBe(1);
    expect(kv.zrank("z", "nope")).toBeNull();
    expect(names(kv.zrangeByScore("z", { min: 1, max: Infinity }))).toEqual(["a", "b", "d"]);
    expect(names(kv.zrangeByScore("z", { min: 1, max: Infinity, minExclusive: true }))).toEqual(["d"]);
    expect(names(kv.zrangeByScore("z", { min: -Infinity, max: 1, maxExclusive: true }))).toEqual(["c"]);
    expect(names(kv.zrangeByScore("z", { min: -Infinity, max: Infinity }, { reverse: true, offset: 1, count: 2 }))).toEqual(["b", "a"]);
    expect(names(kv.zrangeByScore("z", { min: -Infinity, max: Infinity }, { offset: -1 }))).toEqual([]);
    expect(kv.zcount("z", { min: 1, max: 1 })).toBe(2);
    expect(kv.zscore("z", "d")).toBe(Infinity);
  });

  it("ZADD NX/XX/GT/LT counts added and updated; ZINCRBY; NaN refused", () => {
    kv.zadd("z", [{ member: "a", score: 5 }]);
    expect(kv.zadd("z", [{ member: "a", score: 6 }, { member: "b", score: 1 }], { condition: "NX" })).toEqual({ added: 1, updated: 0 });
    expect(kv.zadd("z", [{ member: "a", score: 7 }, { member: "c", score: 1 }], { condition: "XX" })).toEqual({ added: 0, updated: 1 });
    expect(kv.zadd("z", [{ member: "a", score: 3 }], { gt: true })).toEqual({ added: 0, updated: 0 });
    expect(kv.zadd("z", [{ member: "a", score: 3 }], { lt: true })).toEqual({ added: 0, updated: 1 });
    expect(kv.zadd("missing", [{ member: "a", score: 3 }], { condition: "XX" })).toEqual({ added: 0, updated: 0 });
    expect(kv.exists(["missing"])).toBe(0);
    expect(reasonOf(() => kv.zadd("z", [{ member: "a", score: 1 }], { condition: "NX", gt: true }))).toBe("SYNTAX");
    expect(reasonOf(() => kv.zadd("z", [{ member: "a", score: NaN }]))).toBe("NOT_FLOAT");
    expect(kv.zincrBy("z", "a", 2.5)).toBe(5.5);
    expect(kv.zincrBy("z", "new", -1)).toBe(-1);
    kv.zadd("z", [{ member: "inf", score: Infinity }]);
    expect(reasonOf(() => kv.zincrBy("z", "inf", -Infinity))).toBe("NAN_SCORE");
    expect(kv.zscore("z", "inf")).toBe(Infinity);
    expect(kv.zaddIncr("z", "a", 1, { condition: "NX" })).toBeNull();
    expect(kv.zaddIncr("z", "a", -1, { gt: true })).toBeNull();
  });

  it("ZREM and ZREMRANGEBYSCORE", () => {
    kv.zadd("z", [1, 2, 3, 4, 5].map((s) => ({ member: `m${s}`, score: s })));
    expect(kv.zrem("z", ["m1", "nope"])).toBe(1);
    expect(kv.zremRangeByScore("z", { min: 2, max: 4, maxExclusive: true })).toBe(2);
    expect(kv.zrange("z", 0, -1).map((x) => String(x.member))).toEqual(["m4", "m5"]);
    expect(kv.zcard("z")).toBe(2);
    expect(kv.zremRangeByScore("z", { min: -Infinity, max: Infinity })).toBe(2);
    expect(kv.exists(["z"])).toBe(0);
    expect(t.rows("db_zset")).toBe(0);
  });
});

describe("scan", () => {
  it("walks keys in byte order with cursor, MATCH, TYPE and reverse", () => {
    for (const k of ["user:1", "user:2", "user:10", "order:1", "x"]) kv.set(k, "v");
    kv.hset("user:h", [["f", "v"]]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = kv.scan({ cursor, count: 2 });
      seen.push(...r.entries.map((e) => String(e.key)));
      cursor = r.next;
    } while (cursor);
    expect(seen).toEqual(["order:1", "user:1", "user:10", "user:2", "user:h", "x"]);
    expect(kv.scan({ pattern: "user:?" }).entries.map((e) => String(e.key))).toEqual(["user:1", "user:2", "user:h"]);
    expect(kv.scan({ pattern: "user:*", type: "hash" }).entries.map((e) => `${e.key}:${e.type}`)).toEqual(["user:h:hash"]);
    expect(kv.scan({ reverse: true, count: 2 }).entries.map((e) => String(e.key))).toEqual(["x", "user:h"]);
    expect(reasonOf(() => kv.scan({ cursor: "not a cursor" }))).toBe("INVALID_CURSOR");
  });
});

describe("sequence numbers", () => {
  it("grow by one per write that changes something, not for no-ops", () => {
    expect(kv.lastSeq()).toBe(0);
    kv.set("a", "1");
    kv.set("a", "1", { condition: "NX" });
    kv.del(["nope"]);
    kv.hdel("nope", ["f"]);
    expect(kv.lastSeq()).toBe(1);
    kv.del(["a"]);
    expect(kv.lastSeq()).toBe(2);
    expect(t.engine.open({ mimeiId: id }).lastSeq()).toBe(2);
  });

  it("survive a restart", () => {
    kv.set("a", "1");
    kv.set("b", "2");
    t.db.close();
    const again = createTestDb({}, t.dir);
    expect(again.engine.open({ mimeiId: id }).lastSeq()).toBe(2);
    expect(text(again.engine.open({ mimeiId: id }).get("b"))).toBe("2");
  });
});

describe("glob", () => {
  it("matches like Redis stringmatchlen", async () => {
    const { globMatch } = await import("./glob.js");
    const m = (p: string, s: string) => globMatch(b(p), b(s));
    expect(m("h?llo", "hello")).toBe(true);
    expect(m("h*llo", "heeeello")).toBe(true);
    expect(m("h[ae]llo", "hallo")).toBe(true);
    expect(m("h[^e]llo", "hello")).toBe(false);
    expect(m("h[a-b]llo", "hbllo")).toBe(true);
    expect(m("h[b-a]llo", "hbllo")).toBe(true);
    expect(m("h\\*llo", "h*llo")).toBe(true);
    expect(m("h\\*llo", "hello")).toBe(false);
    expect(m("a*", "a")).toBe(true);
    expect(m("*", "")).toBe(false);
    expect(m("", "")).toBe(true);
  });
});
