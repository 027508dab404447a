// Runs one script in a fresh QuickJS runtime on the current thread: limits, globals, host
// functions as promises, log capture, and classification of how the run ended. The worker
// (sandbox-worker.ts) calls this off the main thread; contracts may call it directly.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  RELEASE_SYNC,
  type QuickJSContext,
  type QuickJSDeferredPromise,
  type QuickJSHandle,
  type QuickJSWASMModule,
} from "quickjs-emscripten";
import { BOOTSTRAP_SOURCE } from "./bootstrap.js";
import {
  SANDBOX_DEFAULTS,
  type JsonValue,
  type LogLine,
  type SandboxFailure,
  type SandboxFailureKind,
  type SandboxOptions,
  type SandboxResult,
} from "./types.js";

const WASM_PAGE = 64 * 1024;
/** What the QuickJS module itself needs before any script allocates (its initial heap). */
const BASE_HEAP_BYTES = 16 * 1024 * 1024;

let compiled: Promise<WebAssembly.Module> | undefined;
function compiledQuickJs(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const require = createRequire(createRequire(import.meta.url).resolve("quickjs-emscripten"));
    return WebAssembly.compile(await readFile(require.resolve("@jitl/quickjs-wasmfile-release-sync/wasm")));
  })();
  return compiled;
}

/**
 * A fresh QuickJS instance per run, on its own WebAssembly memory whose maximum is the run's
 * limit. QuickJS's own limit (setMemoryLimit) refuses single allocations above it but does not
 * add up large strings and typed arrays (quickjs-emscripten issue #271); a memory that cannot
 * grow makes malloc fail, which QuickJS reports as "out of memory". A fresh instance also
 * means a run that breaks QuickJS cannot affect the next one.
 */
async function newQuickJs(memoryLimit: number): Promise<{ mod: QuickJSWASMModule; memory: WebAssembly.Memory }> {
  // Headroom above the limit, so that QuickJS's own accounting usually stops the script first
  // (with a clean "out of memory" error) and the memory maximum is the backstop.
  const maximum = Math.ceil((BASE_HEAP_BYTES + memoryLimit * 1.25 + 4 * 1024 * 1024) / WASM_PAGE);
  const memory = new WebAssembly.Memory({ initial: BASE_HEAP_BYTES / WASM_PAGE, maximum });
  memoryMaximum.set(memory, maximum * WASM_PAGE);
  const mod = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmModule: await compiledQuickJs(), wasmMemory: memory }));
  return { mod, memory };
}

