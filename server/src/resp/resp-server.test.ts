// The RESP endpoint end to end over TCP, with the real identity, MiMei and database components:
// a maintained Redis client library (ioredis), redis-cli, and raw sockets for protocol errors.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbEngine, dbSchema, type DbEngine } from "../db/index.js";
import { createIdentity, generateKeyPair, identitySchema, type Identity } from "../identity/index.js";
import { createMiMeiStore, mimeiSchema, RIGHT, type MiMeiStore } from "../mimei/index.js";
import { createBlobStore, openDatabase, type SqliteDatabase } from "../store/index.js";
import { createRespAuthenticator, createRespDatabases, DEFAULT_DB } from "./databases.js";
import { createRespServer, type RespServer } from "./server.js";

const MAX_VALUE = 64 * 1024;
const run = promisify(execFile);
const hasRedisCli = spawnSync("redis-cli", ["--version"]).status === 0;

let dir: string;
let db: SqliteDatabase;
let identity: Identity;
let mimei: MiMeiStore;
let engine: DbEngine;
let server: RespServer;
let port: number;
let alice: { userId: string; session: string };
let bob: { userId: string; session: string };
const clients: Redis[] = [];

async function user(name: string) {
  await identity.users.register(name, `${name} password`);
  const login = await identity.loginWithPassword(name, `${name} password`);
  return { userId: login.user!.id, session: login.sessionId };
}

function client(session?: string): Redis {
  const c = new Redis({ port, host: "127.0.0.1", password: session, lazyConnect: false, enableReadyCheck: false, maxRetriesPerRequest: 0, enableOfflineQueue: true, retryStrategy: () => null });
  clients.push(c);
  return c;
}

/** Sends raw bytes and collects everything the server writes until it closes or goes quiet. */
function raw(input: string | Buffer, waitMs = 300): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => s.write(input));
    let text = "";
    let closed = false;
    s.on("data", (d) => (text += d.toString("latin1")));
    s.on("close", () => {
      closed = true;
      resolve({ text, closed });
    });
    s.on("error", () => undefined);
    setTimeout(() => {
      s.destroy();
      resolve({ text, closed });
    }, waitMs);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "leither-resp-"));
  db = openDatabase({ path: path.join(dir, "node.db"), schemas: [identitySchema, mimeiSchema, dbSchema] });
  identity = createIdentity({ db, nodeKey: generateKeyPair(), scrypt: { N: 1024, r: 8, p: 1 } });
  engine = createDbEngine({ db, maxValueBytes: MAX_VALUE });
  mimei = createMiMeiStore({ db, blobs: createBlobStore(path.join(dir, "blobs")), engines: { db: engine.content } });
  server = createRespServer({
    port: 0,
    engine,
    auth: createRespAuthenticator(identity),
    databases: createRespDatabases(mimei),
    maxValueBytes: MAX_VALUE,
    version: "test",
    logger: pino({ level: "silent" }),
  });
  await server.start();
  port = server.address.port;
  alice = await user("alice");
  bob = await user("bob");
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server?.stop();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("authentication", () => {
  it("refuses everything but AUTH, PING, HELLO and QUIT before AUTH", async () => {
    const { text } = await raw("PING\r\nGET k\r\nSELECT x\r\nHELLO 2\r\nQUIT\r\n");
    expect(text).toBe(
      "+PONG\r\n-NOAUTH Authentication required.\r\n-NOAUTH Authentication required.\r\n" +
        "-NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time\r\n+OK\r\n",
    );
  });

  it("accepts a session id, a name and password, and refuses wrong ones", async () => {
    const c = client();
    await expect(c.auth("not-a-session")).rejects.toThrow("WRONGPASS invalid username-password pair or user is disabled.");
    await expect(c.auth("alice", "wrong")).rejects.toThrow("WRONGPASS");
    expect(await c.auth("alice", "alice password")).toBe("OK");
    expect(await c.set("k", "v")).toBe("OK");
    expect(await c.auth(alice.session)).toBe("OK");
    expect(await c.get("k")).toBe("v");
  });

  it("accepts a signed pass of the user, and refuses a tampered one", async () => {
    // A self-signed pass: alice's key is unlocked by her password session.
    const { token } = identity.passes.sign(identity.sessions.keyOf(alice.session), alice.userId, {}, 1);
    const c = client();
    await expect(c.auth(`${token.slice(0, -2)}AA`)).rejects.toThrow("WRONGPASS");
    expect(await c.auth(token)).toBe("OK");
    await c.set("via-pass", "1");
    expect(await client(alice.session).get("via-pass")).toBe("1");
  });

  it("answers HELLO 2 and refuses RESP3", async () => {
    const c = client(alice.session);
    const hello = (await c.call("HELLO", "2")) as unknown[];
    expect(hello.slice(0, 2)).toEqual(["server", "leither"]);
    expect(hello[5]).toBe(2);
    await expect(c.call("HELLO", "3")).rejects.toThrow("NOPROTO unsupported protocol version");
  });

  it("ends the session's access when it logs out", async () => {
    const carol = await user("carol");
    const c = client(carol.session);
    expect(await c.set("k", "1")).toBe("OK");
    expect(identity.sessions.revoke(carol.session)).toBe(true);
    await new Promise((r) => setTimeout(r, 1100));
    await expect(c.get("k")).rejects.toThrow(/^NOAUTH/);
  });
});

