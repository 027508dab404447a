// The sandbox's promises: nothing of the host is reachable, every limit ends a run with its own
// kind, script errors come back with the script's own stack, host errors are catchable with
// their code, and deterministic mode has no clock or randomness.
import { describe, expect, it } from "vitest";
import { runInThisThread, runSandboxed, type SandboxResult } from "./index.js";

const failure = (r: SandboxResult) => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const value = (r: SandboxResult) => {
  if (!r.ok) throw new Error(`expected a value, got ${r.error.kind}: ${r.error.message}`);
  return r.value;
};

describe("the sandbox (in this thread)", () => {
  it("returns the last expression's value, a module's main(...) or default export", async () => {
    expect(value(await runInThisThread("const x = 20; x + 22"))).toBe(42);
    expect(value(await runInThisThread("export async function main(p, a) { return { p, a } }", { entry: { name: "main", args: [{ k: "v" }, [1, 2]] } }))).toEqual({ p: { k: "v" }, a: [1, 2] });
    expect(value(await runInThisThread("export default [1, 'two']"))).toEqual([1, "two"]);
    expect(value(await runInThisThread("(async () => 7)()"))).toBe(7);
    expect(value(await runInThisThread("undefined"))).toBeNull();
  });

  it("reaches nothing of the host: no process, require, import, fetch, timers", async () => {
    const probe = "[typeof process, typeof require, typeof module, typeof globalThis.std, typeof globalThis.os, typeof fetch, typeof setTimeout, typeof Buffer, typeof WebAssembly]";
    expect(value(await runInThisThread(probe))).toEqual(Array(9).fill("undefined"));
    const dynamicImport = failure(await runInThisThread("import('fs')"));
    expect(dynamicImport.kind).toBe("SCRIPT_ERROR");
    expect(dynamicImport.message).toMatch(/could not load module/);
    expect(failure(await runInThisThread('import fs from "fs"; fs')).kind).toBe("SCRIPT_ERROR");
    // The raw host entry points the bootstrap used are not left behind.
    expect(value(await runInThisThread("Object.getOwnPropertyNames(globalThis).filter((k) => /call|host|sandbox/i.test(k))"))).toEqual([]);
  });

  it("stops an infinite loop with TIME_LIMIT, even one that catches", async () => {
    const started = Date.now();
    expect(failure(await runInThisThread("while (true) {}", { timeLimitMs: 200 })).kind).toBe("TIME_LIMIT");
    expect(failure(await runInThisThread("for (;;) { try { while (true) {} } catch (e) {} }", { timeLimitMs: 200 })).kind).toBe("TIME_LIMIT");
    expect(failure(await runInThisThread("new Promise(() => {})", { timeLimitMs: 200 })).kind).toBe("TIME_LIMIT");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops memory bombs with MEMORY_LIMIT: objects, large strings and typed arrays alike", async () => {
    const limits = { memoryLimitBytes: 8 * 1024 * 1024, timeLimitMs: 5000 };
    expect(failure(await runInThisThread("const a = []; while (true) a.push([1, 2, 3, 4])", limits)).kind).toBe("MEMORY_LIMIT");
    expect(failure(await runInThisThread("const a = []; while (true) a.push(new Uint8Array(100000))", limits)).kind).toBe("MEMORY_LIMIT");
    // Each string is under the limit; together they are not (QuickJS alone would not add them up).
    expect(failure(await runInThisThread("const a = []; for (let i = 0; ; i++) a.push('x'.repeat(1000000) + i)", limits)).kind).toBe("MEMORY_LIMIT");
  });

  it("stops deep recursion with STACK_LIMIT", async () => {
    expect(failure(await runInThisThread("function f(n) { return f(n + 1) + 1 } f(0)")).kind).toBe("STACK_LIMIT");
  });

  it("bounds the result and the log", async () => {
    expect(failure(await runInThisThread("'x'.repeat(2000)", { maxResultBytes: 1000 })).kind).toBe("OUTPUT_LIMIT");
    const r = await runInThisThread("for (let i = 0; i < 50; i++) log('line', i); log('y'.repeat(100)); 1", { maxLogLines: 10, maxLogLineBytes: 20 });
    expect(r.logs).toHaveLength(10);
    expect(r.logs.at(-2)!.message).toBe("line 49");
    expect(r.logs.at(-1)!.message).toBe(`${"y".repeat(20)}…`);
    expect(failure(await runInThisThread("const o = {}; o.o = o; o")).kind).toBe("RESULT_NOT_JSON");
  });

  it("returns script errors with the script's stack and no host paths", async () => {
    const e = failure(await runInThisThread("function check(x) { throw new TypeError('bad ' + x) }\ncheck(1)", { filename: "mine.js" }));
    expect(e).toMatchObject({ kind: "SCRIPT_ERROR", name: "TypeError", message: "bad 1" });
    expect(e.stack).toContain("at check (mine.js:1");
    expect(e.stack).not.toMatch(/\/work|node_modules|\.ts:|file:/);
    expect(failure(await runInThisThread("throw 'plain'"))).toMatchObject({ kind: "SCRIPT_ERROR", message: "plain" });
    expect(failure(await runInThisThread("throw null"))).toMatchObject({ kind: "SCRIPT_ERROR", message: "null" });
    expect(failure(await runInThisThread("let = ;")).kind).toBe("SCRIPT_ERROR");
  });

  it("lends host functions as promises; their errors are catchable with code and reason", async () => {
    const hostFunctions = {
      "api.add": async (a: unknown, b: unknown) => (a as number) + (b as number),
      "api.deny": async () => {
        throw Object.assign(new Error("you lack the read right"), { name: "RpcError", code: "permission_denied", reason: "RIGHT_MISSING", stack: "at /secret/host/path.ts:1" });
      },
    };
    const code = `(async () => {
      const sum = await api.add(2, 3);
      try { await api.deny() } catch (e) { return { sum, name: e.name, message: e.message, code: e.code, reason: e.reason, stack: e.stack } }
    })()`;
    const v = value(await runInThisThread(code, { hostFunctions })) as Record<string, string>;
    expect(v).toMatchObject({ sum: 5, name: "RpcError", message: "you lack the read right", code: "permission_denied", reason: "RIGHT_MISSING" });
    expect(v.stack).not.toContain("/secret/host");
  });

  it("passes globals read-only, logs, and bytes as {$bytes: base64}", async () => {
    const r = await runInThisThread("args.push = 1; console.warn('n', { a: 1 }); log.error(new Error('e')); [Object.isFrozen(args), new Uint8Array([1, 2, 3, 4])]", { globals: { args: [1] } });
    expect(value(r)).toEqual([true, { $bytes: "AQIDBA==" }]);
    expect(r.logs.map((l) => [l.level, l.message])).toEqual([["warn", 'n {"a":1}'], ["error", "Error: e"]]);
  });

  it("has no clock or randomness in deterministic mode", async () => {
    expect(failure(await runInThisThread("Math.random()", { deterministic: true })).message).toMatch(/Math.random is not available/);
    expect(failure(await runInThisThread("Date.now()", { deterministic: true })).message).toMatch(/Date.now is not available/);
    expect(failure(await runInThisThread("new Date()", { deterministic: true })).message).toMatch(/not available/);
    expect(value(await runInThisThread("new Date(0).toISOString()", { deterministic: true }))).toBe("1970-01-01T00:00:00.000Z");
    expect(value(await runInThisThread("[typeof WeakRef, typeof Math.random()]"))).toEqual(["function", "number"]);
  });

  it("ends with CANCELLED when its signal aborts", async () => {
    // In this thread a busy script holds the event loop, so the abort lands while it waits on
    // the host (the worker covers busy scripts: it is interrupted from outside).
    const abort = new AbortController();
    const hostFunctions = { "h.wait": () => new Promise<undefined>(() => setTimeout(() => abort.abort(), 50)) };
    expect(failure(await runInThisThread("h.wait()", { hostFunctions, signal: abort.signal, timeLimitMs: 5000 })).kind).toBe("CANCELLED");
    expect(failure(await runInThisThread("while (true) {}", { signal: AbortSignal.abort(), timeLimitMs: 5000 })).kind).toBe("CANCELLED");
  });
});

describe("the sandbox in a worker thread", () => {
  it("runs a busy script without blocking the caller's event loop, and cancels it", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 400);
    const r = await runSandboxed("while (true) {}", { signal: abort.signal, timeLimitMs: 5000 });
    clearInterval(timer);
    expect(failure(r).kind).toBe("CANCELLED");
    expect(ticks).toBeGreaterThan(10);
  });

  it("proxies host functions and enforces the time limit", async () => {
    const r = await runSandboxed("(async () => (await h.twice(21)))()", { hostFunctions: { "h.twice": (n) => (n as number) * 2 } });
    expect(value(r)).toBe(42);
    expect(failure(await runSandboxed("while (true) {}", { timeLimitMs: 300 })).kind).toBe("TIME_LIMIT");
  });
});
