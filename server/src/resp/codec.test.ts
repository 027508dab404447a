// The RESP codec: parsing fragmented, pipelined, inline and oversized input, and reply encoding.
import { describe, expect, it } from "vitest";
import { createRespWriter, formatDouble } from "./encoder.js";
import { createRespParser, RespProtocolError, splitInlineArgs } from "./parser.js";

const limits = { maxBulkBytes: 1024 * 1024, maxArgs: 1000 };
const text = (cmd: Buffer[] | undefined) => cmd?.map((b) => b.toString("latin1"));

function parseAll(input: Buffer | string, chunkSize = Infinity, l = limits): string[][] {
  const p = createRespParser(l);
  const bytes = Buffer.from(input);
  const out: string[][] = [];
  for (let i = 0; i < bytes.length; i += chunkSize === Infinity ? bytes.length : chunkSize) {
    p.push(bytes.subarray(i, i + (chunkSize === Infinity ? bytes.length : chunkSize)));
    for (let cmd = p.next(); cmd; cmd = p.next()) out.push(text(cmd)!);
  }
  return out;
}

const multibulk = (...args: string[]) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a, "latin1")}\r\n${a}\r\n`).join("")}`;

describe("RESP parser", () => {
  it("parses a multibulk command", () => {
    expect(parseAll(multibulk("SET", "k", "v"))).toEqual([["SET", "k", "v"]]);
  });

  it("parses pipelined commands in one chunk and byte by byte alike", () => {
    const input = multibulk("SET", "k", "v") + "PING\r\n" + multibulk("GET", "k") + "ECHO \"a b\"\n" + multibulk("DEL", "");
    const expected = [["SET", "k", "v"], ["PING"], ["GET", "k"], ["ECHO", "a b"], ["DEL", ""]];
    expect(parseAll(input)).toEqual(expected);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parseAll(input, size)).toEqual(expected);
  });

  it("keeps binary bulks intact, CR and LF included", () => {
    const value = Buffer.from([0, 13, 10, 255, 36, 42]);
    const p = createRespParser(limits);
    p.push(Buffer.concat([Buffer.from("*2\r\n$3\r\nGET\r\n$6\r\n"), value, Buffer.from("\r\n")]));
    expect(p.next()).toEqual([Buffer.from("GET"), value]);
    expect(p.next()).toBeUndefined();
  });

  it("assembles a big bulk from many chunks", () => {
    const big = Buffer.alloc(900 * 1024, 0x61);
    const p = createRespParser(limits);
    const whole = Buffer.concat([Buffer.from(`*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$${big.length}\r\n`), big, Buffer.from("\r\n")]);
    for (let i = 0; i < whole.length; i += 16 * 1024) {
      p.push(whole.subarray(i, i + 16 * 1024));
      if (i + 16 * 1024 < whole.length) expect(p.next()).toBeUndefined();
    }
    const cmd = p.next()!;
    expect(cmd[2]!.equals(big)).toBe(true);
    expect(p.buffered).toBe(0);
  });

  it("skips empty lines and empty multibulks", () => {
    expect(parseAll("\r\n\n*0\r\nPING\r\n*-1\r\n")).toEqual([["PING"]]);
  });

  it("splits inline commands like redis-server", () => {
    const split = (s: string) => splitInlineArgs(Buffer.from(s, "latin1"))?.map((b) => b.toString("latin1"));
    expect(split("  set   k  v ")).toEqual(["set", "k", "v"]);
    expect(split('set k "a\\x41\\n\\"b"')).toEqual(["set", "k", 'aA\n"b']);
    expect(split("set k 'it\\'s'")).toEqual(["set", "k", "it's"]);
    expect(split('set k ""')).toEqual(["set", "k", ""]);
    expect(split('set k "open')).toBeUndefined();
    expect(split('set k "a"b')).toBeUndefined();
    expect(split("set k 'a")).toBeUndefined();
  });

  it.each([
    ["*1\r\n+PING\r\n", "expected '$', got '+'"],
    ["*x\r\n", "invalid multibulk length"],
    ["*1\r\n$-5\r\n", "invalid bulk length"],
    ["*1\r\n$abc\r\n", "invalid bulk length"],
    [`*1\r\n$${1024 * 1024 + 1}\r\n`, "invalid bulk length"],
    ["*1001\r\n", "invalid multibulk length"],
    ["*1\r\n$1\r\nab\r\n", "expected CRLF after bulk data"],
    ['GET "k\r\n', "unbalanced quotes in request"],
  ])("refuses malformed input %j", (input, message) => {
    expect(() => parseAll(input)).toThrow(new RespProtocolError(message));
  });

  it("refuses an inline request or header line longer than the inline limit, even unfinished", () => {
    const l = { ...limits, maxInlineBytes: 100 };
    expect(() => parseAll("x".repeat(101), Infinity, l)).toThrow("too big inline request");
    expect(() => parseAll("*" + "1".repeat(101), Infinity, l)).toThrow("too big mbulk count string");
    expect(() => parseAll("*1\r\n$" + "1".repeat(101), Infinity, l)).toThrow("too big bulk count string");
  });

  it("applies new limits from the next command on", () => {
    const p = createRespParser({ maxBulkBytes: 10, maxArgs: 3 });
    p.push(Buffer.from(multibulk("SET", "k", "0123456789")));
    expect(text(p.next())).toEqual(["SET", "k", "0123456789"]);
    p.setLimits({ maxBulkBytes: 4, maxArgs: 3 });
    p.push(Buffer.from(multibulk("SET", "k", "0123456789")));
    expect(() => p.next()).toThrow("invalid bulk length");
  });
});

describe("RESP writer", () => {
  it("encodes every reply type", () => {
    const w = createRespWriter(8);
    w.simple("OK");
    w.error("ERR bad\r\nthing");
    w.integer(-42);
    w.integer(9223372036854775807n);
    w.bulk("héllo");
    w.bulk(Buffer.from([0, 1]));
    w.bulk(null);
    w.arrayHeader(null);
    w.value([1, "a", null, [{ kind: "simple", text: "x" }]]);
    w.double(1.5);
    expect(w.take().toString("latin1")).toBe(
      "+OK\r\n-ERR bad  thing\r\n:-42\r\n:9223372036854775807\r\n$6\r\nh\u00c3\u00a9llo\r\n$2\r\n\u0000\u0001\r\n$-1\r\n*-1\r\n" +
        "*4\r\n:1\r\n$1\r\na\r\n$-1\r\n*1\r\n+x\r\n$3\r\n1.5\r\n",
    );
    expect(w.length).toBe(0);
  });

  it("grows past its initial size for big bulks", () => {
    const w = createRespWriter(16);
    const big = Buffer.alloc(100_000, 7);
    w.bulk(big);
    const out = w.take();
    expect(out.length).toBe(big.length + "$100000\r\n\r\n".length);
  });

  it.each([
    [1.5, "1.5"],
    [3, "3"],
    [-7, "-7"],
    [0, "0"],
    [-0, "0"],
    [0.1, "0.10000000000000001"],
    [0.30000000000000004, "0.30000000000000004"],
    [1e20, "1e+20"],
    [1e300, "1.0000000000000001e+300"],
    [1.0000000000000002, "1.0000000000000002"],
    [0.000001, "9.9999999999999995e-07"],
    [1e-7, "9.9999999999999995e-08"],
    [123456789012345678, "1.2345678901234568e+17"],
    [12345678901234567, "12345678901234568"],
    [0.0001, "0.0001"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
  ])("formats %d like Redis 7.0 (%s)", (d, expected) => {
    expect(formatDouble(d)).toBe(expected);
  });
});