describe("data commands through ioredis", () => {
  it("covers every group with Redis replies", async () => {
    const c = client(alice.session);
    await c.flushdb();
    expect(await c.set("s", "hello", "EX", 100)).toBe("OK");
    expect(await c.ttl("s")).toBe(100);
    expect(await c.set("s", "x", "NX")).toBeNull();
    expect(await c.incrby("n", 5)).toBe(5);
    expect(await c.decr("n")).toBe(4);
    expect(await c.mget("s", "n", "missing")).toEqual(["hello", "4", null]);
    expect(await c.hset("h", "a", "1", "b", "2")).toBe(2);
    expect(await c.hgetall("h")).toEqual({ a: "1", b: "2" });
    expect(await c.hincrby("h", "a", 10)).toBe(11);
    expect(await c.rpush("l", "a", "b", "c")).toBe(3);
    expect(await c.lrange("l", 0, -1)).toEqual(["a", "b", "c"]);
    expect(await c.lpop("l", 2)).toEqual(["a", "b"]);
    expect(await c.sadd("set", "x", "y")).toBe(2);
    expect((await c.smembers("set")).sort()).toEqual(["x", "y"]);
    expect(await c.zadd("z", 1.5, "a", 3, "b", "-inf", "c")).toBe(3);
    expect(await c.zscore("z", "a")).toBe("1.5");
    expect(await c.zscore("z", "c")).toBe("-inf");
    expect(await c.zrange("z", 0, -1, "WITHSCORES")).toEqual(["c", "-inf", "a", "1.5", "b", "3"]);
    expect(await c.zrangebyscore("z", "(1.5", "+inf")).toEqual(["b"]);
    expect(await c.zincrby("z", 0.1, "a")).toBe("1.6000000000000001");
    expect(await c.type("z")).toBe("zset");
    expect(await c.dbsize()).toBe(6);
    expect((await c.keys("*")).sort()).toEqual(["h", "l", "n", "s", "set", "z"]);
  });

  it("gives Redis's error texts", async () => {
    const c = client(alice.session);
    await c.set("str", "abc");
    await expect(c.lpush("str", "x")).rejects.toThrow("WRONGTYPE Operation against a key holding the wrong kind of value");
    await expect(c.incr("str")).rejects.toThrow("ERR value is not an integer or out of range");
    await c.set("big", "9223372036854775807");
    await expect(c.incr("big")).rejects.toThrow("ERR increment or decrement would overflow");
    await expect(c.call("GET")).rejects.toThrow("ERR wrong number of arguments for 'get' command");
    await expect(c.call("FOO", "a", "b")).rejects.toThrow("ERR unknown command 'FOO', with args beginning with: 'a' 'b' ");
    await expect(c.zadd("zz", "nan", "m")).rejects.toThrow("ERR value is not a valid float");
    await expect(c.lset("nolist", 0, "x")).rejects.toThrow("ERR no such key");
    await expect(c.call("SCAN", "12345")).rejects.toThrow("ERR invalid cursor");
    expect(await c.get("big")).toBe("9223372036854775807"); // the failed INCR changed nothing
  });

  it("walks SCAN and HSCAN cursors to the end", async () => {
    const c = client(alice.session);
    await c.flushdb();
    for (let i = 0; i < 50; i++) await c.set(`key:${i}`, "v");
    await c.hset("hash", Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, String(i)])));
    const keys = new Set<string>();
    let cursor = "0";
    do {
      const [next, batch] = await c.scan(cursor, "MATCH", "key:*", "COUNT", 7);
      batch.forEach((k) => keys.add(k));
      cursor = next;
    } while (cursor !== "0");
    expect(keys.size).toBe(50);
    const fields = new Set<string>();
    cursor = "0";
    do {
      const [next, batch] = await c.hscan("hash", cursor, "COUNT", 4);
      for (let i = 0; i < batch.length; i += 2) fields.add(batch[i]!);
      cursor = next;
    } while (cursor !== "0");
    expect(fields.size).toBe(30);
  });

  it("answers a pipeline of thousands of commands in order", async () => {
    const c = client(alice.session);
    const p = c.pipeline();
    for (let i = 0; i < 3000; i++) p.incr("pipelined");
    const results = await p.exec();
    expect(results!.map(([, v]) => v)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });

  it("stores and returns binary values up to the value limit, and closes on bigger bulks", async () => {
    const c = client(alice.session);
    const value = Buffer.alloc(MAX_VALUE, 0);
    value.write("\r\n\0binary");
    expect(await c.set("bin", value)).toBe("OK");
    expect((await c.getBuffer("bin"))!.equals(value)).toBe(true);
    const { text, closed } = await raw(`AUTH ${alice.session}\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$${MAX_VALUE + 1}\r\n`);
    expect(text).toBe("+OK\r\n-ERR Protocol error: invalid bulk length\r\n");
    expect(closed).toBe(true);
  });
});