const LOG_LEVELS = new Set(["trace", "debug", "info", "warn", "error", "critical"]);
const MAX_STACK_CHARS = 4096;
/** A statement `import ...`/`export ...` at the start of a line makes the source a module. */
const MODULE_SYNTAX = /^[ \t]*(import[\s{*"']|export[\s{*])/m;

class RunEnded extends Error {
  constructor(readonly failure: SandboxFailure) {
    super(failure.message);
  }
}

const limitFailure = (kind: SandboxFailureKind, message: string): SandboxFailure => ({ kind, name: kind, message, stack: "" });

/** Runs `code` and never throws for anything the script does; only host bugs throw. */
export async function runInThisThread(
  code: string,
  options: SandboxOptions = {},
  /** For the worker: a cancel flag it can read while the script keeps its event loop busy. */
  hooks: { cancelled?: () => boolean } = {},
): Promise<SandboxResult> {
  const started = Date.now();
  const timeLimitMs = options.timeLimitMs ?? SANDBOX_DEFAULTS.timeLimitMs;
  const deadline = started + timeLimitMs;
  const maxLogLines = options.maxLogLines ?? SANDBOX_DEFAULTS.maxLogLines;
  const maxLogLineBytes = options.maxLogLineBytes ?? SANDBOX_DEFAULTS.maxLogLineBytes;
  const maxResultBytes = options.maxResultBytes ?? SANDBOX_DEFAULTS.maxResultBytes;
  const filename = options.filename ?? SANDBOX_DEFAULTS.filename;
  const hostFunctions = options.hostFunctions ?? {};
  const logs: LogLine[] = [];
  const finish = (r: { ok: true; value: JsonValue } | { ok: false; error: SandboxFailure }): SandboxResult =>
    ({ ...r, logs, durationMs: Date.now() - started }) as SandboxResult;

  const memoryLimit = options.memoryLimitBytes ?? SANDBOX_DEFAULTS.memoryLimitBytes;
  const { mod, memory } = await newQuickJs(memoryLimit);
  const runtime = mod.newRuntime();
  runtime.setMemoryLimit(memoryLimit);
  runtime.setMaxStackSize(options.stackLimitBytes ?? SANDBOX_DEFAULTS.stackLimitBytes);
  const timedOut = () => Date.now() > deadline;
  const cancelled = () => options.signal?.aborted === true || hooks.cancelled?.() === true;
  const ctx = runtime.newContext();

  // Host calls settle while the script waits; each settlement wakes the loop in `settle`.
  let wake: () => void = () => {};
  let disposed = false;
  const deferreds = new Set<QuickJSDeferredPromise>();
  // Handles still alive when the run ends early; QuickJS refuses to free a runtime with live objects.
  const owned: QuickJSHandle[] = [];
  const own = <H extends QuickJSHandle>(h: H): H => {
    owned.push(h);
    return h;
  };
  const onAbort = () => wake();
  options.signal?.addEventListener("abort", onAbort);

  try {
    const callFn = ctx.newFunction("call", (nameH, argsH) => {
      const name = ctx.getString(nameH);
      const args = JSON.parse(ctx.getString(argsH)) as JsonValue[];
      const deferred = ctx.newPromise();
      deferreds.add(deferred);
      const fn = Object.hasOwn(hostFunctions, name) ? hostFunctions[name] : undefined;
      Promise.resolve()
        .then(() => {
          if (!fn) throw Object.assign(new Error(`no host function ${name}`), { name: "TypeError" });
          return fn(...args);
        })
        .then(
          (value) => {
            if (disposed) return;
            if (value === undefined) deferred.resolve();
            else ctx.newString(JSON.stringify(value)).consume((h) => deferred.resolve(h));
          },
          (err: unknown) => {
            if (disposed) return;
            ctx.newString(JSON.stringify(hostErrorFields(err))).consume((h) => deferred.reject(h));
          },
        )
        .finally(() => {
          if (disposed) return;
          deferreds.delete(deferred);
          deferred.dispose();
          wake();
        });
      return deferred.handle;
    });
    const logFn = ctx.newFunction("log", (levelH, textH) => {
      const level = ctx.getString(levelH);
      let message = ctx.getString(textH);
      if (Buffer.byteLength(message) > maxLogLineBytes) message = `${Buffer.from(message).subarray(0, maxLogLineBytes).toString()}…`;
      logs.push({ time: Date.now(), level: (LOG_LEVELS.has(level) ? level : "info") as LogLine["level"], message });
      // Keep the last lines: the end of a run usually explains how it ended.
      if (logs.length > maxLogLines) logs.splice(0, logs.length - maxLogLines);
    });

    const boot = ctx.unwrapResult(ctx.evalCode(BOOTSTRAP_SOURCE, "leither:bootstrap", { type: "global", strict: true }));
    const setup = ctx.newString(
      JSON.stringify({ names: Object.keys(hostFunctions), globals: options.globals ?? {}, deterministic: options.deterministic === true }),
    );
    const encoder = own(ctx.unwrapResult(ctx.callFunction(boot, ctx.undefined, callFn, logFn, setup)));
    for (const h of [boot, setup, callFn, logFn]) h.dispose();
    // Set after the bootstrap, which is trusted and must not be cut short. QuickJS calls this
    // every few thousand operations; `true` raises an uncatchable "interrupted" error, so
    // `try { while (true) {} } catch {}` cannot outlive its limit.
    runtime.setInterruptHandler(() => timedOut() || cancelled());

    const waitForEvent = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });

    const check = () => {
      if (cancelled()) throw new RunEnded(limitFailure("CANCELLED", "the run was cancelled"));
      if (timedOut()) throw new RunEnded(limitFailure("TIME_LIMIT", `the script ran longer than its time limit of ${timeLimitMs} ms`));
    };

    /** Runs jobs until `handle` (a promise or a plain value) settles; returns the value. */
    const settle = async (handle: QuickJSHandle): Promise<QuickJSHandle> => {
      try {
        for (;;) {
          const jobs = runtime.executePendingJobs();
          if (jobs.error) throw new RunEnded(classify(ctx, jobs.error, timedOut(), cancelled(), timeLimitMs, memory));
          const state = ctx.getPromiseState(handle);
          if (state.type === "fulfilled") {
            if (!state.notAPromise) handle.dispose();
            return state.value;
          }
          if (state.type === "rejected") throw new RunEnded(classify(ctx, state.error, timedOut(), cancelled(), timeLimitMs, memory));
          check();
          await waitForEvent();
          check();
        }
      } catch (err) {
        if (handle.alive) handle.dispose();
        throw err;
      }
    };

    const evaluate = (source: string, name: string, type: "global" | "module"): QuickJSHandle => {
      const r = ctx.evalCode(source, name, { type });
      if (r.error) throw new RunEnded(classify(ctx, r.error, timedOut(), cancelled(), timeLimitMs, memory));
      return r.value;
    };

    if (options.prelude) (await settle(evaluate(options.prelude, "leither:prelude", "global"))).dispose();

    const isModule = MODULE_SYNTAX.test(code);
    let value = own(await settle(evaluate(code, filename, isModule ? "module" : "global")));
    if (isModule) {
      // A module's value is its exports: call the entry export when there is one, else take
      // the default export.
      const exports = value;
      const entry = own(options.entry ? ctx.getProp(exports, options.entry.name) : ctx.undefined);
      if (options.entry && ctx.typeof(entry) === "function") {
        const args = options.entry.args.map((a) => own(jsonToHandle(ctx, a)));
        const r = ctx.callFunction(entry, ctx.undefined, ...args);
        if (r.error) throw new RunEnded(classify(ctx, r.error, timedOut(), cancelled(), timeLimitMs, memory));
        value = own(await settle(r.value));
      } else {
        value = own(ctx.getProp(exports, "default"));
      }
    }

    const encoded = ctx.callFunction(encoder, ctx.undefined, value);
    if (encoded.error) {
      const f = classify(ctx, encoded.error, timedOut(), cancelled(), timeLimitMs, memory);
      if (f.kind !== "SCRIPT_ERROR") throw new RunEnded(f);
      throw new RunEnded({ ...f, kind: "RESULT_NOT_JSON", message: `the result is not a JSON value: ${f.message}` });
    }
    const text = encoded.value.consume((h) => (ctx.typeof(h) === "string" ? ctx.getString(h) : undefined));
    if (text === undefined) throw new RunEnded(limitFailure("RESULT_NOT_JSON", "the result is not a JSON value"));
    if (Buffer.byteLength(text) > maxResultBytes) {
      throw new RunEnded(limitFailure("OUTPUT_LIMIT", `the result is ${Buffer.byteLength(text)} bytes as JSON; the limit is ${maxResultBytes}`));
    }
    return finish({ ok: true, value: JSON.parse(text) as JsonValue });
  } catch (err) {
    if (err instanceof RunEnded) return finish({ ok: false, error: err.failure });
    throw err;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    disposed = true;
    for (const d of deferreds) d.dispose();
    for (const h of owned) if (h.alive) h.dispose();
    try {
      ctx.dispose();
      runtime.dispose();
    } catch {
      // A run cut short can leave objects alive (QuickJS asserts on them at dispose); the
      // runtime's memory is still reclaimed with the module or the worker that holds it.
    }
  }
}

/** What a host error may show the script: never its stack, which would leak host paths. */
export function hostErrorFields(err: unknown): { name: string; message: string; code?: string; reason?: string } {
  if (err && typeof err === "object") {
    const e = err as { name?: unknown; message?: unknown; code?: unknown; reason?: unknown };
    return {
      name: typeof e.name === "string" ? e.name : "Error",
      message: typeof e.message === "string" ? e.message : String(err),
      ...(typeof e.code === "string" ? { code: e.code } : {}),
      ...(typeof e.reason === "string" ? { reason: e.reason } : {}),
    };
  }
  return { name: "Error", message: String(err) };
}

function jsonToHandle(ctx: QuickJSContext, value: JsonValue): QuickJSHandle {
  const json = ctx.getProp(ctx.global, "JSON");
  const parse = ctx.getProp(json, "parse");
  const text = ctx.newString(JSON.stringify(value));
  const r = ctx.callFunction(parse, json, text);
  for (const h of [text, parse, json]) h.dispose();
  return ctx.unwrapResult(r);
}

const memoryMaximum = new WeakMap<WebAssembly.Memory, number>();

/** Whether a run's WebAssembly memory has (nearly) reached its maximum. */
function memoryFull(memory: WebAssembly.Memory): boolean {
  const max = memoryMaximum.get(memory);
  return max !== undefined && memory.buffer.byteLength + 2 * 1024 * 1024 >= max;
}

/** Turns the exception a run ended with into a failure; disposes the handle. */
function classify(ctx: QuickJSContext, error: QuickJSHandle, timedOut: boolean, cancelled: boolean, timeLimitMs: number, memory: WebAssembly.Memory): SandboxFailure {
  // QuickJS throws `null` when it cannot even allocate its out-of-memory error, and reading
  // an error needs memory too; a script may throw null as well, so look at how full memory is.
  const heapFull = memoryFull(memory);
  ctx.runtime.setMemoryLimit(-1);
  let dumped: unknown;
  try {
    dumped = ctx.dump(error);
  } catch {
    dumped = undefined;
  } finally {
    error.dispose();
  }
  const e = (dumped && typeof dumped === "object" ? dumped : { message: dumped === undefined ? "" : String(dumped) }) as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    reason?: unknown;
  };
  const name = typeof e.name === "string" ? e.name : "Error";
  const message = typeof e.message === "string" ? e.message : String(e.message ?? "");
  if (name === "InternalError" && message === "interrupted") {
    if (cancelled) return limitFailure("CANCELLED", "the run was cancelled");
    return limitFailure("TIME_LIMIT", `the script ran longer than its time limit of ${timeLimitMs} ms`);
  }
  if (timedOut) return limitFailure("TIME_LIMIT", `the script ran longer than its time limit of ${timeLimitMs} ms`);
  if ((heapFull && (dumped === null || dumped === undefined || message === "")) || /out of memory/i.test(message)) return limitFailure("MEMORY_LIMIT", "the script used more memory than its limit");
  if (/stack overflow|call stack size/i.test(message)) return limitFailure("STACK_LIMIT", "the script recursed deeper than its stack limit");
  let stack = typeof e.stack === "string" ? e.stack : "";
  if (stack.length > MAX_STACK_CHARS) stack = `${stack.slice(0, MAX_STACK_CHARS)}\n    ...`;
  return {
    kind: "SCRIPT_ERROR",
    name,
    message,
    stack,
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.reason === "string" ? { reason: e.reason } : {}),
  };
}