describe("transactions", () => {
  it("runs MULTI/EXEC atomically with per-command errors, and aborts on queueing errors", async () => {
    const c = client(alice.session);
    await c.del("t1", "t2");
    const res = await c.multi().set("t1", "a").incr("t1").set("t2", "b").exec();
    expect(res![0]).toEqual([null, "OK"]);
    expect((res![1]![0] as Error).message).toBe("ERR value is not an integer or out of range");
    expect(res![2]).toEqual([null, "OK"]);
    expect(await c.mget("t1", "t2")).toEqual(["a", "b"]);
    const { text } = await raw(`AUTH ${alice.session}\r\nMULTI\r\nSET t1 z\r\nNOPE\r\nEXEC\r\nGET t1\r\n`);
    expect(text).toBe("+OK\r\n+OK\r\n+QUEUED\r\n-ERR unknown command 'NOPE', with args beginning with: \r\n-EXECABORT Transaction discarded because of previous errors.\r\n$1\r\na\r\n");
  });

  it("makes EXEC answer nil when a watched key changed, and applies nothing", async () => {
    const c1 = client(alice.session);
    const c2 = client(alice.session);
    await c1.set("w", "1");
    expect(await c1.watch("w")).toBe("OK");
    await c2.set("w", "2");
    expect(await c1.multi().set("w", "3").set("other", "x").exec()).toBeNull();
    expect(await c1.get("w")).toBe("2");
    expect(await c1.exists("other")).toBe(0);
    // Without interference the same transaction commits.
    await c1.watch("w");
    expect(await c1.multi().set("w", "3").exec()).toEqual([[null, "OK"]]);
    expect(await c2.get("w")).toBe("3");
  });
});

describe("databases and rights", () => {
  it("gives each user a default db MiMei, and SELECT needs the read right", async () => {
    const a = client(alice.session);
    const b = client(bob.session);
    await a.set("mine", "alice's");
    expect(await b.get("mine")).toBeNull();
    const aliceDb = mimei.computeId({ authorId: alice.userId, ...DEFAULT_DB });
    await expect(b.select(aliceDb as never)).rejects.toThrow(/^NOPERM/);
    mimei.rights.set(aliceDb, bob.userId, RIGHT.READ);
    expect(await b.select(aliceDb as never)).toBe("OK");
    expect(await b.get("mine")).toBe("alice's");
    await expect(b.set("mine", "bob's")).rejects.toThrow(/^NOPERM you lack the write right/);
    await expect(b.flushdb()).rejects.toThrow(/^NOPERM/);
    expect(await a.get("mine")).toBe("alice's");
  });

  it("opens a numbered version read-only while cur goes on", async () => {
    const a = client(alice.session);
    const { mimeiId } = mimei.create(alice.userId, { type: "db", mark: "versions" });
    await a.select(mimeiId as never);
    await a.set("k", "before");
    const { version } = await mimei.versions.backup(mimeiId, alice.userId);
    await a.set("k", "after");
    const frozen = client(alice.session);
    expect(await frozen.select(`${mimeiId}@${version}` as never)).toBe("OK");
    expect(await frozen.get("k")).toBe("before");
    await expect(frozen.set("k", "x")).rejects.toThrow(/^READONLY/);
    expect(await a.get("k")).toBe("after");
    await expect(a.select("AAAAAAAAAAAAAAAAAAAAAAAAAAA" as never)).rejects.toThrow(/^ERR/);
    const file = mimei.create(alice.userId, { type: "file", mark: "f" }).mimeiId;
    await expect(a.select(file as never)).rejects.toThrow(/not a database/);
  });
});

describe("protocol", () => {
  it("answers inline commands and closes on protocol errors", async () => {
    const { text, closed } = await raw("PING hello\r\n*1\r\n+PING\r\nPING\r\n");
    expect(text).toBe("$5\r\nhello\r\n-ERR Protocol error: expected '$', got '+'\r\n");
    expect(closed).toBe(true);
  });

  it("limits what unauthenticated clients may send", async () => {
    const { text, closed } = await raw(`*2\r\n$4\r\nAUTH\r\n$${20_000}\r\n`);
    expect(text).toBe("-ERR Protocol error: invalid bulk length\r\n");
    expect(closed).toBe(true);
  });
});

describe.skipIf(!hasRedisCli)("redis-cli", () => {
  const cli = async (...args: string[]) => (await run("redis-cli", ["-p", String(port), "-a", alice.session, "--no-auth-warning", ...args])).stdout;

  it("runs commands, including redis-cli's start-up COMMAND DOCS", async () => {
    expect(await cli("SET", "cli", "hello world")).toBe("OK\n");
    expect(await cli("GET", "cli")).toBe("hello world\n");
    expect(await cli("ZADD", "clz", "2.5", "m")).toBe("1\n");
    expect(await cli("ZSCORE", "clz", "m")).toBe("2.5\n");
    expect(await cli("LPUSH", "cli", "x")).toMatch(/^WRONGTYPE Operation against a key holding the wrong kind of value\n/);
  });

  it("pipes commands from stdin", async () => {
    const child = execFile("redis-cli", ["-p", String(port), "-a", alice.session, "--no-auth-warning"]);
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stdin!.end("DEL cnt\nINCR cnt\nINCR cnt\nGET cnt\n");
    await new Promise((r) => child.once("exit", r));
    expect(out).toBe("0\n1\n2\n2\n");
  });
});
